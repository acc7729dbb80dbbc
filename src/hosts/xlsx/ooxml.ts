/**
 * Small OOXML helpers shared by the two writers (patch.ts, create.ts): the package
 * (ZIP entries in their original order), XML text and tags found by position so that
 * everything not touched stays byte for byte as it was, relationships, content types,
 * the workbook's sheet list, and the writers' error.
 *
 * The writers never parse a part into a tree and serialize it again: they cut the part
 * where it must change and keep every other byte.
 */
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";
import { CatalogError, LocalizedData, MessageKey, tLocalized } from "../../domain/messages/catalog";
import {
  ArchiveError,
  checkedArchive,
  MAX_MIMETYPE_BYTES,
  isOpenDocumentSpreadsheetType,
} from "./archive";
import { damageOf } from "./zip";

// ---------------------------------------------------------------------------------------
// The error

/** The keys of `T` that start with `prefix`, without it. */
type Unprefixed<T, Prefix extends string> = T extends `${Prefix}${infer Rest}` ? Rest : never;

/** The writer's messages: the catalogue's `write.*` keys, without their prefix. */
export type WriteMessageKey = Unprefixed<MessageKey, "write.">;

/** Why a workbook could not be written; the message carries zh-CN and en text. */
export class WorkbookWriteError extends CatalogError {
  constructor(
    readonly key: WriteMessageKey,
    readonly data: LocalizedData = {}
  ) {
    super(`write.${key}`, data);
    this.name = "WorkbookWriteError";
  }
}

/**
 * A workbook refused as damaged (`write.corrupt`), the damage told by a catalogue message of
 * its own (`write.damage.*`), in both languages.
 */
export function damagedWorkbook(
  damage: Extract<MessageKey, `write.damage.${string}`>,
  data: LocalizedData
): WorkbookWriteError {
  const reason = { zh: tLocalized(damage, data, "zh"), en: tLocalized(damage, data, "en") };
  return new WorkbookWriteError("corrupt", { reason });
}

/**
 * Of `sheets`, the one named `name`, else one so named but for case: Excel takes sheet names
 * without regard to case. How the writer finds the sheet of an edit, and the read-back its cell.
 */
export function sheetNamedIn<T>(
  sheets: readonly T[],
  name: string,
  nameOf: (sheet: T) => string
): T | undefined {
  const folded = name.toLowerCase();
  return (
    sheets.find((sheet) => nameOf(sheet) === name) ??
    sheets.find((sheet) => nameOf(sheet).toLowerCase() === folded)
  );
}

// ---------------------------------------------------------------------------------------
// Namespaces, relationship and content types

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
export const NS_CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

export const REL_OFFICE_DOCUMENT = `${NS_REL}/officeDocument`;
export const REL_WORKSHEET = `${NS_REL}/worksheet`;
export const REL_STYLES = `${NS_REL}/styles`;
export const REL_SHARED_STRINGS = `${NS_REL}/sharedStrings`;
export const REL_CALC_CHAIN = `${NS_REL}/calcChain`;

const CT_PREFIX = "application/vnd.openxmlformats-officedocument.spreadsheetml";
export const CT_WORKBOOK = `${CT_PREFIX}.sheet.main+xml`;
export const CT_WORKSHEET = `${CT_PREFIX}.worksheet+xml`;
export const CT_STYLES = `${CT_PREFIX}.styles+xml`;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// ---------------------------------------------------------------------------------------
// XML text

/** Characters XML 1.0 forbids (controls other than tab, LF, CR; lone surrogates; U+FFFE/FFFF). */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/**
 * Cell text as stored in `<t>`: illegal characters stripped, line breaks as LF (what Excel
 * uses inside a cell), `_xHHHH_` protected (Excel and other readers decode it as an
 * escaped character), then XML-escaped.
 */
export function cellText(text: string): string {
  return escapeXml(storedText(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

/** The text a cell holds once written: line breaks as LF, characters XML forbids left out. */
export function storedText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(ILLEGAL_XML, "");
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    switch (ref) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
    }
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

// ---------------------------------------------------------------------------------------
// Tags and elements, found by position

/** Attributes of a start tag, quotes respected (a `>` may stand inside a value). */
const ATTRIBUTES = String.raw`(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*`;

export interface Attribute {
  name: string;
  /** As written in the file (still escaped). */
  raw: string;
}

/** An attribute where the search stands (sticky): its name, `=`, its quoted value. */
const ATTRIBUTE_HERE = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** The run of characters a name may hold, where the search stands (sticky). */
const NAME_RUN = /[^\s=/<>]*/y;

/** Where the run of characters a name may hold, from `at`, ends (`at` itself when none). */
function nameRunEnd(tag: string, at: number): number {
  NAME_RUN.lastIndex = at;
  NAME_RUN.exec(tag);
  return NAME_RUN.lastIndex;
}

export function parseAttributes(tag: string): Attribute[] {
  const attributes: Attribute[] = [];
  const nameEnd = tag.search(/[\s/>]/);
  let at = nameEnd < 0 ? tag.length : nameEnd;
  while (at < tag.length) {
    ATTRIBUTE_HERE.lastIndex = at;
    const match = ATTRIBUTE_HERE.exec(tag);
    if (match) {
      attributes.push({ name: match[1], raw: match[2] ?? match[3].replace(/"/g, "&quot;") });
      at = ATTRIBUTE_HERE.lastIndex;
      continue;
    }
    // No attribute starts anywhere in the run of name characters from here either: each would
    // end where this one does. A search from each of them took seconds on a long run.
    at = Math.max(at + 1, nameRunEnd(tag, at));
  }
  return attributes;
}

export function attributeValue(attributes: readonly Attribute[], name: string): string | undefined {
  const found = attributes.find((a) => a.name === name);
  return found === undefined ? undefined : decodeXml(found.raw);
}

/** Replaces (or appends) an attribute, keeping the others in their order. */
export function withAttribute(attributes: readonly Attribute[], name: string, value: string) {
  const raw = escapeXml(value);
  return attributes.some((a) => a.name === name)
    ? attributes.map((a) => (a.name === name ? { name, raw } : a))
    : [...attributes, { name, raw }];
}

export function startTag(qname: string, attributes: readonly Attribute[], empty = false): string {
  const text = attributes.map((a) => ` ${a.name}="${a.raw}"`).join("");
  return `<${qname}${text}${empty ? "/>" : ">"}`;
}

/** Builds attributes from plain values (escaped here); `undefined` values are left out. */
export function attrs(values: Record<string, string | number | undefined>): Attribute[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ({ name, raw: escapeXml(String(value)) }));
}

export interface ElementSpan {
  /** Where `<name` begins. */
  start: number;
  /** Just after the start tag. */
  tagEnd: number;
  /** Where the end tag begins (equals tagEnd for an empty element). */
  innerEnd: number;
  /** Just after the element. */
  end: number;
  /** The start tag's text. */
  tag: string;
  empty: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The elements `qname` between `from` and `to`, in document order. The writers only look
 * for elements that never nest in themselves (row, c, sheet, font, …).
 */
export function findElements(xml: string, qname: string, from = 0, to = xml.length): ElementSpan[] {
  const open = new RegExp(`<${escapeRegExp(qname)}(?=[\\s/>])${ATTRIBUTES}(/?)>`, "g");
  const close = new RegExp(`</${escapeRegExp(qname)}\\s*>`, "g");
  const spans: ElementSpan[] = [];
  open.lastIndex = from;
  for (let match = open.exec(xml); match && match.index < to; match = open.exec(xml)) {
    const start = match.index;
    const tagEnd = start + match[0].length;
    if (match[1] === "/") {
      spans.push({ start, tagEnd, innerEnd: tagEnd, end: tagEnd, tag: match[0], empty: true });
      continue;
    }
    close.lastIndex = tagEnd;
    const closing = close.exec(xml);
    if (!closing || closing.index + closing[0].length > to)
      throw new WorkbookWriteError("corrupt", {
        reason: { zh: `<${qname}> 未闭合`, en: `<${qname}> is not closed` },
      });
    const end = closing.index + closing[0].length;
    spans.push({ start, tagEnd, innerEnd: closing.index, end, tag: match[0], empty: false });
    open.lastIndex = end;
  }
  return spans;
}

export function findElement(
  xml: string,
  qname: string,
  from = 0,
  to = xml.length
): ElementSpan | null {
  return findElements(xml, qname, from, to)[0] ?? null;
}

export function innerOf(xml: string, span: ElementSpan): string {
  return xml.slice(span.tagEnd, span.innerEnd);
}

/** The namespace prefix (with its colon, or "") that a part uses for `localName`. */
export function prefixOf(xml: string, localName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}(?=[\\s/>])`).exec(xml);
  return match?.[1] ?? "";
}

/** Inserts `content` as the last children of an element (which may be empty, `<x/>`). */
export function appendChildren(xml: string, span: ElementSpan, qname: string, content: string) {
  if (!span.empty) return xml.slice(0, span.innerEnd) + content + xml.slice(span.innerEnd);
  const open = startTag(qname, parseAttributes(span.tag));
  return `${xml.slice(0, span.start)}${open}${content}</${qname}>${xml.slice(span.end)}`;
}

/** Resets the `count` attribute of a collection element (fonts, cellXfs, mergeCells, …). */
export function withCount(xml: string, qname: string, count: number): string {
  const span = findElement(xml, qname);
  if (!span) return xml;
  const attributes = parseAttributes(span.tag);
  if (!attributes.some((a) => a.name === "count")) return xml;
  const tag = startTag(qname, withAttribute(attributes, "count", String(count)), span.empty);
  return xml.slice(0, span.start) + tag + xml.slice(span.tagEnd);
}

// ---------------------------------------------------------------------------------------
// Cells

export type WriteValue = string | number | null;

/** Where a value goes, for error messages. */
export interface CellTarget {
  sheet: string;
  address: string;
}

/** Excel's limits: 1,048,576 rows and 16,384 columns. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
const MAX_TEXT = 32767;

/**
 * One `<c>` element: strings as inline strings (never a formula, sharedStrings untouched),
 * numbers as `<v>`, null as an empty cell that keeps its attributes (its style).
 * `attributes` are the cell's own besides `r` and `t` (e.g. `s`).
 */
export function cellXml(
  prefix: string,
  target: CellTarget,
  attributes: readonly Attribute[],
  value: WriteValue,
  asText: boolean
): string {
  const tagAttributes = [{ name: "r", raw: escapeXml(target.address) }, ...attributes];
  const c = `${prefix}c`;
  if (value === null) return startTag(c, tagAttributes, true);
  if (typeof value === "number" && !asText) {
    if (!Number.isFinite(value))
      throw new WorkbookWriteError("badNumber", { ...target, value: String(value) });
    const v = `${prefix}v`;
    return `${startTag(c, tagAttributes)}<${v}>${Object.is(value, -0) ? 0 : value}</${v}></${c}>`;
  }
  const text = String(value);
  if (text.length > MAX_TEXT) throw new WorkbookWriteError("textTooLong", { ...target });
  const is = `${prefix}is`;
  const t = `${prefix}t`;
  return (
    startTag(c, [...tagAttributes, { name: "t", raw: "inlineStr" }]) +
    `<${is}><${t} xml:space="preserve">${cellText(text)}</${t}></${is}></${c}>`
  );
}

// ---------------------------------------------------------------------------------------
// The package

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** A compound file: a legacy .xls, or an .xlsx encrypted with an open password. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML package is kept in, named in UTF-16LE in the directory. */
const ENCRYPTED_PACKAGE = strToU8("EncryptedPackage").reduce<number[]>(
  (units, byte) => [...units, byte, 0],
  []
);
/** The directory is scanned this far, which bounds the time on a large file. */
const ENCRYPTION_SCAN = 16 * 1024 * 1024;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Refuses what is not an OOXML package, saying what it is when that is known. */
function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, CFB_SIGNATURE))
    throw new WorkbookWriteError(isEncryptedPackage(bytes) ? "encrypted" : "legacyXls");
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookWriteError("notXlsx");
}

function isEncryptedPackage(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, ENCRYPTION_SCAN) - ENCRYPTED_PACKAGE.length;
  for (let i = bytes.indexOf(ENCRYPTED_PACKAGE[0]); i >= 0 && i <= end;) {
    if (ENCRYPTED_PACKAGE.every((byte, j) => bytes[i + j] === byte)) return true;
    i = bytes.indexOf(ENCRYPTED_PACKAGE[0], i + 1);
  }
  return false;
}

/** Folders, and entries whose data is already compressed: stored, not deflated again. */
const STORED = /(\/|\.(png|jpe?g|gif|tiff?|wdp|hdp|mp[34]|zip))$/i;

/** The ZIP entries of a workbook, in their original order; new entries go at the end. */
export class Package {
  private constructor(private readonly files: Map<string, Uint8Array>) {}

  static empty(): Package {
    return new Package(new Map());
  }

  /** Unpacks a workbook after checking its container (CRCs, sizes). */
  static read(bytes: Uint8Array): Package {
    checkSignature(bytes);
    let checked: Uint8Array;
    try {
      checked = checkedArchive(bytes);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      const { problem } = error;
      if (problem.kind === "tooLarge")
        throw new WorkbookWriteError("tooLarge", { limit: problem.limitMb });
      if (problem.kind === "noWorkbookPart") throw new WorkbookWriteError("notXlsx");
      if (problem.kind === "openDocument") throw new WorkbookWriteError("openDocument");
      if (problem.kind === "encrypted") throw new WorkbookWriteError("encrypted");
      throw new WorkbookWriteError("corrupt", { reason: damageOf(problem) });
    }
    const files = unzipSync(checked);
    return new Package(new Map(Object.entries(files)));
  }

  /**
   * Only the parts that say what the workbook is (content types, package relationships,
   * an OpenDocument package's short `mimetype`), unchecked: enough for workbookKind, without
   * unpacking a large workbook.
   */
  static readDescription(bytes: Uint8Array): Package {
    checkSignature(bytes);
    // Part names are matched without regard to case, as packages define them.
    const canonical = new Map(
      [CONTENT_TYPES, "_rels/.rels"].map((name) => [name.toLowerCase(), name])
    );
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, {
        filter: (file) =>
          canonical.has(file.name.toLowerCase()) ||
          (file.name === MIMETYPE && file.originalSize <= MAX_MIMETYPE_BYTES),
      });
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
      throw new WorkbookWriteError("corrupt", {
        reason: { zh: "压缩数据无法解压", en: detail.slice(0, 120) },
      });
    }
    const byName = Object.entries(files).map(([name, data]): [string, Uint8Array] => [
      canonical.get(name.toLowerCase()) ?? name,
      data,
    ]);
    return new Package(new Map(byName));
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  names(): string[] {
    return [...this.files.keys()];
  }

  text(path: string): string {
    const data = this.files.get(path);
    if (!data)
      throw new WorkbookWriteError("corrupt", {
        reason: { zh: `缺少 ${path}`, en: `${path} is missing` },
      });
    return strFromU8(data);
  }

  setText(path: string, xml: string): void {
    this.files.set(path, strToU8(xml));
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  /** Packs the entries with deflate, in order. */
  toBytes(): Uint8Array {
    const entries: Zippable = {};
    for (const [name, data] of this.files) {
      entries[name] = STORED.test(name) ? [data, { level: 0 }] : data;
    }
    return zipSync(entries, { level: 6 });
  }
}

// ---------------------------------------------------------------------------------------
// Relationships and content types

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that owns it. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

export function readRelationships(xml: string): Relationship[] {
  const prefix = prefixOf(xml, "Relationship");
  return findElements(xml, `${prefix}Relationship`).map((span) => {
    const attributes = parseAttributes(span.tag);
    return {
      id: attributeValue(attributes, "Id") ?? "",
      type: attributeValue(attributes, "Type") ?? "",
      target: attributeValue(attributes, "Target") ?? "",
      external: attributeValue(attributes, "TargetMode") === "External",
    };
  });
}

/** Appends a relationship with a fresh id; returns the new XML and the id. */
export function appendRelationship(
  xml: string,
  type: string,
  target: string
): { xml: string; id: string } {
  const taken = new Set(readRelationships(xml).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rootName = `${prefixOf(xml, "Relationships")}Relationships`;
  const root = findElement(xml, rootName);
  if (!root)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: "关系部件中没有 <Relationships>", en: "relationships part" },
    });
  const element = startTag(
    rootName.slice(0, -1),
    attrs({ Id: id, Type: type, Target: target }),
    true
  );
  return { xml: appendChildren(xml, root, rootName, element), id };
}

export function removeRelationship(xml: string, id: string): string {
  const prefix = prefixOf(xml, "Relationship");
  const span = findElements(xml, `${prefix}Relationship`).find(
    (s) => attributeValue(parseAttributes(s.tag), "Id") === id
  );
  return span ? xml.slice(0, span.start) + xml.slice(span.end) : xml;
}

const CONTENT_TYPES = "[Content_Types].xml";

export function addOverride(pkg: Package, part: string, contentType: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const prefix = prefixOf(xml, "Types");
  const root = findElement(xml, `${prefix}Types`);
  if (!root)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: `${CONTENT_TYPES} 中没有 <Types>`, en: CONTENT_TYPES },
    });
  const element = startTag(
    `${prefix}Override`,
    attrs({ PartName: `/${part}`, ContentType: contentType }),
    true
  );
  pkg.setText(CONTENT_TYPES, appendChildren(xml, root, `${prefix}Types`, element));
}

export function removeOverride(pkg: Package, part: string): void {
  const xml = pkg.text(CONTENT_TYPES);
  const span = findElements(xml, `${prefixOf(xml, "Override")}Override`).find(
    (s) =>
      attributeValue(parseAttributes(s.tag), "PartName")?.toLowerCase() === `/${part}`.toLowerCase()
  );
  if (span) pkg.setText(CONTENT_TYPES, xml.slice(0, span.start) + xml.slice(span.end));
}

// ---------------------------------------------------------------------------------------
// The workbook part and its sheets

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`; null when the relationship is missing. */
  part: string | null;
  /** True for a worksheet, false for a chart sheet, dialog sheet or macro sheet. */
  worksheet: boolean;
  /** `hidden` sheets can be unhidden in Excel; `veryHidden` ones only from VBA. */
  state: SheetState;
}

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface WorkbookParts {
  /** e.g. `xl/workbook.xml`. */
  workbook: string;
  rels: string;
  sheets: SheetEntry[];
  relationships: Relationship[];
}

function isType(relationship: Relationship, type: string): boolean {
  // Strict OOXML spells the namespaces differently; the last segment is the same.
  return (
    relationship.type === type || relationship.type.endsWith(type.slice(type.lastIndexOf("/")))
  );
}

function sheetState(value: string | undefined): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}

/** The workbook part the package relationships name (`xl/workbook.xml` in practice). */
function mainPartOf(pkg: Package): string {
  if (pkg.has("_rels/.rels")) {
    const main = readRelationships(pkg.text("_rels/.rels")).find((r) =>
      isType(r, REL_OFFICE_DOCUMENT)
    );
    if (main) return resolveTarget("", main.target);
  }
  return pkg.has("xl/workbook.xml") || !pkg.has("xl/workbook.bin")
    ? "xl/workbook.xml"
    : "xl/workbook.bin";
}

/** What a workbook is, by its main part's content type: it must match the file's extension. */
export type WorkbookKind = "xlsx" | "xlsm" | "xltx" | "xltm";

const KINDS: Partial<Record<string, WorkbookKind>> = {
  [CT_WORKBOOK]: "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  [`${CT_PREFIX}.template.main+xml`]: "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
};

/** The content type a package declares for a part: its override, else its extension's default. */
function contentTypeOf(pkg: Package, part: string): string | undefined {
  if (!pkg.has(CONTENT_TYPES)) return undefined;
  const xml = pkg.text(CONTENT_TYPES);
  const declared = (qname: string, key: string, wanted: string) =>
    findElements(xml, `${prefixOf(xml, qname)}${qname}`)
      .map((span) => parseAttributes(span.tag))
      .find((a) => attributeValue(a, key)?.toLowerCase() === wanted.toLowerCase());
  const override = declared("Override", "PartName", `/${part}`);
  const byExtension = declared("Default", "Extension", part.slice(part.lastIndexOf(".") + 1));
  return attributeValue(override ?? byExtension ?? [], "ContentType");
}

/** The entry that names an OpenDocument package's type. */
const MIMETYPE = "mimetype";

/**
 * The workbook's kind; a binary (.xlsb) workbook and an OpenDocument spreadsheet are
 * refused. Throws WorkbookWriteError.
 */
export function workbookKind(pkg: Package): WorkbookKind {
  if (pkg.has(MIMETYPE) && isOpenDocumentSpreadsheetType(pkg.text(MIMETYPE)))
    throw new WorkbookWriteError("openDocument");
  const main = mainPartOf(pkg);
  const type = contentTypeOf(pkg, main);
  if (main.toLowerCase().endsWith(".bin") || type?.includes(".binary."))
    throw new WorkbookWriteError("binaryXlsb");
  return (type === undefined ? undefined : KINDS[type]) ?? "xlsx";
}

export function readWorkbookParts(pkg: Package): WorkbookParts {
  const workbook = mainPartOf(pkg);
  if (workbook.toLowerCase().endsWith(".bin")) throw new WorkbookWriteError("binaryXlsb");
  if (!pkg.has(workbook)) throw new WorkbookWriteError("notXlsx");
  const rels = relsPathOf(workbook);
  const relationships = pkg.has(rels) ? readRelationships(pkg.text(rels)) : [];
  const xml = pkg.text(workbook);
  const sheets = findElements(xml, `${prefixOf(xml, "sheet")}sheet`).map((span) => {
    const attributes = parseAttributes(span.tag);
    // The relationship id is `r:id` under whatever prefix the part binds.
    const idAttribute = attributes.find((a) => /(^|:)id$/.test(a.name) && a.name !== "sheetId");
    const relId = idAttribute ? decodeXml(idAttribute.raw) : "";
    const relationship = relationships.find((r) => r.id === relId);
    return {
      name: attributeValue(attributes, "name") ?? "",
      sheetId: Number(attributeValue(attributes, "sheetId") ?? 0),
      relId,
      part: relationship ? resolveTarget(workbook, relationship.target) : null,
      worksheet: relationship ? isType(relationship, REL_WORKSHEET) : false,
      state: sheetState(attributeValue(attributes, "state")),
    };
  });
  return { workbook, rels, sheets, relationships };
}

/** The workbook-level part of a relationship type (styles, sharedStrings, calcChain). */
export function workbookPartOfType(book: WorkbookParts, type: string): string | null {
  const relationship = book.relationships.find((r) => !r.external && isType(r, type));
  return relationship ? resolveTarget(book.workbook, relationship.target) : null;
}

/** Adds a part related to the workbook: relationship, content type and data. */
export function addWorkbookPart(
  pkg: Package,
  book: WorkbookParts,
  part: string,
  type: string,
  contentType: string,
  xml: string
): string {
  const relsXml = pkg.has(book.rels)
    ? pkg.text(book.rels)
    : `${XML_DECLARATION}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  const dir = book.workbook.slice(0, book.workbook.lastIndexOf("/") + 1);
  const target = part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
  const added = appendRelationship(relsXml, type, target);
  pkg.setText(book.rels, added.xml);
  book.relationships.push({ id: added.id, type, target, external: false });
  addOverride(pkg, part, contentType);
  pkg.setText(part, xml);
  return added.id;
}

/** Removes a workbook-level part with its relationship and content type (calcChain). */
export function removeWorkbookPart(pkg: Package, book: WorkbookParts, type: string): void {
  const relationship = book.relationships.find((r) => !r.external && isType(r, type));
  if (!relationship) return;
  const part = resolveTarget(book.workbook, relationship.target);
  pkg.setText(book.rels, removeRelationship(pkg.text(book.rels), relationship.id));
  book.relationships = book.relationships.filter((r) => r !== relationship);
  removeOverride(pkg, part);
  pkg.delete(part);
}

/** Sheet names Excel accepts: 1–31 characters, none of `: \ / ? * [ ]`, no `'` at either end. */
export function checkSheetName(name: string): void {
  const valid =
    name.length >= 1 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history" &&
    name.replace(ILLEGAL_XML, "") === name;
  if (!valid) throw new WorkbookWriteError("badSheetName", { sheet: name });
}

/** Appends a worksheet after the existing ones (so sheet indices in defined names stay valid). */
export function appendWorksheet(
  pkg: Package,
  book: WorkbookParts,
  name: string,
  xml: string,
  hidden: boolean
): void {
  const dir = book.workbook.slice(0, book.workbook.lastIndexOf("/") + 1);
  let n = book.sheets.length + 1;
  while (pkg.has(`${dir}worksheets/sheet${n}.xml`)) n++;
  const part = `${dir}worksheets/sheet${n}.xml`;
  const relId = addWorkbookPart(pkg, book, part, REL_WORKSHEET, CT_WORKSHEET, xml);

  const workbookXml = pkg.text(book.workbook);
  const prefix = prefixOf(workbookXml, "workbook");
  const sheets = findElement(workbookXml, `${prefix}sheets`);
  if (!sheets)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: "缺少 <sheets>", en: "<sheets> is missing" },
    });
  // The relationships namespace under the prefix the part already binds, else bound here.
  const bound = new RegExp(`xmlns:([\\w.-]+)="${escapeRegExp(NS_REL)}"`).exec(workbookXml);
  const sheetId = Math.max(0, ...book.sheets.map((s) => s.sheetId)) + 1;
  const attributes = [
    ...attrs({ name, sheetId, state: hidden ? "hidden" : undefined }),
    ...(bound
      ? [{ name: `${bound[1]}:id`, raw: escapeXml(relId) }]
      : attrs({ "xmlns:r": NS_REL, "r:id": relId })),
  ];
  const element = startTag(`${prefix}sheet`, attributes, true);
  pkg.setText(book.workbook, appendChildren(workbookXml, sheets, `${prefix}sheets`, element));
  book.sheets.push({
    name,
    sheetId,
    relId,
    part,
    worksheet: true,
    state: hidden ? "hidden" : "visible",
  });
}

/**
 * The workbook-wide parts the sheet reader needs, read as SheetJS reads them: the
 * relationships that lead to each part, the sheets (names, order, parts), the shared
 * strings and the number format of each cell style.
 */
import { SheetHiding } from "../../domain/snapshot";
import { attribute, decodeXml, elementContent, startTags } from "./xml-text";

/** Thrown for a workbook the direct reader leaves to SheetJS (unusual, or damaged). */
export class NotForDirectReading extends Error {}

export interface Relationship {
  type: string;
  /** The target part's name, resolved against the source part's folder. */
  part: string;
}

/** `xl/_rels/../worksheets/./sheet1.xml` → `xl/worksheets/sheet1.xml`. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relationshipsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Relationships by id, targets resolved against the folder of `sourcePart`. */
export function readRelationships(xml: string, sourcePart: string): Map<string, Relationship> {
  const folder = sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1);
  const byId = new Map<string, Relationship>();
  for (const tag of startTags(xml, "Relationship")) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id === undefined || target === undefined) continue;
    if (attribute(tag, "TargetMode") === "External") continue;
    let decoded = decodeXml(target);
    try {
      decoded = decodeURI(decoded);
    } catch {
      // A malformed escape: the name as written.
    }
    const part = normalizePath(decoded.startsWith("/") ? decoded : folder + decoded);
    byId.set(decodeXml(id), { type: attribute(tag, "Type") ?? "", part });
  }
  return byId;
}

export function relationshipOfType(
  relationships: Map<string, Relationship>,
  type: string
): Relationship | undefined {
  for (const relationship of relationships.values())
    if (relationship.type.endsWith(`/${type}`)) return relationship;
  return undefined;
}

export interface SheetEntry {
  name: string;
  relationshipId: string;
  hidden?: SheetHiding;
}

export function readSheetList(workbookXml: string): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  for (const tag of startTags(workbookXml, "sheet")) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "id");
    if (name === undefined || id === undefined) throw new NotForDirectReading("sheet without id");
    const entry: SheetEntry = { name: decodeXml(name), relationshipId: decodeXml(id) };
    // `state="hidden"` or `"veryHidden"`, spelled so; any other state is visible, as SheetJS reads it.
    const state = attribute(tag, "state");
    if (state === "hidden" || state === "veryHidden") entry.hidden = state;
    sheets.push(entry);
  }
  return sheets;
}

/**
 * Whether the workbook's dates count from 1904 (`<workbookPr date1904="1"/>`), as SheetJS
 * reads the flag.
 */
export function countsDatesFrom1904(workbookXml: string): boolean {
  for (const tag of startTags(workbookXml, "workbookPr")) {
    const flag = attribute(tag, "date1904");
    return flag === "1" || flag === "true";
  }
  return false;
}

const PLAIN_ITEM = /^\s*<(?:\w+:)?t[^>]*>/;
const TEXT_END = /<\/(?:\w+:)?t>/;
const RUN = /<(?:\w+:)?r\b[^<>]*>/;
const PHONETIC_OPEN = /<(?:\w+:)?rPh\b[^<>]*>/g;
const PHONETIC_CLOSE = /<\/(?:\w+:)?rPh>/g;
const RUN_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;

/**
 * The text of a string item (`<si>` or `<is>` content): plain text, or the runs of rich
 * text joined, phonetic runs (`<rPh>`, the reading of the text) left out.
 */
export function stringItemText(item: string): string {
  if (!item) return "";
  if (PLAIN_ITEM.test(item)) {
    const text = item.slice(item.indexOf(">") + 1).split(TEXT_END)[0] || "";
    return decodeXml(text, true);
  }
  if (RUN.test(item)) {
    let joined = "";
    for (const match of withoutPhoneticRuns(item).matchAll(RUN_TEXT)) joined += match[1];
    return decodeXml(joined, true);
  }
  throw new NotForDirectReading("string item without text");
}

/**
 * The item without its phonetic runs (`<rPh …>` to the first `</rPh>` after it). One search
 * for each run's end: a pattern that looked for the end from every `<rPh` took time growing
 * with the square of the item (20,000 unclosed runs in one item: 2 s).
 */
export function withoutPhoneticRuns(item: string): string {
  let kept = "";
  let from = 0;
  PHONETIC_OPEN.lastIndex = 0;
  for (let open = PHONETIC_OPEN.exec(item); open; open = PHONETIC_OPEN.exec(item)) {
    PHONETIC_CLOSE.lastIndex = PHONETIC_OPEN.lastIndex;
    // No run closes after this one: none closes after a later one either.
    if (!PHONETIC_CLOSE.exec(item)) break;
    kept += item.slice(from, open.index);
    from = PHONETIC_OPEN.lastIndex = PHONETIC_CLOSE.lastIndex;
  }
  return from === 0 ? item : kept + item.slice(from);
}

export function readSharedStrings(xml: string): string[] {
  const sst = elementContent(xml, "sst");
  if (!sst) return [];
  return xml
    .slice(sst.contentStart, sst.contentEnd)
    .replace(/<(?:\w+:)?(?:si|sstItem)>/g, "")
    .split(/<\/(?:\w+:)?(?:si|sstItem)>/)
    .map((item) => stringItemText(item.trim()));
}

/** SheetJS's table of built-in number formats. */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};

/** Format codes SheetJS corrects as it loads them. */
const CORRECTED_FORMATS: Record<string, string> = { "d.m": "d\\.m" };

/** The highest format id SheetJS keeps as written. */
const MAX_FORMAT_ID = 0x188;

/**
 * The number format code of each cell style (`s` of a cell), or undefined when the
 * workbook has no cell styles (every cell General).
 */
export function readStyleFormats(xml: string | undefined): string[] | undefined {
  if (xml === undefined) return undefined;
  const formats: Record<number, string> = { ...BUILT_IN_FORMATS };
  for (const tag of startTags(xml, "numFmt")) {
    const id = parseInt(attribute(tag, "numFmtId") ?? "", 10);
    const code = decodeXml(attribute(tag, "formatCode") ?? "");
    if (!(id >= 0 && id <= MAX_FORMAT_ID)) throw new NotForDirectReading("format id");
    formats[id] = CORRECTED_FORMATS[code] ?? code;
  }
  const cellXfs = elementContent(xml, "cellXfs");
  if (!cellXfs) return undefined;
  const styleFormats: string[] = [];
  for (const tag of startTags(xml, "xf", cellXfs.contentStart, cellXfs.contentEnd)) {
    const idText = attribute(tag, "numFmtId");
    const id = idText ? parseInt(idText, 10) : 0;
    const code = formats[id];
    // SheetJS has no code for an id the workbook does not define: left to it.
    if (code === undefined) throw new NotForDirectReading(`format id ${idText}`);
    styleFormats.push(code);
  }
  return styleFormats;
}

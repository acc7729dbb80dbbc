/**
 * One worksheet's XML scanned directly into a cell grid: `<sheetData>` (rows and cells,
 * with or without `r`, any namespace prefix) and `<mergeCells>`. Values, display text
 * and number formats come out as SheetJS gives them; what SheetJS would read in an
 * unusual way (dates stored as text, errors without a code) is left to it.
 */
import { CellRange, CellValue } from "../../domain/snapshot";
import { CellGrid } from "./grid";
import { booleanText, generalNumber, numberText, stringText } from "./number-text";
import { NotForDirectReading, stringItemText } from "./workbook-parts";
import { decodeXml, findAttribute, ValueSpan } from "./xml-text";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format code per cell style, or undefined when the workbook has none. */
  styleFormats: string[] | undefined;
}

const GT = 62;
const SLASH = 47;
const COLON = 58;
const DIGIT_0 = 48;

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13 || c !== c;
}

/**
 * A tag found by the scanner: where its local name and attributes lie. Nothing is cut
 * out of the XML to tell a tag: the scanner runs over millions of them.
 */
class Tag {
  closing = false;
  selfClosing = false;
  /** Start of the local name (after any prefix). */
  nameStart = 0;
  /** Just after the name: the attributes start here. */
  attrStart = 0;
  /** Index of the `>` (or of `/` in `/>`). */
  attrEnd = 0;
  /** Index just after the tag. */
  end = 0;

  constructor(private readonly xml: string) {}

  /** Whether the local name is `name`. */
  is(name: string): boolean {
    return (
      this.attrStart - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart)
    );
  }

  /** Whether `other` has the same local name. */
  sameName(other: Tag): boolean {
    const length = this.attrStart - this.nameStart;
    return (
      other.attrStart - other.nameStart === length &&
      this.xml.startsWith(this.xml.slice(other.nameStart, other.attrStart), this.nameStart)
    );
  }

  /** Reads the tag that starts at `lt`; false when the XML ends first. */
  read(lt: number): boolean {
    const xml = this.xml;
    let i = lt + 1;
    this.closing = xml.charCodeAt(i) === SLASH;
    if (this.closing) i++;
    let nameStart = i;
    for (let c = xml.charCodeAt(i); !isNameEnd(c); c = xml.charCodeAt(++i))
      if (c === COLON) nameStart = i + 1;
    this.nameStart = nameStart;
    this.attrStart = i;
    const gt = xml.indexOf(">", i);
    if (gt < 0) return false;
    this.selfClosing = xml.charCodeAt(gt - 1) === SLASH;
    this.attrEnd = this.selfClosing ? gt - 1 : gt;
    this.end = gt + 1;
    return true;
  }
}

/** The number that one to nine plain digits in `xml[start, end)` write, or -1 for anything else. */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = xml.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** The decimal number written in `xml[start, end)`, as `parseInt` reads it. */
function integerAt(xml: string, start: number, end: number): number {
  // Plain digits are read in place; anything else as parseInt reads it.
  const n = digitsAt(xml, start, end);
  return n >= 0 ? n : parseInt(xml.slice(start, end), 10);
}

/** A cell reference's column and row (0-based); row is -1 when the reference has no digits. */
class Reference {
  col = 0;
  row = 0;

  /** Reads `AB12` in `text[start, end)`: column 27 and row 11. */
  read(text: string, start: number, end: number): void {
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const c = text.charCodeAt(i) - 64;
      if (c < 1 || c > 26) break;
      col = 26 * col + c;
    }
    this.col = col - 1;
    this.row = i < end ? integerAt(text, i, end) - 1 : -1;
  }
}

/** A cell's type (`t`), without cutting it out of the XML. */
const enum CellType {
  Number,
  Shared,
  Formula,
  Inline,
  Boolean,
  Error,
  Other,
}

const TYPES: ReadonlyArray<[string, CellType]> = [
  ["n", CellType.Number],
  ["s", CellType.Shared],
  ["str", CellType.Formula],
  ["inlineStr", CellType.Inline],
  ["b", CellType.Boolean],
  ["e", CellType.Error],
];

function cellType(xml: string, start: number, end: number): CellType {
  if (start === end) return CellType.Number;
  for (const [name, type] of TYPES)
    if (end - start === name.length && xml.startsWith(name, start)) return type;
  return CellType.Other;
}

/** What the scanner found of the cell at hand. */
class CellParts {
  type = CellType.Number;
  /** Where the type stands, for the message about one the reader leaves to SheetJS. */
  typeSpan = new ValueSpan();
  /** Index into the styles; -1 for none. */
  style = -1;
  /**
   * Where the raw `<v>` content lies in the XML (rawStart is -1 when it is absent or empty):
   * most are a number or a shared string's index, read in place without cutting them out.
   */
  rawStart = -1;
  rawEnd = -1;
  /** `<is>` content for inline strings. */
  inline: string | undefined = undefined;
}

/** The index just after the element that `open` starts (its matching close tag, any prefix). */
function closeOf(xml: string, open: Tag, scratch: Tag): number {
  let at = open.end;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || !scratch.read(lt)) return xml.length;
    if (scratch.closing && scratch.sameName(open)) return lt;
    at = scratch.end;
  }
}

/** Scans a worksheet's `<sheetData>` into a grid, one cell at a time. */
class CellScanner {
  private readonly tag: Tag;
  private readonly inner: Tag;
  private readonly span = new ValueSpan();
  private readonly reference = new Reference();
  private readonly parts = new CellParts();

  constructor(
    private readonly xml: string,
    private readonly context: SheetContext,
    private readonly grid: CellGrid
  ) {
    this.tag = new Tag(xml);
    this.inner = new Tag(xml);
  }

  /** Scans from `from`; returns where the scan stopped (after `</sheetData>`). */
  scan(from: number): number {
    const { xml, tag, span, reference, parts } = this;
    let rowNumber = 0; // 1-based, as rows count
    let col = -1;
    let at = from;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0 || !tag.read(lt)) return xml.length;
      at = tag.end;
      if (tag.closing) {
        if (tag.is("sheetData")) return at;
        continue;
      }
      if (tag.is("row")) {
        // A row without cells written `<row .../>` does not count, as SheetJS reads rows.
        if (tag.selfClosing) continue;
        rowNumber = findAttribute(xml, tag.attrStart, tag.attrEnd, "r", span)
          ? integerAt(xml, span.start, span.end)
          : rowNumber + 1;
        col = -1;
        continue;
      }
      if (!tag.is("c")) continue;
      let row = rowNumber - 1;
      if (findAttribute(xml, tag.attrStart, tag.attrEnd, "r", span)) {
        reference.read(xml, span.start, span.end);
        col = reference.col;
        row = reference.row;
      } else col++;
      parts.type = findAttribute(xml, tag.attrStart, tag.attrEnd, "t", parts.typeSpan)
        ? cellType(xml, parts.typeSpan.start, parts.typeSpan.end)
        : CellType.Number;
      parts.style = findAttribute(xml, tag.attrStart, tag.attrEnd, "s", span)
        ? integerAt(xml, span.start, span.end)
        : -1;
      parts.rawStart = -1;
      parts.inline = undefined;
      if (!tag.selfClosing) at = this.scanContent(at);
      this.addCell(row, col);
    }
  }

  /** Reads a cell's `<v>` and `<is>` into `parts`; returns the index after `</c>`. */
  private scanContent(from: number): number {
    const { xml, inner: tag, parts } = this;
    let at = from;
    for (;;) {
      const lt = xml.indexOf("<", at);
      if (lt < 0 || !tag.read(lt)) return xml.length;
      at = tag.end;
      if (tag.closing) {
        if (tag.is("c")) return at;
        continue;
      }
      if (tag.is("v")) {
        if (tag.selfClosing) continue;
        const end = xml.indexOf("<", at);
        const cdata = xml.startsWith("<![CDATA[", end);
        const close = cdata ? xml.indexOf("</", xml.indexOf("]]>", end)) : end;
        if (close > at && parts.rawStart < 0) {
          parts.rawStart = at;
          parts.rawEnd = close;
        }
      } else if (tag.is("is")) {
        if (tag.selfClosing) {
          parts.inline = "";
          continue;
        }
        const end = closeOf(xml, tag, new Tag(xml));
        parts.inline = xml.slice(at, end);
      } else if (tag.is("c")) {
        // A new cell before this one closed: damaged XML, read by SheetJS's rules instead.
        throw new NotForDirectReading("unclosed cell");
      }
    }
  }

  /** The raw `<v>` content, undefined when absent or empty. */
  private raw(): string | undefined {
    const { parts } = this;
    return parts.rawStart < 0 ? undefined : this.xml.slice(parts.rawStart, parts.rawEnd);
  }

  /**
   * The `<v>` content read as `parseFloat(decodeXml(raw))` does (and, for an index, as
   * `parseInt` does): one to nine plain digits in place, without cutting them out.
   */
  private rawNumber(integer: boolean): number {
    const { parts, xml } = this;
    const digits = digitsAt(xml, parts.rawStart, parts.rawEnd);
    if (digits >= 0) return digits;
    const raw = decodeXml(xml.slice(parts.rawStart, parts.rawEnd));
    return integer ? parseInt(raw, 10) : parseFloat(raw);
  }

  private addCell(row: number, col: number): void {
    const { parts, context } = this;
    const present = parts.rawStart >= 0;
    const styles = context.styleFormats;
    const format = styles && parts.style !== -1 ? (styles[parts.style] ?? "General") : "General";
    let value: CellValue;
    let text: string | undefined;
    switch (parts.type) {
      case CellType.Number: {
        // A formula without a cached result reads as no value, as in SheetJS.
        if (!present) return;
        value = this.rawNumber(false);
        text = format === "General" ? generalNumber(value) : numberText(format, value);
        break;
      }
      case CellType.Shared: {
        if (!present) return;
        const string = context.sharedStrings[this.rawNumber(true)];
        if (string === undefined) throw new NotForDirectReading("shared string out of range");
        value = string;
        text = stringText(format, string);
        break;
      }
      case CellType.Formula: {
        const raw = this.raw();
        value = raw === undefined ? "" : decodeXml(raw, true);
        text = stringText(format, value);
        break;
      }
      case CellType.Inline:
        value = parts.inline === undefined ? "" : stringItemText(parts.inline);
        text = stringText(format, value);
        break;
      case CellType.Boolean: {
        const raw = this.raw();
        const flag = raw === "1" || raw === "true";
        value = flag;
        text = booleanText(format, flag);
        break;
      }
      case CellType.Error: {
        const raw = this.raw();
        if (raw === undefined) throw new NotForDirectReading("error without code");
        const code = decodeXml(raw);
        value = { error: code };
        text = code;
        break;
      }
      default: {
        // `d` (dates as ISO text) and anything unknown: SheetJS's rules.
        const { start, end } = parts.typeSpan;
        throw new NotForDirectReading(`cell type ${this.xml.slice(start, end)}`);
      }
    }
    this.grid.add(row, col, value, text ?? defaultText(value), format);
  }
}

/** The text SheetJS leaves a cell when its formatter gave up. */
function defaultText(value: CellValue): string {
  return typeof value === "string" ? value : String(value);
}

/** The range `A1:B2` written in `xml[start, end)`. */
function decodeRange(xml: string, start: number, end: number, reference: Reference): CellRange {
  let colon = start;
  while (colon < end && xml.charCodeAt(colon) !== COLON) colon++;
  reference.read(xml, start, colon);
  const { row: top, col: left } = reference;
  // `A1:B2:C3` reads as `A1:B2`, as the split it stands for did.
  if (colon < end) {
    let next = colon + 1;
    while (next < end && xml.charCodeAt(next) !== COLON) next++;
    reference.read(xml, colon + 1, next);
  }
  return { top, left, bottom: reference.row, right: reference.col };
}

const MERGE_CELL = "mergeCell ref=";

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isRefChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90);
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39;
}

/** Whether `xml[at]` starts a tag's name: `<` just before it, or `<prefix:` (word characters). */
function startsTagName(xml: string, at: number, from: number): boolean {
  if (at - 1 >= from && xml.charCodeAt(at - 1) === 60) return true;
  if (xml.charCodeAt(at - 1) !== COLON) return false;
  let i = at - 2;
  while (i >= from && isWordChar(xml.charCodeAt(i))) i--;
  return i < at - 2 && i >= from && xml.charCodeAt(i) === 60;
}

/**
 * The merged areas written from `from` on, as the pattern SheetJS reads them with does:
 * `<mergeCell ref="A1:B2"/>` (any word prefix, spaces before the end), found by searching
 * for the name rather than by a regular expression, which made a string for every area.
 */
function scanMerges(xml: string, from: number): CellRange[] {
  const merges: CellRange[] = [];
  const reference = new Reference();
  for (let at = xml.indexOf(MERGE_CELL, from); at >= 0; at = xml.indexOf(MERGE_CELL, at + 1)) {
    let i = at + MERGE_CELL.length;
    if (!isQuote(xml.charCodeAt(i)) || !startsTagName(xml, at, from)) continue;
    const refStart = ++i;
    while (isRefChar(xml.charCodeAt(i))) i++;
    const refEnd = i;
    if (refEnd === refStart || !isQuote(xml.charCodeAt(i++))) continue;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) === SLASH) i++;
    if (xml.charCodeAt(i) !== GT) continue;
    merges.push(decodeRange(xml, refStart, refEnd, reference));
  }
  return merges;
}

/** `\s` of a regular expression, for one character. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

export function scanSheet(xml: string, context: SheetContext, grid: CellGrid): CellRange[] {
  const open = /<(?:\w+:)?sheetData\b[^<>]*>/g;
  const match = open.exec(xml);
  let rest = 0;
  if (match && !match[0].endsWith("/>"))
    rest = new CellScanner(xml, context, grid).scan(open.lastIndex);
  else if (match) rest = open.lastIndex;
  return scanMerges(xml, rest);
}

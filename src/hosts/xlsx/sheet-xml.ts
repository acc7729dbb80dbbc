/**
 * One worksheet's XML scanned directly into a cell grid: `<sheetData>` (rows and cells,
 * with or without `r`, any namespace prefix) and `<mergeCells>`. Values, display text
 * and number formats come out as SheetJS gives them; what SheetJS would read in an
 * unusual way (dates stored as text, errors without a code) is left to it.
 */
import { CellRange, CellValue } from "../../domain/snapshot";
import { CellGrid } from "./grid";
import { FormatBudget } from "./format-budget";
import { formattedText } from "./number-text";
import { NotForDirectReading, stringItemText } from "./workbook-parts";
import { decodeXml, findAttribute, ValueSpan } from "./xml-text";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format code per cell style, or undefined when the workbook has none. */
  styleFormats: string[] | undefined;
  /** Renders the workbook's number formats within its bounds, and counts what it did not. */
  formats: FormatBudget;
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

/**
 * The type written in `xml[start, end)`: by its length and first letter, then the name itself.
 * No list to go through: most cells have a type, and the first check of a workbook runs this
 * before V8 has compiled it, where a loop over a list of pairs costs more than the cell.
 */
function cellType(xml: string, start: number, end: number): CellType {
  switch (end - start) {
    case 0:
      return CellType.Number;
    case 1:
      switch (xml.charCodeAt(start)) {
        case 110: // n
          return CellType.Number;
        case 115: // s
          return CellType.Shared;
        case 98: // b
          return CellType.Boolean;
        case 101: // e
          return CellType.Error;
      }
      return CellType.Other;
    case 3:
      return xml.startsWith("str", start) ? CellType.Formula : CellType.Other;
    case 9:
      return xml.startsWith("inlineStr", start) ? CellType.Inline : CellType.Other;
  }
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
    const { render } = context.formats;
    let value: CellValue;
    let text: string;
    switch (parts.type) {
      case CellType.Number: {
        // A formula without a cached result reads as no value, as in SheetJS.
        if (!present) return;
        value = this.rawNumber(false);
        text = formattedText(value, format, render);
        break;
      }
      case CellType.Shared: {
        if (!present) return;
        const string = context.sharedStrings[this.rawNumber(true)];
        if (string === undefined) throw new NotForDirectReading("shared string out of range");
        value = string;
        text = formattedText(string, format, render);
        break;
      }
      case CellType.Formula: {
        const raw = this.raw();
        value = raw === undefined ? "" : decodeXml(raw, true);
        text = formattedText(value, format, render);
        break;
      }
      case CellType.Inline:
        value = parts.inline === undefined ? "" : stringItemText(parts.inline);
        text = formattedText(value, format, render);
        break;
      case CellType.Boolean: {
        const raw = this.raw();
        const flag = raw === "1" || raw === "true";
        value = flag;
        text = formattedText(flag, format, render);
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
    this.grid.add(row, col, value, text, format);
  }
}

const MERGE = /<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g;

function decodeRange(ref: string, reference: Reference): CellRange {
  const colon = ref.indexOf(":");
  const startEnd = colon < 0 ? ref.length : colon;
  reference.read(ref, 0, startEnd);
  const { row: top, col: left } = reference;
  // `A1:B2:C3` reads as `A1:B2`, as the split it stands for did.
  if (colon >= 0) {
    const next = ref.indexOf(":", colon + 1);
    reference.read(ref, colon + 1, next < 0 ? ref.length : next);
  }
  return { top, left, bottom: reference.row, right: reference.col };
}

/**
 * The merged areas written from `from` on, as SheetJS reads them. A regular expression, not
 * a loop over characters: the first check of a workbook runs before V8 has compiled such a
 * loop, and the expression's matcher is native code from the start (measured: 14 against
 * 21 ms for 20,000 areas).
 */
function scanMerges(xml: string, from: number): CellRange[] {
  const merges: CellRange[] = [];
  const reference = new Reference();
  MERGE.lastIndex = from;
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) merges.push(decodeRange(m[1], reference));
  return merges;
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

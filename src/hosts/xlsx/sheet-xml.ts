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
import { attribute, decodeXml } from "./xml-text";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format code per cell style, or undefined when the workbook has none. */
  styleFormats: string[] | undefined;
}

const GT = 62;
const SLASH = 47;
const COLON = 58;

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13 || c !== c;
}

/** A tag found by the scanner: its local name and where its parts lie. */
class Tag {
  /** Local name (without prefix). */
  name = "";
  closing = false;
  selfClosing = false;
  /** Start of the attributes (just after the name). */
  attrStart = 0;
  /** Index of the `>` (or of `/` in `/>`). */
  attrEnd = 0;
  /** Index just after the tag. */
  end = 0;
}

/** Reads the tag that starts at `lt` into `tag`; false when the XML ends first. */
function readTag(xml: string, lt: number, tag: Tag): boolean {
  let i = lt + 1;
  tag.closing = xml.charCodeAt(i) === SLASH;
  if (tag.closing) i++;
  let nameStart = i;
  for (let c = xml.charCodeAt(i); !isNameEnd(c); c = xml.charCodeAt(++i))
    if (c === COLON) nameStart = i + 1;
  tag.name = xml.slice(nameStart, i);
  tag.attrStart = i;
  const gt = xml.indexOf(">", i);
  if (gt < 0) return false;
  tag.selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  tag.attrEnd = tag.selfClosing ? gt - 1 : gt;
  tag.end = gt + 1;
  return true;
}

/** `AB12` → column 27 (0-based) and row 11; row is -1 when the reference has no digits. */
function parseReference(ref: string): { col: number; row: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) - 64;
    if (c < 1 || c > 26) break;
    col = 26 * col + c;
  }
  const row = i < ref.length ? parseInt(ref.slice(i), 10) - 1 : -1;
  return { col: col - 1, row };
}

interface CellParts {
  type: string | undefined;
  style: string | undefined;
  /** Raw `<v>` content, undefined when absent or empty. */
  raw: string | undefined;
  /** `<is>` content for inline strings. */
  inline: string | undefined;
}

const parts: CellParts = {
  type: undefined,
  style: undefined,
  raw: undefined,
  inline: undefined,
};

/** The index just after the element that `open` starts (its matching close tag, any prefix). */
function closeOf(xml: string, open: Tag, scratch: Tag): number {
  let at = open.end;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || !readTag(xml, lt, scratch)) return xml.length;
    if (scratch.closing && scratch.name === open.name) return lt;
    at = scratch.end;
  }
}

/**
 * Scans `<sheetData>` from `from`, adding every cell to `grid`; returns where the scan
 * stopped (after `</sheetData>`).
 */
function scanCells(xml: string, from: number, context: SheetContext, grid: CellGrid): number {
  const tag = new Tag();
  const inner = new Tag();
  let rowNumber = 0; // 1-based, as rows count
  let col = -1;
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || !readTag(xml, lt, tag)) return xml.length;
    at = tag.end;
    if (tag.closing) {
      if (tag.name === "sheetData") return at;
      continue;
    }
    if (tag.name === "row") {
      // A row without cells written `<row .../>` does not count, as SheetJS reads rows.
      if (tag.selfClosing) continue;
      const r = attribute(xml.slice(tag.attrStart, tag.attrEnd), "r");
      rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1;
      col = -1;
      continue;
    }
    if (tag.name !== "c") continue;
    const attributes = xml.slice(tag.attrStart, tag.attrEnd);
    const ref = attribute(attributes, "r");
    let row = rowNumber - 1;
    if (ref !== undefined) {
      const parsed = parseReference(ref);
      col = parsed.col;
      row = parsed.row;
    } else col++;
    parts.type = attribute(attributes, "t");
    parts.style = attribute(attributes, "s");
    parts.raw = undefined;
    parts.inline = undefined;
    if (!tag.selfClosing) at = scanCellContent(xml, at, inner);
    addCell(grid, row, col, context);
  }
}

/** Reads a cell's `<v>` and `<is>` into `parts`; returns the index after `</c>`. */
function scanCellContent(xml: string, from: number, tag: Tag): number {
  let at = from;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0 || !readTag(xml, lt, tag)) return xml.length;
    at = tag.end;
    if (tag.closing) {
      if (tag.name === "c") return at;
      continue;
    }
    switch (tag.name) {
      case "v": {
        if (tag.selfClosing) break;
        const end = xml.indexOf("<", at);
        const cdata = xml.startsWith("<![CDATA[", end);
        const close = cdata ? xml.indexOf("</", xml.indexOf("]]>", end)) : end;
        if (close > at && parts.raw === undefined) parts.raw = xml.slice(at, close);
        break;
      }
      case "is": {
        if (tag.selfClosing) {
          parts.inline = "";
          break;
        }
        const end = closeOf(xml, tag, new Tag());
        parts.inline = xml.slice(at, end);
        break;
      }
      case "c":
        // A new cell before this one closed: damaged XML, read by SheetJS's rules instead.
        throw new NotForDirectReading("unclosed cell");
    }
  }
}

function addCell(grid: CellGrid, row: number, col: number, context: SheetContext): void {
  const { type, raw } = parts;
  const styles = context.styleFormats;
  const format =
    styles && parts.style !== undefined
      ? (styles[parseInt(parts.style, 10)] ?? "General")
      : "General";
  let value: CellValue;
  let text: string | undefined;
  switch (type === undefined || type === "" ? "n" : type) {
    case "n": {
      // A formula without a cached result reads as no value, as in SheetJS.
      if (raw === undefined) return;
      value = parseFloat(decodeXml(raw));
      text = format === "General" ? generalNumber(value) : numberText(format, value);
      break;
    }
    case "s": {
      if (raw === undefined) return;
      const string = context.sharedStrings[parseInt(decodeXml(raw), 10)];
      if (string === undefined) throw new NotForDirectReading("shared string out of range");
      value = string;
      text = stringText(format, string);
      break;
    }
    case "str":
      value = raw === undefined ? "" : decodeXml(raw, true);
      text = stringText(format, value);
      break;
    case "inlineStr":
      value = parts.inline === undefined ? "" : stringItemText(parts.inline);
      text = stringText(format, value);
      break;
    case "b": {
      const flag = raw !== undefined && (raw === "1" || raw === "true");
      value = flag;
      text = booleanText(format, flag);
      break;
    }
    case "e": {
      if (raw === undefined) throw new NotForDirectReading("error without code");
      const code = decodeXml(raw);
      value = { error: code };
      text = code;
      break;
    }
    default:
      // `d` (dates as ISO text) and anything unknown: SheetJS's rules.
      throw new NotForDirectReading(`cell type ${type}`);
  }
  grid.add(row, col, value, text ?? defaultText(value), format);
}

/** The text SheetJS leaves a cell when its formatter gave up. */
function defaultText(value: CellValue): string {
  return typeof value === "string" ? value : String(value);
}

const MERGE = /<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g;

function decodeRange(ref: string): CellRange {
  const [start, end = start] = ref.split(":");
  const s = parseReference(start);
  const e = parseReference(end);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

export function scanSheet(xml: string, context: SheetContext, grid: CellGrid): CellRange[] {
  const open = /<(?:\w+:)?sheetData\b[^<>]*>/g;
  const match = open.exec(xml);
  let rest = 0;
  if (match && !match[0].endsWith("/>")) rest = scanCells(xml, open.lastIndex, context, grid);
  else if (match) rest = open.lastIndex;
  const merges: CellRange[] = [];
  MERGE.lastIndex = rest;
  for (let m = MERGE.exec(xml); m; m = MERGE.exec(xml)) merges.push(decodeRange(m[1]));
  return merges;
}

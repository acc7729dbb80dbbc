/**
 * Patches cell values into one worksheet part. Only the rows that receive a value are
 * rewritten, and in them only the cells written; every other byte of the part (other
 * rows, columns, merges, validations, conditional formats, drawings) stays as it was.
 */
import { CellEdit } from "../../domain/edits";
import { CellRange, parseA1, parseRangeA1, rangeToA1, toA1 } from "../../domain/snapshot";
import {
  Attribute,
  attributeValue,
  cellXml,
  damagedWorkbook,
  decodeXml,
  ElementSpan,
  findElement,
  findElements,
  innerOf,
  MAX_COL,
  MAX_ROW,
  parseAttributes,
  prefixOf,
  startTag,
  withAttribute,
  WorkbookWriteError,
  WriteValue,
} from "./ooxml";

/** One cell to write, its address checked. */
export interface CellWrite {
  row: number;
  col: number;
  address: string;
  value: WriteValue;
  asText: boolean;
  overwrite: boolean;
}

export interface SheetPatchContext {
  sheet: string;
  /** Whether shared string `index` holds any text (an unknown index counts as text). */
  sharedStringHasText(index: number): boolean;
}

export interface SheetPatchResult {
  xml: string;
  /** A formula cell was replaced: the workbook's calculation chain is out of date. */
  replacedFormula: boolean;
  /** The cells written, each once: of several writes of one cell, the last. */
  written: CellWrite[];
}

/** Parses and checks an edit's address (`B12`, `$B$12`). */
export function cellWrite(edit: CellEdit): CellWrite {
  const cell = parseA1(edit.address);
  if (!cell || cell.row < 0 || cell.col < 0 || cell.row > MAX_ROW || cell.col > MAX_COL)
    throw new WorkbookWriteError("badAddress", { sheet: edit.sheet, address: edit.address });
  return {
    row: cell.row,
    col: cell.col,
    address: toA1(cell.row, cell.col),
    value: edit.value,
    asText: edit.asText,
    overwrite: edit.overwrite === true,
  };
}

export function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

function isSingleCell(range: CellRange): boolean {
  return range.top === range.bottom && range.left === range.right;
}

/** Areas over more rows than this are looked through for every cell, not indexed by row. */
const TALL_MERGE_ROWS = 16;

/**
 * A sheet's merged areas, found by the rows they cross: a workbook of 1,000 tables has
 * 20,000 of them, and looking through all for each of 7,000 written cells took 0.4 s.
 */
export class MergedAreas {
  /** Each area's place in the sheet's list, by the rows it crosses (areas of few rows). */
  private readonly byRow = new Map<number, number[]>();
  /** The places of the areas over many rows, which are few. */
  private readonly tall: number[] = [];

  constructor(private readonly merges: readonly CellRange[]) {
    merges.forEach((merge, index) => {
      if (merge.bottom - merge.top >= TALL_MERGE_ROWS) return void this.tall.push(index);
      for (let row = merge.top; row <= merge.bottom; row++) {
        const places = this.byRow.get(row);
        if (places) places.push(index);
        else this.byRow.set(row, [index]);
      }
    });
  }

  /** The first area in the sheet's order whose hidden part holds the cell. */
  hiding(row: number, col: number): CellRange | undefined {
    let first: number | undefined;
    for (const places of [this.byRow.get(row) ?? [], this.tall])
      for (const index of places) {
        const merge = this.merges[index];
        if (first !== undefined && index >= first) break;
        if (!contains(merge, row, col) || (row === merge.top && col === merge.left)) continue;
        first = index;
      }
    return first === undefined ? undefined : this.merges[first];
  }
}

/** Refuses a write into the hidden part of a merged area: nobody would ever see it. */
export function checkNotInsideMerge(sheet: string, merges: MergedAreas, write: CellWrite): void {
  const merge = merges.hiding(write.row, write.col);
  if (merge)
    throw new WorkbookWriteError("mergedCell", {
      sheet,
      address: write.address,
      range: rangeToA1(merge),
      anchor: toA1(merge.top, merge.left),
    });
}

/** The text of a string item (`<si>` or `<is>`): its runs, without phonetic guides. */
export function richText(xml: string, prefix: string): string {
  const withoutPhonetics = findElements(xml, `${prefix}rPh`).reduceRight(
    (text, span) => text.slice(0, span.start) + text.slice(span.end),
    xml
  );
  return findElements(withoutPhonetics, `${prefix}t`)
    .map((span) => decodeXml(innerOf(withoutPhonetics, span)))
    .join("");
}

interface Located {
  span: ElementSpan;
  /** 0-based row or column. */
  index: number;
  attributes: Attribute[];
  hasRef: boolean;
}

/** Elements in order with their index: from the `r` attribute, or one past the previous. */
function locate(
  xml: string,
  qname: string,
  from: number,
  to: number,
  indexOf: (ref: string) => number | null
): Located[] {
  let previous = -1;
  return findElements(xml, qname, from, to).map((span) => {
    const attributes = parseAttributes(span.tag);
    const ref = attributeValue(attributes, "r");
    const parsed = ref === undefined ? null : indexOf(ref);
    const index = parsed ?? previous + 1;
    previous = index;
    return { span, index, attributes, hasRef: parsed !== null };
  });
}

const rowIndexOf = (ref: string): number | null => (/^\d+$/.test(ref) ? Number(ref) - 1 : null);
const colIndexOf = (ref: string): number | null => parseA1(ref)?.col ?? null;

/** Rows of a worksheet (1 to 1,048,576). */
const MAX_ROWS = 1_048_576;

/** Where the order breaks, in each language: a row, or a cell. */
type Place = { zh: string; en: string };

/**
 * A sheet whose rows or cells are repeated or out of order, or whose cell names another row
 * than its own: Excel repairs such a file as it opens it, and which of two copies of a cell
 * the reader and the writer took would be a guess. Refused, nothing written.
 */
function outOfOrder(sheet: string, place: Place): WorkbookWriteError {
  return damagedWorkbook("write.damage.outOfOrder", { sheet, place });
}

/** Rows in order and within the sheet's rows; each row's cells in order and on it. */
function checkRowsInOrder(xml: string, p: string, sheet: string, rows: readonly Located[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.index >= MAX_ROWS || (i > 0 && row.index <= rows[i - 1].index)) {
      const n = row.index + 1;
      throw outOfOrder(sheet, { zh: `第 ${n} 行`, en: `row ${n}` });
    }
    if (!row.span.empty) checkCellsInOrder(xml, `<${p}c`, sheet, row);
  }
}

/**
 * The row's cells, each after the one before it and on this row: a scan of their `r`
 * attributes alone, as every row of the sheet is scanned (parsing each cell's attributes
 * doubled the time of writing to a sheet of 1,000 tables).
 */
function checkCellsInOrder(xml: string, open: string, sheet: string, row: Located): void {
  let previous = -1;
  for (let at = xml.indexOf(open, row.span.tagEnd); at >= 0 && at < row.span.innerEnd;) {
    const after = xml.charCodeAt(at + open.length);
    const tagEnd = xml.indexOf(">", at);
    // `<c `, `<c>` or `<c/>`; any other element whose name starts so is passed over.
    if (after !== 0x20 && after !== 0x3e && after !== 0x2f) {
      at = xml.indexOf(open, at + open.length);
      continue;
    }
    const tag = xml.slice(at, tagEnd);
    const ref = /\sr="([^"]*)"/.exec(tag)?.[1];
    const cell = ref === undefined ? undefined : parseA1(ref);
    const col = ref === undefined ? previous + 1 : (cell?.col ?? -1);
    if (col <= previous || (ref !== undefined && cell?.row !== row.index)) {
      const address = ref ?? toA1(row.index, col);
      throw outOfOrder(sheet, { zh: address, en: address });
    }
    previous = col;
    at = xml.indexOf(open, tagEnd);
  }
}

/** The rectangle the sheet's cells cover, or null when it has none. */
export function usedRange(xml: string): CellRange | null {
  const prefix = prefixOf(xml, "worksheet");
  const sheetData = findElement(xml, `${prefix}sheetData`);
  if (!sheetData) return null;
  let range: CellRange | null = null;
  for (const row of locate(xml, `${prefix}row`, sheetData.tagEnd, sheetData.innerEnd, rowIndexOf)) {
    for (const cell of locate(xml, `${prefix}c`, row.span.tagEnd, row.span.innerEnd, colIndexOf)) {
      range = union(range, {
        top: row.index,
        left: cell.index,
        bottom: row.index,
        right: cell.index,
      });
    }
  }
  return range;
}

function union(a: CellRange | null, b: CellRange): CellRange {
  if (!a) return b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * Whether the sheet is protected. By the standard a bare `<sheetProtection/>` protects
 * nothing, but a writer that wrote one meant protection: only `sheet="0"` counts as off.
 */
export function isSheetProtected(xml: string): boolean {
  const span = findElement(xml, `${prefixOf(xml, "worksheet")}sheetProtection`);
  if (!span) return false;
  const sheet = attributeValue(parseAttributes(span.tag), "sheet");
  return sheet !== "0" && sheet !== "false";
}

/**
 * The style each write's cell has or would get: the cell's own, else its row's (when the
 * row has a custom format), else its column's, else the default style 0.
 */
export function styleIndexes(xml: string, writes: readonly CellWrite[]): Map<CellWrite, number> {
  const p = prefixOf(xml, "worksheet");
  const sheetData = findElement(xml, `${p}sheetData`);
  const wanted = new Set(writes.map((write) => write.row));
  const rows = new Map<number, Located>();
  if (sheetData) {
    for (const row of locate(xml, `${p}row`, sheetData.tagEnd, sheetData.innerEnd, rowIndexOf))
      if (wanted.has(row.index)) rows.set(row.index, row);
  }
  const columns = findElements(xml, `${p}col`).map((span) => parseAttributes(span.tag));
  const styles = new Map<CellWrite, number>();
  for (const write of writes) {
    const row = rows.get(write.row);
    const cell =
      row && !row.span.empty
        ? locate(xml, `${p}c`, row.span.tagEnd, row.span.innerEnd, colIndexOf).find(
            (c) => c.index === write.col
          )
        : undefined;
    const rowStyle =
      row && ["1", "true"].includes(attributeValue(row.attributes, "customFormat") ?? "")
        ? attributeValue(row.attributes, "s")
        : undefined;
    const column = columns.find(
      (a) =>
        Number(attributeValue(a, "min")) <= write.col + 1 &&
        Number(attributeValue(a, "max")) >= write.col + 1
    );
    // An existing cell without `s` has style 0, whatever its row or column says.
    const style = cell
      ? (attributeValue(cell.attributes, "s") ?? "0")
      : (rowStyle ?? (column ? attributeValue(column, "style") : undefined) ?? "0");
    styles.set(write, Number(style));
  }
  return styles;
}

/** Writes cell values into a worksheet part. Throws WorkbookWriteError before changing anything. */
export function patchWorksheetXml(
  xml: string,
  writes: readonly CellWrite[],
  context: SheetPatchContext
): SheetPatchResult {
  const { sheet } = context;
  const p = prefixOf(xml, "worksheet");
  const sheetData = findElement(xml, `${p}sheetData`);
  if (!sheetData)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: `${sheet} 中没有 <sheetData>`, en: `${sheet}: no <sheetData>` },
    });

  const merges = new MergedAreas(
    findElements(xml, `${p}mergeCell`)
      .map((span) => parseRangeA1(attributeValue(parseAttributes(span.tag), "ref") ?? ""))
      .filter((range): range is CellRange => range !== null && !isSingleCell(range))
  );
  // Array formulas (and data tables) own their whole range.
  const arrays = findElements(xml, `${p}f`, sheetData.tagEnd, sheetData.innerEnd)
    .map((span) => parseAttributes(span.tag))
    .filter((a) => ["array", "dataTable"].includes(attributeValue(a, "t") ?? ""))
    .map((a) => parseRangeA1(attributeValue(a, "ref") ?? ""))
    .filter((range): range is CellRange => range !== null && !isSingleCell(range));

  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const write of writes) {
    checkNotInsideMerge(sheet, merges, write);
    const array = arrays.find((range) => contains(range, write.row, write.col));
    if (array)
      throw new WorkbookWriteError("arrayFormula", {
        sheet,
        address: write.address,
        range: rangeToA1(array),
      });
    const row = byRow.get(write.row) ?? new Map<number, CellWrite>();
    row.set(write.col, write); // the last edit of a cell wins
    byRow.set(write.row, row);
  }

  const columnStyles = findElements(xml, `${p}col`).map((span) => parseAttributes(span.tag));
  const columnStyle = (col: number): string | undefined => {
    const found = columnStyles.find(
      (a) =>
        Number(attributeValue(a, "min")) <= col + 1 && Number(attributeValue(a, "max")) >= col + 1
    );
    return found ? attributeValue(found, "style") : undefined;
  };
  let replacedFormula = false;
  // Captured by the closures below, so an object rather than a narrowed `let`.
  const bounds: { written: CellRange | null } = { written: null };
  const mark = (write: CellWrite) => {
    const cell = { top: write.row, left: write.col, bottom: write.row, right: write.col };
    bounds.written = union(bounds.written, cell);
  };

  const newCell = (write: CellWrite, style: string | undefined): string => {
    mark(write);
    const attributes: Attribute[] = style && style !== "0" ? [{ name: "s", raw: style }] : [];
    return cellXml(p, { sheet, address: write.address }, attributes, write.value, write.asText);
  };

  /** Replaces an existing cell, keeping its style and other attributes. */
  const replaceCell = (cell: Located, write: CellWrite): string => {
    const inner = innerOf(xml, cell.span);
    const formula = findElement(inner, `${p}f`);
    if (holdsValue(inner, cell.attributes, p, context) && !write.overwrite)
      throw new WorkbookWriteError("notEmpty", { sheet, address: write.address });
    if (formula) {
      const f = parseAttributes(formula.tag);
      const shared = parseRangeA1(attributeValue(f, "ref") ?? "");
      if (attributeValue(f, "t") === "shared" && shared && !isSingleCell(shared))
        throw new WorkbookWriteError("sharedFormula", {
          sheet,
          address: write.address,
          range: rangeToA1(shared),
        });
      replacedFormula = true;
    }
    if (write.value !== null) mark(write);
    // The value's own attributes go: type, cell metadata, value metadata.
    const kept = cell.attributes.filter((a) => !["r", "t", "cm", "vm"].includes(a.name));
    return cellXml(p, { sheet, address: write.address }, kept, write.value, write.asText);
  };

  const patchRow = (row: Located, rowWrites: Map<number, CellWrite>): string => {
    const cells = row.span.empty
      ? []
      : locate(xml, `${p}c`, row.span.tagEnd, row.span.innerEnd, colIndexOf);
    const rowStyle =
      ["1", "true"].includes(attributeValue(row.attributes, "customFormat") ?? "") &&
      attributeValue(row.attributes, "s");
    const styleFor = (col: number) => (rowStyle ? rowStyle : columnStyle(col));
    const pending = [...rowWrites.values()]
      .filter((w) => !cells.some((c) => c.index === w.col))
      .filter((w) => w.value !== null)
      .sort((a, b) => a.col - b.col);
    let inner = "";
    let at = row.span.tagEnd;
    for (const cell of cells) {
      inner += xml.slice(at, cell.span.start);
      while (pending.length && pending[0].col < cell.index) {
        const write = pending.shift() as CellWrite;
        inner += newCell(write, styleFor(write.col));
      }
      const write = rowWrites.get(cell.index);
      if (write) inner += replaceCell(cell, write);
      else if (cell.hasRef) inner += xml.slice(cell.span.start, cell.span.end);
      else {
        // A cell placed by position gets its reference, so an insertion cannot shift it.
        const tag = startTag(
          `${p}c`,
          [{ name: "r", raw: toA1(row.index, cell.index) }, ...cell.attributes],
          cell.span.empty
        );
        inner += tag + xml.slice(cell.span.tagEnd, cell.span.end);
      }
      at = cell.span.end;
    }
    const added = pending.map((write) => newCell(write, styleFor(write.col))).join("");
    inner += added + (row.span.empty ? "" : xml.slice(at, row.span.innerEnd));
    const attributes = rowAttributes(row, [...rowWrites.keys()]);
    return `${startTag(`${p}row`, attributes)}${inner}</${p}row>`;
  };

  const newRow = (index: number, rowWrites: Map<number, CellWrite>): string => {
    const cells = [...rowWrites.values()]
      .filter((w) => w.value !== null)
      .sort((a, b) => a.col - b.col)
      .map((write) => newCell(write, columnStyle(write.col)))
      .join("");
    return cells ? `<${p}row r="${index + 1}">${cells}</${p}row>` : "";
  };

  const rows = locate(xml, `${p}row`, sheetData.tagEnd, sheetData.innerEnd, rowIndexOf);
  checkRowsInOrder(xml, p, sheet, rows);
  const anyRowWithoutRef = rows.some((row) => !row.hasRef);
  const targets = [...byRow.keys()].sort((a, b) => a - b);
  let t = 0;
  let data = "";
  let at = sheetData.tagEnd;
  for (const row of rows) {
    data += xml.slice(at, row.span.start);
    for (; t < targets.length && targets[t] < row.index; t++)
      data += newRow(targets[t], byRow.get(targets[t]) as Map<number, CellWrite>);
    if (targets[t] === row.index) {
      data += patchRow(row, byRow.get(targets[t]) as Map<number, CellWrite>);
      t++;
    } else if (anyRowWithoutRef && !row.hasRef) {
      const attributes = withAttribute(row.attributes, "r", String(row.index + 1));
      data +=
        startTag(`${p}row`, attributes, row.span.empty) + xml.slice(row.span.tagEnd, row.span.end);
    } else {
      data += xml.slice(row.span.start, row.span.end);
    }
    at = row.span.end;
  }
  data += sheetData.empty ? "" : xml.slice(at, sheetData.innerEnd);
  for (; t < targets.length; t++)
    data += newRow(targets[t], byRow.get(targets[t]) as Map<number, CellWrite>);

  const open = startTag(`${p}sheetData`, parseAttributes(sheetData.tag));
  let result = `${xml.slice(0, sheetData.start)}${open}${data}</${p}sheetData>${xml.slice(sheetData.end)}`;
  if (bounds.written) result = widenDimension(result, p, bounds.written);
  const written = [...byRow.values()].flatMap((cells) => [...cells.values()]);
  return { xml: result, replacedFormula, written };
}

/** The row's start tag with its reference, and spans widened to cover new cells. */
function rowAttributes(row: Located, cols: number[]): Attribute[] {
  let attributes = row.hasRef
    ? row.attributes
    : withAttribute(row.attributes, "r", String(row.index + 1));
  const spans = attributeValue(attributes, "spans");
  if (spans !== undefined) {
    const ranges = spans
      .trim()
      .split(/\s+/)
      .map((s) => s.split(":").map(Number));
    const covered = (col: number) => ranges.some(([a, b]) => col + 1 >= a && col + 1 <= b);
    if (!cols.every(covered)) {
      const bounds = [...ranges.flat(), ...cols.map((c) => c + 1)].filter(Number.isFinite);
      attributes = withAttribute(
        attributes,
        "spans",
        `${Math.min(...bounds)}:${Math.max(...bounds)}`
      );
    }
  }
  return attributes;
}

function holdsValue(
  inner: string,
  attributes: readonly Attribute[],
  p: string,
  context: SheetPatchContext
): boolean {
  if (findElement(inner, `${p}f`)) return true;
  const type = attributeValue(attributes, "t") ?? "n";
  if (type === "inlineStr") {
    const is = findElement(inner, `${p}is`);
    return is !== null && richText(innerOf(inner, is), p) !== "";
  }
  const v = findElement(inner, `${p}v`);
  if (!v) return false;
  const text = decodeXml(innerOf(inner, v));
  if (type === "s") {
    const index = Number(text);
    return !Number.isInteger(index) || context.sharedStringHasText(index);
  }
  return text !== "";
}

/** Widens `<dimension ref>` to cover the written cells (it never shrinks). */
function widenDimension(xml: string, p: string, written: CellRange): string {
  const span = findElement(xml, `${p}dimension`);
  if (!span) return xml;
  const attributes = parseAttributes(span.tag);
  const current = parseRangeA1(attributeValue(attributes, "ref") ?? "");
  const ref = rangeToA1(current ? union(current, written) : written);
  const tag = startTag(`${p}dimension`, withAttribute(attributes, "ref", ref), span.empty);
  return xml.slice(0, span.start) + tag + xml.slice(span.tagEnd);
}

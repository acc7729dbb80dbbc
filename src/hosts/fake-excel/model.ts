/**
 * The fake's document: sheets of cells, merges, fills, notes and selection, plus the
 * saved settings and the API version. Proxies read and write it only during a sync.
 */
import { CellRange, CellValue, isCellError, SheetSnapshot } from "../../domain/snapshot";
import { cellKey, contains, intersects } from "./address";
import { anyOverlap } from "./overlap";
import { CellGrid } from "./cell-grid";
import { FakeOfficeError } from "./errors";
import { displayText } from "./format";

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** One cell's content. A write replaces it whole: copies of a sheet share these objects. */
export interface CellData {
  readonly value: CellValue;
  /** Set when the cell holds a formula; `value` then holds the formula's text. */
  readonly formula?: string;
  readonly numberFormat?: string;
  /** Display text supplied by a snapshot (SheetJS's formatted text), until the value changes. */
  readonly text?: string;
}

export interface NoteData {
  content: string;
  author: string;
}

/** What a cell write may carry: Office's `values` scalars. */
export type WritableValue = string | number | boolean | null;

export type Side = "top" | "bottom" | "left" | "right";

export interface BorderData {
  /** Office's `BorderLineStyle`, e.g. `Continuous`. */
  style: string;
  /** Office's `BorderWeight`, e.g. `Thin`. */
  weight: string;
}

/** Cell formatting besides the number format and fill; absent fields are Excel's defaults. */
export interface CellStyleData {
  bold?: boolean;
  fontSize?: number;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<Side, BorderData>>;
}

export const STYLE_DEFAULTS = {
  bold: false,
  fontSize: 11,
  wrapText: false,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
} as const;

/** Excel's standard column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

/** Excel's standard row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;

/** Office's `Worksheet.pageLayout` (ExcelApi 1.9), the part the fake models; margins in points. */
export interface PageLayoutData {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  centerHorizontally: boolean;
}

/** A new sheet's page setup: Excel's Normal margins, letter paper, 100 %. */
export const PAGE_LAYOUT_DEFAULTS: PageLayoutData = {
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100 },
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  centerHorizontally: false,
};

/** A list validation (ExcelApi 1.8): `source` is Office's comma-separated list. */
export interface ListRuleData {
  inCellDropDown: boolean;
  source: string;
}

/** Rows per band of the merge index. */
const MERGE_BAND = 64;

/** Office's `Excel.SheetVisibility`. */
export type SheetVisibilityData = "Visible" | "Hidden" | "VeryHidden";

/** Office's `Range.hyperlink`: a web or file address, or a place in this workbook. */
export interface HyperlinkData {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export class SheetModel {
  private cells = new CellGrid<CellData>();
  readonly merges: CellRange[] = [];
  /** Merges by band of `MERGE_BAND` rows, so a look-up scans only those near the row. */
  private readonly mergeBands = new Map<number, CellRange[]>();
  /** Solid fill colour per cell (`#RRGGBB`); absent means no fill. */
  readonly fills = new Map<string, string>();
  readonly notes = new Map<string, NoteData>();
  readonly styles = new Map<string, CellStyleData>();
  /** Column widths in points, by column index; absent means the default width. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by row index; absent means the default height. */
  readonly rowHeights = new Map<number, number>();
  pageLayout: PageLayoutData = { ...PAGE_LAYOUT_DEFAULTS, zoom: { ...PAGE_LAYOUT_DEFAULTS.zoom } };
  /** List validations by cell. */
  readonly validations = new Map<string, ListRuleData>();
  selection: CellRange = { top: 0, left: 0, bottom: 0, right: 0 };
  /** Office's `Worksheet.visibility`. */
  visibility: SheetVisibilityData = "Visible";
  /** Hyperlinks by cell. */
  readonly hyperlinks = new Map<string, HyperlinkData>();
  /** The range the sheet's autofilter covers, or null. */
  autoFilter: CellRange | null = null;
  /** Rows frozen at the top (`freezePanes.freezeRows`). */
  frozenRows = 0;

  constructor(
    readonly id: string,
    public name: string
  ) {}

  private overlapsMerge(range: CellRange): boolean {
    const last = Math.floor(range.bottom / MERGE_BAND);
    for (let band = Math.floor(range.top / MERGE_BAND); band <= last; band++)
      for (const merge of this.mergeBands.get(band) ?? [])
        if (intersects(merge, range)) return true;
    return false;
  }

  private mergeAt(row: number, col: number): CellRange | undefined {
    return this.mergeBands.get(Math.floor(row / MERGE_BAND))?.find((m) => contains(m, row, col));
  }

  /** Cells covered by a merge but not its top-left one hold nothing. */
  isHiddenByMerge(row: number, col: number): boolean {
    const merge = this.mergeAt(row, col);
    return merge !== undefined && (merge.top !== row || merge.left !== col);
  }

  cell(row: number, col: number): CellData | undefined {
    return this.cells.get(row, col);
  }

  numberFormat(row: number, col: number): string {
    return numberFormatOf(this.cell(row, col));
  }

  text(row: number, col: number): string {
    return textOf(this.cell(row, col));
  }

  /** `pick` of every cell of the range, in rows: what a range's cell properties load. */
  mapRange<T>(range: CellRange, pick: (cell: CellData | undefined) => T): T[][] {
    // Lists made at their length: a big sheet's read fills four of them per cell.
    const height = range.bottom - range.top + 1;
    const width = range.right - range.left + 1;
    const rows = new Array<T[]>(height);
    for (let r = 0; r < height; r++) {
      const cells = this.cells.row(range.top + r);
      const row = new Array<T>(width);
      for (let c = 0; c < width; c++) row[c] = pick(cells?.[range.left + c]);
      rows[r] = row;
    }
    return rows;
  }

  /** Writes one value as Office does: `=…` becomes a formula unless the cell is text (`@`). */
  writeValue(row: number, col: number, value: WritableValue): void {
    if (this.isHiddenByMerge(row, col)) return;
    const existing = this.cell(row, col);
    const numberFormat = existing?.numberFormat;
    const next: Writable<CellData> = { value: value === "" ? null : value, numberFormat };
    if (typeof value === "string" && value.startsWith("=") && numberFormat !== "@")
      next.formula = value;
    this.putCell(row, col, next);
  }

  /** Stores a value as read from a file (cached results, errors), with its text and format. */
  seedValue(
    row: number,
    col: number,
    value: CellValue,
    text?: string,
    numberFormat?: string
  ): void {
    this.seedCell(row, col, this.isHiddenByMerge(row, col) ? null : value, text, numberFormat);
  }

  /**
   * Fills a new, blank sheet from a snapshot: its merges, then its cells, those a merge hides
   * without their value, as `seedValue` stores them.
   */
  seed(snapshot: Omit<SheetSnapshot, "sheetName">): void {
    const merges = snapshot.merges ?? [];
    if (anyOverlap(merges))
      throw new FakeOfficeError("InvalidOperation", "merged areas may not overlap");
    for (const merge of merges) this.placeMerge({ ...merge });
    const { values, texts, numberFormats, originRow, originCol } = snapshot;
    let width = 0;
    for (const row of values) width = Math.max(width, row.length);
    const hidden = this.hiddenCells({
      top: originRow,
      left: originCol,
      bottom: originRow + values.length - 1,
      right: originCol + width - 1,
    });
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      for (let c = 0; c < row.length; c++) {
        const format = numberFormats?.[r]?.[c];
        const value = hidden.get(originRow + r, originCol + c) ? null : row[c];
        if (value === null && (format === undefined || format === "General")) continue;
        this.seedCell(originRow + r, originCol + c, value, texts?.[r]?.[c], format);
      }
    }
  }

  /** The cells of `area` that a merge hides: one step a cell, however big the merges. */
  private hiddenCells(area: CellRange): CellGrid<true> {
    const hidden = new CellGrid<true>();
    for (const merge of this.merges)
      if (intersects(merge, area))
        for (let r = Math.max(merge.top, area.top); r <= Math.min(merge.bottom, area.bottom); r++)
          for (let c = Math.max(merge.left, area.left); c <= Math.min(merge.right, area.right); c++)
            if (r !== merge.top || c !== merge.left) hidden.set(r, c, true);
    return hidden;
  }

  private seedCell(
    row: number,
    col: number,
    value: CellValue,
    text?: string,
    numberFormat?: string
  ): void {
    const cell: Writable<CellData> = { value };
    if (numberFormat !== undefined && numberFormat !== "General") cell.numberFormat = numberFormat;
    if (
      value !== null &&
      text !== undefined &&
      text !== displayText(value, numberFormat ?? "General")
    )
      cell.text = text;
    this.putCell(row, col, cell);
  }

  writeNumberFormat(row: number, col: number, format: string): void {
    const existing = this.cell(row, col) ?? { value: null };
    this.putCell(row, col, {
      ...existing,
      numberFormat: format === "General" ? undefined : format,
    });
  }

  private putCell(row: number, col: number, cell: CellData): void {
    if (cell.value === null && cell.numberFormat === undefined) this.cells.delete(row, col);
    else this.cells.set(row, col, cell);
  }

  addMerge(range: CellRange): void {
    if (this.overlapsMerge(range))
      throw new FakeOfficeError("InvalidOperation", "merged areas may not overlap");
    this.placeMerge(range);
    this.cells.clear(range, { row: range.top, col: range.left });
  }

  private placeMerge(range: CellRange): void {
    this.merges.push(range);
    const last = Math.floor(range.bottom / MERGE_BAND);
    for (let band = Math.floor(range.top / MERGE_BAND); band <= last; band++) {
      const merges = this.mergeBands.get(band);
      if (merges) merges.push(range);
      else this.mergeBands.set(band, [range]);
    }
  }

  fill(row: number, col: number): string | null {
    return this.fills.get(cellKey(row, col)) ?? null;
  }

  setFill(row: number, col: number, color: string | null): void {
    if (color === null) this.fills.delete(cellKey(row, col));
    else this.fills.set(cellKey(row, col), normalizeColor(color));
  }

  style(row: number, col: number): CellStyleData {
    return this.styles.get(cellKey(row, col)) ?? {};
  }

  /** Changes one cell's formatting; `update` gets a copy to change. */
  updateStyle(row: number, col: number, update: (style: CellStyleData) => void): void {
    const style = { ...this.style(row, col) };
    if (style.borders) style.borders = { ...style.borders };
    update(style);
    this.styles.set(cellKey(row, col), style);
  }

  columnWidth(col: number): number {
    return this.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(row: number): number {
    return this.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** The used range: cells with values, or (unless `valuesOnly`) with any formatting; null when blank. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, col: number) => {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    };
    const counts = (cell: CellData | undefined) =>
      cell !== undefined &&
      (cell.value !== null || (!valuesOnly && cell.numberFormat !== undefined));
    // A row's first and last counted cells, looked for from its ends: not a call per cell.
    this.cells.forEachRow((row, cells) => {
      let first = 0;
      while (first < cells.length && !counts(cells[first])) first++;
      if (first === cells.length) return;
      let last = cells.length - 1;
      while (!counts(cells[last])) last--;
      include(row, first);
      include(row, last);
    });
    if (!valuesOnly)
      for (const keys of [this.fills.keys(), this.styles.keys()])
        for (const key of keys) {
          const comma = key.indexOf(",");
          include(Number(key.slice(0, comma)), Number(key.slice(comma + 1)));
        }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  copy(): SheetModel {
    const sheet = new SheetModel(this.id, this.name);
    sheet.cells = this.cells.copy();
    for (const merge of this.merges) sheet.placeMerge({ ...merge });
    for (const [key, fill] of this.fills) sheet.fills.set(key, fill);
    for (const [key, note] of this.notes) sheet.notes.set(key, { ...note });
    for (const [key, style] of this.styles)
      sheet.styles.set(key, { ...style, borders: style.borders && { ...style.borders } });
    for (const [col, width] of this.columnWidths) sheet.columnWidths.set(col, width);
    for (const [row, height] of this.rowHeights) sheet.rowHeights.set(row, height);
    sheet.pageLayout = { ...this.pageLayout, zoom: { ...this.pageLayout.zoom } };
    for (const [key, rule] of this.validations) sheet.validations.set(key, { ...rule });
    sheet.selection = { ...this.selection };
    sheet.visibility = this.visibility;
    for (const [key, link] of this.hyperlinks) sheet.hyperlinks.set(key, { ...link });
    sheet.autoFilter = this.autoFilter && { ...this.autoFilter };
    sheet.frozenRows = this.frozenRows;
    return sheet;
  }
}

/** Office reports colours as upper-case `#RRGGBB`. */
export function normalizeColor(color: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!match) throw new FakeOfficeError("InvalidArgument", `not a #RRGGBB colour: ${color}`);
  return `#${match[1].toUpperCase()}`;
}

/** A stored cell's number format; `General` when it has none. */
export function numberFormatOf(cell: CellData | undefined): string {
  return cell?.numberFormat ?? "General";
}

/** A stored cell's display text (Office's `text`). */
export function textOf(cell: CellData | undefined): string {
  if (!cell) return "";
  return cell.text ?? displayText(cell.value, cell.numberFormat ?? "General");
}

/** Office's `valueTypes` for a stored cell. */
export function valueType(cell: CellData | undefined): string {
  const value = cell?.value ?? null;
  if (cell?.formula !== undefined) return "String";
  if (value === null) return "Empty";
  if (isCellError(value)) return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** Office's `values` for a stored cell: `""` when empty, the error code for errors. */
export function officeValue(cell: CellData | undefined): string | number | boolean {
  const value = cell?.value ?? null;
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return value;
}

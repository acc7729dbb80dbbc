/** Read access to a snapshot in sheet coordinates, with display text and merged areas. */
import { CellRange, CellValue, isCellError, SheetSnapshot, toA1 } from "./snapshot";
import { normalizeLabel, trimmed } from "./text";
import { Field } from "./model";

/** True when a number format shows a percentage (a `%` outside quotes and brackets). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || !format.includes("%")) return false;
  return /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
}

function decimalsOf(format: string): number {
  const match = /0\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

/** The text Excel would show for a value when the host did not report it. */
export function displayText(value: CellValue, format: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  if (isPercentFormat(format)) return `${(value * 100).toFixed(decimalsOf(format ?? ""))}%`;
  return String(Math.round(value * 1e10) / 1e10);
}

const NO_VALUES: readonly CellValue[] = [];

/** An array of `count` empty slots, allocated once at its full length. */
function slots<T>(count: number): (T | undefined)[] {
  return new Array<T | undefined>(count).fill(undefined);
}

/** Labels are short even with spaces and line breaks inside (`项 目 名 称`). */
const LONGEST_LABEL_TEXT = 40;

/**
 * The merges crossing each row of the grid, in one list: those of row `r` (from the grid's
 * top) are `merges[first[r]]` up to `merges[first[r + 1]]`, in the order given. Two lists
 * for the whole grid, not one per row; only rows inside the grid are indexed: a merge can
 * be much larger than the used range.
 */
interface MergesByRow {
  first: Uint32Array;
  merges: CellRange[];
}

function mergesByRow(merges: readonly CellRange[], top: number, height: number): MergesByRow {
  const first = new Uint32Array(height + 1);
  for (const merge of merges) {
    const last = Math.min(merge.bottom - top, height - 1);
    for (let r = Math.max(merge.top - top, 0); r <= last; r++) first[r + 1]++;
  }
  for (let r = 0; r < height; r++) first[r + 1] += first[r];
  const byRow = new Array<CellRange>(first[height]);
  const filled = first.slice(0, height);
  for (const merge of merges) {
    const last = Math.min(merge.bottom - top, height - 1);
    for (let r = Math.max(merge.top - top, 0); r <= last; r++) byRow[filled[r]++] = merge;
  }
  return { first, merges: byRow };
}

export class Grid {
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly mergesKnown: boolean;
  private readonly snapshot: SheetSnapshot;
  // The snapshot's rows, held directly: every cell read goes through them.
  private readonly values: CellValue[][];
  private readonly texts: string[][] | undefined;
  // Per row of the grid, filled as cells are read; each row's slots are made on its first
  // read, at the row's length (a cell past it is blank). Arrays made at their full length
  // stay fast: written at scattered indexes, a growing one turns into a slow dictionary.
  private readonly textCache: ((string | undefined)[] | undefined)[];
  private readonly labelCache: ((string | undefined)[] | undefined)[];
  /** One Field per cell read: a cell read as symbol, value and unit (one 指标值 cell) is one object. */
  private readonly fieldCache: ((Field | undefined)[] | undefined)[];
  /** The merges that cross each row of the grid (few per row), for cell lookups. */
  private readonly mergesByRow: MergesByRow;

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.values = snapshot.values;
    this.texts = snapshot.texts;
    this.sheetName = snapshot.sheetName;
    this.top = snapshot.originRow;
    this.left = snapshot.originCol;
    let width = 0;
    for (const row of snapshot.values) if (row.length > width) width = row.length;
    this.bottom = snapshot.originRow + snapshot.values.length - 1;
    this.right = snapshot.originCol + width - 1;
    this.mergesKnown = snapshot.merges !== null;
    const height = snapshot.values.length;
    this.textCache = slots(height);
    this.labelCache = slots(height);
    this.fieldCache = slots(height);
    this.mergesByRow = mergesByRow(snapshot.merges ?? [], this.top, height);
  }

  contains(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  value(row: number, col: number): CellValue {
    const cells = this.values[row - this.top];
    const value = cells?.[col - this.left];
    return value === undefined ? null : value;
  }

  /** The row's values as the snapshot holds them, from the grid's left column (may be shorter). */
  rowValues(row: number): readonly CellValue[] {
    return this.values[row - this.top] ?? NO_VALUES;
  }

  format(row: number, col: number): string | undefined {
    return this.snapshot.numberFormats?.[row - this.top]?.[col - this.left];
  }

  /** Display text, trimmed. */
  text(row: number, col: number): string {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0) return "";
    const reported = this.texts?.[r]?.[c];
    // The host's own text needs no cache: most have no space at either end to trim.
    if (typeof reported === "string" && reported !== "") return trimmed(reported);
    const value = this.values[r]?.[c];
    // Most cells of a sheet are blank: no need to cache their empty text.
    if (value === undefined || value === null) return "";
    const cells = (this.textCache[r] ??= this.rowSlots<string>(r));
    const cached = cells[c];
    if (cached !== undefined) return cached;
    return (cells[c] = trimmed(displayText(value, this.format(row, col))));
  }

  /**
   * The text folded for label comparison (no spaces, half-width, no trailing colon).
   * Text longer than any label could be is returned as it is: it never matches one.
   */
  label(row: number, col: number): string {
    const text = this.text(row, col);
    if (text === "" || text.length > LONGEST_LABEL_TEXT) return text;
    const r = row - this.top;
    if (r >= this.labelCache.length) return normalizeLabel(text);
    const cells = (this.labelCache[r] ??= this.rowSlots<string>(r));
    const c = col - this.left;
    const cached = cells[c];
    if (cached !== undefined) return cached;
    return (cells[c] = normalizeLabel(text));
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  isRowEmpty(row: number, left = this.left, right = this.right): boolean {
    for (let c = left; c <= right; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  /** The merged area whose top-left cell this is, if merges are known. */
  mergeStartingAt(row: number, col: number): CellRange | undefined {
    // Of two areas said to start at one cell, the later one counts.
    if (row < this.top || row > this.bottom) {
      const merges = this.snapshot.merges ?? [];
      for (let i = merges.length - 1; i >= 0; i--)
        if (merges[i].top === row && merges[i].left === col) return merges[i];
      return undefined;
    }
    const { first, merges } = this.mergesByRow;
    const r = row - this.top;
    for (let i = first[r + 1] - 1; i >= first[r]; i--)
      if (merges[i].top === row && merges[i].left === col) return merges[i];
    return undefined;
  }

  /** The merged area covering this cell, if merges are known. */
  mergeCoveringCell(row: number, col: number): CellRange | undefined {
    if (row < this.top || row > this.bottom) return undefined;
    const { first, merges } = this.mergesByRow;
    const r = row - this.top;
    for (let i = first[r]; i < first[r + 1]; i++)
      if (col >= merges[i].left && col <= merges[i].right) return merges[i];
    return undefined;
  }

  isPercentFormatted(row: number, col: number): boolean {
    return typeof this.value(row, col) === "number" && isPercentFormat(this.format(row, col));
  }

  /** The cell as a Field. Fields are shared and never changed: derive a new one to alter it. */
  field(row: number, col: number): Field {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.fieldCache.length) return this.newField(row, col);
    const cells = (this.fieldCache[r] ??= this.rowSlots<Field>(r));
    return (cells[c] ??= this.newField(row, col));
  }

  /** Slots for the cells of row `r` (from the grid's top): as many as the row has values. */
  private rowSlots<T>(r: number): (T | undefined)[] {
    return slots<T>(this.values[r]?.length ?? 0);
  }

  private newField(row: number, col: number): Field {
    return {
      row,
      col,
      address: toA1(row, col),
      value: this.value(row, col),
      text: this.text(row, col),
    };
  }
}

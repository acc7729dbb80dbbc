/** Read access to a snapshot in sheet coordinates, with display text and merged areas. */
import { CellRange, CellValue, isCellError, SheetSnapshot, toA1 } from "./snapshot";
import { isSpace, memoize, normalizeLabel, trimmed } from "./text";
import { Field } from "./model";

/** True when a number format shows a percentage (a `%` outside quotes and brackets). */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format || !format.includes("%")) return false;
  return showsPercent(format);
}

// A workbook uses few formats, each on many cells: the scan runs once per short format.
const showsPercent = memoize(hasPercentOutsideQuotes);

/**
 * Whether a `%` stands outside quoted text (`"…"`), brackets (`[…]`) and escapes (`\x`),
 * each ending at its first closing mark; an opening mark that never closes is a character
 * like any other. One pass: a pattern that looked for the closing mark from every opening
 * took time growing with the square of the code (32,000 characters of `"[`: 117 ms a cell,
 * and a format that long is kept by no cache).
 */
export function hasPercentOutsideQuotes(format: string): boolean {
  const lastQuote = format.lastIndexOf('"');
  const lastBracket = format.lastIndexOf("]");
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "%") return true;
    if (c === '"' && lastQuote > i) i = format.indexOf('"', i + 1);
    else if (c === "[" && lastBracket > i) i = format.indexOf("]", i + 1);
    else if (c === "\\") i++;
  }
  return false;
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

/** Slots in one piece of a CellCache: few enough to be made at once among the young objects. */
const PIECE_BITS = 12;
const PIECE_SLOTS = 1 << PIECE_BITS;

/**
 * One value per cell of a grid, by the cell's slot (see cellStarts), filled as cells are
 * read. The slots come in pieces made on first use at their full length: arrays made so
 * stay fast (one growing by writes at scattered indexes turns into a slow dictionary), and
 * one array for a whole large sheet would cost more to make than its cells are read.
 */
class CellCache<T> {
  private readonly pieces: (T[] | undefined)[];

  constructor(slotCount: number) {
    this.pieces = new Array<T[] | undefined>((slotCount >>> PIECE_BITS) + 1).fill(undefined);
  }

  get(slot: number): T | undefined {
    return this.pieces[slot >>> PIECE_BITS]?.[slot & (PIECE_SLOTS - 1)];
  }

  set(slot: number, value: T): T {
    const piece = (this.pieces[slot >>> PIECE_BITS] ??= new Array<T>(PIECE_SLOTS));
    return (piece[slot & (PIECE_SLOTS - 1)] = value);
  }
}

/** Labels are short even with spaces and line breaks inside (`项 目 名 称`). */
const LONGEST_LABEL_TEXT = 40;

/**
 * A merged area that spans rows; one within a row only widens its cell (a level column two
 * cells wide) and says nothing of the rows below it.
 */
export function acrossRows(merge: CellRange | undefined): CellRange | undefined {
  return merge && merge.bottom > merge.top ? merge : undefined;
}

/**
 * A label spaced out to fill a wide cell (`绩            效            指            标`): longer
 * than any label, but with a space after its first one or two characters, as no sentence has.
 */
function isSpacedOut(text: string): boolean {
  return isSpace(text.charCodeAt(1)) || isSpace(text.charCodeAt(2));
}

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

/**
 * Room in the merge index beyond one entry per cell. The merged areas of a sheet never
 * overlap, so those over the grid's cells give each cell at most one entry; this leaves
 * room for areas beside the used columns too. A file that claims thousands of areas, each
 * over thousands of the same rows, would otherwise cost memory and time by their product.
 */
const MERGE_INDEX_EXTRA = 1 << 20;

/** The rows of the grid (`height` rows from `top`) that a merged area crosses. */
function rowsCrossed(merge: CellRange, top: number, height: number): number {
  const first = merge.top > top ? merge.top - top : 0;
  const last = merge.bottom - top < height ? merge.bottom - top : height - 1;
  return last >= first ? last - first + 1 : 0;
}

/**
 * The merged areas the grid knows: all of them, but for a file whose areas overlap far more
 * than any sheet's can; then each, in the order given, while the index has room for it.
 */
function indexedMerges(
  merges: readonly CellRange[],
  top: number,
  height: number,
  cellCount: number
): readonly CellRange[] {
  const room = cellCount + MERGE_INDEX_EXTRA;
  // Most sheets have fewer merges than the index has room beyond its cells: none can be left out.
  if (merges.length <= MERGE_INDEX_EXTRA / Math.max(height, 1)) return merges;
  let entries = 0;
  for (let i = 0; i < merges.length; i++) entries += rowsCrossed(merges[i], top, height);
  if (entries <= room) return merges;
  const kept: CellRange[] = [];
  entries = 0;
  for (const merge of merges) {
    const rows = rowsCrossed(merge, top, height);
    if (entries + rows > room) continue;
    entries += rows;
    kept.push(merge);
  }
  return kept;
}

/** How many of the snapshot's merged areas a grid of it leaves out (see indexedMerges). */
export function mergesLeftOut(snapshot: SheetSnapshot): number {
  const merges = snapshot.merges ?? [];
  let cellCount = 0;
  for (const row of snapshot.values) cellCount += row?.length ?? 0;
  return (
    merges.length -
    indexedMerges(merges, snapshot.originRow, snapshot.values.length, cellCount).length
  );
}

function mergesByRow(merges: readonly CellRange[], top: number, height: number): MergesByRow {
  // Indexed loops: this runs once per check, on every merge, often before V8 optimizes it.
  const first = new Uint32Array(height + 1);
  for (let i = 0; i < merges.length; i++) {
    const merge = merges[i];
    const last = merge.bottom - top < height ? merge.bottom - top : height - 1;
    for (let r = merge.top > top ? merge.top - top : 0; r <= last; r++) first[r + 1]++;
  }
  for (let r = 0; r < height; r++) first[r + 1] += first[r];
  const byRow = new Array<CellRange>(first[height]);
  const filled = first.slice(0, height);
  for (let i = 0; i < merges.length; i++) {
    const merge = merges[i];
    const last = merge.bottom - top < height ? merge.bottom - top : height - 1;
    for (let r = merge.top > top ? merge.top - top : 0; r <= last; r++) byRow[filled[r]++] = merge;
  }
  return { first, merges: byRow };
}

/**
 * Where each row's cells start in a list of all the snapshot's cells, row after row: row
 * `r` (from the grid's top) holds slots `start[r]` up to `start[r + 1]`, as many as the row
 * has values. The grid's text cache is such a list: one list, not one per row.
 */
function cellStarts(values: readonly (readonly CellValue[] | undefined)[]): Uint32Array {
  const start = new Uint32Array(values.length + 1);
  for (let r = 0; r < values.length; r++) start[r + 1] = start[r] + (values[r]?.length ?? 0);
  return start;
}

/** The number of values in the longest row, from the rows' first slots (see cellStarts). */
function widthOf(cellStart: Uint32Array): number {
  let width = 0;
  for (let r = 1; r < cellStart.length; r++)
    if (cellStart[r] - cellStart[r - 1] > width) width = cellStart[r] - cellStart[r - 1];
  return width;
}

/**
 * A cell of the grid as a Field. Its A1 address is spelled out when asked: a check reads tens
 * of thousands of cells and names few of them. As JSON it is the plain Field, address and all.
 */
class GridField implements Field {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly value: CellValue,
    readonly text: string
  ) {}

  get address(): string {
    return toA1(this.row, this.col);
  }

  toJSON(): Field {
    return {
      row: this.row,
      col: this.col,
      address: this.address,
      value: this.value,
      text: this.text,
    };
  }
}

export class Grid {
  readonly sheetName: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly mergesKnown: boolean;
  /** The merged areas indexed (see indexedMerges), in the order the snapshot gives them. */
  private readonly merges: readonly CellRange[];
  /** How many of the snapshot's merged areas the index left out. */
  readonly mergesLeftOut: number;
  // The snapshot's rows, held directly: every cell read goes through them.
  private readonly values: CellValue[][];
  private readonly texts: string[][] | undefined;
  private readonly numberFormats: string[][] | undefined;
  private readonly height: number;
  /** The slot of each row's first cell in the text cache (see cellStarts). */
  private readonly cellStart: Uint32Array;
  private readonly textCache: CellCache<string>;
  /** The merges that cross each row of the grid (few per row), for cell lookups. */
  private readonly mergesByRow: MergesByRow;

  constructor(snapshot: SheetSnapshot) {
    this.values = snapshot.values;
    this.texts = snapshot.texts;
    this.numberFormats = snapshot.numberFormats;
    this.sheetName = snapshot.sheetName;
    this.top = snapshot.originRow;
    this.left = snapshot.originCol;
    const height = snapshot.values.length;
    this.height = height;
    this.cellStart = cellStarts(snapshot.values);
    const slotCount = this.cellStart[height];
    this.bottom = snapshot.originRow + height - 1;
    this.right = snapshot.originCol + widthOf(this.cellStart) - 1;
    this.mergesKnown = snapshot.merges !== null;
    this.textCache = new CellCache(slotCount);
    this.merges = indexedMerges(snapshot.merges ?? [], this.top, height, slotCount);
    this.mergesLeftOut = (snapshot.merges?.length ?? 0) - this.merges.length;
    this.mergesByRow = mergesByRow(this.merges, this.top, height);
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
    return this.numberFormats?.[row - this.top]?.[col - this.left];
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
    // A value stands in the row's cells: its slot is in the cache.
    const slot = this.cellStart[r] + c;
    const cached = this.textCache.get(slot);
    if (cached !== undefined) return cached;
    const format = this.numberFormats?.[r]?.[c];
    return this.textCache.set(slot, trimmed(displayText(value, format)));
  }

  /**
   * The text folded for label comparison (no spaces, half-width, no trailing colon).
   * Text longer than any label could be is returned as it is: it never matches one.
   * Not kept: a cache of a big sheet's labels lived through the whole recognition, and the
   * collector copied it with the tables (at 5,000 tables ~7 % of the check, for no gain at
   * 1,000), where folding a short text again is a scan of its characters.
   */
  label(row: number, col: number): string {
    const text = this.text(row, col);
    if (text === "" || (text.length > LONGEST_LABEL_TEXT && !isSpacedOut(text))) return text;
    return normalizeLabel(text);
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  /** The first column from `from` on (to the grid's right) whose cell has text, or -1. */
  firstWrittenCol(row: number, from = this.left): number {
    const values = this.values[row - this.top];
    const texts = this.texts?.[row - this.top];
    for (let c = from; c <= this.right; c++) {
      // A cell with no value and no text reported is blank: passed over without asking text().
      const value = values?.[c - this.left];
      if ((value === undefined || value === null) && !texts?.[c - this.left]) continue;
      if (this.text(row, c) !== "") return c;
    }
    return -1;
  }

  isRowEmpty(row: number, left = this.left, right = this.right): boolean {
    for (let c = left; c <= right; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }

  isColumnEmpty(col: number, top = this.top, bottom = this.bottom): boolean {
    for (let r = top; r <= bottom; r++) if (!this.isEmpty(r, col)) return false;
    return true;
  }

  /** The merged area whose top-left cell this is, if merges are known. */
  mergeStartingAt(row: number, col: number): CellRange | undefined {
    // Of two areas said to start at one cell, the later one counts.
    if (row < this.top || row > this.bottom) {
      const merges = this.merges;
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

  /** Whether a merged area that starts on a row above crosses this row (merges known). */
  isCrossedFromAbove(row: number): boolean {
    if (row < this.top || row > this.bottom) return false;
    const { first, merges } = this.mergesByRow;
    const r = row - this.top;
    for (let i = first[r]; i < first[r + 1]; i++) if (merges[i].top < row) return true;
    return false;
  }

  /** The first column of the cell at (row, col): its merged area's, when one covers it. */
  cellLeft(row: number, col: number): number {
    return this.mergeCoveringCell(row, col)?.left ?? col;
  }

  /** The last column of the cell at (row, col): its merged area's, when one covers it. */
  cellRight(row: number, col: number): number {
    return this.mergeCoveringCell(row, col)?.right ?? col;
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

  /**
   * The cell as a Field, made when asked: a check reads nearly every cell it reads as a field
   * once, so keeping them by cell would cost more than it saves. Fields are never changed:
   * derive a new one to alter it. Cells are compared by place (sameCell), not by identity.
   */
  field(row: number, col: number): Field {
    return new GridField(row, col, this.value(row, col), this.text(row, col));
  }
}

/**
 * The sheet snapshot: what any host (Office.js, an .xlsx file, the fake Excel)
 * reads from one worksheet. Plain data, easy to build by hand in a test.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`. */
export interface CellError {
  error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based and inclusive, in sheet coordinates. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How a sheet is hidden: from its tab's menu (`hidden`), or only by code (`veryHidden`). */
export type SheetHiding = "hidden" | "veryHidden";

export interface SheetSnapshot {
  sheetName: string;
  /** The sheet is hidden; absent when it is visible (or the host does not tell). */
  hidden?: SheetHiding;
  /** Sheet row (0-based) of `values[0]`. */
  originRow: number;
  /** Sheet column (0-based) of `values[r][0]`. */
  originCol: number;
  /** Cell values, row by row; formula cells hold their computed result. */
  values: CellValue[][];
  /** Display text as Excel shows it (`95%` for 0.95 formatted as percent); derived from values when absent. */
  texts?: string[][];
  /** Number format codes (`0%`, `@`, `General`); absent means General everywhere. */
  numberFormats?: string[][];
  /** Merged areas, or `null` when the host cannot tell (older Excel): merged cells then just look empty. */
  merges: CellRange[] | null;
  /**
   * What the host left out of a sheet too big to hold, when it did: the number of rows
   * and of columns that held cells beyond the limits, of texts shortened, of merged areas
   * dropped. Absent when nothing was cut. Findings about the cut part cannot be made.
   */
  cut?: SheetCut;
}

export interface SheetCut {
  rows?: number;
  columns?: number;
  longTexts?: number;
  /** Cells whose number format was too long or too costly to render: they show General text. */
  formats?: number;
  merges?: number;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null;
}

/** Letters of the columns asked for so far: every field's address needs them. */
const COLUMN_LETTERS: string[] = [];

export function columnLetters(col: number): string {
  return (COLUMN_LETTERS[col] ??= lettersOf(col));
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `toA1(0, 0)` is `A1`. */
export function toA1(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

const DOLLAR = 0x24;

/**
 * Parses `B12` (or `$B$12`, `b12`, spaces around) into 0-based coordinates: 1 to 3 letters,
 * then 1 to 7 digits; `null` when it is not an A1 address. Read by character codes: the
 * pane reads every merged area of a sheet as an address, some 40,000 for a big one.
 */
export function parseA1(address: string): { row: number; col: number } | null {
  const text = address.trim();
  let i = text.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersStart = i;
  let col = 0;
  for (; i < text.length && i - lettersStart <= 3; i++) {
    const lower = text.charCodeAt(i) | 0x20; // A–Z to a–z; no other code lands in a–z
    if (lower < 0x61 || lower > 0x7a) break;
    col = col * 26 + (lower - 0x60);
  }
  const letters = i - lettersStart;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsStart = i;
  let row = 0;
  for (; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  const digits = i - digitsStart;
  if (digits < 1 || digits > 7) return null;
  return { row: row - 1, col: col - 1 };
}

/** Parses `A3:H14` or a single cell into a range; `null` when malformed. */
export function parseRangeA1(address: string): CellRange | null {
  // As `split(":")` would: what follows a second colon is not read.
  const colon = address.indexOf(":");
  const start = parseA1(colon < 0 ? address : address.slice(0, colon));
  if (colon < 0)
    return start && { top: start.row, left: start.col, bottom: start.row, right: start.col };
  const second = address.indexOf(":", colon + 1);
  const end = parseA1(address.slice(colon + 1, second < 0 ? address.length : second));
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

/** Builds a snapshot from rows of values starting at A1 (tests, fixtures, the preview). */
export function snapshotFromRows(
  sheetName: string,
  rows: CellValue[][],
  options: {
    merges?: CellRange[] | null;
    numberFormats?: string[][];
    originRow?: number;
    originCol?: number;
  } = {}
): SheetSnapshot {
  return {
    sheetName,
    originRow: options.originRow ?? 0,
    originCol: options.originCol ?? 0,
    values: rows,
    numberFormats: options.numberFormats,
    merges: options.merges === undefined ? [] : options.merges,
  };
}

/** A sheet with no values (a blank sheet, or one the host found empty). */
export function emptySnapshot(sheetName: string, merges: CellRange[] | null = []): SheetSnapshot {
  return {
    sheetName,
    originRow: 0,
    originCol: 0,
    values: [],
    texts: [],
    numberFormats: [],
    merges,
  };
}

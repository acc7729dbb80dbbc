/** A1 addresses for the fake: sheet-qualified output, tolerant input, rectangle helpers. */
import { CellRange, parseRangeA1, rangeToA1 } from "../../domain/snapshot";
import { FakeOfficeError } from "./errors";

export const MAX_ROW = 1048575;
export const MAX_COL = 16383;
export const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };

/** Excel quotes sheet names that are not plain words: `'My Sheet'!A1`. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, range: CellRange): string {
  return `${quoteSheetName(sheetName)}!${rangeToA1(range)}`;
}

/** Parses `B3:H20`, `$B$3` or `Sheet1!B3:H20` (the sheet part must be this sheet's). */
export function parseLocalAddress(address: string, sheetName: string): CellRange {
  const bang = address.lastIndexOf("!");
  if (bang >= 0) {
    const prefix = address.slice(0, bang);
    if (prefix !== sheetName && prefix !== quoteSheetName(sheetName))
      throw new FakeOfficeError("InvalidArgument", `${address} is not on sheet ${sheetName}`);
  }
  const range = parseRangeA1(address.slice(bang + 1));
  if (!range || range.bottom > MAX_ROW || range.right > MAX_COL)
    throw new FakeOfficeError("InvalidArgument", `not an A1 address: ${address}`);
  return range;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function isSingleCell(range: CellRange): boolean {
  return range.top === range.bottom && range.left === range.right;
}

/** Rows of `fn(row, col)` over the rectangle. */
export function mapCells<T>(range: CellRange, fn: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: T[] = [];
    for (let c = range.left; c <= range.right; c++) row.push(fn(r, c));
    rows.push(row);
  }
  return rows;
}

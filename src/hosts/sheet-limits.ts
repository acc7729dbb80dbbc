/**
 * How much of a sheet a snapshot holds, whatever the host (a file, Excel): far beyond any
 * goal table, and bounded so that a sheet with one cell far out cannot exhaust memory or
 * time. What a host leaves out is counted in the snapshot's `cut`, and the check says so.
 */
import { CellRange, SheetCut, SheetSnapshot } from "../domain/snapshot";

/** Columns beyond IV (the old Excel limit, far beyond any table's width) are cut. */
export const MAX_COLUMNS = 256;
/** Rows beyond this are cut. */
export const MAX_ROWS = 200_000;
/** At most this many cells, present or blank, in one sheet's grid. */
export const MAX_CELLS = 4_000_000;
/** Excel's own limit for a cell's text. */
export const MAX_TEXT = 32_767;
/** Excel's own limit for a number format code. */
export const MAX_FORMAT_CODE = 255;
/** Merged areas beyond this many are cut. */
export const MAX_MERGES = 100_000;

/**
 * The part of a used range (sheet coordinates) a snapshot holds within the limits, null when
 * none of it lies within them, and what is left out: the range's columns past IV, its rows
 * past the row limit or past as many as the cell limit allows at its width.
 */
export function heldPart(used: CellRange): { held: CellRange | null; cut: SheetCut } {
  const cut: SheetCut = {};
  const right = Math.min(used.right, MAX_COLUMNS - 1);
  if (used.right > right) cut.columns = used.right - Math.max(right + 1, used.left) + 1;
  let bottom = Math.min(used.bottom, MAX_ROWS - 1);
  if (right >= used.left)
    bottom = Math.min(bottom, used.top + rowsAtWidth(right - used.left + 1) - 1);
  if (used.bottom > bottom) cut.rows = used.bottom - Math.max(bottom + 1, used.top) + 1;
  const held = right >= used.left && bottom >= used.top ? { ...used, right, bottom } : null;
  return { held, cut };
}

/** The rows of a grid `width` columns wide that the cell limit lets a snapshot hold. */
export function rowsAtWidth(width: number): number {
  return Math.floor(MAX_CELLS / width);
}

/** The snapshot with what its host left out, when it left anything out. */
export function withCut(snapshot: SheetSnapshot, cut: SheetCut): SheetSnapshot {
  return Object.keys(cut).length ? { ...snapshot, cut } : snapshot;
}

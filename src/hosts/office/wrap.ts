/**
 * Wrapping an edit's cell (`CellEdit.wrap`) through Office.js: wrap text on and the row
 * grown to show the text, never shrunk. What the cell and row were before is remembered,
 * so writing the cell's old content back (an undo) restores wrap and height exactly.
 */
import { CellEdit, wrappedRowHeight } from "../../domain/edits";
import { CellValue } from "../../domain/snapshot";
import { POINTS_PER_CHARACTER, sameCellValue } from "./writes";

/** A cell wrapped by `applyEdits`, with what it held, its wrap and its row's height before. */
export interface ReplacedWrap {
  value: CellValue;
  wrapText: boolean;
  rowHeight: number;
}

/** A cell's wrap, row height, column width (points) and font size, loaded before writing. */
export interface WrapProbe {
  wrapText: boolean;
  rowHeight: number;
  columnWidth: number;
  points: number;
}

/** Queues the loads of a cell's wrap probe (same round trip as the cell's other reads). */
export function loadWrapProbe(range: Excel.Range): () => WrapProbe {
  const format = range.format.load("wrapText, rowHeight, columnWidth");
  const font = format.font.load("size");
  return () => ({
    wrapText: format.wrapText,
    rowHeight: format.rowHeight,
    columnWidth: format.columnWidth,
    points: font.size,
  });
}

/**
 * What to do to one cell: wrap to set (null: leave it), row height to set (null: leave
 * it), and the record to keep (null to forget it, undefined for no change).
 */
export interface WrapStep {
  wrapText: boolean | null;
  rowHeight: number | null;
  record?: ReplacedWrap | null;
}

const NO_STEP: WrapStep = { wrapText: null, rowHeight: null };

export function wrapStep(
  edit: CellEdit,
  before: CellValue,
  probe: WrapProbe | null,
  replaced: ReplacedWrap | undefined
): WrapStep {
  if (!probe) return NO_STEP;
  if (replaced && sameCellValue(replaced.value, edit.value))
    return {
      wrapText: replaced.wrapText === probe.wrapText ? null : replaced.wrapText,
      rowHeight: replaced.rowHeight === probe.rowHeight ? null : replaced.rowHeight,
      record: null,
    };
  if (!edit.wrap) return NO_STEP;
  const text = edit.value === null ? "" : String(edit.value);
  const needed = wrappedRowHeight(text, probe.columnWidth / POINTS_PER_CHARACTER, probe.points);
  return {
    wrapText: probe.wrapText ? null : true,
    rowHeight: needed > probe.rowHeight ? needed : null,
    record: replaced ?? { value: before, wrapText: probe.wrapText, rowHeight: probe.rowHeight },
  };
}

/**
 * Cells collected one by one into a sheet snapshot, within bounds that hold whatever the
 * file claims: the extent comes from the cells present, rows, columns, cells and text
 * length are capped, and what was cut is counted in the snapshot's `cut`.
 */
import {
  CellRange,
  CellValue,
  emptySnapshot,
  SheetCut,
  SheetSnapshot,
} from "../../domain/snapshot";
import {
  MAX_CELLS,
  MAX_COLUMNS,
  MAX_MERGES,
  MAX_ROWS,
  MAX_TEXT,
  rowsAtWidth,
  withCut,
} from "../sheet-limits";
import type { FormatBudget } from "./format-budget";

interface RowCells {
  values: CellValue[];
  texts: string[];
  formats: string[];
}

export class CellGrid {
  private readonly rows: Array<RowCells | undefined> = [];
  private top = Number.POSITIVE_INFINITY;
  private bottom = -1;
  private left = Number.POSITIVE_INFINITY;
  private right = -1;
  private count = 0;
  private readonly cutColumns = new Set<number>();
  private cutRows = 0;
  private lastCutRow = -1;
  private longTexts = 0;
  /** The workbook's count of cells whose format was not rendered, when this sheet began. */
  private readonly unrenderedBefore: number;

  /** `formats` renders the sheet's cells: what it does not render on this sheet is cut. */
  constructor(private readonly formats: FormatBudget) {
    this.unrenderedBefore = formats.unrendered;
  }

  /** Adds (or replaces) the cell at 0-based `row`, `col`. */
  add(row: number, col: number, value: CellValue, text: string, format: string): void {
    if (col >= MAX_COLUMNS) {
      this.cutColumns.add(col);
      return;
    }
    let cells = this.rows[row];
    if (row >= MAX_ROWS || (!cells && this.count >= MAX_CELLS) || row < 0 || col < 0) {
      this.cutRow(row);
      return;
    }
    // A new row's lists are made as wide as the widest row so far, up to the room a list's
    // first write makes anyway: most rows are that wide, and lists grown one cell at a time are
    // made again as they grow. No wider: one cell far right must not widen every later row's.
    if (!cells) cells = this.rows[row] = newRow(Math.min(this.right + 1, PRESIZED_COLUMNS));
    if (cells.values[col] === undefined) this.count++;
    if (text.length > MAX_TEXT) {
      this.longTexts++;
      text = text.slice(0, MAX_TEXT);
      if (typeof value === "string") value = value.slice(0, MAX_TEXT);
    }
    cells.values[col] = value;
    cells.texts[col] = text;
    cells.formats[col] = format;
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  private cutRow(row: number): void {
    if (row !== this.lastCutRow) this.cutRows++;
    this.lastCutRow = row;
  }

  snapshot(name: string, allMerges: CellRange[]): SheetSnapshot {
    const merges = allMerges.length > MAX_MERGES ? allMerges.slice(0, MAX_MERGES) : allMerges;
    const cut: SheetCut = {};
    if (allMerges.length > MAX_MERGES) cut.merges = allMerges.length - MAX_MERGES;
    if (this.bottom < 0) return withCut(emptySnapshot(name, merges), this.counted(cut));
    const width = this.right - this.left + 1;
    // A sparse sheet (a cell at A1 and one far below) must not become a huge grid.
    const bottom = Math.min(this.bottom, this.top + rowsAtWidth(width) - 1);
    for (let r = bottom + 1; r <= this.bottom; r++) if (this.rows[r]) this.cutRow(r);
    const values: CellValue[][] = [];
    const texts: string[][] = [];
    const numberFormats: string[][] = [];
    for (let r = this.top; r <= bottom; r++) {
      const cells = this.rows[r] ?? { values: [], texts: [], formats: [] };
      const row = this.left === 0 ? completed(cells, width) : shifted(cells, this.left, width);
      values.push(row.values);
      texts.push(row.texts);
      numberFormats.push(row.formats);
    }
    const snapshot: SheetSnapshot = {
      sheetName: name,
      originRow: this.top,
      originCol: this.left,
      values,
      texts,
      numberFormats,
      merges,
    };
    return withCut(snapshot, this.counted(cut));
  }

  private counted(cut: SheetCut): SheetCut {
    if (this.cutRows) cut.rows = this.cutRows;
    if (this.cutColumns.size) cut.columns = this.cutColumns.size;
    if (this.longTexts) cut.longTexts = this.longTexts;
    const unrendered = this.formats.unrendered - this.unrenderedBefore;
    if (unrendered) cut.formats = unrendered;
    return cut;
  }
}

/** Slots V8 gives an empty list at its first write (16): a new row never holds more at first. */
const PRESIZED_COLUMNS = 16;

function newRow(width: number): RowCells {
  return {
    values: new Array<CellValue>(width),
    texts: new Array<string>(width),
    formats: new Array<string>(width),
  };
}

/** A row's cells from column 0, made `width` long, the gaps blank: the row's own arrays. */
function completed(cells: RowCells, width: number): RowCells {
  const { values, texts, formats } = cells;
  for (let c = 0; c < width; c++) {
    if (values[c] !== undefined) continue;
    values[c] = null;
    texts[c] = "";
    formats[c] = "General";
  }
  return cells;
}

/** A row's cells from column `left` on, `width` of them, the gaps blank. */
function shifted(cells: RowCells, left: number, width: number): RowCells {
  const row: RowCells = {
    values: new Array<CellValue>(width).fill(null),
    texts: new Array<string>(width).fill(""),
    formats: new Array<string>(width).fill("General"),
  };
  const end = Math.min(cells.values.length, left + width);
  for (let c = left; c < end; c++) {
    const value = cells.values[c];
    if (value === undefined) continue;
    row.values[c - left] = value;
    row.texts[c - left] = cells.texts[c];
    row.formats[c - left] = cells.formats[c];
  }
  return row;
}

/**
 * A sheet's cells by row, then column. A look-up builds no key (a `"row,col"` string
 * per cell cost more than everything else in reading a big sheet), a range is read one
 * row at a time, and a copy copies rows whole.
 */
import type { CellRange } from "../../domain/snapshot";

export class CellGrid<T> {
  /** Each row's cells by column; a missing column, or undefined, is an empty cell. */
  private readonly rows = new Map<number, Array<T | undefined>>();

  get(row: number, col: number): T | undefined {
    return this.rows.get(row)?.[col];
  }

  /** One row's cells by column (empty cells undefined), or undefined for a row never written. */
  row(row: number): ReadonlyArray<T | undefined> | undefined {
    return this.rows.get(row);
  }

  set(row: number, col: number, value: T): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = []));
    cells[col] = value;
  }

  delete(row: number, col: number): void {
    const cells = this.rows.get(row);
    if (cells && col < cells.length) cells[col] = undefined;
  }

  /**
   * Empties the cells of `range` but `keep`: steps over the rows and columns written,
   * not over the whole range, which may span the sheet.
   */
  clear(range: CellRange, keep: { row: number; col: number }): void {
    const clearRow = (row: number, cells: Array<T | undefined>) => {
      const right = Math.min(range.right, cells.length - 1);
      for (let col = range.left; col <= right; col++)
        if (row !== keep.row || col !== keep.col) cells[col] = undefined;
    };
    if (range.bottom - range.top < this.rows.size) {
      for (let row = range.top; row <= range.bottom; row++) {
        const cells = this.rows.get(row);
        if (cells) clearRow(row, cells);
      }
    } else
      for (const [row, cells] of this.rows)
        if (row >= range.top && row <= range.bottom) clearRow(row, cells);
  }

  /** Every row written, in the order rows were first written, with its cells by column. */
  forEachRow(visit: (row: number, cells: ReadonlyArray<T | undefined>) => void): void {
    for (const [row, cells] of this.rows) visit(row, cells);
  }

  /** A grid holding the same values: cells are shared, so they must never change in place. */
  copy(): CellGrid<T> {
    const grid = new CellGrid<T>();
    for (const [row, cells] of this.rows) grid.rows.set(row, cells.slice());
    return grid;
  }
}

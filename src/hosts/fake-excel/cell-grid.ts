/**
 * A sheet's cells by row, then column. A look-up builds no key (a `"row,col"` string
 * per cell cost more than everything else in reading a big sheet), a range is read one
 * row at a time, and a copy copies rows whole.
 */
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

  /** Every cell, row by row in the order rows were first written, columns left to right. */
  forEach(visit: (value: T, row: number, col: number) => void): void {
    for (const [row, cells] of this.rows)
      for (let col = 0; col < cells.length; col++) {
        const value = cells[col];
        if (value !== undefined) visit(value, row, col);
      }
  }

  /** A grid holding the same values: cells are shared, so they must never change in place. */
  copy(): CellGrid<T> {
    const grid = new CellGrid<T>();
    for (const [row, cells] of this.rows) grid.rows.set(row, cells.slice());
    return grid;
  }
}

/** Collects what a template writes: its cells, merged areas and looks, at columns from `left`. */
import { CellEdit, StyledRange } from "../edits";
import { CellRange, toA1 } from "../snapshot";

export class SheetBuilder {
  readonly edits: CellEdit[] = [];
  readonly merges: CellRange[] = [];
  readonly styles: StyledRange[] = [];

  /** `left` is added to every column given; 0 when the caller counts from the sheet's edge. */
  constructor(
    private readonly sheet: string,
    private readonly left = 0
  ) {}

  range = (r1: number, c1: number, r2: number, c2: number): CellRange => ({
    top: r1,
    left: this.left + c1,
    bottom: r2,
    right: this.left + c2,
  });

  /** Writes a value; blanks are left out, and text (or `asText`) is written as text. */
  put = (row: number, col: number, value: string | number | null | undefined, asText = false) => {
    if (value === undefined || value === null || value === "") return;
    this.edits.push({
      sheet: this.sheet,
      address: toA1(row, this.left + col),
      value,
      asText: asText || typeof value === "string",
      previous: null,
    });
  };

  /** Merges an area of more than one cell. */
  merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r2 > r1 || c2 > c1) this.merges.push(this.range(r1, c1, r2, c2));
  };

  style = (r1: number, c1: number, r2: number, c2: number, look: StyledRange["style"]) => {
    this.styles.push({ range: this.range(r1, c1, r2, c2), style: look });
  };
}

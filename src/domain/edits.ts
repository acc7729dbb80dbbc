/**
 * Planned writes: the domain decides what goes where; hosts only apply the plan.
 * Hosts must write `asText` values as text (never as a formula) and must not
 * overwrite a non-empty cell unless the plan says the user consented.
 */
import { CellRange, CellValue } from "./snapshot";

export interface CellEdit {
  sheet: string;
  /** One cell, e.g. `H12`. */
  address: string;
  value: string | number | null;
  /** Store as text even when it begins with `=`, `+`, `-` or `@` or looks like a number. */
  asText: boolean;
  /** What the cell held when the plan was made (null when empty): for undo, and to detect a change since. */
  previous: CellValue;
  /** The user agreed to replace a non-empty cell. */
  overwrite?: boolean;
}

/** Cell looks for a new table: hosts map them to their own formats (bold, borders, wrap). */
export type CellStyle = "title" | "label" | "header" | "value" | "text" | "number";

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface ListValidation {
  range: CellRange;
  /** The allowed values, shown as a drop-down list. */
  values: string[];
}

/** A block of cells to lay down on a sheet: a new table from a template, or a prose section. */
export interface LayoutPlan {
  sheet: string;
  /** Top-left cell of the block. */
  origin: { row: number; col: number };
  rows: number;
  cols: number;
  edits: CellEdit[];
  merges: CellRange[];
  styles: StyledRange[];
  validations: ListValidation[];
  /** Column widths in characters, by sheet column index. */
  columnWidths: Record<number, number>;
  /** The cell the cursor should land on afterwards. */
  focus: string;
}

/** Text that a spreadsheet would take for a formula or a signed number unless written as text. */
export function needsTextFormat(value: string | number | null): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/**
 * Planned writes: the domain decides what goes where; hosts only apply the plan.
 * Hosts must write `asText` values as text (never as a formula) and must not
 * overwrite a non-empty cell unless the plan says the user consented.
 */
import { MessageKey } from "./messages/catalog";
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
  /**
   * Prose for an existing sheet: wrap it in its cell and grow the row to show it (hosts
   * that can; the cell keeps the rest of its look, the column its width).
   */
  wrap?: boolean;
}

/**
 * Cell looks for a new table or a prose page: hosts map them to their own formats (bold,
 * borders, wrap). `heading` and `paragraph` are the prose page's: a bold heading, and
 * wrapped body text in 仿宋 at a reading size.
 */
export type CellStyle =
  "title" | "label" | "header" | "value" | "text" | "number" | "heading" | "paragraph";

/** Point sizes of the looks that set their own (the table's looks keep the workbook's). */
export const BODY_POINTS = 12;
export const TITLE_POINTS = 16;
export const TABLE_POINTS = 11;

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface ListValidation {
  range: CellRange;
  /** The allowed values, shown as a drop-down list. */
  values: string[];
}

/** How a new sheet prints: always on A4. */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** Scaled to fit this many pages across and down; 0 leaves that direction free. */
  fitToWidth: number;
  fitToHeight: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** Centred between the left and right margins. */
  centered: boolean;
  /** This many rows at the top are printed again on every page (a list's heading row). */
  titleRows?: number;
}

/** A cell that links to a place in another file: `folder/file.xlsx#'Sheet'!E12`, relative. */
export interface CellLink {
  address: string;
  target: string;
}

/** Something the user should know about a plan (e.g. an amount the plan assumed). */
export interface PlanNotice {
  key: MessageKey;
  data?: Record<string, string | number>;
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
  /** Row heights in points, by sheet row index: tall enough for the rows' text. */
  rowHeights?: Record<number, number>;
  /** Print setup of the sheet; hosts that cannot set it leave the sheet's default. */
  page?: PageSetup;
  /** Hyperlinks on cells of the block. */
  links?: CellLink[];
  /** An autofilter over this range, whose first row holds the headings. */
  autoFilter?: CellRange;
  /** This many rows at the top stay in view while the sheet scrolls (frozen panes). */
  frozenRows?: number;
  notices?: PlanNotice[];
  /** The cell the cursor should land on afterwards. */
  focus: string;
}

/** Text that a spreadsheet would take for a formula or a signed number unless written as text. */
export function needsTextFormat(value: string | number | null): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** How wide a character runs in column-width units: a CJK character at 11 pt takes two. */
function charUnits(ch: string, points: number): number {
  return ((ch.charCodeAt(0) < 0x100 ? 1.1 : 2.1) * points) / 11;
}

function textUnits(text: string, points: number): number {
  let units = 0;
  for (const ch of text) units += charUnits(ch, points);
  return units;
}

/**
 * The height in points a wrapped cell needs for its text in a column `width` characters
 * wide: the estimate errs on the tall side, since a cut line is worse than a gap.
 */
export function wrappedRowHeight(text: string, width: number, points: number): number {
  return Math.min(MAX_ROW_POINTS, Math.ceil(wrappedLines(text, width, points) * points * 1.45 + 6));
}

/** Excel's tallest row, in points. */
export const MAX_ROW_POINTS = 409;

function wrappedLines(text: string, width: number, points: number): number {
  const usable = Math.max(1, width - 1);
  return text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(textUnits(part, points) / usable)), 0);
}

/**
 * A paragraph cut into pieces that each fit one row (Excel's rows stop at 409 pt): at
 * sentence ends where it can, else anywhere. Linear in the text's length.
 */
export function rowSizedPieces(text: string, width: number, points: number): string[] {
  const usable = Math.max(1, width - 1);
  const lines = Math.max(1, Math.floor((MAX_ROW_POINTS - 6) / (points * 1.45)));
  // A tenth kept back: wrapping at word and character edges leaves lines part empty.
  const budget = lines * usable * 0.9;
  const unitsOf = (ch: string) => (ch === "\n" ? usable : charUnits(ch, points));
  const pieces: string[] = [];
  let current = "";
  let used = 0;
  const flush = () => {
    if (current !== "") pieces.push(current);
    current = "";
    used = 0;
  };
  for (const sentence of text.match(/[^。；！？]*[。；！？]|[^。；！？]+$/g) ?? [text]) {
    let units = 0;
    for (const ch of sentence) units += unitsOf(ch);
    if (used + units > budget) flush();
    if (units <= budget) {
      current += sentence;
      used += units;
      continue;
    }
    for (const ch of sentence) {
      const size = unitsOf(ch);
      if (used + size > budget) flush();
      current += ch;
      used += size;
    }
  }
  flush();
  return pieces;
}

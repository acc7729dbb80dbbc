/**
 * Writing through Office.js: what a cell read before writing tells, which cells must be
 * stored as text, and the commands that lay down a new table. Nothing here syncs.
 */
import {
  BODY_POINTS,
  CellEdit,
  CellStyle,
  LayoutPlan,
  needsTextFormat,
  PageSetup,
  StyledRange,
} from "../../domain/edits";
import { jsonBytes } from "../payload";
import { budgetRuns, COMMAND_BYTES, RequestStep, step, WRITE_BUDGET_BYTES } from "./requests";
import type { WriteRefusal } from "../host";
import { CellRange, CellValue, isCellError, parseA1, rangeToA1, toA1 } from "../../domain/snapshot";
import { toCellValue } from "./cells";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";
export const HEADER_FILL = "#F2F2F2";
export const TITLE_FONT_SIZE = 14;
/** Column widths come in characters; Office takes points (about 7.5 a character of Calibri 11). */
export const POINTS_PER_CHARACTER = 7.5;
/** Page margins come in inches; Office takes points. */
export const POINTS_PER_INCH = 72;
/** Excel keeps at most 255 characters of a list given as text. */
const MAX_LIST_SOURCE = 255;

/** What to load of a cell before writing it. */
export const CELL_PROBE = "values, valueTypes, formulas, numberFormat";

/** A cell as found just before writing. */
export interface FoundCell {
  value: CellValue;
  /** The cell holds a formula (its value is the result). */
  formula: boolean;
  /** Nothing at all: no value and no formula. */
  blank: boolean;
  numberFormat: string;
}

export const MISSING_CELL: FoundCell = {
  value: null,
  formula: false,
  blank: true,
  numberFormat: GENERAL_FORMAT,
};

function isNothing(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

function formatText(format: unknown): string {
  return typeof format === "string" ? format : GENERAL_FORMAT;
}

/**
 * One cell of a range loaded with `CELL_PROBE`. `formulas` repeats a constant, so a formula
 * is told by a result different from its text, or by text starting with `=` in a cell that
 * is not formatted as text (erring towards "formula", which is only ever refused).
 */
export function foundCell(range: Excel.Range, row = 0, col = 0): FoundCell {
  const raw: unknown = range.values[row]?.[col];
  const formula: unknown = range.formulas[row]?.[col];
  const numberFormat = formatText(range.numberFormat[row]?.[col]);
  const isFormula =
    typeof formula === "string" &&
    formula.startsWith("=") &&
    (formula !== raw || numberFormat !== TEXT_FORMAT);
  return {
    value: toCellValue(raw, range.valueTypes[row]?.[col]),
    formula: isFormula,
    blank: isNothing(raw) && isNothing(formula),
    numberFormat,
  };
}

export function sameCellValue(a: CellValue, b: CellValue): boolean {
  const x = a === "" ? null : a;
  const y = b === "" ? null : b;
  if (x === null || y === null) return x === y;
  if (isCellError(x) || isCellError(y))
    return isCellError(x) && isCellError(y) && x.error === y.error;
  return x === y;
}

/** Why an edit may not be written over the cell as found, or null when it may. */
export function refusalOf(edit: CellEdit, found: FoundCell): WriteRefusal | null {
  if (!edit.overwrite) return found.blank ? null : "occupied";
  if (found.formula) return "formula";
  return sameCellValue(found.value, edit.previous ?? null) ? null : "changed";
}

/** Whether the value must be stored as text: asked for, or it would turn into a formula or sign. */
export function writesText(edit: Pick<CellEdit, "value" | "asText">): boolean {
  return edit.value !== null && (edit.asText || needsTextFormat(edit.value));
}

/** The `values` entry for an edit: `""` clears the cell. */
export function officeValueOf(edit: Pick<CellEdit, "value" | "asText">): string | number {
  if (edit.value === null) return "";
  return writesText(edit) ? String(edit.value) : edit.value;
}

/**
 * Whether a value written into a cell of any number format stays what it is: nothing, a
 * number, or text starting with a Chinese character (which Excel parses as nothing else).
 */
export function standsAsIs(value: string | number | null): boolean {
  return value === null || typeof value === "number" || /^\p{Script=Han}/u.test(value);
}

/** A single-cell address in plain `H12` form; throws on anything else (a plan bug). */
export function cellAddress(address: string): { row: number; col: number; a1: string } {
  const cell = parseA1(address);
  if (!cell) throw new Error(`an edit needs a single cell address, not ${address}`);
  return { ...cell, a1: toA1(cell.row, cell.col) };
}

/** The block a layout plan covers; throws when part of the plan lies outside it. */
export function layoutArea(plan: LayoutPlan): CellRange {
  if (plan.rows < 1 || plan.cols < 1) throw new Error("a layout needs at least one cell");
  const area: CellRange = {
    top: plan.origin.row,
    left: plan.origin.col,
    bottom: plan.origin.row + plan.rows - 1,
    right: plan.origin.col + plan.cols - 1,
  };
  const inside = (range: CellRange) =>
    range.top >= area.top &&
    range.left >= area.left &&
    range.bottom <= area.bottom &&
    range.right <= area.right;
  for (const edit of plan.edits) {
    const { row, col } = cellAddress(edit.address);
    if (edit.sheet !== plan.sheet || !inside({ top: row, left: col, bottom: row, right: col }))
      throw new Error(`the edit of ${edit.sheet}!${edit.address} lies outside the layout`);
  }
  for (const { range } of [
    ...plan.merges.map((range) => ({ range })),
    ...plan.styles,
    ...plan.validations,
  ])
    if (!inside(range)) throw new Error(`${rangeToA1(range)} lies outside the layout`);
  cellAddress(plan.focus);
  return area;
}

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** Thin continuous borders around and inside the range (inside only where it has them). */
function thinBorders(range: Excel.Range, area: CellRange): void {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (area.bottom > area.top) edges.push("InsideHorizontal");
  if (area.right > area.left) edges.push("InsideVertical");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/** The look of each cell style (text cells get their `@` format with the values). */
function applyStyle(range: Excel.Range, area: CellRange, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case "title":
      format.font.bold = true;
      format.font.size = TITLE_FONT_SIZE;
      format.horizontalAlignment = "Center";
      break;
    case "label":
      format.font.bold = true;
      thinBorders(range, area);
      format.wrapText = true;
      break;
    case "header":
      format.font.bold = true;
      thinBorders(range, area);
      format.horizontalAlignment = "Center";
      format.verticalAlignment = "Center";
      format.fill.color = HEADER_FILL;
      break;
    case "value":
      thinBorders(range, area);
      format.wrapText = true;
      break;
    case "heading":
      format.font.bold = true;
      format.font.size = BODY_POINTS;
      break;
    case "paragraph":
      // Prose, not a table: no borders, wrapped at the column's width.
      format.font.size = BODY_POINTS;
      format.wrapText = true;
      format.verticalAlignment = "Top";
      break;
    default:
      // "text" and "number"
      thinBorders(range, area);
  }
}

/** Office's list source: comma-separated, so an item with a comma cannot be listed. */
export function listSource(values: readonly string[]): string | null {
  if (values.length === 0 || values.some((value) => value.includes(","))) return null;
  const source = values.join(",");
  return source.length <= MAX_LIST_SOURCE ? source : null;
}

/** What a layout may use besides values and formats: each an ExcelApi requirement set. */
export interface LayoutFeatures {
  /** Drop-down lists (1.8). */
  validation: boolean;
  /** Hyperlinks and frozen rows (1.7). */
  links: boolean;
  /** Autofilter (1.9). */
  autoFilter: boolean;
}

/** Commands a style queues at most: the range, its format, 6 borders with 2 settings, 4 more. */
const STYLE_COMMANDS = 20;

/** Whether no cell lies in two of the ranges (then their order does not matter). */
function disjoint(ranges: readonly CellRange[]): boolean {
  const cells = new Set<string>();
  for (const range of ranges)
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        const key = `${r},${c}`;
        if (cells.has(key)) return false;
        cells.add(key);
      }
  return true;
}

/**
 * The plan's styles in fewer ranges, to the same effect: a style continued by the next in
 * the list on the same rows, one column on, is one range (borders inside a range are the
 * sides its cells share); when no two ranges overlap, so that order does not matter, runs
 * of equal columns on consecutive rows are joined too. A list of one style a cell becomes
 * a few ranges a sheet.
 */
export function coalescedStyles(styles: readonly StyledRange[]): StyledRange[] {
  const rows: StyledRange[] = [];
  for (const { range, style } of styles) {
    const last = rows[rows.length - 1];
    if (
      last &&
      last.style === style &&
      last.range.top === range.top &&
      last.range.bottom === range.bottom &&
      last.range.right + 1 === range.left
    )
      rows[rows.length - 1] = { style, range: { ...last.range, right: range.right } };
    else rows.push({ range: { ...range }, style });
  }
  if (!disjoint(rows.map(({ range }) => range))) return rows;
  const open = new Map<string, StyledRange>();
  const out: StyledRange[] = [];
  for (const item of rows) {
    const key = `${item.style}|${item.range.left}|${item.range.right}`;
    const above = open.get(key);
    if (above && above.range.bottom + 1 === item.range.top) {
      above.range.bottom = item.range.bottom;
      continue;
    }
    open.set(key, item);
    out.push(item);
  }
  return out;
}

/**
 * The commands that lay down a whole layout on a sheet known to be empty over the plan's
 * block, as request steps: number formats and values in bands of rows (text cells as `@`
 * first, so `=` or `≥` stays text), then merges, styles, column widths, hyperlinks,
 * drop-down lists, the autofilter and frozen rows (where `features` allow), and the
 * selection. `sheet` gives the sheet's proxy when a step is queued; `formats` are the
 * block's number formats as read (null for a new sheet).
 */
export function layoutSteps(
  sheet: () => Excel.Worksheet,
  plan: LayoutPlan,
  area: CellRange,
  formats: readonly (readonly unknown[])[] | null,
  features: LayoutFeatures
): RequestStep[] {
  const grid = <T>(fill: (r: number, c: number) => T): T[][] =>
    Array.from({ length: plan.rows }, (_, r) =>
      Array.from({ length: plan.cols }, (_, c) => fill(r, c))
    );
  const before = grid((r, c) => formatText(formats?.[r]?.[c]));
  const after = grid((r, c) => before[r][c]);
  const values = grid<string | number>(() => "");
  for (const { range, style } of plan.styles)
    if (style === "text")
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++)
          after[r - area.top][c - area.left] = TEXT_FORMAT;
  for (const edit of plan.edits) {
    const { row, col } = cellAddress(edit.address);
    const [r, c] = [row - area.top, col - area.left];
    values[r][c] = officeValueOf(edit);
    if (writesText(edit)) after[r][c] = TEXT_FORMAT;
    // A number written into a text cell would stay text.
    else if (typeof edit.value === "number" && after[r][c] === TEXT_FORMAT)
      after[r][c] = GENERAL_FORMAT;
  }
  const rowIndexes = Array.from({ length: plan.rows }, (_, r) => r);
  const formatChanged = (r: number) => after[r].some((format, c) => format !== before[r][c]);
  // A row's share of its band's JSON: its values and formats and their commas.
  const bands = budgetRuns(
    rowIndexes,
    (r) => jsonBytes(values[r]) + (formatChanged(r) ? jsonBytes(after[r]) : 0) + 2,
    WRITE_BUDGET_BYTES - 10 * COMMAND_BYTES
  );
  const steps: RequestStep[] = bands.map((band) => {
    const first = band[0];
    const last = band[band.length - 1];
    const address = rangeToA1({ ...area, top: area.top + first, bottom: area.top + last });
    const bandValues = values.slice(first, last + 1);
    const bandFormats = band.some(formatChanged) ? after.slice(first, last + 1) : null;
    return step(
      3,
      () => {
        const block = sheet().getRange(address);
        if (bandFormats) block.numberFormat = bandFormats;
        block.values = bandValues;
      },
      [bandValues, bandFormats]
    );
  });
  for (const merge of plan.merges)
    steps.push(step(2, () => sheet().getRange(rangeToA1(merge)).merge(false)));
  for (const { range, style } of coalescedStyles(plan.styles))
    steps.push(
      step(STYLE_COMMANDS, () => applyStyle(sheet().getRange(rangeToA1(range)), range, style))
    );
  for (const [col, characters] of Object.entries(plan.columnWidths))
    steps.push(
      step(3, () => {
        sheet().getRange(toA1(area.top, Number(col))).format.columnWidth =
          characters * POINTS_PER_CHARACTER;
      })
    );
  if (features.links)
    for (const { address, target } of plan.links ?? []) {
      const link = hyperlinkOf(target);
      steps.push(step(2, () => (sheet().getRange(cellAddress(address).a1).hyperlink = link), link));
    }
  if (features.validation)
    for (const { range, values: items } of plan.validations) {
      const source = listSource(items);
      if (source === null) continue;
      steps.push(
        step(
          4,
          () => {
            const rule = sheet().getRange(rangeToA1(range)).dataValidation;
            rule.clear();
            rule.rule = { list: { inCellDropDown: true, source } };
          },
          source
        )
      );
    }
  const filter = plan.autoFilter;
  if (features.autoFilter && filter)
    steps.push(step(3, () => sheet().autoFilter.apply(sheet().getRange(rangeToA1(filter)))));
  const frozen = plan.frozenRows ?? 0;
  if (features.links && frozen > 0)
    steps.push(step(2, () => sheet().freezePanes.freezeRows(frozen)));
  steps.push(
    step(3, () => {
      sheet().activate();
      sheet().getRange(cellAddress(plan.focus).a1).select();
    })
  );
  return steps;
}

/**
 * A plan's link as Office takes it: a place in this workbook (`#'Sheet'!E12`) as a
 * document reference, anything else as an address (a file or a web page).
 */
export function hyperlinkOf(target: string): Excel.RangeHyperlink {
  return target.startsWith("#") ? { documentReference: target.slice(1) } : { address: target };
}

/** Runs of consecutive rows with the same height, so each run takes one command. */
function heightRuns(
  heights: Record<number, number>
): Array<{ top: number; bottom: number; points: number }> {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: Array<{ top: number; bottom: number; points: number }> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1 && last.points === heights[row]) last.bottom = row;
    else runs.push({ top: row, bottom: row, points: heights[row] });
  }
  return runs;
}

function queuePageSetup(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight };
  layout.leftMargin = page.margins.left * POINTS_PER_INCH;
  layout.rightMargin = page.margins.right * POINTS_PER_INCH;
  layout.topMargin = page.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_INCH;
  layout.centerHorizontally = page.centered;
}

/**
 * How a sheet the pane has just created prints, as request steps: the plan's row heights,
 * and its page setup when `pageLayout` (ExcelApi 1.9; without it the sheet keeps Excel's
 * default). Only for new sheets: rows and pages of a sheet the user made stay as they are.
 */
export function printSteps(
  sheet: () => Excel.Worksheet,
  plan: LayoutPlan,
  area: CellRange,
  pageLayout: boolean
): RequestStep[] {
  const steps = heightRuns(plan.rowHeights ?? {}).map(({ top, bottom, points }) =>
    step(3, () => {
      const rows = rangeToA1({ top, bottom, left: area.left, right: area.left });
      sheet().getRange(rows).format.rowHeight = points;
    })
  );
  const page = plan.page;
  if (pageLayout && page) steps.push(step(12, () => queuePageSetup(sheet(), page)));
  return steps;
}

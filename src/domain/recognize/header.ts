/** Reads the header block above an indicator header: 项目名称, 主管部门, funds, goal … */
import { Grid } from "../grid";
import { Field, HeaderField, HeaderKey, nameInTitle, sameCell, withContent } from "../model";
import { normalizeLabel } from "../text";
import { AmountUnit, amountUnitOf, readAmountIn } from "../values/amount";
import { HeaderCells, inlineLabel, isColon, thisYearAmountColumn } from "./header-cells";
import {
  isFooterText,
  isHeadingText,
  isTooLongForLabel,
  LabelMeaning,
  labelCore,
  labelParts,
} from "./labels";

export interface HeaderBlock {
  fields: Partial<Record<HeaderKey, HeaderField>>;
  fundSources: HeaderField[];
  /** First row of the block (the indicator header row when no header label was found). */
  top: number;
  left: number;
  title?: Field;
}

const MAX_HEADER_ROWS = 30;
/** Columns of a worksheet (A to XFD): a cell's key is row × this + column. */
const MAX_COLUMNS = 16384;
const cellKey = (row: number, col: number) => row * MAX_COLUMNS + col;

/** The template's own filler in a cell of its own (`1、`, `……`). */
const TEMPLATE_FILLER = /^(\d{1,2}[、.]?|[…．.。、]+)$/;
/** An amount written after a label (`资金总额：50万元`): a value, no heading. */
const AMOUNT_WITH_LABEL = /[:：]\s*[\d.,]+\s*(万元|元)/;
/** `总体目标`, `绩效目标`: a group over the goal, or the goal's own label. */
const GOAL_GROUP = /^(总体|整体|项目)?(绩效)?目标$/;

const FUND_KEYS = new Set<HeaderKey>(["fundsTotal", "fundsFiscal", "fundsOther"]);

/** A header field, with its amount when it is a fund line. */
function withAmountIfFunds(key: HeaderKey, field: HeaderField, unit: AmountUnit): HeaderField {
  return FUND_KEYS.has(key) ? withAmount(field, unit) : field;
}

/** The amount of a fund line, in 万元, read in the unit its label or group states. */
function withAmount(field: HeaderField, unit: AmountUnit): HeaderField {
  const labelText = field.label.text;
  const own =
    labelText.includes("(") || labelText.includes("（")
      ? amountUnitOf(labelParts(normalizeLabel(labelText)).qualifiers)
      : undefined;
  const amount = readAmountIn(field.value.value, field.value.text, own ?? unit);
  return { label: field.label, value: field.value, amount };
}

/** The amount unit a label states in brackets (`资金情况(万元)`): most labels have none. */
function unitStatedBy(label: string): AmountUnit | undefined {
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    // The brackets whose words labelParts keeps as qualifiers: ( [ < 〔
    if (code === 0x28 || code === 0x5b || code === 0x3c || code === 0x3014)
      return amountUnitOf(labelParts(label).qualifiers);
  }
  return undefined;
}

function unitStatedInRow(grid: Grid, row: number, left: number, right: number) {
  for (let c = left; c <= right; c++) {
    const unit = unitStatedBy(grid.label(row, c));
    if (unit) return unit;
  }
  return undefined;
}

/** Whether the same heading stands again higher up, as a title repeated on every page does. */
function repeatsAbove(grid: Grid, cells: HeaderCells, heading: Field, lowest: number) {
  for (let r = heading.row - 1; r >= lowest; r--) {
    if (cells.isBlankRow(r)) continue;
    for (let c = cells.left; c <= cells.right; c++)
      if (!cells.isBlank(r, c) && grid.text(r, c) === heading.text) return true;
  }
  return false;
}

/**
 * A cell beside a label merged down from the rows above (`项目基本情况` over `1.…`, `2.…`):
 * a numbered sub-label of the block, not a heading between tables.
 */
function underSideLabel(grid: Grid, cell: Field, left: number): boolean {
  for (let c = left; c < cell.col; c++) {
    const merge = grid.mergeCoveringCell(cell.row, c);
    if (merge && merge.top < cell.row) return true;
  }
  return false;
}

/** Words of a label: a few Chinese characters, no sentence. */
const LABEL_WORDS = /^[\u4e00-\u9fff][\u4e00-\u9fff/、()]{1,13}$/;

function isLabelText(label: string): boolean {
  return !isTooLongForLabel(label) && LABEL_WORDS.test(labelCore(label));
}

/** A short label in the row's first cell, and a value beside it. */
function isLabelRow(grid: Grid, cells: HeaderCells, row: number): boolean {
  const first = cells.firstColumn(row);
  if (first < 0) return false;
  const labelEnd = grid.cellRight(row, first);
  let valueBeside = false;
  for (let c = labelEnd + 1; c <= cells.right && !valueBeside; c++)
    valueBeside = !cells.isBlank(row, c);
  // The value is looked for first: a long text alone in its row (the goal) is never folded.
  return valueBeside && isLabelText(grid.label(row, first));
}

/** The only non-empty cell of a row within the block's columns, if there is exactly one. */
function soleCell(grid: Grid, cells: HeaderCells, row: number): Field | undefined {
  const col = cells.soleColumn(row);
  return col < 0 ? undefined : grid.field(row, col);
}

/**
 * Whether the cell beside a `总体目标` label holds its goal: a text that is no label, or a cell
 * merged wide beside the label and left blank (the goal not written yet, 安溪 2022's layout).
 */
function holdsGoal(grid: Grid, cells: HeaderCells, value: Field): boolean {
  if (value.text !== "") return !cells.isHeaderLabel(value.row, value.col);
  const merge = grid.mergeStartingAt(value.row, value.col);
  return merge !== undefined && merge.right > merge.left;
}

/** The row that totals a list of amounts (`金额合计`, `合计`). */
const TOTAL_ROW_LABEL = /^(金额|资金|预算)?(合计|总计)$/;

/**
 * Where the values of a row of labels stand, when the row holds labels only, two or more side
 * by side: the row below, when it holds values only, each under a label, but for a row label
 * left of them (`金额(万元)`); of several such rows (a list of tasks and their amounts), the one
 * that totals them (`金额合计`), or none. A values row has no label and no text with a colon (a
 * label of other words, maybe with its value: `纳入专户管理的非税收入拨款:`). Labels with a blank
 * cell between them are label-and-value pairs, each value left blank (永济 2023: `其他资金` ·
 * blank · `其他资金` · blank).
 */
function valuesRowUnder(
  grid: Grid,
  cells: HeaderCells,
  row: number,
  right: number,
  bottom: number
): number | undefined {
  /** Whether the cell of the label row above this column holds a label (maybe merged wide). */
  const underLabel = (col: number) => cells.isHeaderLabel(row, grid.cellLeft(row, col));
  let labels = 0;
  let firstLabel = -1;
  let gap = false;
  for (let c = cells.left; c <= right; c++) {
    if (underLabel(c)) {
      if (gap && labels > 0) return undefined;
      if (firstLabel < 0) firstLabel = c;
      if (grid.cellLeft(row, c) === c) labels++;
    } else if (!cells.isBlank(row, c)) return undefined;
    else gap = labels > 0;
  }
  if (labels < 2) return undefined;
  const holdsValues = (r: number) => {
    if (cells.hasLabel(r)) return false;
    let values = 0;
    for (let c = firstLabel; c <= right; c++) {
      if (cells.isBlank(r, c)) continue;
      if (!underLabel(c) || /[:：]/.test(grid.text(r, c))) return false;
      values++;
    }
    return values > 0;
  };
  if (row + 1 > bottom || !holdsValues(row + 1)) return undefined;
  if (row + 2 > bottom || !holdsValues(row + 2)) return row + 1;
  for (let r = row + 1; r <= bottom && holdsValues(r); r++) {
    const first = grid.firstWrittenCol(r, cells.left);
    if (first >= 0 && first < firstLabel && TOTAL_ROW_LABEL.test(grid.label(r, first))) return r;
  }
  return undefined;
}

/**
 * Where a label's value sits: right of the label (past its merge), else below it for the goal,
 * or for a label with no cell of its own on its row over a row with no labels.
 */
function valueFor(
  grid: Grid,
  cells: HeaderCells,
  key: HeaderKey,
  row: number,
  col: number,
  right: number,
  bottom: number
): Field {
  const labelEnd = grid.cellRight(row, col);
  let nextLabel = right + 1;
  for (let c = labelEnd + 1; c <= right; c++) {
    if (cells.isBlank(row, c)) continue;
    const text = grid.text(row, c);
    if (cells.isLabel(row, c) || isColon(text.charCodeAt(text.length - 1))) {
      nextLabel = c;
      break;
    }
    return grid.field(row, c);
  }
  const isGoal = key === "goal" || key === "longTermGoal";
  if (isGoal && row + 1 <= bottom && !cells.hasLabel(row + 1, grid.left, right)) {
    // A goal's text stands under its label (长期目标 · 年度目标 side by side, each over its own).
    const end = nextLabel <= right ? Math.max(labelEnd, nextLabel - 1) : right;
    for (let c = col; c <= end; c++) if (!cells.isBlank(row + 1, c)) return grid.field(row + 1, c);
    return grid.field(row + 1, col);
  }
  // In a row of labels over a row of their values (年度资金总额 · 财政拨款 · 其他资金 over the
  // amounts), each value stands under its label.
  const under = valuesRowUnder(grid, cells, row, right, bottom);
  if (under !== undefined) {
    for (let c = col; c <= labelEnd; c++) if (!cells.isBlank(under, c)) return grid.field(under, c);
    return grid.field(under, col);
  }
  // Else blank: the cell right of the label, unless the next label stands there; then there is
  // no cell for the value and the label's own stands for it, blank.
  if (labelEnd + 1 < nextLabel && labelEnd + 1 <= grid.right) return grid.field(row, labelEnd + 1);
  return withContent(grid.field(row, col), null, "");
}

/**
 * The block's last column: one past the indicator header's, and on over every further column
 * written in the block's rows up to the first blank one (a header three label-and-value pairs
 * wide over a grid of four columns).
 */
function blockRight(grid: Grid, top: number, bottom: number, right: number): number {
  let last = Math.min(grid.right, right + 1);
  while (last < grid.right && !grid.isColumnEmpty(last + 1, top, bottom)) last++;
  return last;
}

/** Words of a funds total for the whole period a project runs, not for the year (spaced or not). */
const PERIOD_FUNDS = /中\s*期|实\s*施\s*期|周\s*期|项\s*目\s*期|总\s*投\s*资/;
const YEAR_WORDS = /年\s*度|本\s*年|当\s*年/;

function isFundMeaning(meaning: LabelMeaning): boolean {
  return meaning.kind === "fundSource" || (meaning.kind === "field" && FUND_KEYS.has(meaning.key));
}

/**
 * The national template's funds block gives the whole period's funds and the year's side by
 * side (`中期资金总额 · X · 年度资金总额 · Y`, each over its own `其中：财政拨款` and `其他资金`): the
 * cell of the year's total label, when a period's total label stands left of it on its row. Told
 * from the cells' raw texts: a label is folded only once a period's words stand left of it.
 */
function annualFundsBesidePeriod(
  grid: Grid,
  cells: HeaderCells,
  top: number,
  bottom: number,
  left: number,
  right: number
): { row: number; col: number } | undefined {
  for (let row = top; row <= bottom; row++) {
    if (!cells.hasLabel(row)) continue;
    let period = false;
    for (let c = left; c <= right; c++) {
      if (cells.isBlank(row, c)) continue;
      const text = grid.text(row, c);
      if (!YEAR_WORDS.test(text)) {
        // A label this reader gives no meaning may name the period's total (`实施期资金总额`).
        period ||= text.length <= 16 && PERIOD_FUNDS.test(text);
        continue;
      }
      const meaning = period ? cells.meaning(row, c) : undefined;
      if (meaning?.kind === "field" && meaning.key === "fundsTotal") return { row, col: c };
    }
  }
  return undefined;
}

/** Whether the row's first block cell lies under a label merged down from a row above. */
function underMergedLabel(grid: Grid, cells: HeaderCells, row: number, left: number): boolean {
  const merge = grid.mergeCoveringCell(row, left);
  return merge !== undefined && merge.top < row && cells.isLabel(merge.top, merge.left);
}

/**
 * Scans upward from the indicator header to `floor` for header labels, then reads
 * each label's value. Stops at a heading (kept as the title) or a footer.
 */
export function readHeaderBlock(
  grid: Grid,
  indicatorRow: number,
  floor: number,
  left: number,
  right: number
): HeaderBlock {
  // From the first column of the cell left of the indicator header: a side label (`绩效指标`)
  // merged over two columns starts two columns left, and the labels above stand in its first.
  const scanLeft = Math.max(grid.left, grid.cellLeft(indicatorRow, left - 1));
  let top = indicatorRow;
  let title: Field | undefined;
  let blankRun = 0;
  const lowest = Math.max(floor, indicatorRow - MAX_HEADER_ROWS);
  const scanRight = blockRight(grid, lowest, indicatorRow - 1, right);
  const cells = new HeaderCells(grid, lowest, indicatorRow - 1, scanLeft, scanRight);
  for (let row = indicatorRow - 1; row >= lowest; row--) {
    if (cells.isBlankRow(row)) {
      if (++blankRun > 1 && top !== indicatorRow) break;
      continue;
    }
    blankRun = 0;
    if (cells.hasLabel(row)) {
      top = row;
      continue;
    }
    const sole = soleCell(grid, cells, row);
    // Asked only of a row with one cell: the row above is read as a whole on the next turn.
    const isGoalText =
      sole !== undefined && top === indicatorRow && row > lowest && cells.hasLabel(row - 1);
    // The goal's text is read as no filler and no heading: only other sole cells are folded.
    const soleLabel = sole && !isGoalText ? normalizeLabel(sole.text) : "";
    // The template's own filler (`1、`, `……`) inside a block: the block goes on.
    if (sole && top !== indicatorRow && TEMPLATE_FILLER.test(soleLabel)) {
      top = row;
      continue;
    }
    if (
      sole &&
      !isGoalText &&
      !AMOUNT_WITH_LABEL.test(sole.text) &&
      !underSideLabel(grid, sole, scanLeft) &&
      isHeadingText(soleLabel)
    ) {
      // Prefer the project heading (`一、XX项目`) over the generic `1、绩效目标表` below it.
      if (!title || (nameInTitle(title.text) === "" && nameInTitle(sole.text) !== "")) title = sole;
      const above = row - 1 >= lowest ? soleCell(grid, cells, row - 1) : undefined;
      if (above && isHeadingText(normalizeLabel(above.text))) continue;
      // The form's title repeated at the top of each printed page: the block goes on above it.
      if (repeatsAbove(grid, cells, sole, lowest)) continue;
      break;
    }
    if (sole && isFooterText(sole.text)) break;
    // A label this reader does not know (`业务股室`, `省级财政部门`) still has the shape of one,
    // with its value beside it or, within a block already found, left blank.
    const blankLabel =
      sole !== undefined && top !== indicatorRow && isLabelText(grid.label(sole.row, sole.col));
    if (blankLabel || isLabelRow(grid, cells, row)) {
      top = row;
      continue;
    }
    // Unlabelled content directly under a label row (the goal text) belongs to the block, and
    // so do rows a label merged down from above covers (年度主要任务 over its tasks' rows).
    if (top - row > 1 && top !== indicatorRow && !underMergedLabel(grid, cells, row, scanLeft))
      break;
  }

  const fields: Partial<Record<HeaderKey, HeaderField>> = {};
  const fundSources: HeaderField[] = [];
  let blockLeft = left;
  let unit: AmountUnit = "万元";
  // A cell read as a label's value is not a label itself (`资金性质` · `一般公共预算`).
  const taken: number[] = [];
  let goalGroup: HeaderField | undefined;
  const take = (field: HeaderField) => {
    const { label, value } = field;
    if (value.row !== label.row || value.col !== label.col)
      taken.push(cellKey(value.row, value.col));
    return field;
  };
  // In a funds grid showing last year's amounts beside this year's, the column of this year's.
  let amountCol: number | undefined;
  // The year's funds beside the whole period's (中期资金总额 · 年度资金总额): the year's lines.
  const annual = annualFundsBesidePeriod(grid, cells, top, indicatorRow - 1, scanLeft, scanRight);
  // The value of the label at (row, col): a fund line's amount under this year's head, if any.
  const valueOf = (key: HeaderKey, row: number, col: number) =>
    amountCol !== undefined && FUND_KEYS.has(key)
      ? grid.field(row, amountCol)
      : valueFor(grid, cells, key, row, col, scanRight, indicatorRow - 1);
  for (let row = top; row < indicatorRow; row++) {
    // The column heads of a funds grid (年初预算数 · 全年预算数 · 执行率) label no field.
    if (cells.isFundsGridHead(row)) {
      unit = unitStatedInRow(grid, row, scanLeft, scanRight) ?? unit;
      amountCol = thisYearAmountColumn(grid, row, scanLeft, scanRight);
      continue;
    }
    if (!cells.hasLabel(row)) {
      amountCol = undefined;
      continue;
    }
    for (let c = scanLeft; c <= scanRight; c++) {
      // Only labels (alone or with their value) name fields; the other cells are values.
      if (!cells.isLabel(row, c) || (taken.length > 0 && taken.includes(cellKey(row, c)))) continue;
      if (cells.isLabelWithValue(row, c)) {
        const inline = inlineLabel(grid.text(row, c));
        if (!inline) continue;
        const cell = grid.field(row, c);
        const field = { label: cell, value: withContent(cell, inline.value, inline.value) };
        if (inline.key === "fundSource") fundSources.push(withAmount(field, unit));
        else if (!fields[inline.key])
          fields[inline.key] = withAmountIfFunds(inline.key, field, unit);
        blockLeft = Math.min(blockLeft, c);
        continue;
      }
      const label = grid.label(row, c);
      const meaning = cells.meaning(row, c);
      blockLeft = Math.min(blockLeft, c);
      unit = unitStatedBy(label) ?? unit;
      // The period's fund lines left of the year's: not this year's funds.
      if (annual && row >= annual.row && c < annual.col && isFundMeaning(meaning)) continue;
      if (meaning.kind === "field") {
        const key = meaning.key;
        // Of 一级项目名称 and 二级项目名称 the second names the project; a label in a cell of
        // its own wins over one written with its value (`单位名称:XX` above the table).
        const existing = fields[key];
        const refines =
          (key === "projectName" && labelCore(label).startsWith("二级")) ||
          (existing !== undefined && sameCell(existing.label, existing.value));
        const field = take({
          label: grid.field(row, c),
          value: valueOf(key, row, c),
        });
        // The first label of a kind wins; a second one's value is still not a label.
        if (fields[key] && !refines) continue;
        fields[key] = withAmountIfFunds(key, field, unit);
      } else if (meaning.kind === "fundSource") {
        const field = {
          label: grid.field(row, c),
          value: valueOf("fundsOther", row, c),
        };
        fundSources.push(take(withAmount(field, unit)));
      } else if (!goalGroup && GOAL_GROUP.test(labelCore(label))) {
        // `总体目标` or `绩效目标` with its text beside it, where no 年度目标 is asked apart: the goal.
        const field = {
          label: grid.field(row, c),
          value: valueOf("goal", row, c),
        };
        if (holdsGoal(grid, cells, field.value)) goalGroup = take(field);
      }
    }
  }
  if (!fields.goal && goalGroup) fields.goal = goalGroup;
  return { fields, fundSources, top, left: blockLeft, title };
}

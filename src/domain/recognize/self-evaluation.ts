/**
 * A self-evaluation's own blocks (绩效自评表): the budget-execution block (项目资金 /
 * 预算执行情况), the goal pair (预期目标 · 实际完成情况), the 总分 row under the indicators and
 * the row for the reasons of shortfalls, every cell with its address.
 */
import { Grid } from "../grid";
import {
  Field,
  FundsColumn,
  FundsLineKind,
  HeaderField,
  HeaderKey,
  IndicatorColumns,
  sameCell,
  SelfEvaluationFunds,
  SelfEvaluationFundsLine,
  SelfEvaluationParts,
  SelfEvaluationTotal,
} from "../model";
import { normalizeLabel } from "../text";
import { AmountUnit, amountUnitOf, readAmountIn } from "../values/amount";
import { headerMeaning, isHeadingText, labelCore, labelParts } from "./labels";

/** Where the table stands: its header block, its indicator header and its last indicator row. */
export interface SelfEvaluationBounds {
  top: number;
  left: number;
  right: number;
  indicatorHeaderRow: number;
  lastRow: number;
  /** The first row that belongs to the next table (its header block or indicator header). */
  nextTableRow: number;
  columns: IndicatorColumns;
}

/** The role a funds column's label gives it, from its core words. */
function fundsColumnOf(core: string): FundsColumn | undefined {
  if (/^年初(预算|预算数|批复数)$/.test(core)) return "initialBudget";
  if (/^(全年|调整后|年度调整)?预算数?$|^全年预算数$/.test(core) && core !== "预算")
    return "budget";
  if (/^(全年|预算)?执行数$|^全年执行$|^实际支出数?$/.test(core)) return "executed";
  if (/^(执行率)?(分值|权重|标准分)$/.test(core)) return "points";
  if (/执行率$|^(预算)?执行进度$/.test(core)) return "rate";
  if (/得分$/.test(core)) return "score";
  if (/原因|说明/.test(core)) return "reason";
  return undefined;
}

/** The funds columns a row labels, when it is the head row of a funds block. */
function fundsHeads(
  grid: Grid,
  row: number,
  left: number,
  right: number
): Partial<Record<FundsColumn, Field>> | undefined {
  const heads: Partial<Record<FundsColumn, Field>> = {};
  let count = 0;
  for (let c = left; c <= right; c++) {
    const text = grid.text(row, c);
    if (text === "" || text.length > 24) continue;
    const role = fundsColumnOf(labelCore(grid.label(row, c)));
    if (role === undefined || heads[role]) continue;
    heads[role] = grid.field(row, c);
    count++;
  }
  const amounts = heads.budget !== undefined || heads.executed !== undefined;
  return count >= 2 && amounts ? heads : undefined;
}

/** Words of a funds line's label: a source of money, or a total. */
function isFundsLineLabel(label: string): boolean {
  const meaning = headerMeaning(label);
  if (meaning.kind === "fundSource") return true;
  if (meaning.kind === "field" && /^funds/.test(meaning.key)) return true;
  return /资金|拨款|总额|合计|总计|收入|结转|经费|支出/.test(labelCore(label));
}

function lineKind(label: string, first: boolean): FundsLineKind {
  const core = labelCore(label);
  const meaning = headerMeaning(label);
  const key = meaning.kind === "field" ? meaning.key : undefined;
  if (key === "fundsTotal" || /总额|合计|总计/.test(core)) return "total";
  if (key === "fundsFiscal") return "fiscal";
  if (/结转/.test(core)) return "carryOver";
  if (key === "fundsOther") return "other";
  return first && !/^其中/.test(core) ? "total" : "source";
}

/** The line's label: the cell of its own left of the amounts (not a side label merged from above). */
function lineLabel(grid: Grid, row: number, left: number, firstAmountCol: number) {
  for (let c = firstAmountCol - 1; c >= left; c--) {
    if (grid.isEmpty(row, c)) continue;
    const merge = grid.mergeCoveringCell(row, c);
    if (merge && merge.top < row) continue;
    return grid.field(row, c);
  }
  return undefined;
}

/**
 * The funds block's label left of its heads, merged down over the row of amounts below them:
 * the label of a block that has one line.
 */
function blockLabelOver(
  grid: Grid,
  headRow: number,
  row: number,
  left: number,
  firstAmountCol: number
): Field | undefined {
  for (let c = left; c < firstAmountCol; c++) {
    const merge = grid.mergeCoveringCell(row, c);
    if (merge && merge.top === headRow && merge.left === c && !grid.isEmpty(headRow, c))
      return grid.field(headRow, c);
  }
  return undefined;
}

/**
 * Points in a qualifier: the first number before 分. Tried from the first digit of a number
 * only: from each of its digits, a long run of digits was gone over again.
 */
export const POINTS_IN_QUALIFIER = /(?<!\d)(\d+(?:\.\d+)?)分/;

/** A number of points written in a label (`(10分)`, `(20分*执行率)`). */
function pointsInLabel(label: string): number | undefined {
  for (const qualifier of labelParts(label).qualifiers) {
    const match = POINTS_IN_QUALIFIER.exec(qualifier);
    if (match) return Number(match[1]);
  }
  return undefined;
}

const MAX_FUNDS_LINES = 8;

function readFunds(grid: Grid, bounds: SelfEvaluationBounds): SelfEvaluationFunds | undefined {
  const { top, left, right, indicatorHeaderRow } = bounds;
  for (let row = top; row < indicatorHeaderRow; row++) {
    const heads = fundsHeads(grid, row, left, right);
    if (!heads) continue;
    const cols = Object.values(heads).map((f) => f.col);
    const firstAmountCol = Math.min(...cols);
    let statedPoints: number | undefined;
    for (let c = left; c < firstAmountCol && statedPoints === undefined; c++)
      statedPoints = pointsInLabel(grid.label(row, c));
    if (heads.score) statedPoints ??= pointsInLabel(grid.label(row, heads.score.col));
    const lines: SelfEvaluationFundsLine[] = [];
    for (let r = row + 1; r < indicatorHeaderRow && lines.length < MAX_FUNDS_LINES; r++) {
      const hasAmounts = cols.some((c) => !grid.isEmpty(r, c));
      const own = lineLabel(grid, r, left, firstAmountCol);
      // One line of amounts right under the heads, the block's label merged down beside both
      // (重庆 2021 部门整体: 部门预算执行情况 · 年初预算数 · 全年(调整)预算数 …): the total.
      const block =
        !own && lines.length === 0 && hasAmounts
          ? blockLabelOver(grid, row, r, left, firstAmountCol)
          : undefined;
      const label = own ?? block;
      if (!label && !hasAmounts) break;
      if (!label || (!block && !isFundsLineLabel(grid.label(label.row, label.col)))) break;
      const line: SelfEvaluationFundsLine = {
        kind: block ? "total" : lineKind(grid.label(label.row, label.col), lines.length === 0),
        label,
      };
      for (const [role, head] of Object.entries(heads) as Array<[FundsColumn, Field]>)
        line[role] = grid.field(r, head.col);
      lines.push(line);
    }
    if (lines.length === 0) continue;
    return {
      headerRow: row,
      heads,
      ...(statedPoints !== undefined ? { statedPoints } : {}),
      lines,
    };
  }
  return undefined;
}

/** Group heads of the paired layout (河北: 预算安排情况 · 资金到位情况 · 资金执行情况 · 预算执行进度). */
function pairedRole(core: string): "budget" | "executed" | "rate" | undefined {
  if (/^预算安排(情况)?$/.test(core)) return "budget";
  if (/^(资金)?执行情况$/.test(core)) return "executed";
  if (/执行进度$|执行率$/.test(core)) return "rate";
  return undefined;
}

/**
 * The paired layout: each group head spans a label and its amount on every line (`预算数`
 * 6.84 · `到位数` 6.84 · `执行数` 6.84), the rate merged down beside them.
 */
function readPairedFunds(
  grid: Grid,
  bounds: SelfEvaluationBounds
): SelfEvaluationFunds | undefined {
  const { top, left, right, indicatorHeaderRow } = bounds;
  for (let row = top; row < indicatorHeaderRow - 1; row++) {
    const spans: Partial<Record<"budget" | "executed" | "rate", { left: number; right: number }>> =
      {};
    for (let c = left; c <= right; c++) {
      const text = grid.text(row, c);
      if (text === "" || text.length > 24) continue;
      const role = pairedRole(labelCore(grid.label(row, c)));
      const merge = grid.mergeStartingAt(row, c);
      if (role && !spans[role]) spans[role] = { left: c, right: merge?.right ?? c };
    }
    const { budget, executed, rate } = spans;
    if (!budget || !executed || budget.right === budget.left) continue;
    /** A pair's amount: the cell right of its label. */
    const amountCell = (r: number, span: { left: number; right: number }) => {
      const labelEnd = grid.cellRight(r, span.left);
      return grid.field(r, Math.min(labelEnd + 1, span.right));
    };
    const lines: SelfEvaluationFundsLine[] = [];
    for (let r = row + 1; r < indicatorHeaderRow && lines.length < MAX_FUNDS_LINES; r++) {
      // Every line labels each pair (预算数 · 执行数, 其中:财政资金 twice …).
      if (grid.isEmpty(r, budget.left) || grid.isEmpty(r, executed.left)) break;
      const label = grid.field(r, budget.left);
      lines.push({
        kind: lineKind(grid.label(r, budget.left), lines.length === 0),
        label,
        budget: amountCell(r, budget),
        executed: amountCell(r, executed),
        ...(rate ? { rate: grid.field(r, rate.left) } : {}),
      });
    }
    if (lines.length === 0) continue;
    const heads: Partial<Record<FundsColumn, Field>> = {
      budget: lines[0].label,
      executed: grid.field(row + 1, executed.left),
      ...(rate ? { rate: grid.field(row, rate.left) } : {}),
    };
    return { headerRow: row, heads, lines };
  }
  return undefined;
}

/**
 * The label of the goal as approved (预期目标, 年初设定目标, 项目年度目标; 总体目标 beside
 * 全年实际完成情况 in the national transfer payments' self-evaluation).
 */
const EXPECTED_GOAL =
  /^(预期|年初设定|年度预期|项目年度|年初|年度|年初绩效)(总体)?(绩效)?目标(值)?$|^总体目标$/;
/** The label of what was done (实际完成情况, 全年实际完成情况, 年度总体目标完成情况综述). */
const ACTUAL_GOAL = /完成情况(综述)?$|^实际完成$/;

/** The text under a goal label: the next row's cell in its column. */
function goalText(grid: Grid, label: Field): Field {
  const below = label.row + 1;
  const merge = grid.mergeCoveringCell(below, label.col);
  if (merge && merge.top === below) return grid.field(below, merge.left);
  return grid.field(below, label.col);
}

interface GoalPair {
  /** The 预期目标 label, which the header's goal field names. */
  label: Field;
  expected: Field;
  actual: Field;
}

function readGoal(grid: Grid, bounds: SelfEvaluationBounds): GoalPair | undefined {
  const { top, left, right, indicatorHeaderRow } = bounds;
  for (let row = top; row < indicatorHeaderRow - 1; row++) {
    let expected: Field | undefined;
    for (let c = left; c <= right; c++) {
      // Folded first: a label may be spaced out over a wide cell.
      const label = grid.label(row, c);
      if (label === "" || label.length > 24) continue;
      const core = labelCore(label);
      // The label nearest the actual one: `预期目标` right of the side label `年度总体目标`.
      if (EXPECTED_GOAL.test(core)) expected = grid.field(row, c);
      else if (expected && ACTUAL_GOAL.test(core)) {
        const actual = goalText(grid, grid.field(row, c));
        return { label: expected, expected: goalText(grid, expected), actual };
      }
    }
  }
  return undefined;
}

/** The label of the 总分 / 合计 row. */
const TOTAL_LABEL = /^(总分|合计|总计|得分合计|评分合计|总得分|自评总分|综合得分)$/;

/**
 * A cell of the total row: the merged area's own cell when a merge covers it. Where the host
 * cannot tell merged areas, a blank cell reads the text nearest left of it, right of `floor`
 * (the label, or another column of the row), as a merge over them would show it.
 */
function rowCell(
  grid: Grid,
  row: number,
  col: number | undefined,
  floor: number
): Field | undefined {
  if (col === undefined) return undefined;
  const merge = grid.mergeCoveringCell(row, col);
  if (merge && merge.top === row) return grid.field(row, merge.left);
  if (!grid.mergesKnown && grid.isEmpty(row, col))
    for (let c = col - 1; c > floor; c--) if (!grid.isEmpty(row, c)) return grid.field(row, c);
  return grid.field(row, col);
}

/** The first non-empty cell of a row within the table's columns. */
function firstCell(grid: Grid, row: number, left: number, right: number): Field | undefined {
  for (let c = left; c <= right; c++) if (!grid.isEmpty(row, c)) return grid.field(row, c);
  return undefined;
}

const ROWS_BELOW = 6;

/** The 总分 row and the reasons row, within a few rows under the indicators. */
function readBelow(
  grid: Grid,
  bounds: SelfEvaluationBounds
): { total?: SelfEvaluationTotal; reasonNote?: SelfEvaluationParts["reasonNote"] } {
  const { left, right, lastRow, nextTableRow, columns } = bounds;
  let total: SelfEvaluationTotal | undefined;
  let reasonNote: SelfEvaluationParts["reasonNote"];
  const end = Math.min(grid.bottom, lastRow + ROWS_BELOW, nextTableRow - 1);
  for (let row = lastRow + 1; row <= end; row++) {
    const first = firstCell(grid, row, left, right);
    if (!first) continue;
    const label = normalizeLabel(first.text);
    const core = labelCore(label);
    const isTotal = !total && TOTAL_LABEL.test(core);
    // The next table's title or header block.
    if (!isTotal && (isHeadingText(label) || headerMeaning(label).kind === "field")) break;
    if (isTotal) {
      const points = rowCell(grid, row, columns.weight, first.col);
      const pointsCol = columns.weight !== undefined ? columns.weight : first.col;
      const score = rowCell(grid, row, columns.score, Math.max(first.col, pointsCol));
      total = {
        label: first,
        ...(points && !sameCell(points, first) ? { points } : {}),
        ...(score && !sameCell(score, first) ? { score } : {}),
      };
    } else if (!reasonNote && core.length <= 20 && /偏差|原因/.test(core)) {
      const labelEnd = grid.cellRight(row, first.col);
      if (labelEnd + 1 <= right)
        reasonNote = { label: first, value: grid.field(row, labelEnd + 1) };
    }
  }
  return { total, reasonNote };
}

export interface SelfEvaluationReading {
  parts: SelfEvaluationParts;
  /** The header's goal field: the 预期目标 label and the text under it. */
  goalField?: HeaderField;
}

export function readSelfEvaluation(
  grid: Grid,
  bounds: SelfEvaluationBounds
): SelfEvaluationReading {
  const funds = readFunds(grid, bounds) ?? readPairedFunds(grid, bounds);
  const pair = readGoal(grid, bounds);
  const { total, reasonNote } = readBelow(grid, bounds);
  const parts: SelfEvaluationParts = {
    ...(funds ? { funds } : {}),
    ...(pair ? { goal: { expected: pair.expected, actual: pair.actual } } : {}),
    ...(total ? { total } : {}),
    ...(reasonNote ? { reasonNote } : {}),
  };
  return { parts, ...(pair ? { goalField: { label: pair.label, value: pair.expected } } : {}) };
}

/** The unit the funds block states (`项目资金(元)`), 万元 when none. */
function fundsUnit(grid: Grid, funds: SelfEvaluationFunds, left: number): AmountUnit {
  const firstAmountCol = Math.min(...Object.values(funds.heads).map((f) => f.col));
  for (let row = funds.headerRow; row <= funds.headerRow + funds.lines.length; row++) {
    for (let c = left; c <= firstAmountCol; c++) {
      const merge = grid.mergeCoveringCell(row, c);
      const label = merge ? grid.label(merge.top, merge.left) : grid.label(row, c);
      const unit = label === "" ? undefined : amountUnitOf(labelParts(label).qualifiers);
      if (unit) return unit;
    }
  }
  return "万元";
}

const LINE_KEYS: Partial<Record<FundsLineKind, HeaderKey>> = {
  total: "fundsTotal",
  fiscal: "fundsFiscal",
  other: "fundsOther",
};

/**
 * The header's funds fields as the goal-table rules read them: each line's 全年预算数 (or
 * its first amount column), so that every line is read in the same column.
 */
export function fundsHeaderFields(
  grid: Grid,
  funds: SelfEvaluationFunds,
  left: number
): { fields: Partial<Record<HeaderKey, HeaderField>>; sources: HeaderField[] } {
  const unit = fundsUnit(grid, funds, left);
  const fields: Partial<Record<HeaderKey, HeaderField>> = {};
  const sources: HeaderField[] = [];
  for (const line of funds.lines) {
    const value = line.budget ?? line.initialBudget ?? line.executed;
    if (!value) continue;
    const field = { label: line.label, value, amount: readAmountIn(value.value, value.text, unit) };
    const key = LINE_KEYS[line.kind];
    if (key && !fields[key]) fields[key] = field;
    else sources.push(field);
  }
  return { fields, sources };
}

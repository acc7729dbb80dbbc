/**
 * What the self-evaluation rules read from the funds block and the grid: amounts, points,
 * written rates in their three spellings (`60%`, `0.6`, `60`), and the rate each line's
 * own cells give.
 */
import {
  Field,
  GoalTable,
  SelfEvaluationFunds,
  SelfEvaluationFundsLine,
  withContent,
} from "../model";
import { executionRate } from "../scoring/compute";
import { ScoringSettings } from "../scoring/settings";
import { toHalfWidth } from "../text";
import { readAmountIn } from "../values/amount";
import { formatAmount } from "./helpers";

/** A cell that holds nothing to judge: blank, or the template's `—` / `/`. */
export function isUnfilled(field: Field | undefined): boolean {
  return !field || /^[—–\-－/／\\…、.。\s]*$/.test(field.text);
}

/** An amount of the funds block in the block's own unit, or null. */
export function amountIn(field: Field | undefined): number | null {
  if (isUnfilled(field)) return null;
  return readAmountIn(field!.value, field!.text, "万元");
}

/** Points or a score (`10`, `9.5`, `100分`), or null. */
export function pointsIn(field: Field | undefined): number | null {
  if (isUnfilled(field)) return null;
  const { value } = field!;
  if (typeof value === "number") return value;
  const match = /^(\d+(?:\.\d+)?)分?$/.exec(toHalfWidth(field!.text).replace(/\s+/g, ""));
  return match ? Number(match[1]) : null;
}

/** A rate as written: the share it says, and how it was written (for a fix in the same form). */
export interface WrittenRate {
  share: number;
  form: "percentText" | "percentFormatted" | "share" | "percentNumber";
}

/**
 * A written rate: `60%` (text, or a number shown as a percentage), `0.6`, or `60`. A bare
 * number is read as whichever of share or percentage lies nearer the rate its amounts give.
 */
export function readRate(field: Field | undefined, near: number | null): WrittenRate | null {
  if (isUnfilled(field)) return null;
  const { value, text } = field!;
  const folded = toHalfWidth(text).replace(/\s+/g, "");
  if (typeof value === "number") {
    if (folded.endsWith("%")) return { share: value, form: "percentFormatted" };
    const asPercent = value / 100;
    const percentIsNearer =
      near !== null ? Math.abs(asPercent - near) < Math.abs(value - near) : value > 1.5;
    return percentIsNearer
      ? { share: asPercent, form: "percentNumber" }
      : { share: value, form: "share" };
  }
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(folded);
  if (percent) return { share: Number(percent[1]) / 100, form: "percentText" };
  const bare = /^\d+(?:\.\d+)?$/.exec(folded);
  return bare ? readRate(withContent(field!, Number(folded), folded), near) : null;
}

/** A share as a percentage, two decimals at most: `59.58%`, `100%`. */
export function formatRate(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

/** A number as messages quote it (six decimals at most). */
export const formatNumber = formatAmount;

/** The value a fix writes for a rate, in the form the cell was written in. */
export function rateInForm(share: number, form: WrittenRate["form"] | undefined): string | number {
  switch (form) {
    case "percentFormatted":
    case "share":
      return Math.round(share * 10000) / 10000;
    case "percentNumber":
      return Math.round(share * 10000) / 100;
    default:
      return formatRate(share);
  }
}

/** The line that carries the block's rate and score: 年度资金总额, else the first. */
export function totalLine(funds: SelfEvaluationFunds): SelfEvaluationFundsLine | undefined {
  return funds.lines.find((line) => line.kind === "total") ?? funds.lines[0];
}

/** What a line's rate divides: its own amounts, or the lines below when the total is left 0. */
export interface RateInputs {
  budget: number;
  executed: number;
  rate: number;
  /** The total line's own amounts are 0 or blank: the rate comes from the lines below it. */
  fromLines: boolean;
}

function sumOf(lines: readonly SelfEvaluationFundsLine[], key: "budget" | "executed") {
  let sum = 0;
  for (const line of lines) sum += amountIn(line[key]) ?? 0;
  return sum;
}

export function rateInputs(
  funds: SelfEvaluationFunds,
  line: SelfEvaluationFundsLine
): RateInputs | null {
  const budget = amountIn(line.budget);
  const executed = amountIn(line.executed);
  if (budget !== null && budget > 0 && executed !== null) {
    const rate = executionRate(budget, executed);
    return rate === null ? null : { budget, executed, rate, fromLines: false };
  }
  // A total line left 0 (or blank) over lines that hold the money: the lines say the rate.
  if (line !== totalLine(funds) || (budget ?? 0) !== 0 || (executed ?? 0) !== 0) return null;
  const below = funds.lines.filter((l) => l !== line && l.kind !== "total");
  const lineBudget = sumOf(below, "budget");
  const lineExecuted = sumOf(below, "executed");
  const rate = executionRate(lineBudget, lineExecuted);
  return rate === null
    ? null
    : { budget: lineBudget, executed: lineExecuted, rate, fromLines: true };
}

/** Whether two rates are equal within the tolerance (percentage points). */
export function sameRate(a: number, b: number, scoring: ScoringSettings): boolean {
  return Math.abs(a - b) * 100 <= scoring.rateTolerance + 1e-9;
}

export function sameScore(a: number, b: number, scoring: ScoringSettings): boolean {
  return Math.abs(a - b) <= scoring.scoreTolerance + 1e-9;
}

/**
 * The rate a line's score follows from: the written one when its amounts bear it out (or
 * when there are no amounts of its own to check it), else the one the amounts give.
 */
export function rateToScore(
  funds: SelfEvaluationFunds,
  line: SelfEvaluationFundsLine,
  scoring: ScoringSettings
): number | null {
  const inputs = rateInputs(funds, line);
  const written = readRate(line.rate, inputs?.rate ?? null);
  // A total line left 0 has its rate flagged from the lines below: its score is judged
  // against its own rate until that is corrected (a fix round later).
  if (!inputs || (inputs.fromLines && written)) return written?.share ?? inputs?.rate ?? null;
  return written && sameRate(written.share, inputs.rate, scoring) ? written.share : inputs.rate;
}

/**
 * The points of budget execution on a line: its 分值 cell; for the total line of a block
 * without a 分值 column, the points its label states, else the configured points.
 */
export function linePoints(
  funds: SelfEvaluationFunds,
  line: SelfEvaluationFundsLine,
  scoring: ScoringSettings
): number | null {
  if (line.points && !isUnfilled(line.points)) return pointsIn(line.points);
  if (line !== totalLine(funds)) return null;
  if (funds.heads.points) return funds.statedPoints ?? null;
  return funds.statedPoints ?? scoring.budgetPoints;
}

/** The label of a funds column as the form words it (`全年执行数`, `调整后预算数`). */
export function headWords(funds: SelfEvaluationFunds, key: "budget" | "executed"): string {
  const head = funds.heads[key];
  const words = head ? head.text.replace(/\s+/g, "").replace(/[(（][^()（）]*[)）]$/, "") : "";
  return words || (key === "budget" ? "全年预算数" : "全年执行数");
}

/** The table's funds block, when it is a self-evaluation that has one. */
export function fundsOf(table: GoalTable): SelfEvaluationFunds | undefined {
  return table.continues === undefined ? table.selfEvaluation?.funds : undefined;
}

/** The indicators' points and scores, summed over the rows that carry either. */
export interface IndicatorSums {
  points: number;
  scores: number;
  /** Every row with a score has its points (and the grid has a points column). */
  pointsComplete: boolean;
  /** Every row with points has its score. */
  scoresComplete: boolean;
  /** Rows that carry points or a score. */
  scored: number;
}

export function indicatorSums(table: GoalTable): IndicatorSums {
  const sums: IndicatorSums = {
    points: 0,
    scores: 0,
    pointsComplete: table.columns.weight !== undefined,
    scoresComplete: table.columns.score !== undefined,
    scored: 0,
  };
  for (const row of table.indicators) {
    const points = pointsIn(row.weight);
    const score = pointsIn(row.score);
    // Breakdown rows (其中…) and rows that are not scored carry neither.
    if (points === null && score === null) continue;
    sums.scored++;
    if (points === null) sums.pointsComplete = false;
    else sums.points += points;
    if (score === null) sums.scoresComplete = false;
    else sums.scores += score;
  }
  return sums;
}

/** The points of budget execution, or null when the block scores none or says none. */
export function budgetPointsOf(
  funds: SelfEvaluationFunds | undefined,
  scoring: ScoringSettings
): number | null {
  if (!funds || (!funds.heads.points && !funds.heads.score)) return null;
  const line = totalLine(funds);
  return line ? linePoints(funds, line, scoring) : null;
}

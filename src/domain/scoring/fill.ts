/**
 * Compute and fill a self-evaluation's scores (issue 11): the execution rate and the budget
 * score of the 年度资金总额 line, each quantitative indicator's score from its target,
 * actual value and points, and the 总分. Planned edits only: an empty cell is filled; a
 * written value that differs from the computed one is replaced only when the user asked
 * (`replaceScores`), and every such difference is listed either way. Qualitative indicators
 * are the evaluator's judgement and are left alone.
 */
import { CellEdit } from "../edits";
import { MessageKey, t } from "../messages/catalog";
import { Field, filledIndicators, GoalTable, IndicatorRow } from "../model";
import { pointsIn, rateInForm, rateInputs, readRate, totalLine } from "../rules/selfeval-helpers";
import { toHalfWidth } from "../text";
import {
  budgetScore,
  directionOf,
  plausibleDirections,
  quantitativeScore,
  readActual,
  roundScore,
} from "./compute";
import { ScoringSettings } from "./settings";

export interface ScoreFillOptions {
  scoring: ScoringSettings;
  /**
   * Replace written values that differ from the computed ones (the user's consent): all of
   * them, or only the cells named (`Sheet!A1`), as the pane's preview ticks them one by one.
   */
  replaceScores?: boolean | ReadonlySet<string>;
}

/** What a computed cell holds. */
export type ScoreKind = "rate" | "budgetScore" | "score" | "total";

/** A written value that differs from the computed one: replaced, or left as asked. */
export interface ScoreDifference {
  sheet: string;
  address: string;
  kind: ScoreKind;
  written: string;
  computed: string | number;
  replaced: boolean;
  /** The edit that writes the computed value over the written one (applied when `replaced`). */
  edit: CellEdit;
  key: MessageKey;
  data: Record<string, string | number>;
  message: string;
  messageEn: string;
}

export interface ScorePlan {
  edits: CellEdit[];
  differences: ScoreDifference[];
}

const KIND_LABEL: Record<ScoreKind, MessageKey> = {
  rate: "fill.scoreKind.rate",
  budgetScore: "fill.scoreKind.budgetScore",
  score: "fill.scoreKind.score",
  total: "fill.scoreKind.total",
};

function unitKey(unit: string): string {
  const folded = toHalfWidth(unit).replace(/\s+/g, "").toLowerCase();
  return folded === "百分比" ? "%" : folded;
}

/**
 * The scores a quantitative indicator may earn: the first is the one to write (its target
 * read as directionOf reads it), the others those of the other readings a target without a
 * symbol allows (plausibleDirections: `100万元` under 成本 is ≤, ≥ or =). A written score
 * equal to any of them is accepted, as the check accepts it. Empty when the cells give none.
 */
export function computedIndicatorScores(row: IndicatorRow): number[] {
  const { target } = row;
  if (!row.actual || !row.weight || target.number === null || target.deadline) return [];
  const points = pointsIn(row.weight);
  const actual = readActual(row.actual);
  if (points === null || actual.number === null || actual.deadline) return [];
  const unit = unitKey(target.unit);
  const actualUnit = unitKey(actual.unit);
  // An actual value in another unit than its target cannot be scored against it.
  if (unit !== "" && actualUnit !== "" && unit !== actualUnit) return [];
  const primary = directionOf(target, row.level2.text);
  const directions = [
    primary,
    ...plausibleDirections(target, row.level2.text).filter((d) => d !== primary),
  ];
  const scores: number[] = [];
  for (const direction of directions) {
    const score = quantitativeScore(direction, target.number, actual.number, points);
    // The first reading gives no score: there is nothing to write, so nothing to compare.
    if (score === null && direction === primary) return [];
    if (score !== null) scores.push(roundScore(score));
  }
  return scores;
}

export function planScoreFill(table: GoalTable, options: ScoreFillOptions): ScorePlan {
  const plan: ScorePlan = { edits: [], differences: [] };
  if (table.form !== "selfEvaluation") return plan;
  const { scoring } = options;

  /**
   * The value the cell will hold after the fill, as a number: the computed one where it is
   * written, else the one already there (null when there is none, or it is not a number).
   */
  const settle = (
    field: Field,
    kind: ScoreKind,
    computed: number,
    written: number | null,
    tolerance: number,
    cellValue: string | number,
    alsoAccepted: readonly number[] = []
  ): number | null => {
    const edit = (overwrite: boolean): CellEdit => ({
      sheet: table.sheet,
      address: field.address,
      value: cellValue,
      asText: typeof cellValue === "string",
      previous: field.value,
      ...(overwrite ? { overwrite: true } : {}),
    });
    if (field.text === "") {
      plan.edits.push(edit(false));
      return computed;
    }
    if (written === null || Math.abs(written - computed) <= tolerance) return written;
    if (alsoAccepted.some((score) => Math.abs(written - score) <= tolerance)) return written;
    const consent = options.replaceScores;
    const replaced =
      consent === true ||
      (typeof consent === "object" && consent.has(`${table.sheet}!${field.address}`));
    const replacement = edit(true);
    if (replaced) plan.edits.push(replacement);
    const key: MessageKey = replaced ? "fill.scoreReplaced" : "fill.scoreDiffers";
    const data = (language: "zh" | "en") => ({
      cell: `${table.sheet}!${field.address}`,
      what: t(KIND_LABEL[kind], {}, language),
      written: field.text,
      computed: cellValue,
    });
    plan.differences.push({
      sheet: table.sheet,
      address: field.address,
      kind,
      written: field.text,
      computed: cellValue,
      replaced,
      edit: replacement,
      key,
      data: data("zh"),
      message: t(key, data("zh")),
      messageEn: t(key, data("en"), "en"),
    });
    return replaced ? computed : written;
  };

  // Budget execution: its score counts towards the total when the block has a 得分 column.
  const funds = table.selfEvaluation?.funds;
  const line = funds ? totalLine(funds) : undefined;
  const budgetCell = funds?.heads.score ? line?.score : undefined;
  let budget = budgetCell ? pointsIn(budgetCell) : 0;
  const inputs = funds && line && budgetCell ? rateInputs(funds, line) : null;
  if (funds && line && budgetCell && inputs) {
    const { rate } = inputs;
    if (line.rate) {
      const written = readRate(line.rate, rate);
      const percent = written && written.share * 100;
      // A rate replaced keeps the cell's own form (`96%`, 0.96, 96); a blank cell gets `96%`.
      const value = rateInForm(rate, written?.form);
      settle(line.rate, "rate", rate * 100, percent, scoring.rateTolerance, value);
    }
    const points = pointsIn(line.points) ?? funds.statedPoints ?? scoring.budgetPoints;
    const score = roundScore(budgetScore(rate, points));
    budget = settle(budgetCell, "budgetScore", score, budget, scoring.scoreTolerance, score);
  }

  // Indicators: a row with points and no score leaves the total open.
  let sum = budget ?? 0;
  let complete = budget !== null && table.columns.score !== undefined;
  for (const row of filledIndicators(table)) {
    if (!row.score) continue;
    const written = pointsIn(row.score);
    const [computed, ...alsoAccepted] = computedIndicatorScores(row);
    const settled =
      computed === undefined
        ? written
        : settle(
            row.score,
            "score",
            computed,
            written,
            scoring.scoreTolerance,
            computed,
            alsoAccepted
          );
    if (settled !== null) sum += settled;
    else if (pointsIn(row.weight) !== null) complete = false;
  }

  const total = table.selfEvaluation?.total?.score;
  if (total && complete) {
    const computed = roundScore(sum);
    settle(total, "total", computed, pointsIn(total), scoring.scoreTolerance, computed);
  }
  return plan;
}

/** What the self-evaluation rules read from one indicator row: points, score, actual, and the scores it may earn. */
import { Field, IndicatorRow } from "../model";
import {
  actualInTargetUnit,
  isMet,
  plausibleDirections,
  quantitativeScore,
  readActual,
  roundScore,
} from "../scoring/compute";
import { numberText, Target } from "../values/target";
import { readAmount } from "./helpers";

/** A quantitative indicator whose actual can be held against its target. */
export interface QuantitativeReading {
  /** The score under each reading of the target that gives one, rounded to two decimals, no repeats. */
  scores: number[];
  /** Met under every reading (true), under none (false), or under some only (null). */
  met: boolean | null;
}

export interface RowScoring {
  /** 分值 / 权重 as a positive number, else null. */
  points: number | null;
  /** 得分 as a number, else null (blank, `—`, text). */
  score: number | null;
  scoreBlank: boolean;
  /** The 实际完成值 as read, when the row has that cell. */
  actual: Target | null;
  quantitative: QuantitativeReading | null;
}

function positive(amount: number | null): number | null {
  return amount !== null && amount > 0 ? amount : null;
}

/** A percent target above 100 cannot be reached: its shortfall is the target's own defect. */
function reachable(target: Target): boolean {
  return !((target.unit === "%" || target.unit === "百分比") && (target.number ?? 0) > 100);
}

function readQuantitative(
  row: IndicatorRow,
  actual: Target | null,
  points: number | null
): QuantitativeReading | null {
  const { target } = row;
  if (!actual || target.number === null || target.deadline || !reachable(target)) return null;
  if (target.qualitativeMarker !== null || target.invalidNumber !== null) return null;
  const actualValue = actualInTargetUnit(target, actual);
  if (actualValue === null) return null;
  const directions = plausibleDirections(target, row.level2.text);
  const scores = new Set<number>();
  if (points !== null) {
    for (const direction of directions) {
      const score = quantitativeScore(direction, target.number, actualValue, points);
      if (score !== null) scores.add(roundScore(score));
    }
  }
  const metCount = directions.filter((d) => isMet(d, target.number ?? 0, actualValue)).length;
  return {
    scores: [...scores].sort((a, b) => a - b),
    met: metCount === directions.length ? true : metCount === 0 ? false : null,
  };
}

/** A number of points: a share shown as percent (权重 25%) is no points to score against. */
function pointsIn(field: Field | undefined): number | null {
  if (!field || field.text === "" || field.text.endsWith("%")) return null;
  return readAmount(field);
}

export function rowScoring(row: IndicatorRow): RowScoring {
  const points = positive(pointsIn(row.weight));
  const score = pointsIn(row.score);
  const actual = row.actual && row.actual.text !== "" ? readActual(row.actual) : null;
  return {
    points,
    score,
    scoreBlank: row.score !== undefined && row.score.text === "",
    actual,
    quantitative: readQuantitative(row, actual, points),
  };
}

/** Scores as a person reads them: `13.33`, `9`. */
export function formatScore(score: number): string {
  return String(roundScore(score));
}

/** The score a row must have when its readings agree on one, else null (a fix needs certainty). */
export function certainScore(reading: QuantitativeReading | null): number | null {
  return reading && reading.scores.length === 1 ? reading.scores[0] : null;
}

/** A target as written in a self-evaluation's 年度指标值: `≥95%`, `8755`, `长期有效`. */
export function targetText(target: Target): string {
  if (target.number === null) return target.qualitativeText ?? "";
  return `${target.comparator ?? ""}${numberText(target)}${target.unit}`;
}

/**
 * The usual scoring of a self-evaluation (issue 11), as pure functions that the rules
 * check against and the fill writes: budget execution, and each quantitative indicator.
 */
import { Field } from "../model";
import { readSingleTarget, Target } from "../values/target";
import { Tier } from "./settings";

/** How a target is met: reach it (≥), stay under it (≤, cost and time), or hit it (=). */
export type Direction = "atLeast" | "atMost" | "exactly";

/**
 * The direction a target is read in. A target without a symbol reads as ≥, except under a
 * 成本 second level, where spending less is better.
 */
export function directionOf(target: Target, level2: string): Direction {
  switch (target.comparator) {
    case "≥":
    case ">":
      return "atLeast";
    case "≤":
    case "<":
      return "atMost";
    case "=":
      return "exactly";
    default:
      return /成本/.test(level2) ? "atMost" : "atLeast";
  }
}

/** An actual value (实际完成值) read like a target: `98%`, `100人次`, `≥80%`, `完成`. */
export function readActual(field: Field): Target {
  const percentFormatted = typeof field.value === "number" && field.text.endsWith("%");
  return readSingleTarget({ value: field.value, text: field.text, percentFormatted });
}

/** 执行率 as a share (0.96), or null when the budget is not a positive amount. */
export function executionRate(budget: number, executed: number): number | null {
  return budget > 0 && executed >= 0 ? executed / budget : null;
}

/** 得分 of budget execution: the rate times the points, never above the points. */
export function budgetScore(rate: number, points: number): number {
  return Math.min(rate, 1) * points;
}

/**
 * The score of a quantitative indicator: full points when the target is met, else the
 * share of it reached (actual ÷ target for ≥, target ÷ actual for ≤, the nearer of the
 * two for =). Null when the numbers cannot give a score (a ≥ target of 0, a ≤ actual of 0
 * that is met is full points).
 */
export function quantitativeScore(
  direction: Direction,
  target: number,
  actual: number,
  points: number
): number | null {
  if (points < 0 || target < 0 || actual < 0) return null;
  switch (direction) {
    case "atLeast":
      if (actual >= target) return points;
      return target > 0 ? (actual / target) * points : null;
    case "atMost":
      if (actual <= target) return points;
      return actual > 0 ? (target / actual) * points : null;
    case "exactly":
      if (actual === target) return points;
      return Math.max(actual, target) > 0
        ? (Math.min(actual, target) / Math.max(actual, target)) * points
        : null;
  }
}

/** Whether the indicator reached its target. */
export function isMet(direction: Direction, target: number, actual: number): boolean {
  if (direction === "atLeast") return actual >= target;
  if (direction === "atMost") return actual <= target;
  return actual === target;
}

/** A score rounded as staff write it: two decimals. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}

/** Whether a score lies within a tier's share of the points, with the tolerance. */
export function withinTier(score: number, points: number, tier: Tier, tolerance: number): boolean {
  return score >= tier.from * points - tolerance && score <= tier.to * points + tolerance;
}

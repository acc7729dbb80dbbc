/**
 * The usual scoring of a self-evaluation (issue 11), as pure functions that the rules
 * check against and the fill writes: budget execution, and each quantitative indicator.
 */
import { Field } from "../model";
import { toHalfWidth } from "../text";
import { matchLeadingSymbol } from "../values/symbols";
import { readSingleTarget, Target } from "../values/target";
import { ScoringSettings, Tier } from "./settings";
import { unscaledUnit } from "../vocabulary";

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

/**
 * The directions a target may be read in. A written symbol gives one; a target without
 * one reads as ≥ or as = (reviewers cannot tell which), and under 成本 also as ≤.
 */
export function plausibleDirections(target: Target, level2: string): Direction[] {
  if (target.comparator !== null) return [directionOf(target, level2)];
  const readings: Direction[] = ["atLeast", "exactly"];
  if (directionOf(target, level2) === "atMost") readings.push("atMost");
  return readings;
}

const UNIT_ALIASES: Record<string, string> = { 百分比: "%", 日: "天", 公斤: "千克" };
const MONEY_FACTORS: Record<string, number> = {
  元: 1,
  千元: 1e3,
  万元: 1e4,
  百万元: 1e6,
  亿元: 1e8,
};

/** 10,000 for a unit in 万, 100,000,000 in 亿, else 1 (`base`: the unit without them). */
function scaleOf(unit: string, base: string): number {
  if (unit === base) return 1;
  return unit.startsWith("亿") ? 1e8 : 1e4;
}

function canonicalUnit(unit: string): string {
  return UNIT_ALIASES[unit] ?? unit;
}

/** Money units that convert into each other, compound ones too (`万元/亩` into `元/亩`). */
function moneyScale(unit: string): { factor: number; per: string } | null {
  const [head, ...rest] = unit.split("/");
  const factor = MONEY_FACTORS[head];
  return factor === undefined ? null : { factor, per: rest.join("/") };
}

/**
 * How an actual's unit stands to its target's: the same (or one of them unwritten), money
 * in another scale (`元` against `万元`, with the factor into the target's unit), or a clash.
 */
export type UnitRelation = { kind: "same" } | { kind: "scale"; factor: number } | { kind: "clash" };

export function unitRelation(actualUnit: string, targetUnit: string): UnitRelation {
  if (actualUnit === "" || targetUnit === "") return { kind: "same" };
  if (canonicalUnit(actualUnit) === canonicalUnit(targetUnit)) return { kind: "same" };
  const from = moneyScale(actualUnit);
  const to = moneyScale(targetUnit);
  if (from && to && from.per === to.per) return { kind: "scale", factor: from.factor / to.factor };
  // A count or measure in ten-thousands against the unit itself (`0.21万亩` against `亩`).
  const actualBase = unscaledUnit(actualUnit);
  const targetBase = unscaledUnit(targetUnit);
  if (canonicalUnit(actualBase) === canonicalUnit(targetBase))
    return {
      kind: "scale",
      factor: scaleOf(actualUnit, actualBase) / scaleOf(targetUnit, targetBase),
    };
  return { kind: "clash" };
}

/**
 * Whether an actual is written as a target (`≥80%`, `不低于95%`): a comparison before a
 * number. `=` restates a value and passes; a trailing word (`2天以内`) is how a value is said.
 */
export function writtenAsTarget(actual: Target, text: string): boolean {
  if (actual.comparator === null || actual.comparator === "=") return false;
  const folded = toHalfWidth(text).replace(/\s+/g, "");
  const lead = matchLeadingSymbol(folded);
  return lead !== null && /^\d/.test(folded.slice(lead.length));
}

/**
 * The actual as a number in the target's unit, or null when it cannot be compared: no
 * number, written as a target, a deadline, a unit that clashes, or a bare share (0.98)
 * against a percent target above 1.
 */
export function actualInTargetUnit(target: Target, actual: Target): number | null {
  if (actual.number === null || actual.upperBound !== null || actual.deadline) return null;
  if (actual.comparator !== null && actual.comparator !== "=") return null;
  if (target.number === null) return null;
  const relation = unitRelation(actual.unit, target.unit);
  if (relation.kind === "clash") return null;
  const percentTarget = canonicalUnit(target.unit) === "%";
  if (percentTarget && actual.unit === "" && actual.number <= 1 && target.number > 1) return null;
  const factor = relation.kind === "scale" ? relation.factor : 1;
  return Math.round(actual.number * factor * 1e9) / 1e9;
}

/**
 * Whether a written score follows from the computed one: within the tolerance, or a
 * shortfall's score rounded down to whole points (9 for 9.8), as offices often write it.
 * Rounding up gives more than was earned and does not follow.
 */
export function scoreFollows(
  written: number,
  computed: number,
  points: number,
  tolerance: number
): boolean {
  if (Math.abs(written - computed) <= tolerance) return true;
  return computed < points && written === Math.floor(computed);
}

/** What a qualitative actual says of its target (达成, 基本达成, 部分达成, 未达成). */
export type QualitativeTier = "achieved" | "mostly" | "partly" | "notAchieved";

const DONE = "(达成|完成|达到|实现)";
const TIER_PATTERNS: Array<[QualitativeTier, RegExp]> = [
  ["partly", new RegExp(`部分${DONE}|未(完全|全部)${DONE}|不完全`)],
  ["mostly", new RegExp(`基本${DONE}`)],
  ["notAchieved", new RegExp(`(未|没有|尚未|不能|无法)(按时|按期|如期)?${DONE}`)],
  ["achieved", new RegExp(DONE)],
];

/** The tier an actual text names (`达成预期指标`, `部分完成`, `已完成`), or null for none. */
export function qualitativeTierOf(text: string): QualitativeTier | null {
  const folded = toHalfWidth(text).replace(/\s+/g, "");
  if (folded === "" || /\d/.test(folded)) return null;
  for (const [tier, pattern] of TIER_PATTERNS) if (pattern.test(folded)) return tier;
  return null;
}

/** The share of the points a tier allows; 基本达成 spans 部分达成 and 达成. */
export function tierRange(tier: QualitativeTier, tiers: ScoringSettings["tiers"]): Tier {
  if (tier === "mostly") return { from: tiers.partly.from, to: tiers.achieved.to };
  return tiers[tier];
}

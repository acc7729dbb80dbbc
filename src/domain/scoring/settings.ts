/**
 * How a self-evaluation is scored (issue 11): the usual central defaults, which an office
 * may change in the `scoring` part of its JSON config.
 */

/** A qualitative tier: the share of an indicator's points it may score, lowest to highest. */
export interface Tier {
  /** Lowest share of the points, 0–1. */
  from: number;
  /** Highest share of the points, 0–1. */
  to: number;
}

export interface ScoringSettings {
  /** Points of the budget-execution line (分值 of 年度资金总额). */
  budgetPoints: number;
  /** Points the indicators share, by first level (产出 50, 效益 30, 满意度 10). */
  partPoints: { output: number; benefit: number; satisfaction: number };
  /** Score shares of qualitative indicators: 达成, 部分达成, 未达成. */
  tiers: { achieved: Tier; partly: Tier; notAchieved: Tier };
  /** An execution rate under this (0–1) needs a reason. */
  reasonBelowRate: number;
  /** Scores closer than this (points) count as equal. */
  scoreTolerance: number;
  /** Rates closer than this (percentage points) count as equal. */
  rateTolerance: number;
}

export const DEFAULT_SCORING: ScoringSettings = {
  budgetPoints: 10,
  partPoints: { output: 50, benefit: 30, satisfaction: 10 },
  tiers: {
    achieved: { from: 0.8, to: 1 },
    partly: { from: 0.6, to: 0.8 },
    notAchieved: { from: 0, to: 0.6 },
  },
  reasonBelowRate: 0.9,
  scoreTolerance: 0.1,
  rateTolerance: 0.1,
};

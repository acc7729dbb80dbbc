/**
 * A property of the self-evaluation scoring: for random targets, actuals, directions and
 * points, the score computed by src/domain/scoring/compute.ts, written into a table, draws
 * no finding from the score rules; a score moved by more than the tolerance draws one.
 * Likewise a qualitative score: none within the tier its actual names, one outside it.
 * Seeded, so a failure repeats.
 */
import fc from "fast-check";
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import scoreAbovePoints from "../../src/domain/rules/selfeval-score-above-points";
import scoreNotFollowing from "../../src/domain/rules/selfeval-score-not-following";
import tierMismatch from "../../src/domain/rules/selfeval-tier-mismatch";
import {
  Direction,
  quantitativeScore,
  roundScore,
  tierRange,
} from "../../src/domain/scoring/compute";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

const SCORE_RULES = [scoreAbovePoints, scoreNotFollowing, tierMismatch];
const SYMBOLS: Record<Direction, string> = { atLeast: "≥", atMost: "≤", exactly: "=" };
const TOLERANCE = DEFAULT_SCORING.scoreTolerance;
const RUNS = { seed: 20261204, numRuns: 300 };

interface Indicator {
  direction: Direction;
  unit: string;
  target: number;
  actual: number;
  points: number;
}

const hundredths = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);

const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    direction: fc.constantFrom<Direction>("atLeast", "atMost", "exactly"),
    unit: fc.constantFrom("个", "%", "万元", "亩"),
    target: hundredths(1, 100),
    // A third of the actuals hit the target exactly, the rest fall around it.
    ratio: fc.oneof(fc.constant(1), hundredths(0.3, 1.5)),
    points: fc.integer({ min: 2, max: 60 }).map((n) => n / 2),
  })
  .map(({ ratio, ...rest }) => ({ ...rest, actual: roundScore(rest.target * ratio) }));

function computed({ direction, target, actual, points }: Indicator): number {
  const score = quantitativeScore(direction, target, actual, points);
  if (score === null) throw new Error("every generated indicator has a score");
  return score;
}

/** The score rules' findings on a self-evaluation whose first indicator is this one. */
function scoreFindings(row: Indicator, score: number) {
  const snapshot = scoredSelfEvaluation({
    0: {
      level2: row.direction === "atMost" ? "成本指标" : "数量指标",
      name: "随机指标",
      target: `${SYMBOLS[row.direction]}${row.target}${row.unit}`,
      actual: `${row.actual}${row.unit}`,
      points: row.points,
      score,
    },
  });
  return checkTables(recognize(snapshot), { rules: SCORE_RULES }).flatMap((r) => r.findings);
}

describe("self-evaluation scores computed by the scoring functions", () => {
  it("draw no finding from the score rules", () => {
    fc.assert(
      fc.property(indicator, (row) => {
        expect(scoreFindings(row, roundScore(computed(row)))).toEqual([]);
      }),
      RUNS
    );
  });

  it("draw one when moved by more than the tolerance", () => {
    const moved = fc.record({
      row: indicator,
      by: hundredths(TOLERANCE + 0.01, 60),
      up: fc.boolean(),
    });
    fc.assert(
      fc.property(moved, ({ row, by, up }) => {
        const right = computed(row);
        const score = roundScore(up || right - by < 0 ? right + by : right - by);
        // A shortfall's score rounded down to whole points is accepted (9 for 9.8).
        fc.pre(!(right < row.points && score === Math.floor(right)));
        const findings = scoreFindings(row, score);
        expect(findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual([
          score > row.points + TOLERANCE
            ? "H13 selfeval/score-above-points"
            : "H13 selfeval/score-not-following",
        ]);
      }),
      RUNS
    );
  });
});

describe("qualitative scores within the tier their actual names", () => {
  const TIER_WORDS = {
    achieved: "达成预期指标",
    mostly: "基本达成",
    partly: "部分达成预期指标",
    notAchieved: "未达成预期指标",
  } as const;
  const tiered = fc.record({
    tier: fc.constantFrom(...(Object.keys(TIER_WORDS) as Array<keyof typeof TIER_WORDS>)),
    points: fc.integer({ min: 2, max: 60 }).map((n) => n / 2),
    share: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
  });

  /** The score rules' findings on the qualitative indicator (H18) scored so. */
  const tierFindings = (tier: keyof typeof TIER_WORDS, points: number, score: number) =>
    checkTables(
      recognize(scoredSelfEvaluation({ 5: { actual: TIER_WORDS[tier], points, score } })),
      { rules: SCORE_RULES }
    ).flatMap((r) => r.findings.map((f) => `${f.address} ${f.ruleId}`));

  it("draw no finding", () => {
    fc.assert(
      fc.property(tiered, ({ tier, points, share }) => {
        const { from, to } = tierRange(tier, DEFAULT_SCORING.tiers);
        const score = roundScore((from + (to - from) * share) * points);
        expect(tierFindings(tier, points, score)).toEqual([]);
      }),
      RUNS
    );
  });

  it("draw one outside the tier by more than the tolerance", () => {
    fc.assert(
      fc.property(tiered, hundredths(TOLERANCE + 0.01, 30), ({ tier, points }, by) => {
        const { from, to } = tierRange(tier, DEFAULT_SCORING.tiers);
        const below = from * points - by;
        const above = to * points + by;
        // Above the points is score-above-points' error; below 0 is no score.
        const score = roundScore(below >= 0 ? below : above);
        fc.pre(score <= points + TOLERANCE && score >= 0);
        expect(tierFindings(tier, points, score)).toEqual(["H18 selfeval/tier-mismatch"]);
      }),
      RUNS
    );
  });
});

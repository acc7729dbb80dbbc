import { qualitativeTierOf, QualitativeTier, tierRange, withinTier } from "../scoring/compute";
import { sameForComparison } from "../text";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";
import { formatScore, rowScoring } from "./selfeval-row";

const TIER_NAMES: Record<QualitativeTier, { zh: string; en: string }> = {
  achieved: { zh: "达成", en: "achieved" },
  mostly: { zh: "基本达成", en: "mostly achieved" },
  partly: { zh: "部分达成", en: "partly achieved" },
  notAchieved: { zh: "未达成", en: "not achieved" },
};

const rule: Rule = {
  meta: {
    id: "selfeval/tier-mismatch",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    docs: {
      description: {
        zh: "定性指标的得分不在实际完成值所说档次的分值区间内（达成 100%–80%，部分达成 80%–60%，未达成 60%–0）",
        en: "A qualitative indicator's score lies outside the tier its actual names (achieved 100–80 %, partly 80–60 %, not achieved 60–0 % of the points)",
      },
      why: {
        zh: "定性指标按档次评分：写“达成”却给低分，或写“未达成”却给高分，说明评分与完成情况不符。",
        en: "Qualitative indicators are scored by tier: a low score for 达成 or a high one for 未达成 contradicts what was reported.",
      },
    },
    messages: {
      outside: {
        zh: "“{name}”实际完成值为“{actual}”（{tier}，应得 {from}–{to} 分），得分 {score} 不在此区间",
        en: '"{name}" reports "{actual}" ({tierEn}, {from}–{to} points), but scores {score}',
      },
      suggestTier: {
        zh: "得分改在 {from}–{to} 分之间，或改写实际完成情况",
        en: "score between {from} and {to}, or restate what was achieved",
      },
    },
  },
  check({ table, scoring, report }) {
    const tolerance = scoring.scoreTolerance;
    for (const row of table.indicators) {
      const { points, score, actual } = rowScoring(row);
      if (!row.score || !row.actual || points === null || score === null || !actual) continue;
      if (actual.number !== null || actual.deadline) continue;
      // An actual that restates a described target says it was achieved.
      const restates =
        row.target.qualitativeText !== null &&
        sameForComparison(row.actual.text, row.target.qualitativeText);
      const tier = qualitativeTierOf(row.actual.text) ?? (restates ? "achieved" : null);
      // Above the points is selfeval/score-above-points' error.
      if (tier === null || score > points + tolerance) continue;
      const range = tierRange(tier, scoring.tiers);
      if (withinTier(score, points, range, tolerance)) continue;
      const from = formatScore(range.from * points);
      const to = formatScore(range.to * points);
      report({
        address: row.score.address,
        messageId: "outside",
        data: {
          ...indicatorName(row),
          actual: row.actual.text,
          tier: TIER_NAMES[tier].zh,
          tierEn: TIER_NAMES[tier].en,
          from,
          to,
          score: formatScore(score),
        },
        suggestion: { messageId: "suggestTier", data: { from, to } },
      });
    }
  },
};
export default rule;

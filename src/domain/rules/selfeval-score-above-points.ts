import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";
import { certainScore, formatScore, rowScoring, targetText } from "./selfeval-row";

const rule: Rule = {
  meta: {
    id: "selfeval/score-above-points",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    fixable: true,
    docs: {
      description: {
        zh: "自评表中指标得分高于该指标的分值（权重）",
        en: "A self-evaluation scores an indicator above its points (weight)",
      },
      why: {
        zh: "得分不可能超过分值，总分因此虚高，审核时必然退回。",
        en: "A score cannot exceed its points; the total is inflated and the form is sent back.",
      },
    },
    messages: {
      above: {
        zh: "得分高于分值：“{name}”得分 {score}，分值只有 {points}",
        en: 'score above its points: "{name}" scores {score} of {points} points',
      },
      suggestComputed: {
        zh: "按年度指标值 {target}、实际完成值 {actual}，得分应为 {expected}",
        en: "from the target {target} and the actual {actual}, the score is {expected}",
      },
      suggestAtMost: {
        zh: "得分不超过分值 {points}，按完成情况重新评分",
        en: "score at most {points}, by what was achieved",
      },
    },
  },
  check({ table, scoring, report }) {
    for (const row of table.indicators) {
      const { points, score, quantitative } = rowScoring(row);
      if (!row.score || points === null || score === null) continue;
      if (score <= points + scoring.scoreTolerance) continue;
      const expected = certainScore(quantitative);
      report({
        address: row.score.address,
        messageId: "above",
        data: { ...indicatorName(row), score: formatScore(score), points: formatScore(points) },
        suggestion:
          expected === null
            ? { messageId: "suggestAtMost", data: { points: formatScore(points) } }
            : {
                messageId: "suggestComputed",
                data: {
                  target: targetText(row.target),
                  actual: row.actual?.text ?? "",
                  expected: formatScore(expected),
                },
              },
        fix: expected === null ? undefined : [{ field: row.score, value: expected }],
      });
    }
  },
};
export default rule;

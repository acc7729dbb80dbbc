import { scoreFollows } from "../scoring/compute";
import { hasTargetContent, indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";
import { certainScore, formatScore, rowScoring, targetText } from "./selfeval-row";

const rule: Rule = {
  meta: {
    id: "selfeval/score-not-following",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    fixable: true,
    docs: {
      description: {
        zh: "定量指标的得分与年度指标值、实际完成值不符：达到目标却未得满分，未达到却得满分，或偏离按比例计算的得分；有分值却未评分",
        en: "A quantitative indicator's score does not follow from target and actual: met but not full marks, a shortfall with full marks, or off the proportional score; points but no score",
      },
      why: {
        zh: "得分应按完成程度计算（达到目标得满分，未达到按实际÷目标×分值），审核时逐项复核。",
        en: "Scores follow from what was achieved (full marks when met, else actual ÷ target × points); reviewers recompute every one.",
      },
    },
    messages: {
      metNotFull: {
        zh: "“{name}”实际完成值 {actual} 已达到年度指标值 {target}，得分 {score} 却低于分值 {points}",
        en: '"{name}" reached its target {target} (actual {actual}) but scores {score} of {points}',
      },
      fullForShortfall: {
        zh: "“{name}”实际完成值 {actual} 未达到年度指标值 {target}，却得满分 {points}",
        en: '"{name}" fell short of its target {target} (actual {actual}) but has full marks {points}',
      },
      proportional: {
        zh: "“{name}”得分 {score} 与年度指标值 {target}、实际完成值 {actual} 不符",
        en: '"{name}" scores {score}, which does not follow from the target {target} and the actual {actual}',
      },
      blank: {
        zh: "“{name}”有分值 {points}，得分空白",
        en: '"{name}" has {points} points but no score',
      },
      suggestScore: {
        zh: "按完成情况得分应为 {expected}（分值 {points}）",
        en: "by what was achieved the score is {expectedEn} (of {points} points)",
      },
      suggestFill: {
        zh: "按实际完成情况评分，达到目标得满分",
        en: "score it by what was achieved; full marks when the target was met",
      },
    },
  },
  check({ table, scoring, report }) {
    const tolerance = scoring.scoreTolerance;
    for (const row of table.indicators) {
      const { points, score, scoreBlank, quantitative } = rowScoring(row);
      if (!row.score || points === null) continue;
      const name = indicatorName(row);
      const expected = certainScore(quantitative);
      const suggestion = (scores: number[]) =>
        scores.length > 0
          ? {
              messageId: "suggestScore",
              data: {
                expected: scores.map(formatScore).join(" 或 "),
                expectedEn: scores.map(formatScore).join(" or "),
                points: formatScore(points),
              },
            }
          : { messageId: "suggestFill" };
      const fix = expected === null ? undefined : [{ field: row.score, value: expected }];
      if (scoreBlank) {
        if (!hasTargetContent(row)) continue;
        report({
          address: row.score.address,
          messageId: "blank",
          data: { ...name, points: formatScore(points) },
          suggestion: suggestion(quantitative?.scores ?? []),
          fix,
        });
        continue;
      }
      if (!quantitative || quantitative.scores.length === 0 || score === null) continue;
      // Above the points is selfeval/score-above-points' error.
      if (score > points + tolerance) continue;
      if (quantitative.scores.some((c) => scoreFollows(score, c, points, tolerance))) continue;
      const data = {
        ...name,
        actual: row.actual?.text ?? "",
        target: targetText(row.target),
        score: formatScore(score),
        points: formatScore(points),
      };
      const messageId =
        quantitative.met === true
          ? "metNotFull"
          : quantitative.met === false && Math.abs(score - points) <= tolerance
            ? "fullForShortfall"
            : "proportional";
      report({
        address: row.score.address,
        messageId,
        data,
        suggestion: suggestion(quantitative.scores),
        fix,
      });
    }
  },
};
export default rule;

import { roundScore } from "../scoring/compute";
import { BOTH_PROFILES, Rule } from "./rule";
import {
  budgetPointsOf,
  formatNumber,
  fundsOf,
  indicatorSums,
  isUnfilled,
  pointsIn,
  sameScore,
  totalLine,
} from "./selfeval-helpers";

const rule: Rule = {
  meta: {
    id: "selfeval/total-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    fixable: true,
    docs: {
      description: {
        zh: "总分不等于预算执行得分与各指标得分之和，或总分栏的分值不等于各项分值之和",
        en: "The total is not the budget score plus the indicators' scores, or its points not the sum of the points",
      },
      why: {
        zh: "总分决定评价等级，必须是各项得分之和。",
        en: "The total decides the grade and must be the sum of the scores.",
      },
    },
    messages: {
      mismatch: {
        zh: "总分{score}不等于各项得分之和{sum}（预算执行{budget}+各指标{indicators}）",
        en: "total {score} is not the sum of the scores {sum} (budget {budget} + indicators {indicators})",
      },
      missing: {
        zh: "总分空白",
        en: "the total score is blank",
      },
      pointsMismatch: {
        zh: "总分栏的分值{points}不等于各项分值之和{sum}",
        en: "the total's points {points} are not the sum of the points {sum}",
      },
      suggestSum: { zh: "总分填 {sum}", en: "write {sum} as the total" },
      suggestScores: {
        zh: "先填好各项得分，再填总分",
        en: "fill in every score first, then the total",
      },
    },
  },
  check({ table, scoring, report }) {
    const total = table.selfEvaluation?.total;
    if (!total) return;
    const funds = fundsOf(table);
    const sums = indicatorSums(table);
    const line = funds ? totalLine(funds) : undefined;
    // The budget's score is part of the total when the block has a 得分 column.
    const budgetCell = funds?.heads.score ? line?.score : undefined;
    const budgetScore = budgetCell ? pointsIn(budgetCell) : 0;
    const scoresKnown = sums.scoresComplete && sums.scored > 0 && budgetScore !== null;
    const sum = roundScore((budgetScore ?? 0) + sums.scores);
    const { score } = total;
    if (score && score.text === "") {
      report(
        scoresKnown
          ? {
              address: score.address,
              messageId: "missing",
              suggestion: { messageId: "suggestSum", data: { sum: formatNumber(sum) } },
              fix: [{ field: score, value: sum }],
            }
          : {
              address: score.address,
              messageId: "missing",
              suggestion: { messageId: "suggestScores" },
            }
      );
    } else if (score && !isUnfilled(score) && scoresKnown) {
      const written = pointsIn(score);
      if (written !== null && !sameScore(written, sum, scoring)) {
        report({
          address: score.address,
          messageId: "mismatch",
          data: {
            score: score.text,
            sum: formatNumber(sum),
            budget: formatNumber(budgetScore ?? 0),
            indicators: formatNumber(roundScore(sums.scores)),
          },
          suggestion: { messageId: "suggestSum", data: { sum: formatNumber(sum) } },
          fix: [{ field: score, value: sum }],
        });
      }
    }
    // Points that do not add up to 100 are selfeval/points-sum's; here only a total cell
    // that disagrees with points adding up to 100.
    const points = pointsIn(total.points);
    const budgetPoints = budgetPointsOf(funds, scoring);
    if (!total.points || points === null || !sums.pointsComplete || budgetPoints === null) return;
    const pointsSum = roundScore(budgetPoints + sums.points);
    if (!sameScore(pointsSum, 100, scoring) || sameScore(points, pointsSum, scoring)) return;
    report({
      address: total.points.address,
      messageId: "pointsMismatch",
      data: { points: total.points.text, sum: formatNumber(pointsSum) },
      suggestion: { messageId: "suggestSum", data: { sum: formatNumber(pointsSum) } },
      fix: [{ field: total.points, value: pointsSum }],
    });
  },
};
export default rule;

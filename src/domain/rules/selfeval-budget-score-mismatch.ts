import { budgetScore, roundScore } from "../scoring/compute";
import { BOTH_PROFILES, Rule } from "./rule";
import {
  formatNumber,
  formatRate,
  fundsOf,
  isUnfilled,
  linePoints,
  pointsIn,
  rateToScore,
  sameScore,
  totalLine,
} from "./selfeval-helpers";

const rule: Rule = {
  meta: {
    id: "selfeval/budget-score-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    fixable: true,
    docs: {
      description: {
        zh: "预算执行得分不等于执行率 × 分值（最高为分值）",
        en: "The budget-execution score is not the rate × the points (at most the points)",
      },
      why: {
        zh: "预算执行得分按执行率折算，算错会使总分不实。",
        en: "The budget score follows from the rate; a wrong one makes the total untrue.",
      },
    },
    messages: {
      mismatch: {
        zh: "预算执行得分{score}不等于执行率{rate}×分值{points}={expected}",
        en: "budget score {score} is not rate {rate} × points {points} = {expected}",
      },
      missing: {
        zh: "预算执行得分空白：执行率{rate}×分值{points}={expected}",
        en: "budget score blank: rate {rate} × points {points} = {expected}",
      },
      suggestScore: { zh: "得分填 {expected}", en: "write {expected} as the score" },
    },
  },
  check({ table, scoring, report }) {
    const funds = fundsOf(table);
    if (!funds || !funds.heads.score) return;
    for (const line of funds.lines) {
      const scoreCell = line.score;
      if (!scoreCell) continue;
      const isTotal = line === totalLine(funds);
      // The lines under the total may leave their score blank or write `—`.
      if (scoreCell.text === "" ? !isTotal : isUnfilled(scoreCell)) continue;
      const points = linePoints(funds, line, scoring);
      const rate = rateToScore(funds, line, scoring);
      if (points === null || rate === null) continue;
      const expected = roundScore(budgetScore(rate, points));
      const data = {
        score: scoreCell.text,
        rate: formatRate(rate),
        points: formatNumber(points),
        expected: formatNumber(expected),
      };
      const suggestion = { messageId: "suggestScore", data };
      const fix = [{ field: scoreCell, value: expected }];
      if (scoreCell.text === "") {
        report({ address: scoreCell.address, messageId: "missing", data, suggestion, fix });
        continue;
      }
      const written = pointsIn(scoreCell);
      if (written === null || sameScore(written, budgetScore(rate, points), scoring)) continue;
      report({ address: scoreCell.address, messageId: "mismatch", data, suggestion, fix });
    }
  },
};
export default rule;

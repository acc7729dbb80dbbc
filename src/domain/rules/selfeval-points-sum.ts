import { IndicatorRow, sameCell } from "../model";
import { roundScore } from "../scoring/compute";
import { BOTH_PROFILES, Rule } from "./rule";
import {
  budgetPointsOf,
  formatNumber,
  fundsOf,
  indicatorSums,
  pointsIn,
  sameScore,
} from "./selfeval-helpers";

const FULL_MARKS = 100;

const rule: Rule = {
  meta: {
    id: "selfeval/points-sum",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "分值合计不是100（预算执行分值 + 各指标分值），或一级指标下的分值合计不等于其注明的分值（产出指标(50分)）",
        en: "The points do not add up to 100 (budget + indicators), or a first level's indicators not to its stated points (产出指标(50分))",
      },
      why: {
        zh: "自评按百分制计分，分值不合计100时总分无法比较。",
        en: "Self-evaluations score out of 100; points that do not add up make totals incomparable.",
      },
    },
    messages: {
      not100: {
        zh: "分值合计{sum}（预算执行{budget}+各指标{indicators}），不是100",
        en: "the points add up to {sum} (budget {budget} + indicators {indicators}), not 100",
      },
      not100Indicators: {
        zh: "各指标分值合计{indicators}，加预算执行分值后不是100",
        en: "the indicators' points add up to {indicators}: with the budget's, not 100",
      },
      levelMismatch: {
        zh: "“{level}”注明{stated}分，其下各指标分值合计{sum}",
        en: '"{level}" states {stated} points; its indicators\' points add up to {sum}',
      },
      suggestPoints: {
        zh: "核对各指标分值，使其合计与注明的分值一致",
        en: "check the indicators' points so that they add up as stated",
      },
      suggest100: {
        zh: "核对预算执行和各指标的分值，使其合计为100",
        en: "check the budget's and the indicators' points so that they add up to 100",
      },
    },
  },
  check({ table, scoring, report }) {
    const total = table.selfEvaluation?.total;
    const sums = indicatorSums(table);
    // Only a table seen to its 总分 row is summed whole (a table cut short is not).
    if (total && table.columns.weight !== undefined && sums.points > 0) {
      const budgetPoints = budgetPointsOf(fundsOf(table), scoring);
      const indicators = roundScore(sums.points);
      const address = total.points?.address ?? total.label.address;
      const suggestion = { messageId: "suggest100" };
      if (budgetPoints !== null) {
        const sum = roundScore(budgetPoints + indicators);
        if (!sameScore(sum, FULL_MARKS, scoring))
          report({
            address,
            messageId: "not100",
            data: {
              sum: formatNumber(sum),
              budget: formatNumber(budgetPoints),
              indicators: formatNumber(indicators),
            },
            suggestion,
          });
      } else if (
        !sameScore(indicators, FULL_MARKS, scoring) &&
        !sameScore(indicators, FULL_MARKS - scoring.budgetPoints, scoring)
      ) {
        report({
          address,
          messageId: "not100Indicators",
          data: { indicators: formatNumber(indicators) },
          suggestion,
        });
      }
    }
    for (const group of levelGroups(table.indicators, total !== undefined)) {
      const stated = group[0].level1Points;
      const points = group.map((row) => pointsIn(row.weight));
      if (stated === undefined || points.every((p) => p === null)) continue;
      const sum = roundScore(points.reduce<number>((a, p) => a + (p ?? 0), 0));
      if (sameScore(sum, stated, scoring)) continue;
      report({
        address: group[0].level1.address,
        messageId: "levelMismatch",
        data: {
          level: group[0].level1.text.replace(/\s+/g, ""),
          stated: formatNumber(stated),
          sum: formatNumber(sum),
        },
        suggestion: { messageId: "suggestPoints" },
      });
    }
  },
};

/**
 * The rows of each first level, in order. The last level counts only when the table is
 * seen to its end (a 总分 row): a table cut short may have lost its last rows.
 */
function levelGroups(rows: readonly IndicatorRow[], seenToEnd: boolean): IndicatorRow[][] {
  const groups: IndicatorRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && sameCell(last[0].level1, row.level1)) last.push(row);
    else groups.push([row]);
  }
  return seenToEnd ? groups : groups.slice(0, -1);
}

export default rule;

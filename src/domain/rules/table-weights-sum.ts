import { Field } from "../model";
import { pointsInText, pointsOf } from "../scoring/summary";
import { toHalfWidth } from "../text";
import { formatAmount } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/**
 * What a goal table's weights add up to: 100, or 90 where the budget's execution takes the
 * other 10 (重庆 2023, 甘孜 2023, 乌海 2021 `权重分值90分`); as fractions, 1 or 0.9.
 */
const WHOLES = [100, 90, 1, 0.9];

/** A weight as written: a number, `20分`, or `30%` (海南 2022). */
function weightOf(cell: Field | undefined): number | null {
  if (!cell) return null;
  // Full-width digits (`３０％`) as a full-width input mode types them.
  const text = toHalfWidth(cell.text.trim());
  if (typeof cell.value === "string" && /^\d+(\.\d+)?\s*%$/.test(text))
    return pointsInText(text.replace(/\s*%$/, ""));
  return pointsOf(cell);
}

const rule: Rule = {
  meta: {
    id: "table/weights-sum",
    severity: "warning",
    profiles: BOTH_PROFILES,
    // A self-evaluation's points are summed by selfeval/points-sum, with the budget's.
    forms: ["project", "department", "specialFund"],
    wholeTable: true,
    docs: {
      description: {
        zh: "目标表的指标权重合计不是100（或预算执行占10分时的90）",
        en: "A goal table's weights do not add up to 100 (or 90, the budget's execution taking 10)",
      },
      why: {
        zh: "权重决定年终自评时各指标的分值，合计不对，自评总分就无从计算。",
        en: "The weights become each indicator's points at the year-end self-evaluation; if they do not add up, no total can be scored.",
      },
    },
    messages: {
      sum: {
        zh: "指标权重合计{sum}，不是100（或预算执行占10分时的90）",
        en: "the weights add up to {sum}, not 100 (or 90, the budget's execution taking 10)",
      },
      suggestWeights: {
        zh: "核对各指标的权重，使其合计为100",
        en: "check each indicator's weight so that they add up to 100",
      },
    },
  },
  check({ table, report }) {
    if (table.columns.weight === undefined) return;
    let sum = 0;
    let first: Field | undefined;
    for (const row of table.indicators) {
      const cell = row.weight;
      // A table with a row left unweighted (or weighted in a cell merged over several rows,
      // read blank below its first) is not summed.
      const weight = weightOf(cell);
      if (!cell || weight === null) return;
      sum += weight;
      first ??= cell;
    }
    if (!first || WHOLES.some((whole) => Math.abs(sum - whole) < 1e-6)) return;
    report({
      address: first.address,
      messageId: "sum",
      data: { sum: formatAmount(Math.round(sum * 1e6) / 1e6) },
      suggestion: { messageId: "suggestWeights" },
    });
  },
};
export default rule;

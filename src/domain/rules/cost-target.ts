import { Target } from "../values/target";
import { Category, isMoneyUnit } from "../vocabulary";
import { quote } from "../text";
import { withComparator } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";
import { categoryOf, costRows, describeTarget } from "./helpers";

/**
 * The cost categories measured in money: 成本指标 under 产出 (2015) and 经济成本指标 (2021).
 * 社会成本 and 生态环境成本 may be described in words.
 */
const MONEY_COSTS = new Set<Category | undefined>(["cost", "economic-cost"]);

/** A target written in words only: no number, no deadline. */
function isInWords(t: Target): boolean {
  return t.qualitativeText !== null && t.number === null && t.invalidNumber === null && !t.deadline;
}

const rule: Rule = {
  meta: {
    id: "cost/target",
    severity: "warning",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "成本指标用“≥”设定，单位不是金额（元、万元），或只写文字没有金额",
        en: "A cost indicator uses ≥, is not in money units (元, 万元), or is words with no amount",
      },
      why: {
        zh: "成本是上限（≤），且应以金额计量；“≥”等于鼓励多花钱。",
        en: "A cost is a ceiling (≤) measured in money; ≥ rewards spending more.",
      },
    },
    messages: {
      direction: {
        zh: "成本指标方向不对：“{name}”用了“{symbol}”，成本应设上限",
        en: 'cost direction: "{name}" uses "{symbol}"; a cost is a ceiling',
      },
      unit: {
        zh: "成本指标单位不是金额：“{name}”的单位为“{unit}”",
        en: 'cost not in money: "{name}" is in "{unit}"',
      },
      words: {
        zh: "成本指标没有金额：“{name}”的目标是文字“{text}”，无法衡量成本",
        en: 'cost without an amount: "{name}" targets the words "{text}"',
      },
      suggestCeiling: { zh: "改为 ≤，如 ≤ {number} 万元", en: "use ≤, e.g. ≤ {number} 万元" },
      suggestMoney: {
        zh: "用元或万元计量，如“≤ 1700 元/亩”",
        en: "measure in 元 or 万元, e.g. ≤ 1700 元/亩",
      },
    },
  },
  check({ table, report }) {
    for (const row of costRows(table)) {
      const t = row.target;
      if (t.comparator === "≥" || t.comparator === ">") {
        // `≥` becomes the ceiling `≤`; whether `>` meant `<` or `≤` is the user's call.
        const ceiling = t.comparator === "≥" ? withComparator(row.symbol, "≥", "≤") : null;
        report({
          address: row.symbol.address,
          messageId: "direction",
          data: { name: quote(row.level3.text), symbol: t.comparator, target: describeTarget(t) },
          suggestion: { messageId: "suggestCeiling", data: { number: t.number ?? "…" } },
          fix: ceiling === null ? undefined : [{ field: row.symbol, value: ceiling }],
        });
      }
      if (isInWords(t) && MONEY_COSTS.has(categoryOf(table, row))) {
        report({
          address: row.value.address,
          messageId: "words",
          data: { name: quote(row.level3.text), text: quote(t.qualitativeText ?? "", 30) },
          suggestion: { messageId: "suggestMoney" },
        });
      }
      if (t.number !== null && t.unit !== "" && !isMoneyUnit(t.unit)) {
        report({
          address: row.unit.address,
          messageId: "unit",
          data: { name: quote(row.level3.text), unit: t.unit },
          suggestion: { messageId: "suggestMoney" },
        });
      }
    }
  },
};
export default rule;

import { isMoneyUnit } from "../vocabulary";
import { quote } from "../text";
import { withComparator } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";
import { costRows, describeTarget } from "./helpers";

const rule: Rule = {
  meta: {
    id: "cost/target",
    severity: "warning",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "成本指标用“≥”设定，或单位不是金额（元、万元）",
        en: "A cost indicator uses ≥, or is not in money units (元, 万元)",
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

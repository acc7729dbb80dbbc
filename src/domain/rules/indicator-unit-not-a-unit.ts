import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget, indicatorName } from "./helpers";

const rule: Rule = {
  meta: {
    id: "indicator/unit-not-a-unit",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "比较符号后的“单位”栏写的不是计量单位（如“完成本年任务”）",
        en: "The unit column holds words that are not a unit while the symbol is a comparison (e.g. 完成本年任务)",
      },
      why: {
        zh: "定量指标需要计量单位；把目标描述写进单位栏，数值就没有了意义。",
        en: "A quantitative target needs a unit; a description in the unit column leaves the number meaningless.",
      },
    },
    messages: {
      notUnit: {
        zh: "“{unit}”不是计量单位：“{name}”的目标为“{target}”",
        en: '"{unit}" is not a unit: "{name}" targets "{target}"',
      },
      suggestUnit: {
        zh: "单位栏只填单位（如 %、个、万元），描述移到绩效指标描述",
        en: "put only a unit (%, 个, 万元) in the unit column; move the words to the description",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      // A comparison or a range marks the row as quantitative, its unit column as a unit's.
      if ((t.comparator === null && t.upperBound === null) || t.unit === "" || t.unitIsUnit)
        continue;
      report({
        address: row.unit.address,
        messageId: "notUnit",
        data: { unit: quote(t.unit), ...indicatorName(row), target: describeTarget(t) },
        suggestion: { messageId: "suggestUnit" },
      });
    }
  },
};
export default rule;

import { IndicatorRow } from "../model";
import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget, isPercentUnit, satisfactionRows } from "./helpers";

/** A finding's data, made only for a finding: no closure per row. */
function targetData(row: IndicatorRow): Record<string, string | number> {
  return { name: quote(row.level3.text), target: describeTarget(row.target) };
}

const rule: Rule = {
  meta: {
    id: "satisfaction/target",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "满意度用“=”设定，或目标为 100%",
        en: "Satisfaction is set with = , or at 100 %",
      },
      why: {
        zh: "满意度是下限目标（≥ 90%）；“=”或 100% 无法实现也无法考核。",
        en: "Satisfaction is a floor (≥ 90 %); = or 100 % can neither be met nor assessed.",
      },
    },
    messages: {
      equals: {
        zh: "满意度不宜用“=”：“{name}”的目标为“{target}”",
        en: 'satisfaction should not use "=": "{name}" targets "{target}"',
      },
      hundred: {
        zh: "满意度目标为 100%：“{name}”不现实",
        en: 'satisfaction at 100 %: "{name}" is not realistic',
      },
      suggestFloor: {
        zh: "改为 ≥ 并设合理比例，如 ≥ 90%",
        en: "use ≥ with a realistic rate, e.g. ≥ 90 %",
      },
    },
  },
  check({ table, report }) {
    for (const row of satisfactionRows(table)) {
      const t = row.target;
      if (t.comparator === "=")
        report({
          address: row.symbol.address,
          messageId: "equals",
          data: targetData(row),
          suggestion: { messageId: "suggestFloor" },
        });
      if (t.number !== null && t.number >= 100 && (isPercentUnit(t.unit) || t.unit === "")) {
        report({
          address: row.value.address,
          messageId: "hundred",
          data: targetData(row),
          suggestion: { messageId: "suggestFloor" },
        });
      }
    }
  },
};
export default rule;

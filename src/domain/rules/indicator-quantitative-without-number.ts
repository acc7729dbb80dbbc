import { tidy, withoutSpaces } from "../text";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** What a 指标值类型 / 指标性质 cell says: 定量, 定性, or something else. */
export function kindOf(text: string | undefined): "quantitative" | "qualitative" | undefined {
  const folded = withoutSpaces(tidy(text ?? ""));
  if (/^定量(指标)?$/.test(folded)) return "quantitative";
  if (/^定性(指标)?$/.test(folded)) return "qualitative";
  return undefined;
}

const rule: Rule = {
  meta: {
    id: "indicator/quantitative-without-number",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标值类型写明“定量”，指标值却没有数值",
        en: "The kind column says 定量 (quantitative) but the target has no number",
      },
      why: {
        zh: "定量指标要有可核对的数值，否则年底无法判断是否完成。",
        en: "A quantitative indicator needs a number to check at year end.",
      },
    },
    messages: {
      noNumber: {
        zh: "“{name}”标为定量指标，指标值“{text}”却没有数值",
        en: '"{name}" is marked quantitative but its target "{text}" has no number',
      },
      noNumberBlank: {
        zh: "“{name}”标为定量指标，指标值却为空",
        en: '"{name}" is marked quantitative but its target is blank',
      },
      suggestNumber: {
        zh: "写明符号、数值和单位，如 ≥95%；确属文字描述的改为定性",
        en: "write a symbol, number and unit, e.g. ≥95 %; if it is a description, mark it 定性",
      },
    },
  },
  check({ table, report }) {
    if (table.columns.kind === undefined) return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (kindOf(row.kind?.text) !== "quantitative") continue;
      const t = row.target;
      if (t.number !== null || t.invalidNumber !== null || t.deadline) continue;
      const text = row.value.text;
      report({
        address: row.value.address,
        messageId: text === "" ? "noNumberBlank" : "noNumber",
        data: { ...indicatorName(row), text },
        suggestion: { messageId: "suggestNumber" },
      });
    }
  },
};
export default rule;

import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

const rule: Rule = {
  meta: {
    id: "indicator/not-a-number",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "定量指标的值不是数字（如“十二”、#N/A）",
        en: "A quantitative target value is not a number (e.g. 十二, #N/A)",
      },
      why: {
        zh: "定量指标要与实际完成值比较，只有数字才能比较。",
        en: "Quantitative targets are compared with actual results; only numbers compare.",
      },
    },
    messages: {
      notNumber: {
        zh: "指标值不是数字：“{name}”的值为“{text}”",
        en: 'target is not a number: "{name}" reads "{text}"',
      },
      suggestDigits: { zh: "用阿拉伯数字填写，如 12", en: "write it in digits, e.g. 12" },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const bad = row.target.invalidNumber;
      if (bad === null) continue;
      report({
        address: row.value.address,
        messageId: "notNumber",
        data: { ...indicatorName(row), text: quote(bad) },
        suggestion: { messageId: "suggestDigits" },
      });
    }
  },
};
export default rule;

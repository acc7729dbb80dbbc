import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { rowsOfCategory } from "./helpers";

const rule: Rule = {
  meta: {
    id: "quantity/target-in-words",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "数量指标的目标是文字，没有数值（如“覆盖全区所有人员”）",
        en: "A quantity indicator's target is words with no number (覆盖全区所有人员)",
      },
      why: {
        zh: "数量指标考核“做了多少”，要有数值和单位；文字目标无法考核。",
        en: "Quantity measures how much was done: it needs a number and a unit; words cannot be assessed.",
      },
    },
    messages: {
      words: {
        zh: "数量指标“{name}”的目标是文字“{text}”，没有数值和单位",
        en: 'quantity indicator "{name}" targets words, "{text}": no number, no unit',
      },
      suggestNumber: {
        zh: "写成数值和单位，如“≥2次”“≥500人”",
        en: "write a number with its unit, e.g. ≥ 2 次, ≥ 500 人",
      },
    },
  },
  check({ table, report }) {
    for (const row of rowsOfCategory(table, "quantity")) {
      const target = row.target;
      // A list of counts in words (`困难台胞432人、…`) is indicator/several-targets' business.
      if (target.qualitativeText === null || target.deadline || /[\d０-９]/.test(row.value.text))
        continue;
      report({
        address: row.value.address,
        messageId: "words",
        data: { name: quote(row.level3.text), text: quote(row.value.text) },
        suggestion: { messageId: "suggestNumber" },
      });
    }
  },
};
export default rule;

import { readActual, writtenAsTarget } from "../scoring/compute";
import { quote } from "../text";
import { indicatorName, repeatsName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "selfeval/actual-not-a-value",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    docs: {
      description: {
        zh: "实际完成值写成了目标的样子（“≥80%”），或照抄了指标名称，不是实际达到的数值",
        en: "An actual value is written as a target (≥80%), or repeats the indicator's name, not what was achieved",
      },
      why: {
        zh: "实际完成值要写实际数，带“≥”的数只重复了目标，无法据以评分。",
        en: "The actual must be the number achieved; a ≥ figure repeats the target and cannot be scored.",
      },
    },
    messages: {
      asTarget: {
        zh: "“{name}”的实际完成值“{actual}”带比较符号，不是实际数",
        en: 'the actual value of "{name}", "{actual}", carries a comparison: it is not what was achieved',
      },
      copiesName: {
        zh: "“{name}”的实际完成值照抄了指标名称，没有写出实际达到的值",
        en: 'the actual value of "{name}" repeats the indicator\'s name: it does not say what was achieved',
      },
      suggestValue: {
        zh: "写实际达到的数值，如 85%",
        en: "write the value achieved, such as 85%",
      },
    },
  },
  check({ table, report }) {
    for (const row of table.indicators) {
      if (!row.actual || row.actual.text === "") continue;
      if (repeatsName(row, row.actual)) {
        report({
          address: row.actual.address,
          messageId: "copiesName",
          data: indicatorName(row),
          suggestion: { messageId: "suggestValue" },
        });
        continue;
      }
      if (!writtenAsTarget(readActual(row.actual), row.actual.text)) continue;
      report({
        address: row.actual.address,
        messageId: "asTarget",
        data: { ...indicatorName(row), actual: quote(row.actual.text) },
        suggestion: { messageId: "suggestValue" },
      });
    }
  },
};
export default rule;

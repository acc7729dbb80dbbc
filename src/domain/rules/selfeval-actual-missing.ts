import { indicatorName } from "./helpers";
import { targetText } from "./selfeval-row";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "selfeval/actual-missing",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    docs: {
      description: {
        zh: "自评表中有年度指标值的指标没有填写实际完成值",
        en: "A self-evaluation indicator with a target has no actual value",
      },
      why: {
        zh: "没有实际完成值，得分就无从核对，自评不能成立。",
        en: "Without the actual value the score cannot be checked and the self-evaluation does not stand.",
      },
    },
    messages: {
      missing: {
        zh: "“{name}”的实际完成值空白（年度指标值 {target}）",
        en: '"{name}" has no actual value (target {target})',
      },
      suggestFill: {
        zh: "填写实际完成值，单位与年度指标值一致",
        en: "enter the actual value, in the target's unit",
      },
    },
  },
  check({ table, report }) {
    for (const row of table.indicators) {
      const { target } = row;
      if (!row.actual || row.actual.text !== "") continue;
      const hasTarget =
        target.number !== null || target.qualitativeText !== null || target.deadline;
      if (!hasTarget) continue;
      report({
        address: row.actual.address,
        messageId: "missing",
        data: {
          ...indicatorName(row),
          target: targetText(target),
        },
        suggestion: { messageId: "suggestFill" },
      });
    }
  },
};
export default rule;

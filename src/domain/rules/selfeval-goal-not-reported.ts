import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "selfeval/goal-not-reported",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "自评表的年度总体目标有预期目标，实际完成情况却空白",
        en: "A self-evaluation's annual goal has its expected goal but no account of what was done",
      },
      why: {
        zh: "自评要对照预期目标写明完成了什么；空白的完成情况无法评价。",
        en: "A self-evaluation says, against the expected goal, what was achieved; a blank account cannot be assessed.",
      },
    },
    messages: {
      blank: {
        zh: "年度总体目标的实际完成情况空白",
        en: "the annual goal's account of what was done is blank",
      },
      suggestReport: {
        zh: "对照预期目标，写明全年实际完成的任务和达到的效果",
        en: "state, against the expected goal, what was done and achieved in the year",
      },
    },
  },
  check({ table, report }) {
    if (table.continues !== undefined) return;
    const goal = table.selfEvaluation?.goal;
    if (!goal || goal.expected.text === "" || goal.actual.text !== "") return;
    report({
      address: goal.actual.address,
      messageId: "blank",
      suggestion: { messageId: "suggestReport" },
    });
  },
};
export default rule;

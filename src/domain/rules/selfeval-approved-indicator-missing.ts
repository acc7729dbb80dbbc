import { toA1 } from "../snapshot";
import { approvedMatch } from "./approved-goals";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "selfeval/approved-indicator-missing",
    severity: "warning",
    readsWorkbook: true,
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "批复的绩效目标表中的指标没有列入同一项目的自评表",
        en: "An indicator of the approved goal table is missing from the same project's self-evaluation",
      },
      why: {
        zh: "自评要逐项对照批复的指标；漏掉的往往是没有完成的指标，审核人会要求补列。",
        en: "Every approved indicator must be evaluated; the ones left out are often those not met, and reviewers ask for them.",
      },
    },
    messages: {
      missing: {
        zh: "批复的绩效目标中的指标“{name}”（{where}）未列入自评表",
        en: 'approved indicator "{name}" ({where}) is missing from the self-evaluation',
      },
      suggestAdd: {
        zh: "补列该指标，写明批复的年度指标值和实际完成值",
        en: "add the indicator with its approved target and its actual value",
      },
    },
  },
  check({ table, workbook, approvedGoals, report }) {
    const match = approvedMatch(table, workbook, approvedGoals);
    if (!match || match.missing.length === 0) return;
    const address = toA1(table.indicatorHeaderRow, table.columns.level3);
    for (const approved of match.missing)
      report({
        address,
        messageId: "missing",
        data: {
          ...indicatorName(approved),
          where: `${match.goal.sheet}!${approved.level3.address}`,
        },
        suggestion: { messageId: "suggestAdd" },
      });
  },
};
export default rule;

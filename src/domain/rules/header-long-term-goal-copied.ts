import { sameForComparison } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "header/long-term-goal-copied",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "中期（中长期）目标与年度目标一字不差",
        en: "The medium- or long-term goal is word for word the annual goal",
      },
      why: {
        zh: "中期目标说明整个实施期要达到的结果，年度目标是其中一年的部分；照抄说明两者都没有细化。",
        en: "The long-term goal states the whole period's results, the annual goal one year's share; a copy means neither was worked out.",
      },
    },
    messages: {
      copied: {
        zh: "中期目标与年度目标一字不差，没有体现整个实施期的目标",
        en: "the long-term goal is word for word the annual goal: it does not state the period's results",
      },
      suggestPeriod: {
        zh: "写明整个实施期要达到的总体结果，年度目标写当年要完成的部分",
        en: "state the results of the whole period, and the year's share in the annual goal",
      },
    },
  },
  check({ table, report }) {
    if (table.continues !== undefined) return;
    const longTerm = table.header.longTermGoal?.value;
    const annual = table.header.goal?.value;
    if (!longTerm || !annual || longTerm.text === "" || longTerm.text.length < 8) return;
    if (!sameForComparison(longTerm.text, annual.text)) return;
    report({
      address: longTerm.address,
      messageId: "copied",
      suggestion: { messageId: "suggestPeriod" },
    });
  },
};
export default rule;

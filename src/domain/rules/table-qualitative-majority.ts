import { Field } from "../model";
import { isQualitative, isQuantitative } from "../values/target";
import { BOTH_PROFILES, Rule } from "./rule";
import { tableFacts } from "../row-facts";

const rule: Rule = {
  meta: {
    id: "table/qualitative-majority",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "定性指标多于定量指标",
        en: "More qualitative than quantitative indicators",
      },
      why: {
        zh: "绩效目标应尽量量化；定性指标过多，目标就难以考核。",
        en: "Goals should be measurable; too many qualitative indicators make the goal hard to assess.",
      },
    },
    messages: {
      majority: {
        zh: "定性指标 {qualitative} 项，多于定量指标 {quantitative} 项",
        en: "{qualitative} qualitative indicators outnumber {quantitative} quantitative ones",
      },
      suggestQuantify: {
        zh: "尽量将定性指标量化，如以比率、数量或时限表示",
        en: "quantify where possible: rates, counts or deadlines",
      },
    },
  },
  check({ table, report }) {
    let qualitative = 0;
    let quantitative = 0;
    let first: Field | undefined;
    const rows = table.indicators;
    const facts = tableFacts(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // Rows scored by a standard (a scoring table's, the framework's 决策 and 过程) set no goal
      // to count.
      if (facts.scoredByStandard(i)) continue;
      if (isQuantitative(row.target) && row.target.qualitativeMarker === null) quantitative++;
      else if (isQualitative(row.target)) {
        qualitative++;
        first ??= row.symbol;
      }
    }
    if (first === undefined || qualitative <= quantitative) return;
    report({
      address: first.address,
      messageId: "majority",
      data: { qualitative, quantitative },
      suggestion: { messageId: "suggestQuantify" },
    });
  },
};
export default rule;

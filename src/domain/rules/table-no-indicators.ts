import { toA1 } from "../snapshot";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "table/no-indicators",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标表头下没有任何指标行",
        en: "The indicator header has no indicator rows below it",
      },
      why: {
        zh: "没有指标的绩效目标表无法评价。",
        en: "A performance-goal table without indicators cannot be assessed.",
      },
    },
    messages: {
      empty: { zh: "本表没有填写任何绩效指标", en: "the table has no indicators" },
    },
  },
  check({ table, report }) {
    if (table.indicators.length > 0) return;
    // The row below the header may lie past the end of the sheet: point at the 一级指标 label.
    report({ address: toA1(table.indicatorHeaderRow, table.columns.level1), messageId: "empty" });
  },
};
export default rule;

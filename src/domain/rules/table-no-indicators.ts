import { toA1 } from "../snapshot";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "table/no-indicators",
    severity: "error",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "指标表头下没有填写任何指标（只有空白的占位行也算没有）",
        en: "No indicator is filled in below the indicator header (blank placeholder rows do not count)",
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
  check({ table, fullTable, report }) {
    if (table.indicators.length > 0) return;
    // The first placeholder row's name is what to fill; with no row at all, the 一级指标 label.
    const first = fullTable.indicators[0];
    const address = first
      ? first.level3.address
      : toA1(table.indicatorHeaderRow, table.columns.level1 ?? table.columns.level3);
    report({ address, messageId: "empty" });
  },
};
export default rule;

import { Field } from "../model";
import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

/** The years a text writes as dates: `2023年`, `2023.07`, `2024-01`. */
function yearsIn(text: string): number[] {
  return Array.from(text.matchAll(/(20\d{2})(?=\s*(年|[.\-/]))/g), (match) => Number(match[1]));
}

const rule: Rule = {
  meta: {
    id: "timeliness/after-budget-year",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "年度指标的时限晚于表头写明的预算年度",
        en: "An annual target's deadline falls after the budget year the title names",
      },
      why: {
        zh: "年度指标考核的是本年度要完成的事；时限落在下一年，年底就无从考核。",
        en: "An annual target is what the year must achieve; a deadline in the next year cannot be judged at year end.",
      },
    },
    messages: {
      later: {
        zh: "“{name}”的时限“{text}”晚于本表的预算年度 {year} 年",
        en: '"{name}" sets the deadline "{text}", after the budget year {year}',
      },
      suggestYear: {
        zh: "写本年度内的时限，如“{year}年12月31日前”；跨年的写在中长期（实施期）指标里",
        en: "set a deadline within the year, e.g. {year}年12月31日前; a later one belongs to the long-term targets",
      },
    },
  },
  check({ table, report }) {
    const year = table.budgetYear;
    if (year === undefined) return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row.target.deadline) continue;
      const cells: Field[] = [row.value, row.unit, row.symbol];
      const late = cells.find((cell) => yearsIn(cell.text).some((y) => y > year));
      if (!late) continue;
      report({
        address: late.address,
        messageId: "later",
        data: { ...indicatorName(row), text: quote(late.text.trim()), year },
        suggestion: { messageId: "suggestYear", data: { year } },
      });
    }
  },
};
export default rule;

import { quote } from "../text";
import { HINT_OF_NOTHING, tableFacts } from "../row-facts";
import { sameForComparison } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "table/duplicate-indicator",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "同一张表中三级指标重复",
        en: "The same third-level indicator appears twice in one table",
      },
      why: {
        zh: "重复指标会重复计分，也说明表是复制后没改完。",
        en: "A repeated indicator counts twice and shows a copied table left unfinished.",
      },
    },
    messages: {
      duplicate: {
        zh: "三级指标重复：“{name}”已在第 {firstRow} 行出现",
        en: '"{name}" repeats row {firstRow}',
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    const facts = tableFacts(table);
    const hints = facts.nameHints;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // A name that compares as empty (blank, or only spaces and punctuation) is no name; a
      // name whose hint counts some character is one, told without reading it again.
      if (hints[i] === HINT_OF_NOTHING && sameForComparison(row.level3.text, "")) continue;
      const first = facts.firstSameNameBefore(i);
      if (first)
        report({
          address: row.level3.address,
          messageId: "duplicate",
          data: { name: quote(row.level3.text), firstRow: first.row + 1 },
        });
    }
  },
};
export default rule;

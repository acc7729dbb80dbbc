import { withComparator } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "style/symbol-spelling",
    severity: "info",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "符号用了非标准写法（如 >=、＞＝、不低于）",
        en: "A symbol is spelled in a non-standard way (>=, ＞＝, 不低于)",
      },
      why: {
        zh: "统一用 ≥ ≤ = > <，汇总和打印时不会出错。",
        en: "Using ≥ ≤ = > < throughout keeps summaries and print-outs consistent.",
      },
    },
    messages: {
      spelling: {
        zh: "符号写法“{spelling}”建议改为“{canonical}”",
        en: 'write "{canonical}" instead of "{spelling}"',
      },
      suggestCanonical: { zh: "改为“{canonical}”", en: 'use "{canonical}"' },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.comparator === null || t.comparatorSpelling === null) continue;
      // A blank 符号 cell: the spelling was read from the 值 cell (`>=95%`, `95%以上`).
      const field = row.symbol.text !== "" ? row.symbol : row.value;
      const fixed = withComparator(field, t.comparator, t.comparator);
      report({
        address: field.address,
        messageId: "spelling",
        data: { spelling: t.comparatorSpelling, canonical: t.comparator },
        suggestion: { messageId: "suggestCanonical", data: { canonical: t.comparator } },
        fix: fixed === null ? undefined : [{ field, value: fixed }],
      });
    }
  },
};
export default rule;

import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget, indicatorName } from "./helpers";

const rule: Rule = {
  meta: {
    id: "indicator/missing-symbol",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "数值没有比较符号，或符号无法识别",
        en: "A number has no comparison symbol, or the symbol is not recognized",
      },
      why: {
        zh: "没有符号，读者分不清目标是“不低于”还是“等于”。",
        en: "Without a symbol the reader cannot tell ≥ from =.",
      },
    },
    messages: {
      missing: {
        zh: "缺少符号：“{name}”的目标“{target}”没有 ≥、≤ 或 =",
        en: 'no symbol: "{name}" targets "{target}" without ≥, ≤ or =',
      },
      unknown: {
        zh: "符号“{symbol}”无法识别：“{name}”",
        en: 'unrecognized symbol "{symbol}" for "{name}"',
      },
      suggestSymbol: {
        zh: "补上符号，如 ≥（数量、比率）或 ≤（成本、时限）",
        en: "add a symbol: ≥ for counts and rates, ≤ for costs and deadlines",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.unknownSymbol !== null) {
        report({
          address: row.symbol.address,
          messageId: "unknown",
          data: { symbol: t.unknownSymbol, ...indicatorName(row) },
          suggestion: { messageId: "suggestSymbol" },
        });
        continue;
      }
      if (t.number === null || t.comparator !== null || t.qualitativeMarker !== null) continue;
      // A range (`90-110人`) writes both its bounds.
      if (t.upperBound !== null) continue;
      report({
        address: row.symbol.address,
        messageId: "missing",
        data: { ...indicatorName(row), target: describeTarget(t) },
        suggestion: { messageId: "suggestSymbol" },
      });
    }
  },
};
export default rule;

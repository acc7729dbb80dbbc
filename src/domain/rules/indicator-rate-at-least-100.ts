import { sameCell } from "../model";
import { readSymbolCell } from "../values/symbols";
import { withComparator } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget, indicatorName, isPercentUnit, isSatisfaction } from "./helpers";

/** Growth and comparison rates may legitimately reach or pass 100 %. */
const GROWTH_IN_NAME = /(增长|增幅|增速|同比|环比|比上年|比去年|提高|提升|倍)/;
const GROWTH_IN_DESCRIPTION = /(增长率|增幅|增速|同比|环比|比上年|比去年)/;

const rule: Rule = {
  meta: {
    id: "indicator/rate-at-least-100",
    severity: "warning",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "比率目标写成“≥100%”",
        en: "A rate target written as ≥ 100 %",
      },
      why: {
        zh: "比率不会超过 100%，“≥100%”实际只能等于 100%，应直接写“=100%”，考核口径才清楚。",
        en: "A rate cannot exceed 100 %, so ≥ 100 % can only mean = 100 %; writing = 100 % states the target plainly.",
      },
    },
    messages: {
      atLeast100: {
        zh: "比率不会超过 100%：“{name}”的目标“{target}”应写为“=100%”",
        en: 'a rate cannot exceed 100 %: "{name}" targets "{target}"; write "=100%"',
      },
      suggestSymbol: {
        zh: "符号改为“=”，即目标 =100%",
        en: 'change the symbol to "=", i.e. = 100 %',
      },
      suggestEquals: { zh: "改为“=100%”", en: 'write "=100%"' },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.comparator !== "≥" || t.number !== 100 || !isPercentUnit(t.unit)) continue;
      if (t.qualitativeMarker !== null || t.deadline) continue;
      // Satisfaction at 100 % is satisfaction/target's business, which asks for ≥ 90 % instead.
      if (isSatisfaction(table, row)) continue;
      if (GROWTH_IN_NAME.test(row.level3.text)) continue;
      if (GROWTH_IN_DESCRIPTION.test(row.description?.text ?? "")) continue;
      // The symbol alone in its own 符号 cell: change that cell to `=`; else rewrite the cell.
      const separateSymbol = !sameCell(row.symbol, row.value) && row.symbol.text !== "";
      const reading = separateSymbol ? readSymbolCell(row.symbol.text) : null;
      const symbolOnly = reading?.kind === "comparator" && reading.rest === "";
      const field = separateSymbol ? row.symbol : row.value;
      const fixed = withComparator(field, "≥", "=");
      report({
        address: field.address,
        messageId: "atLeast100",
        data: { ...indicatorName(row), target: describeTarget(t) },
        suggestion: { messageId: symbolOnly ? "suggestSymbol" : "suggestEquals" },
        fix: fixed === null ? undefined : [{ field, value: fixed }],
      });
    }
  },
};
export default rule;

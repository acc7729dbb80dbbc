import { quote, withoutSpaces } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

/** Longer than a name with its target (`培训人次 ≥280人次`) usually is. */
const PROSE_LENGTH = 20;

const rule: Rule = {
  meta: {
    id: "indicator/prose-target",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标写成一段描述，没有分出三级指标名称、符号和指标值",
        en: "An indicator is written as a paragraph: no separate name, symbol and target",
      },
      why: {
        zh: "一段话无法逐项考核；每个指标应单列名称、符号、数值和单位（或定性目标）。",
        en: "A paragraph cannot be assessed item by item; each indicator needs its own name, symbol, number and unit (or a described target).",
      },
    },
    messages: {
      prose: {
        zh: "指标写成一段描述：“{text}”，没有分出三级指标和指标值",
        en: 'the indicator is a paragraph: "{text}", with no separate name and target',
      },
      suggestSplit: {
        zh: "拆成单独的指标行：三级指标写名称，指标值写符号、数值和单位，如“毕业生合格率 ≥ 98%”",
        en: "split it into indicator rows: the name in 三级指标, the symbol, number and unit in 指标值, e.g. 毕业生合格率 ≥ 98 %",
      },
    },
  },
  check({ table, report }) {
    // Only where one cell is both the name and the target: a grid of prose.
    if (table.columns.level3 !== table.columns.value) return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const text = row.level3.text;
      if (withoutSpaces(text).length <= PROSE_LENGTH) continue;
      report({
        address: row.level3.address,
        messageId: "prose",
        data: { text: quote(text, 30) },
        suggestion: { messageId: "suggestSplit" },
      });
    }
  },
};
export default rule;

import { tableFacts } from "../row-facts";
import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

/**
 * A name that measures satisfaction: it ends in 满意度 or 满意率 (`资助对象满意度`), brackets
 * and points aside. `满意度调查覆盖率` counts surveys held, an output, and is not one.
 */
const MEASURES_SATISFACTION = /满意(度|率)(指标)?\s*([(（][^()（）]*[)）])?\s*$/;

const rule: Rule = {
  meta: {
    id: "satisfaction/misfiled",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "满意度指标归在了其他类别下（如质量指标、社会效益指标）",
        en: "A satisfaction indicator is filed under another category (quality, social benefit…)",
      },
      why: {
        zh: "满意度单列为满意度指标；放在质量或效益指标下，类别不清，也逃过了对满意度目标的审核。",
        en: "Satisfaction has a category of its own; filed elsewhere it blurs the categories and escapes the checks on satisfaction targets.",
      },
    },
    messages: {
      misfiled: {
        zh: "“{name}”是满意度指标，却归在“{level}”下",
        en: '"{name}" measures satisfaction but is filed under "{level}"',
      },
      suggestSatisfaction: {
        zh: "归入满意度指标（服务对象满意度指标）",
        en: "file it under the satisfaction indicators (服务对象满意度指标)",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    const kinds = tableFacts(table).kinds;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const kind = kinds[i];
      // Only a row whose levels say what it is, and say something else.
      if (kind.category === undefined || kind.satisfaction) continue;
      if (!MEASURES_SATISFACTION.test(row.level3.text)) continue;
      // At the name: the row is what moves, and its level cell may be merged over others.
      const level = row.level2.text !== "" ? row.level2 : row.level1;
      report({
        address: row.level3.address,
        messageId: "misfiled",
        data: { name: quote(row.level3.text), level: quote(level.text) },
        suggestion: { messageId: "suggestSatisfaction" },
      });
    }
  },
};
export default rule;

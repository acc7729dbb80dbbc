import { DIMENSIONLESS_WORDS } from "../vocabulary";
import { normalizeLabel } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget } from "./helpers";

const rule: Rule = {
  meta: {
    id: "indicator/missing-unit",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: { zh: "定量指标缺少计量单位", en: "A quantitative target has no unit" },
      why: {
        zh: "没有单位的数字无法理解（12 个？12 次？12 万元？），审核必退。",
        en: "A number without a unit cannot be read (12 of what?); reviewers always send it back.",
      },
    },
    messages: {
      missing: {
        zh: "单位为空：“{target}” 缺少计量单位",
        en: 'no unit: "{target}" lacks a unit of measure',
      },
      suggestUnit: {
        zh: "填写计量单位，如 个、次、%、万元、亩",
        en: "enter a unit such as 个, 次, %, 万元, 亩",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.number === null || t.unit !== "" || t.percentFormatted || t.qualitativeMarker !== null)
        continue;
      // Only a name that *is* a dimensionless measure (`基尼系数`, `质量等级`) needs no unit;
      // `质量等级提升面积` is an area and `等级评定宗地个数` a count.
      const name = normalizeLabel(row.level3.text).replace(/\([^()]*\)$/, "");
      if (DIMENSIONLESS_WORDS.some((word) => name.endsWith(word))) continue;
      const description = normalizeLabel(row.description?.text ?? "").replace(/[。.]$/, "");
      if (/(系数|指数)$/.test(description)) continue;
      report({
        address: row.unit.address,
        messageId: "missing",
        data: { target: describeTarget(t) },
        suggestion: { messageId: "suggestUnit" },
      });
    }
  },
};
export default rule;

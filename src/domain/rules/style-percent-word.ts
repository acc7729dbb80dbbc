import { withPercentSign } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "style/percent-word",
    severity: "info",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: { zh: "单位写作“百分比”", en: "The unit is written 百分比" },
      why: {
        zh: "用 % 作单位更规范，也便于汇总。",
        en: "% is the standard unit and sums up cleanly.",
      },
    },
    messages: {
      word: { zh: "单位“百分比”建议写作“%”", en: 'write "%" instead of "百分比"' },
      suggestPercent: { zh: "改为“%”", en: 'use "%"' },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.target.unit !== "百分比") continue;
      const fixed = withPercentSign(row.unit);
      report({
        address: row.unit.address,
        messageId: "word",
        suggestion: { messageId: "suggestPercent" },
        fix: fixed === null ? undefined : [{ field: row.unit, value: fixed }],
      });
    }
  },
};
export default rule;

import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { rowsOfCategory } from "./helpers";

const COUNT_ONLY_UNITS = [
  "个",
  "块",
  "次",
  "项",
  "件",
  "宗",
  "份",
  "处",
  "户",
  "家",
  "人",
  "人次",
  "套",
  "台",
];

const rule: Rule = {
  meta: {
    id: "quality/bare-count",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "质量指标只是一个数量（单位为个、块、次等）",
        en: "A quality indicator is a bare count (unit 个, 块, 次 …)",
      },
      why: {
        zh: "质量指标考核“做得好不好”（合格率、达标率、准确率），数个数属于数量指标。",
        en: "Quality measures how well (pass rate, accuracy); a count belongs under quantity.",
      },
    },
    messages: {
      count: {
        zh: "质量指标是数量：“{name}”以“{unit}”计",
        en: 'quality as a count: "{name}" is counted in "{unit}"',
      },
      suggestRate: {
        zh: "改为比率（如“调查成果合格率 ≥ 95%”），或移到数量指标",
        en: "use a rate (e.g. 合格率 ≥ 95 %) or move it under 数量指标",
      },
    },
  },
  check({ table, report }) {
    for (const row of rowsOfCategory(table, "quality")) {
      const unit = row.target.unit;
      if (row.target.number === null || !COUNT_ONLY_UNITS.includes(unit)) continue;
      report({
        address: row.unit.address,
        messageId: "count",
        data: { name: quote(row.level3.text), unit },
        suggestion: { messageId: "suggestRate" },
      });
    }
  },
};
export default rule;

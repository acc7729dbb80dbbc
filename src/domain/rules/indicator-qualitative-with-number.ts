import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

const rule: Rule = {
  meta: {
    id: "indicator/qualitative-with-number",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "定性标记（文字描述、定性）与数值同时出现",
        en: "A qualitative marker (文字描述, 定性) stands with a number",
      },
      why: {
        zh: "指标要么定量（符号 + 数值 + 单位），要么定性（文字描述目标），两者混写无法考核。",
        en: "An indicator is either quantitative (symbol, number, unit) or qualitative (a described target); a mix cannot be assessed.",
      },
    },
    messages: {
      mixed: {
        zh: "定性与定量混写：“{name}”的符号为“{marker}”，值却是 {number}",
        en: 'qualitative and quantitative mixed: "{name}" has the marker "{marker}" and the number {number}',
      },
      suggestChoose: {
        zh: "定量则改用 ≥、≤、= 等符号并写单位；定性则删去数值，写明目标描述",
        en: "if quantitative use ≥, ≤ or = with a unit; if qualitative delete the number and describe the target",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.qualitativeMarker === null || t.number === null) continue;
      report({
        address: row.value.address,
        messageId: "mixed",
        data: { ...indicatorName(row), marker: t.qualitativeMarker, number: t.number },
        suggestion: { messageId: "suggestChoose" },
      });
    }
  },
};
export default rule;

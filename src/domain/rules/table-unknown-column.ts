import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "table/unknown-column",
    severity: "info",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "指标表头中有未能识别的栏目，这些栏目没有检查",
        en: "The indicator header has columns that were not understood; they were not checked",
      },
      why: {
        zh: "各地表样不同：看不懂的栏目不去猜，只提示一次，便于核对或反馈新的表样。",
        en: "Forms differ by province: a column that is not understood is not guessed at, only named once, to check or report the new layout.",
      },
    },
    messages: {
      unknown: {
        zh: "未能识别的栏目：{labels}（这些栏目未作检查）",
        en: "columns not understood: {labels} (not checked)",
      },
    },
  },
  check({ table, report }) {
    if (table.unknownColumns.length === 0) return;
    report({
      address: table.unknownColumns[0].label.address,
      messageId: "unknown",
      data: { labels: table.unknownColumns.map((c) => `“${quote(c.label.text, 16)}”`).join("、") },
    });
  },
};
export default rule;

import { Field } from "../model";
import { quote } from "../text";
import { trimmed } from "./fix-text";
import { BOTH_PROFILES, Rule } from "./rule";

function hasStraySpace(field: Field | undefined): field is Field {
  const value = field?.value;
  if (typeof value !== "string") return false;
  const trimmed = value.trim();
  return trimmed !== "" && trimmed !== value;
}

const rule: Rule = {
  meta: {
    id: "style/stray-spaces",
    severity: "info",
    fixable: true,
    profiles: BOTH_PROFILES,
    docs: {
      description: { zh: "单元格内容首尾有多余空格", en: "A cell has leading or trailing spaces" },
      why: {
        zh: "多余空格会让汇总、筛选和比对出错。",
        en: "Stray spaces break summaries, filters and comparisons.",
      },
    },
    messages: {
      spaces: { zh: "首尾有多余空格：“{text}”", en: 'leading or trailing spaces: "{text}"' },
      suggestTrim: { zh: "删除首尾空格", en: "delete the spaces" },
    },
  },
  check({ table, report }) {
    const fields: Array<Field | undefined> = Object.values(table.header).map((h) => h?.value);
    for (const row of table.indicators) {
      fields.push(
        row.level1,
        row.level2,
        row.level3,
        row.description,
        row.symbol,
        row.value,
        row.unit,
        row.basis
      );
    }
    const seen = new Set<string>();
    for (const field of fields) {
      if (!hasStraySpace(field) || seen.has(field.address)) continue;
      seen.add(field.address);
      const fixed = trimmed(field);
      report({
        address: field.address,
        messageId: "spaces",
        data: { text: quote(field.text) },
        suggestion: { messageId: "suggestTrim" },
        fix: fixed === null ? undefined : [{ field, value: fixed }],
      });
    }
  },
};
export default rule;

import { Field, HeaderKey, IndicatorRow, sameCell } from "../model";
import { quote } from "../text";
import { trimmed } from "./fix-text";
import { isSpace } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

function hasStraySpace(field: Field | undefined): field is Field {
  if (field === undefined) return false;
  const value = field.value;
  // A field's text is trimmed: a value that is its text (most often the same string) has no
  // space at either end, found without reading a character.
  if (value === field.text || typeof value !== "string" || value === "") return false;
  // Nearly every text starts and ends with no space at all: no need to trim it.
  const last = value.length - 1;
  if (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(last))) return false;
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
    let seen: Set<string> | undefined;
    const consider = (field: Field | undefined) => {
      if (!hasStraySpace(field)) return;
      // A merged cell reached from several rows is reported once.
      seen ??= new Set();
      if (seen.has(field.address)) return;
      seen.add(field.address);
      const fixed = trimmed(field);
      report({
        address: field.address,
        messageId: "spaces",
        data: { text: quote(field.text) },
        suggestion: { messageId: "suggestTrim" },
        fix: fixed === null ? undefined : [{ field, value: fixed }],
      });
    };
    // A field's text is trimmed: a cell whose value is its text has no stray space, told here
    // for each cell without a call (most cells of most rows).
    // The header's fields in the order they were read, with no list made of them.
    for (const key in table.header) {
      const field = table.header[key as HeaderKey]?.value;
      if (field && field.value !== field.text) consider(field);
    }
    let previous: IndicatorRow | undefined;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { level1, level2, level3, description, symbol, value, unit, basis } = row;
      // A merged level cell is the cell of the row before again: it was considered there.
      if (level1.value !== level1.text && !(previous && sameCell(level1, previous.level1)))
        consider(level1);
      if (level2.value !== level2.text && !(previous && sameCell(level2, previous.level2)))
        consider(level2);
      if (level3.value !== level3.text) consider(level3);
      if (description && description.value !== description.text) consider(description);
      if (symbol.value !== symbol.text) consider(symbol);
      if (value.value !== value.text) consider(value);
      if (unit.value !== unit.text) consider(unit);
      if (basis && basis.value !== basis.text) consider(basis);
      previous = row;
    }
  },
};
export default rule;

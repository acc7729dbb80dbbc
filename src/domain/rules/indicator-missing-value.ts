import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";
import { tableFacts } from "../row-facts";
import { toHalfWidth } from "../text";
import { matchLeadingSymbol } from "../values/symbols";
import { readSingleTarget } from "../values/target";

/**
 * A target written at the end of the name (`培训人数≥100人`, `培训人数（≥100人）`), its 指标值 left
 * blank: the target as written, or null. Asked only of rows without a target.
 */
function targetInName(name: string): string | null {
  // Full-width forms fold one character to one: positions carry over to the name as written.
  const folded = toHalfWidth(name).trimEnd();
  for (let i = 1; i < folded.length; i++) {
    if (!matchLeadingSymbol(folded.slice(i))) continue;
    const bracketed = folded[i - 1] === "(" && folded.endsWith(")");
    const end = bracketed ? folded.length - 1 : folded.length;
    const text = folded.slice(i, end);
    const target = readSingleTarget({ value: text, text, percentFormatted: false });
    if (target.comparator !== null && target.number !== null && target.qualitativeText === null)
      return name.slice(i, end).trim();
    return null;
  }
  return null;
}

const rule: Rule = {
  meta: {
    id: "indicator/missing-value",
    severity: "error",
    profiles: BOTH_PROFILES,
    fixable: true,
    docs: {
      description: {
        zh: "指标没有目标值：有比较符号而无数值，或整行未填指标值",
        en: "An indicator has no target: a comparison symbol without a number, or no target at all",
      },
      why: {
        zh: "没有目标值的指标无法考核，是退表最常见的原因。",
        en: "An indicator without a target cannot be assessed: the most common reason a table is sent back.",
      },
    },
    messages: {
      symbolOnly: {
        zh: "指标值为空：“{name}”有符号“{symbol}”但没有数值",
        en: 'no target value: "{name}" has the symbol "{symbol}" but no number',
      },
      qualitativeEmpty: {
        zh: "指标值为空：“{name}”标为“{marker}”，却没有写明目标",
        en: 'no target: "{name}" is marked "{marker}" but its target is not described',
      },
      empty: {
        zh: "指标值为空：“{name}”未填写目标",
        en: 'no target: "{name}" has no target value',
      },
      unitOnly: {
        zh: "指标值只有单位“{unit}”，没有数值：“{name}”",
        en: 'the target gives the unit "{unit}" and no number: "{name}"',
      },
      suggestFromName: {
        zh: "目标写在了指标名称里：把“{target}”填入指标值，名称只留指标本身",
        en: 'the target is written in the name: put "{target}" into the target cell and keep the name to the indicator',
      },
      suggestFill: {
        zh: "填写目标数值，如 ≥ 12 个；定性指标在符号栏填“定性”并写明目标",
        en: "enter a number such as ≥ 12 个; for a qualitative indicator write 定性 and describe the target",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    const facts = tableFacts(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const t = row.target;
      if (t.comparator !== null && t.number === null && t.invalidNumber === null && !t.deadline) {
        if (t.qualitativeText !== null) continue; // `≥ 较好`: a qualitative target with a symbol
        report({
          address: row.value.address,
          messageId: "symbolOnly",
          data: { ...indicatorName(row), symbol: t.comparator },
          suggestion: { messageId: "suggestFill" },
        });
        continue;
      }
      if (
        t.qualitativeMarker !== null &&
        t.number === null &&
        t.qualitativeText === null &&
        !t.deadline &&
        (t.unit === "" || t.unitIsUnit) &&
        row.level3.text !== ""
      ) {
        report({
          address: row.value.address,
          messageId: "qualitativeEmpty",
          data: { ...indicatorName(row), marker: t.qualitativeMarker },
          suggestion: { messageId: "suggestFill" },
        });
        continue;
      }
      const noTarget =
        t.comparator === null &&
        t.qualitativeMarker === null &&
        t.number === null &&
        t.invalidNumber === null &&
        t.qualitativeText === null &&
        !t.deadline &&
        t.unknownSymbol === null;
      // A unit and nothing else: the number left out of the value cell, or the cell left blank.
      const unitOnly = noTarget && t.unit !== "" && t.unitIsUnit;
      // A scoring table's rows, and the evaluation framework's 决策 and 过程 rows, are scored
      // by a standard, not held to a target.
      if (
        ((noTarget && t.unit === "") || unitOnly) &&
        row.level3.text !== "" &&
        !row.valueMerged &&
        !facts.scoredByStandard(i)
      ) {
        const blank = row.value.text.trim() === "";
        const inName = blank ? targetInName(row.level3.text) : null;
        report({
          address: row.value.address,
          messageId: blank ? "empty" : "unitOnly",
          data: { ...indicatorName(row), unit: t.unit },
          suggestion: inName
            ? { messageId: "suggestFromName", data: { target: inName } }
            : { messageId: "suggestFill" },
          // Written only where one cell holds the whole target (a 指标值 column).
          fix:
            inName && table.layout === "single" ? [{ field: row.value, value: inName }] : undefined,
        });
      }
    }
  },
};
export default rule;

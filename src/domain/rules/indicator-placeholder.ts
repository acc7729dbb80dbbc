import { Field, IndicatorRow, sameCell } from "../model";
import { quote, toHalfWidth, withoutSpaces } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";
import { isEllipsis, leftoverIn, MARK_CHARACTERS, targetHintOf } from "./template-marks";

/** `指标1`, `指标一`, `三级指标2`, with an optional trailing separator and nothing else. */
const NUMBERED_NAME_ONLY = /^(三级)?指标[0-9一二三四五六七八九十]+[:、.]?$/;

/**
 * The template's own `……` row (a reserved row, nothing filled in): a blank placeholder row,
 * not a leftover (Hunan 2021 keeps one under each first level).
 */
function isEllipsisRow(row: IndicatorRow): boolean {
  const cells = [row.level3, row.description, row.symbol, row.value, row.unit, row.basis];
  return cells.every((cell) => cell === undefined || cell.text === "" || isEllipsis(cell.text));
}

const rule: Rule = {
  meta: {
    id: "indicator/placeholder",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标值或三级指标名称仍是模板占位内容（**、XX、X%、指标1、……）",
        en: "A target or third-level name still holds template leftovers (**, XX, X%, 指标1, ……)",
      },
      why: {
        zh: "占位符说明表格没有填完，财政部门会直接退回。",
        en: "A placeholder means the form was not filled in and will be sent back.",
      },
    },
    messages: {
      targetLeftover: {
        zh: "指标值仍是模板占位内容：“{name}”的指标值为“{text}”",
        en: 'the target still holds a template placeholder: "{name}" targets "{text}"',
      },
      nameLeftover: {
        zh: "三级指标名称含模板占位内容“{mark}”：“{text}”",
        en: 'the third-level name holds the template placeholder "{mark}": "{text}"',
      },
      nameOnlyNumber: {
        zh: "三级指标名称仍是模板编号“{text}”",
        en: 'the third-level name is still the template number "{text}"',
      },
      nameHint: {
        zh: "三级指标名称仍带模板提示“{hint}”，指标值却未填写：“{text}”",
        en: 'the third-level name still carries the template hint "{hint}" and no target is filled in: "{text}"',
      },
      suggestTarget: {
        zh: "填写实际目标值，如 ≥95%、≥12 个；不设此指标则删除该行",
        en: "fill in the real target, e.g. ≥ 95 % or ≥ 12 个; delete the row if the indicator is not used",
      },
      suggestName: {
        zh: "填写实际的三级指标名称；不设此指标则删除该行",
        en: "fill in the real third-level name; delete the row if the indicator is not used",
      },
      suggestDeleteHint: {
        zh: "名称改为“{rest}”（删去“{hint}”），并在指标值栏填写实际目标",
        en: 'rename it "{rest}" (delete "{hint}") and fill in the real target',
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const name = row.level3.text.trim();
      // Nearly every row holds no mark at all: no need to fold and match its texts.
      const marked =
        MARK_CHARACTERS.test(name) ||
        MARK_CHARACTERS.test(row.value.text) ||
        MARK_CHARACTERS.test(row.symbol.text) ||
        MARK_CHARACTERS.test(row.unit.text);
      if (!marked && !name.startsWith("指标") && !name.startsWith("三级指标")) continue;
      if (isEllipsisRow(row)) continue;
      // A hint holds a mark character, a numbered name the character 标: most names neither.
      const folded = toHalfWidth(name);
      const hint = MARK_CHARACTERS.test(name) ? targetHintOf(name) : null;
      if (name.includes("标") && NUMBERED_NAME_ONLY.test(withoutSpaces(folded))) {
        report({
          address: row.level3.address,
          messageId: "nameOnlyNumber",
          data: { text: quote(name) },
          suggestion: { messageId: "suggestName" },
        });
      } else if (hint) {
        // The template's hint of the target format (`游客满意度(≥**%)`): once the target is
        // filled in, it is a style matter (style/name-target-hint).
        if (row.target.number === null) {
          report({
            address: row.level3.address,
            messageId: "nameHint",
            data: { hint: hint.hint, text: quote(name) },
            suggestion: { messageId: "suggestDeleteHint", data: hint },
          });
        }
      } else if (leftoverIn(name) !== null) {
        report({
          address: row.level3.address,
          messageId: "nameLeftover",
          data: { mark: leftoverIn(name) ?? "", text: quote(name) },
          suggestion: { messageId: "suggestName" },
        });
      }

      // The target cells: 值 first, then 符号 and 单位 (one cell in the single layout).
      const cells: Field[] = [];
      for (const cell of [row.value, row.symbol, row.unit])
        if (!cells.some((c) => sameCell(c, cell))) cells.push(cell);
      for (const cell of cells) {
        if (typeof cell.value !== "string" || leftoverIn(cell.text) === null) continue;
        report({
          address: cell.address,
          messageId: "targetLeftover",
          data: { ...indicatorName(row), text: quote(cell.text) },
          suggestion: { messageId: "suggestTarget" },
        });
        break;
      }
    }
  },
};
export default rule;

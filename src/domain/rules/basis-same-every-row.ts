import { Field, IndicatorRow } from "../model";
import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

/** Fewer rows than this may share a basis by chance (two counts from one plan). */
const FEWEST_ROWS = 3;

/** The cell of the column in a filled row, when it holds text. */
function writtenCell(row: IndicatorRow, column: "basis" | "description"): Field | undefined {
  const cell = row[column];
  return row.filled && cell && cell.text.trim() !== "" ? cell : undefined;
}

/**
 * The text every filled row writes in the column, when at least FEWEST_ROWS do and all the
 * same; read without a list, and given up at the first row that differs (as nearly all do).
 */
function textOfEveryRow(
  rows: readonly IndicatorRow[],
  column: "basis" | "description"
): string | undefined {
  let text: string | undefined;
  let count = 0;
  for (const row of rows) {
    const cell = writtenCell(row, column);
    if (!cell) continue;
    const written = cell.text.trim();
    if (text === undefined) text = written;
    else if (written !== text) return undefined;
    count++;
  }
  return count < FEWEST_ROWS ? undefined : text;
}

const rule: Rule = {
  meta: {
    id: "basis/same-every-row",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "每一行的指标值依据（或指标值说明）都是同一句话",
        en: "Every row gives the same basis (or target explanation) for its target",
      },
      why: {
        zh: "依据要说明各个指标值从何而来；每行一句相同的套话（“该指标值数据合理”）等于没有写。",
        en: "A basis says where each target comes from; one stock phrase on every row says nothing.",
      },
    },
    messages: {
      same: {
        zh: "“{name}”的依据与其余各行相同：“{text}”，没有说明这一指标值从何而来",
        en: '"{name}" gives the same basis as every other row: "{text}"',
      },
      suggestBasis: {
        zh: "逐行写明依据，如“根据年度工作计划”“依据国家或行业标准”“参考近三年完成情况”",
        en: "give each row its own source: the annual work plan, a standard, the last three years",
      },
    },
  },
  check({ table, report }) {
    const { basis, description } = table.columns;
    // 指标值说明 holds the basis where a form has no 依据 column of its own.
    const column = basis !== undefined ? "basis" : description !== undefined ? "description" : null;
    if (column === null) return;
    const text = textOfEveryRow(table.indicators, column);
    if (text === undefined) return;
    for (const row of table.indicators) {
      const cell = writtenCell(row, column);
      if (!cell) continue;
      report({
        address: cell.address,
        messageId: "same",
        data: { ...indicatorName(row), text: quote(text) },
        suggestion: { messageId: "suggestBasis" },
      });
    }
  },
};
export default rule;

import { Field, IndicatorRow } from "../model";
import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

/** Fewer rows than this may share a basis by chance (two counts from one plan). */
const FEWEST_ROWS = 3;

/** The filled rows' cells of one column that hold text. */
function writtenCells(rows: readonly IndicatorRow[], column: "basis" | "description") {
  const cells: { row: IndicatorRow; cell: Field }[] = [];
  for (const row of rows) {
    const cell = row[column];
    if (row.filled && cell && cell.text.trim() !== "") cells.push({ row, cell });
  }
  return cells;
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
    const cells = writtenCells(table.indicators, column);
    if (cells.length < FEWEST_ROWS) return;
    const text = cells[0].cell.text.trim();
    if (cells.some(({ cell }) => cell.text.trim() !== text)) return;
    for (const { row, cell } of cells)
      report({
        address: cell.address,
        messageId: "same",
        data: { ...indicatorName(row), text: quote(text) },
        suggestion: { messageId: "suggestBasis" },
      });
  },
};
export default rule;

/**
 * A new 项目支出绩效自评表 in the central layout (财预〔2020〕10号), one per profile: the
 * header, the funds block (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分), the
 * goal pair (预期目标 · 实际完成情况), the indicator block (一级 · 二级 · 三级 · 年度指标值 ·
 * 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施) and the 总分 row. Prefilled from an
 * approved goal table when one is given: its name, departments, funds, goal, indicators and
 * targets; the actual values, scores and reasons are left to fill.
 */
import { LayoutPlan, ListValidation, StyledRange, TABLE_POINTS, TITLE_POINTS } from "../edits";
import { filledIndicators, GoalTable, projectNameOf } from "../model";
import { readAmount } from "../rules/helpers";
import { targetAsWritten } from "../rules/approved-goals";
import { toA1 } from "../snapshot";
import { DEFAULT_SCORING } from "../scoring/settings";
import { ProfileId } from "../vocabulary";
import { completeFunds, levelChoices, PLACEHOLDERS } from "./index";
import { SheetBuilder } from "./sheet-builder";

export interface SelfEvaluationTemplateOptions {
  sheet: string;
  origin?: { row: number; col: number };
  projectName?: string;
  /** 年初预算数 of the total, fiscal and other lines (万元). */
  fundsTotal?: number;
  fundsFiscal?: number;
  fundsOther?: number;
  /** The approved goal table to copy the indicators and targets from. */
  approved?: GoalTable;
  /** Points of the budget line (分值 of 年度资金总额). */
  budgetPoints?: number;
}

/** One indicator row of the new table. */
interface PlannedIndicator {
  level1: string;
  level2: string;
  name: string;
  target: string;
  points: string | number | null;
}

export const SELF_EVALUATION_TITLE = "项目支出绩效自评表";
/** Columns A–I: block label, 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
export const SELF_EVALUATION_WIDTH = 9;
const WIDTHS = [9, 12, 12, 18, 13, 13, 7, 7, 17];
const HEADER_ROW_POINTS = 24;
const TWO_LINES = Math.ceil(2 * TABLE_POINTS * 1.3 + 4);
/** Unused cells of the funds block, as the central template marks them. */
const UNUSED = "—";

function indicatorsOf(profile: ProfileId, approved: GoalTable | undefined): PlannedIndicator[] {
  if (!approved)
    return PLACEHOLDERS[profile].map(([level1, level2]) => ({
      level1,
      level2,
      name: "",
      target: "",
      points: null,
    }));
  const rows = filledIndicators(approved);
  return rows.map((row) => ({
    level1: row.level1.text,
    level2: row.level2.text,
    name: row.level3.text,
    target: targetAsWritten(row),
    points: row.weight ? (readAmount(row.weight) ?? null) : null,
  }));
}

/** The rows the table takes: 11 above the indicators, one per indicator, the 总分 row. */
export function selfEvaluationSize(
  profile: ProfileId,
  approved?: GoalTable
): { rows: number; cols: number } {
  return { rows: 11 + indicatorsOf(profile, approved).length + 1, cols: SELF_EVALUATION_WIDTH };
}

export function planSelfEvaluationTemplate(
  profile: ProfileId,
  options: SelfEvaluationTemplateOptions
): LayoutPlan {
  const { sheet, approved } = options;
  const top = options.origin?.row ?? 0;
  const left = options.origin?.col ?? 0;
  const layout = new SheetBuilder(sheet, left);
  const { range, put, merge, style } = layout;
  const rowHeights: Record<number, number> = {};
  /** A labelled span: the text, merged over its columns, in a look. */
  const span = (
    row: number,
    c1: number,
    c2: number,
    value: string | number | null | undefined,
    look: StyledRange["style"]
  ) => {
    put(row, c1, value);
    merge(row, c1, row, c2);
    style(row, c1, row, c2, look);
  };

  const header = approved?.header;
  const projectName = options.projectName ?? (approved ? projectNameOf(approved) : undefined);
  let row = top;
  span(row, 0, 8, SELF_EVALUATION_TITLE, "title");
  rowHeights[row++] = Math.ceil(TITLE_POINTS * 2.2);

  span(row, 0, 0, "项目名称", "label");
  span(row, 1, 8, projectName, "value");
  rowHeights[row++] = HEADER_ROW_POINTS;
  span(row, 0, 0, "主管部门", "label");
  span(row, 1, 3, header?.department?.value.text, "value");
  span(row, 4, 5, "实施单位", "label");
  span(row, 6, 8, header?.implementer?.value.text, "value");
  rowHeights[row++] = HEADER_ROW_POINTS;

  // Funds: the 年初预算数 is the approved amount; the rest is the year's to fill.
  const approvedAmount = (key: "fundsTotal" | "fundsFiscal" | "fundsOther") =>
    options[key] ?? header?.[key]?.amount ?? undefined;
  const funds = completeFunds(
    approvedAmount("fundsTotal"),
    approvedAmount("fundsFiscal"),
    approvedAmount("fundsOther")
  );
  span(row, 0, 0, "项目资金（万元）", "label");
  merge(row, 0, row + 4, 0);
  style(row, 0, row + 4, 0, "label");
  span(row, 1, 2, null, "label");
  ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((label, i) =>
    span(row, 3 + i, 3 + i, label, "header")
  );
  rowHeights[row++] = HEADER_ROW_POINTS;
  const lines: Array<[string, number | undefined]> = [
    ["年度资金总额", funds.fundsTotal],
    ["其中：当年财政拨款", funds.fundsFiscal],
    ["上年结转资金", undefined],
    ["其他资金", funds.fundsOther],
  ];
  lines.forEach(([label, amount], i) => {
    span(row, 1, 2, label, "label");
    span(row, 3, 3, amount, "number");
    style(row, 4, row, 5, "number");
    span(
      row,
      6,
      6,
      i === 0 ? (options.budgetPoints ?? DEFAULT_SCORING.budgetPoints) : UNUSED,
      "number"
    );
    span(row, 7, 7, null, "text");
    span(row, 8, 8, i === 0 ? null : UNUSED, "number");
    rowHeights[row++] = HEADER_ROW_POINTS;
  });

  span(row, 0, 0, "年度总体目标", "label");
  merge(row, 0, row + 1, 0);
  style(row, 0, row + 1, 0, "label");
  span(row, 1, 4, "预期目标", "header");
  span(row, 5, 8, "实际完成情况", "header");
  rowHeights[row++] = HEADER_ROW_POINTS;
  span(row, 1, 4, header?.goal?.value.text, "value");
  span(row, 5, 8, null, "value");
  rowHeights[row++] = TWO_LINES * 2;

  // Indicators, first levels merged down over their runs.
  const indicators = indicatorsOf(profile, approved);
  const labels = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
  const indicatorHeader = row;
  span(row, 0, 0, "绩效指标", "label");
  labels.forEach((label, i) => span(row, 1 + i, 1 + i, label, "header"));
  span(row, 8, 8, "偏差原因分析及改进措施", "header");
  rowHeights[row++] = HEADER_ROW_POINTS;
  const firstRow = row;
  indicators.forEach((indicator, i) => {
    const previous = indicators[i - 1];
    if (!previous || previous.level1 !== indicator.level1) {
      const run = indicators.slice(i).findIndex((other) => other.level1 !== indicator.level1);
      put(row, 1, indicator.level1);
      merge(row, 1, row + (run < 0 ? indicators.length - i : run) - 1, 1);
    }
    put(row, 2, indicator.level2);
    put(row, 3, indicator.name);
    put(row, 4, indicator.target);
    put(row, 6, indicator.points);
    rowHeights[row++] = TWO_LINES;
  });
  const lastRow = row - 1;
  merge(indicatorHeader, 0, lastRow, 0);
  style(firstRow, 1, lastRow, 8, "value");
  style(firstRow, 4, lastRow, 5, "text");
  style(firstRow, 6, lastRow, 7, "number");

  span(row, 0, 5, "总分", "label");
  span(row, 6, 6, 100, "number");
  span(row, 7, 7, null, "number");
  span(row, 8, 8, null, "value");
  rowHeights[row++] = HEADER_ROW_POINTS;

  const levels = levelChoices(profile);
  const validations: ListValidation[] = [
    { range: range(firstRow, 1, lastRow, 1), values: levels.first },
    { range: range(firstRow, 2, lastRow, 2), values: levels.second },
  ];
  const columnWidths: Record<number, number> = {};
  WIDTHS.forEach((width, i) => (columnWidths[left + i] = width));
  return {
    sheet,
    origin: { row: top, col: left },
    rows: row - top,
    cols: SELF_EVALUATION_WIDTH,
    edits: layout.edits,
    merges: layout.merges,
    styles: layout.styles,
    validations,
    columnWidths,
    rowHeights,
    page: {
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75 },
      centered: true,
    },
    notices: funds.notices,
    // The first cell to fill: prefilled, the first actual value; named, the first
    // indicator's name; else the project's name.
    focus: approved
      ? toA1(firstRow, left + 5)
      : options.projectName
        ? toA1(firstRow, left + 3)
        : toA1(top + 1, left + 1),
  };
}

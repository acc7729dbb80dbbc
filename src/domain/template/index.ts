/**
 * New project tables from a template, one per profile: `hebei-2020` in the split layout
 * (符号 · 值 · 单位), `mof-2021` with 成本指标 as a first level and one value column.
 * The result is a layout plan: hosts lay it down; the engine recognizes it at once.
 */
import { LayoutPlan, ListValidation, PlanNotice, TABLE_POINTS, TITLE_POINTS } from "../edits";
import { SheetSnapshot, toA1 } from "../snapshot";
import { Grid } from "../grid";
import { SheetBuilder } from "./sheet-builder";
import { COUNT_UNITS, MONEY_UNITS, PROFILES, ProfileId } from "../vocabulary";

export interface TemplateOptions {
  sheet: string;
  /** Top-left cell of the table (0-based sheet coordinates). */
  origin?: { row: number; col: number };
  projectName?: string;
  fundsTotal?: number;
  fundsFiscal?: number;
  fundsOther?: number;
}

/** The funds as they go into a new table: lines left out follow from the others. */
export interface CompletedFunds {
  fundsTotal?: number;
  fundsFiscal?: number;
  fundsOther?: number;
  notices: PlanNotice[];
}

const exact = (amount: number) => Math.round(amount * 1e6) / 1e6;

/**
 * Completes the funds so a new table starts adding up: other = total − fiscal, fiscal =
 * total − other, total = fiscal + other; a total alone is taken as all fiscal (and the
 * user told). Amounts that cannot add up (fiscal above the total) are kept as given.
 */
export function completeFunds(
  total: number | undefined,
  fiscal: number | undefined,
  other: number | undefined
): CompletedFunds {
  const given = { fundsTotal: total, fundsFiscal: fiscal, fundsOther: other, notices: [] };
  if (total === undefined) {
    if (fiscal === undefined && other === undefined) return given;
    return { ...given, fundsTotal: exact((fiscal ?? 0) + (other ?? 0)) };
  }
  if (fiscal === undefined && other === undefined)
    return {
      ...given,
      fundsFiscal: total,
      notices: [{ key: "template.fiscalFromTotal", data: { total } }],
    };
  if (fiscal !== undefined && other === undefined && fiscal <= total)
    return { ...given, fundsOther: exact(total - fiscal) };
  if (fiscal === undefined && other !== undefined && other <= total)
    return { ...given, fundsFiscal: exact(total - other) };
  return given;
}

/** The title: `耕地保护项目绩效目标表`, never `…项目项目…`. */
export function templateTitle(projectName: string | undefined): string {
  const name = (projectName ?? "").trim();
  return `${name}${/项目$/.test(name) ? "" : "项目"}绩效目标表`;
}

/** One placeholder row per required second level: staff fill in the names and targets. */
export const PLACEHOLDERS: Record<ProfileId, Array<[string, string]>> = {
  "mof-2015": [
    ["产出指标", "数量指标"],
    ["产出指标", "质量指标"],
    ["产出指标", "时效指标"],
    ["产出指标", "成本指标"],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
  ],
  "mof-2015-legacy": [
    ["产出指标", "数量指标"],
    ["产出指标", "质量指标"],
    ["产出指标", "时效指标"],
    ["产出指标", "成本指标"],
    ["效益指标", "社会效益指标"],
    ["效益指标", "社会公众或服务对象满意度指标"],
  ],
  "mof-2021": [
    ["产出指标", "数量指标"],
    ["产出指标", "质量指标"],
    ["产出指标", "时效指标"],
    ["成本指标", "经济成本指标"],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
  ],
  "mof-2020-eval": [
    ["决策", "项目立项"],
    ["决策", "绩效目标"],
    ["决策", "资金投入"],
    ["过程", "资金管理"],
    ["过程", "组织实施"],
    ["产出", "产出数量"],
    ["产出", "产出质量"],
    ["产出", "产出时效"],
    ["产出", "产出成本"],
    ["效益", "项目效益"],
    ["效益", "服务对象满意度指标"],
  ],
  "ndrc-investment": [
    ["实施效果指标", "产出指标"],
    ["实施效果指标", "效益指标"],
    ["实施效果指标", "满意度指标"],
    ["过程管理指标", "计划管理指标"],
    ["过程管理指标", "资金管理指标"],
    ["过程管理指标", "项目管理指标"],
    ["过程管理指标", "监督检查指标"],
  ],
};

export const TEMPLATE_SYMBOLS = ["≥", "≤", "=", ">", "<", "定性"];
export const TEMPLATE_UNITS = [
  "%",
  "个",
  "次",
  "项",
  "件",
  "人",
  "人次",
  "户",
  "亩",
  "公顷",
  "平方米",
  "公里",
  "万元",
  "元",
  "元/亩",
  "天",
  "月",
  "年",
];

interface TemplateColumns {
  level1: number;
  level2: number;
  level3: number;
  description: number;
  value: number;
  basis: number;
  width: number;
  /** The split layout's 符号 and 单位 columns, either side of 值. */
  split?: { symbol: number; unit: number };
}

/** Columns of each layout, relative to the table's left edge. */
function columnsOf(profile: ProfileId): TemplateColumns {
  const common = { level1: 0, level2: 1, level3: 2, description: 3 };
  return profile !== "mof-2021"
    ? { ...common, value: 5, basis: 7, width: 8, split: { symbol: 4, unit: 6 } }
    : { ...common, value: 4, basis: 5, width: 6 };
}

const HEADER_ROW_POINTS = 24;
/** Two lines of the table's text, with room above and below. */
const TWO_LINES = Math.ceil(2 * TABLE_POINTS * 1.3 + 4);

export function templateSize(profile: ProfileId): { rows: number; cols: number } {
  const split = profile !== "mof-2021";
  return {
    rows: 1 + 7 + (split ? 2 : 1) + PLACEHOLDERS[profile].length,
    cols: columnsOf(profile).width,
  };
}

/** The drop-down choices of a template's 一级指标 and 二级指标 columns. */
export function levelChoices(profile: ProfileId): { first: string[]; second: string[] } {
  const levels = PROFILES[profile].first;
  return {
    first: levels.map((f) => f.name),
    second: levels.flatMap((f) => f.second.map((s) => s.names[0])),
  };
}

export function planTemplate(profile: ProfileId, options: TemplateOptions): LayoutPlan {
  const { sheet } = options;
  const top = options.origin?.row ?? 0;
  const left = options.origin?.col ?? 0;
  const cols = columnsOf(profile);
  const { split } = cols;
  const right = left + cols.width - 1;
  const layout = new SheetBuilder(sheet);
  const { range, put, merge, style } = layout;
  const validations: ListValidation[] = [];

  const funds = completeFunds(options.fundsTotal, options.fundsFiscal, options.fundsOther);
  const rowHeights: Record<number, number> = {};
  let row = top;
  put(row, left, templateTitle(options.projectName));
  merge(row, left, row, right);
  style(row, left, row, right, "title");
  rowHeights[row] = Math.ceil(TITLE_POINTS * 2.2);
  row++;

  // Header block: labels left, values right; the middle label sits in the second half.
  const mid = left + Math.floor(cols.width / 2);
  const pair = (label1: string, value1: string | undefined, label2: string) => {
    put(row, left, label1);
    put(row, left + 1, value1);
    merge(row, left + 1, row, mid - 1);
    put(row, mid, label2);
    merge(row, mid, row, mid + (cols.width >= 8 ? 1 : 0));
    const valueStart = mid + (cols.width >= 8 ? 2 : 1);
    merge(row, valueStart, row, right);
    style(row, left, row, left, "label");
    style(row, mid, row, valueStart - 1, "label");
    style(row, left + 1, row, mid - 1, "value");
    style(row, valueStart, row, right, "value");
    rowHeights[row] = HEADER_ROW_POINTS;
    row++;
  };
  pair("项目名称", options.projectName, "项目负责人及电话");
  pair("主管部门", undefined, "实施单位");

  put(row, left, "资金情况(万元)");
  merge(row, left, row + 2, left);
  style(row, left, row + 2, left, "label");
  const fundLines: Array<[string, number | undefined]> = [
    ["年度资金总额:", funds.fundsTotal],
    ["其中:财政拨款", funds.fundsFiscal],
    ["其他资金", funds.fundsOther],
  ];
  for (const [label, amount] of fundLines) {
    put(row, left + 1, label);
    merge(row, left + 1, row, left + 2);
    style(row, left + 1, row, left + 2, "label");
    put(row, left + 3, amount);
    merge(row, left + 3, row, right);
    style(row, left + 3, row, right, "number");
    rowHeights[row] = HEADER_ROW_POINTS;
    row++;
  }

  put(row, left, "总体目标");
  merge(row, left, row + 1, left);
  style(row, left, row + 1, left, "label");
  put(row, left + 1, "年度目标");
  merge(row, left + 1, row, right);
  style(row, left + 1, row, right, "label");
  merge(row + 1, left + 1, row + 1, right);
  style(row + 1, left + 1, row + 1, right, "value");
  rowHeights[row] = HEADER_ROW_POINTS;
  rowHeights[row + 1] = TWO_LINES;
  row += 2;

  // Indicator header.
  const headerRows = split ? 2 : 1;
  const labels: Array<[number, string]> = [
    [cols.level1, "一级指标"],
    [cols.level2, "二级指标"],
    [cols.level3, "三级指标"],
    [cols.description, "绩效指标描述"],
    [cols.basis, "指标值确定依据"],
  ];
  for (const [col, label] of labels) {
    put(row, left + col, label);
    merge(row, left + col, row + headerRows - 1, left + col);
  }
  if (split) {
    put(row, left + split.symbol, "指标值");
    merge(row, left + split.symbol, row, left + split.unit);
    put(row + 1, left + split.symbol, "符号");
    put(row + 1, left + cols.value, "值");
    put(row + 1, left + split.unit, "单位");
  } else {
    put(row, left + cols.value, "年度指标值");
  }
  style(row, left, row + headerRows - 1, right, "header");
  for (let r = row; r < row + headerRows; r++) rowHeights[r] = HEADER_ROW_POINTS;
  row += headerRows;

  // Placeholder rows, first levels merged down over their second levels.
  const firstRow = row;
  const placeholders = PLACEHOLDERS[profile];
  placeholders.forEach(([level1, level2], i) => {
    const previous = placeholders[i - 1];
    if (!previous || previous[0] !== level1) {
      const runLength = placeholders.slice(i).findIndex(([l1]) => l1 !== level1);
      const last = row + (runLength < 0 ? placeholders.length - i : runLength) - 1;
      put(row, left + cols.level1, level1);
      merge(row, left + cols.level1, last, left + cols.level1);
    }
    put(row, left + cols.level2, level2);
    rowHeights[row] = TWO_LINES;
    row++;
  });
  const lastRow = row - 1;
  style(firstRow, left, lastRow, right, "value");
  const textColumns = split ? [split.symbol, cols.value] : [cols.value];
  for (const col of textColumns) style(firstRow, left + col, lastRow, left + col, "text");

  const levels = levelChoices(profile);
  validations.push(
    {
      range: range(firstRow, left + cols.level1, lastRow, left + cols.level1),
      values: levels.first,
    },
    {
      range: range(firstRow, left + cols.level2, lastRow, left + cols.level2),
      values: levels.second,
    }
  );
  if (split) {
    validations.push(
      {
        range: range(firstRow, left + split.symbol, lastRow, left + split.symbol),
        values: TEMPLATE_SYMBOLS,
      },
      { range: range(firstRow, left + split.unit, lastRow, left + split.unit), values: unitsList() }
    );
  }

  // The widths add up to an A4 landscape page, so it prints at full size.
  const columnWidths: Record<number, number> = {};
  const widths = split ? [12, 13, 18, 26, 6, 7, 7, 19] : [12, 13, 18, 27, 16, 22];
  widths.forEach((width, i) => (columnWidths[left + i] = width));
  return {
    sheet,
    origin: { row: top, col: left },
    rows: lastRow - top + 1,
    cols: cols.width,
    edits: layout.edits,
    merges: layout.merges,
    styles: layout.styles,
    validations,
    columnWidths,
    rowHeights,
    page: {
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 1,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75 },
      centered: true,
    },
    notices: funds.notices,
    focus: toA1(
      options.projectName ? firstRow : top + 1,
      options.projectName ? left + cols.level3 : left + 1
    ),
  };
}

function unitsList(): string[] {
  return [...new Set([...TEMPLATE_UNITS, ...MONEY_UNITS.slice(0, 2), ...COUNT_UNITS.slice(0, 6)])];
}

/** A sheet name not yet used in the workbook: `新项目`, `新项目 (2)`, … */
export function freeSheetName(base: string, existing: readonly string[]): string {
  if (!existing.includes(base)) return base;
  for (let n = 2; ; n++) if (!existing.includes(`${base} (${n})`)) return `${base} (${n})`;
}

/**
 * Where a new table goes: at the selected cell when the whole area it needs is empty,
 * else at A1 of a new sheet. Never over existing content.
 */
export function placeTemplate(
  profile: ProfileId,
  snapshot: SheetSnapshot,
  selected: { row: number; col: number },
  sheetNames: readonly string[],
  /** Another block than the goal table (a self-evaluation): its size and new sheet's name. */
  block: { size: { rows: number; cols: number }; sheetName: string } = {
    size: templateSize(profile),
    sheetName: "新项目绩效目标表",
  }
): { sheet: string; origin: { row: number; col: number }; newSheet: boolean } {
  const { rows, cols } = block.size;
  const grid = new Grid(snapshot);
  let empty = true;
  for (let r = selected.row; r < selected.row + rows && empty; r++) {
    for (let c = selected.col; c < selected.col + cols; c++) {
      if (!grid.isEmpty(r, c) || grid.mergeCoveringCell(r, c)) {
        empty = false;
        break;
      }
    }
  }
  if (empty) return { sheet: snapshot.sheetName, origin: selected, newSheet: false };
  return {
    sheet: freeSheetName(block.sheetName, sheetNames),
    origin: { row: 0, col: 0 },
    newSheet: true,
  };
}

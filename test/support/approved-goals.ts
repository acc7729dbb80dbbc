/**
 * A project's goal table and its year-end self-evaluation (the central template after
 * 财预〔2020〕10号), as snapshots for domain tests and as .xlsx files for CLI tests.
 */
import { writeFileSync } from "fs";
import * as XLSX from "@e965/xlsx";
import {
  CellRange,
  CellValue,
  isCellError,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";

export interface EvaluatedIndicator {
  level1: string;
  level2: string;
  name: string;
  /** 年度指标值 as one cell (`≥95%`): in the goal table as approved, in the self-evaluation as written. */
  target: CellValue;
  actual?: CellValue;
  points?: CellValue;
  score?: CellValue;
  reason?: string;
}

/** Six indicators of a farmland project; the scores follow from targets and actuals. */
export const FARMLAND: EvaluatedIndicator[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    name: "新建高标准农田面积",
    target: "≥2万亩",
    actual: "2.1万亩",
    points: 15,
    score: 15,
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    name: "农田建设验收合格率",
    target: "≥95%",
    actual: "90%",
    points: 15,
    score: 14.21,
    reason: "两个标段返工，明年加强监理",
  },
  {
    level1: "产出指标",
    level2: "时效指标",
    name: "年度任务完成时间",
    target: "2024年12月31日前",
    actual: "按时完成",
    points: 10,
    score: 10,
  },
  {
    level1: "产出指标",
    level2: "成本指标",
    name: "亩均建设成本",
    target: "≤1500元/亩",
    actual: "1600元/亩",
    points: 10,
    score: 9.38,
    reason: "材料涨价",
  },
  {
    level1: "效益指标",
    level2: "社会效益指标",
    name: "受益农户数",
    target: "≥3000户",
    actual: "3200户",
    points: 30,
    score: 30,
  },
  {
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    name: "农户满意度",
    target: "≥90%",
    actual: "95%",
    points: 10,
    score: 10,
  },
];

/** The project every builder names unless told otherwise. */
export const FARMLAND_NAME = "高标准农田建设项目";

export interface FundsSpec {
  initial?: CellValue;
  budget?: CellValue;
  executed?: CellValue;
  points?: CellValue;
  rate?: CellValue;
  score?: CellValue;
}

export interface SelfEvaluationSpec {
  sheet?: string;
  projectName?: string;
  indicators?: EvaluatedIndicator[];
  funds?: FundsSpec;
  /** 总分's points and score; the score left out is the sum of the scores (blank when one is missing). */
  total?: { points?: CellValue; score?: CellValue };
}

const range = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

/** The budget line of FARMLAND: 100 万元 planned, 96 spent, 96 %, 9.6 of 10 points. */
export const FARMLAND_FUNDS: Required<FundsSpec> = {
  initial: 100,
  budget: 100,
  executed: 96,
  points: 10,
  rate: "96%",
  score: 9.6,
};

/**
 * 项目支出绩效自评表 in the central layout: A holds the block labels, B–C the levels,
 * D the name, E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因分析及改进措施.
 */
export function selfEvaluationSheet(spec: SelfEvaluationSpec = {}): SheetSnapshot {
  const indicators = spec.indicators ?? FARMLAND;
  const funds = { ...FARMLAND_FUNDS, ...spec.funds };
  const blank = (): CellValue[] => Array<CellValue>(9).fill(null);
  const row = (cells: Record<number, CellValue>): CellValue[] => {
    const values = blank();
    for (const [col, value] of Object.entries(cells)) values[Number(col)] = value;
    return values;
  };
  const rows: CellValue[][] = [
    row({ 0: "项目支出绩效自评表" }),
    row({ 0: "（2024年度）" }),
    row({ 0: "项目名称", 1: spec.projectName ?? FARMLAND_NAME }),
    row({ 0: "主管部门", 1: "县农业农村局", 4: "实施单位", 6: "县农田建设中心" }),
    row({
      0: "项目资金（万元）",
      3: "年初预算数",
      4: "全年预算数",
      5: "全年执行数",
      6: "分值",
      7: "执行率",
      8: "得分",
    }),
    row({
      1: "年度资金总额",
      3: funds.initial,
      4: funds.budget,
      5: funds.executed,
      6: funds.points,
      7: funds.rate,
      8: funds.score,
    }),
    row({
      1: "其中：当年财政拨款",
      3: funds.initial,
      4: funds.budget,
      5: funds.executed,
      6: "—",
      8: "—",
    }),
    row({ 1: "上年结转资金", 6: "—", 8: "—" }),
    row({ 1: "其他资金", 6: "—", 8: "—" }),
    row({ 0: "年度总体目标", 1: "预期目标", 5: "实际完成情况" }),
    row({ 1: "新建高标准农田2万亩，改善农业生产条件", 5: "新建高标准农田2.1万亩，已通过验收" }),
    row({
      0: "绩效指标",
      1: "一级指标",
      2: "二级指标",
      3: "三级指标",
      4: "年度指标值",
      5: "实际完成值",
      6: "分值",
      7: "得分",
      8: "偏差原因分析及改进措施",
    }),
    ...indicators.map((indicator) =>
      row({
        1: indicator.level1,
        2: indicator.level2,
        3: indicator.name,
        4: indicator.target,
        5: indicator.actual ?? null,
        6: indicator.points ?? null,
        7: indicator.score ?? null,
        8: indicator.reason ?? null,
      })
    ),
    row({
      0: "总分",
      6: spec.total?.points ?? 100,
      7:
        spec.total?.score === undefined
          ? sumOf([funds.score, ...indicators.map((i) => i.score)])
          : spec.total.score,
    }),
  ];
  const first = 12;
  const last = first + indicators.length - 1;
  const merges = [
    range(0, 0, 0, 8),
    range(1, 0, 1, 8),
    range(2, 1, 2, 8),
    range(3, 1, 3, 3),
    range(3, 4, 3, 5),
    range(3, 6, 3, 8),
    range(4, 0, 8, 0),
    range(4, 1, 4, 2),
    ...[5, 6, 7, 8].map((r) => range(r, 1, r, 2)),
    range(9, 0, 10, 0),
    range(9, 1, 9, 4),
    range(9, 5, 9, 8),
    range(10, 1, 10, 4),
    range(10, 5, 10, 8),
    range(11, 0, last, 0),
    ...levelRuns(indicators, first),
    range(last + 1, 0, last + 1, 5),
  ];
  return snapshotFromRows(spec.sheet ?? "自评表", rows, { merges });
}

/** The sum of the scores, to two decimals; blank when one is not a number. */
function sumOf(scores: Array<CellValue | undefined>): CellValue {
  let sum = 0;
  for (const score of scores) {
    if (typeof score !== "number") return null;
    sum += score;
  }
  return Math.round(sum * 100) / 100;
}

/** A first level's cell merged down over its run of rows (only the first keeps the name). */
function levelRuns(indicators: EvaluatedIndicator[], first: number): CellRange[] {
  const runs: CellRange[] = [];
  let start = 0;
  indicators.forEach((indicator, i) => {
    const next = indicators[i + 1];
    if (next && next.level1 === indicator.level1) return;
    if (i > start) runs.push(range(first + start, 1, first + i, 1));
    start = i + 1;
  });
  return runs;
}

export interface GoalTableSpec {
  sheet?: string;
  projectName?: string;
  indicators?: EvaluatedIndicator[];
}

/** The approved 项目支出绩效目标表 of the same project: 一级 · 二级 · 三级 · 年度指标值 · 依据. */
export function goalTableSheet(spec: GoalTableSpec = {}): SheetSnapshot {
  const indicators = spec.indicators ?? FARMLAND;
  const rows: CellValue[][] = [
    ["项目支出绩效目标表", null, null, null, null],
    ["项目名称", spec.projectName ?? FARMLAND_NAME, null, null, null],
    ["主管部门", "县农业农村局", null, "实施单位", "县农田建设中心"],
    ["资金情况（万元）", "年度资金总额", 100, null, null],
    [null, "其中：财政拨款", 100, null, null],
    [null, "其他资金", 0, null, null],
    ["总体目标", "新建高标准农田2万亩，改善农业生产条件", null, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "指标值确定依据"],
    ...indicators.map((indicator): CellValue[] => [
      indicator.level1,
      indicator.level2,
      indicator.name,
      indicator.target,
      "项目实施方案",
    ]),
  ];
  const merges = [
    range(0, 0, 0, 4),
    range(1, 1, 1, 4),
    range(3, 0, 5, 0),
    range(6, 1, 6, 4),
    ...levelRuns(indicators, 8).map((r) => ({ ...r, left: 0, right: 0 })),
  ];
  return snapshotFromRows(spec.sheet ?? "目标表", rows, { merges });
}

/** FARMLAND with some indicators changed: `changed({ 1: { target: "≥90%" } })`. */
export function changed(
  changes: Record<number, Partial<EvaluatedIndicator>>,
  base: EvaluatedIndicator[] = FARMLAND
): EvaluatedIndicator[] {
  return base.map((indicator, i) => ({ ...indicator, ...changes[i] }));
}

/** Writes the sheets as a new .xlsx file: their values and merged areas. */
export function writeWorkbook(path: string, sheets: SheetSnapshot[]): void {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet: XLSX.WorkSheet = {};
    let lastRow = 0;
    let lastCol = 0;
    sheet.values.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell === null || cell === "" || isCellError(cell)) return;
        const address = XLSX.utils.encode_cell({ r, c });
        worksheet[address] =
          typeof cell === "string"
            ? { t: "s", v: cell }
            : typeof cell === "number"
              ? { t: "n", v: cell }
              : { t: "b", v: cell };
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      })
    );
    worksheet["!ref"] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: lastRow, c: lastCol },
    });
    worksheet["!merges"] = (sheet.merges ?? []).map((m) => ({
      s: { r: m.top, c: m.left },
      e: { r: m.bottom, c: m.right },
    }));
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.sheetName);
  }
  writeFileSync(path, XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

/** Sheets stacked on one sheet, two blank rows between them, merged areas moved along. */
export function stacked(name: string, sheets: SheetSnapshot[]): SheetSnapshot {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (const sheet of sheets) {
    if (rows.length > 0) rows.push([], []);
    const top = rows.length;
    rows.push(...sheet.values);
    for (const m of sheet.merges ?? [])
      merges.push({ ...m, top: m.top + top, bottom: m.bottom + top });
  }
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  return snapshotFromRows(name, padded, { merges });
}

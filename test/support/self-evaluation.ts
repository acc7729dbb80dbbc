/**
 * Self-evaluations (绩效自评表) laid out as the real forms are, for recognition tests and
 * rule case tables: the central template (项目资金 · 年初预算数 · 全年预算数 · 全年执行数 ·
 * 分值 · 执行率 · 得分, 预期目标 · 实际完成情况, 总分) and the provincial one (预算执行情况(10分)
 * · 年初预算 · 调整后预算数 · 预算执行数 · 预算执行率 · 权重 · 得分 · 原因, 合计).
 */
import {
  CellValue,
  parseRangeA1,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";

/** A cell: a value, or a number with its format (`{ value: 0.95, format: "0.00%" }`). */
export type SpecCell = CellValue | { value: number; format: string };

/** One line of the funds block; a key left out keeps the default, `null` blanks the cell. */
export interface FundsLineSpec {
  initial?: SpecCell;
  budget?: SpecCell;
  executed?: SpecCell;
  points?: SpecCell;
  rate?: SpecCell;
  score?: SpecCell;
  reason?: SpecCell;
}

/** level1 (written on the level's first row only, else null), level2, name, target, actual, points, score, reason. */
export type SelfEvalRow = [
  string | null,
  string,
  string,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
];

export interface SelfEvalSpec {
  name?: string;
  /** The funds block's unit in its label (`项目资金(元)`). */
  unit?: "万元" | "元";
  total?: FundsLineSpec;
  fiscal?: FundsLineSpec;
  carryOver?: FundsLineSpec;
  other?: FundsLineSpec;
  goal?: { expected?: SpecCell; actual?: SpecCell };
  indicators?: SelfEvalRow[];
  /** The 总分 row; null leaves it out. */
  totalRow?: { points?: SpecCell; score?: SpecCell } | null;
  /** A 偏差原因 row under the table. */
  reasonNote?: string;
}

/** Indicators of the central template: 50 + 30 + 10 points, every target met. */
export const SELF_EVAL_INDICATORS: SelfEvalRow[] = [
  ["产出指标(50分)", "数量指标", "新建高标准农田面积", "≥2000亩", "2100亩", 20, 20, null],
  [null, "质量指标", "农田建设验收合格率", "≥95%", "98%", 15, 15, null],
  [null, "时效指标", "项目完成时间", "2023年12月前", "2023年11月", 15, 15, null],
  ["效益指标(30分)", "社会效益指标", "受益农户数", "≥3000户", "3200户", 30, 30, null],
  ["满意度指标(10分)", "服务对象满意度指标", "农户满意度", "≥90%", "95%", 10, 10, null],
];

const TOTAL_LINE: Required<FundsLineSpec> = {
  initial: 100,
  budget: 100,
  executed: 95,
  points: 10,
  rate: "95%",
  score: 9.5,
  reason: null,
};
const FISCAL_LINE: Required<FundsLineSpec> = {
  initial: 100,
  budget: 100,
  executed: 95,
  points: "—",
  rate: "95%",
  score: "—",
  reason: null,
};
const EMPTY_LINE: Required<FundsLineSpec> = {
  initial: null,
  budget: null,
  executed: null,
  points: "—",
  rate: null,
  score: "—",
  reason: null,
};

/** Rows of cells with their formats, turned into a snapshot. */
class SheetRows {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];

  constructor(private readonly width: number) {}

  /** Appends a row; returns its 1-based number. */
  add(cells: SpecCell[]): number {
    const values: CellValue[] = new Array<CellValue>(this.width).fill(null);
    const formats: string[] = new Array<string>(this.width).fill("General");
    cells.forEach((cell, i) => {
      if (cell !== null && typeof cell === "object" && "format" in cell) {
        values[i] = cell.value;
        formats[i] = cell.format;
      } else values[i] = cell;
    });
    this.values.push(values);
    this.formats.push(formats);
    return this.values.length;
  }

  snapshot(sheet: string, merges: string[]): SheetSnapshot {
    return snapshotFromRows(sheet, this.values, {
      numberFormats: this.formats,
      merges: merges.map((range) => {
        const parsed = parseRangeA1(range);
        if (!parsed) throw new Error(`bad range ${range}`);
        return parsed;
      }),
    });
  }
}

function line(defaults: Required<FundsLineSpec>, spec: FundsLineSpec | undefined) {
  return { ...defaults, ...spec };
}

/** Rows of a first level share its merged cell: the merges of column `col` over the rows. */
function levelMerges(rows: SelfEvalRow[], firstRow: number, col: string): string[] {
  const merges: string[] = [];
  let start = -1;
  rows.forEach((row, i) => {
    if (row[0] === null) return;
    if (start >= 0 && i - 1 > start)
      merges.push(`${col}${firstRow + start}:${col}${firstRow + i - 1}`);
    start = i;
  });
  if (start >= 0 && rows.length - 1 > start)
    merges.push(`${col}${firstRow + start}:${col}${firstRow + rows.length - 1}`);
  return merges;
}

/**
 * The central template (A–I): header, 项目资金 block (rows 5–9), 年度总体目标 (rows 10–11),
 * indicator header on row 12, indicators from row 13, then the 总分 row.
 */
export function centralSelfEvaluation(spec: SelfEvalSpec = {}): SheetSnapshot {
  const rows = new SheetRows(9);
  const total = line(TOTAL_LINE, spec.total);
  const fiscal = line(FISCAL_LINE, spec.fiscal);
  const carryOver = line(EMPTY_LINE, spec.carryOver);
  const other = line(EMPTY_LINE, spec.other);
  const fundsRow = (label: string, l: Required<FundsLineSpec>) =>
    rows.add([null, label, l.initial, l.budget, l.executed, l.points, l.rate, l.score, l.reason]);
  rows.add(["项目支出绩效自评表"]);
  rows.add(["(2023年度)"]);
  rows.add(["项目名称", spec.name ?? "高标准农田建设"]);
  rows.add(["主管部门", "县农业农村局", null, null, null, "实施单位", "县农田建设服务中心"]);
  rows.add([
    `项目资金\n(${spec.unit ?? "万元"})`,
    null,
    "年初预算数",
    "全年预算数",
    "全年执行数",
    "分值",
    "执行率",
    "得分",
  ]);
  fundsRow("年度资金总额", total);
  fundsRow("其中：当年财政拨款", fiscal);
  fundsRow("上年结转资金", carryOver);
  fundsRow("其他资金", other);
  rows.add(["年度总体目标", "预期目标", null, null, null, "实际完成情况"]);
  const goal = {
    expected: "新建高标准农田2000亩，提升农业综合生产能力",
    actual: "新建高标准农田2100亩，已通过验收",
    ...spec.goal,
  };
  rows.add([null, goal.expected, null, null, null, goal.actual]);
  const headerRow = rows.add([
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "年度指标值",
    "实际完成值",
    "分值",
    "得分",
    "偏差原因分析及改进措施",
  ]);
  const indicators = spec.indicators ?? SELF_EVAL_INDICATORS;
  for (const [level1, level2, name, target, actual, points, score, reason] of indicators)
    rows.add([null, level1, level2, name, target, actual, points, score, reason]);
  const lastIndicator = headerRow + indicators.length;
  const merges = [
    "A1:I1",
    "A2:I2",
    "B3:I3",
    "B4:E4",
    "G4:I4",
    "A5:A9",
    "A10:A11",
    "B10:E10",
    "F10:I10",
    "B11:E11",
    "F11:I11",
    `A${headerRow}:A${lastIndicator}`,
    ...levelMerges(indicators, headerRow + 1, "B"),
  ];
  if (spec.totalRow !== null) {
    const { points = 100, score = 99.5 } = spec.totalRow ?? {};
    const row = rows.add(["总分", null, null, null, null, null, points, score]);
    merges.push(`A${row}:F${row}`);
  }
  if (spec.reasonNote !== undefined) {
    const row = rows.add(["偏差原因分析", spec.reasonNote]);
    merges.push(`B${row}:I${row}`);
  }
  return rows.snapshot("项目支出绩效自评表", merges);
}

/** One indicator of the provincial form: level1, level2, name, symbol, value, unit, actual, points, score, reason. */
export type ProvincialRow = [
  string | null,
  string,
  string,
  string,
  SpecCell,
  string,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
];

export const PROVINCIAL_INDICATORS: ProvincialRow[] = [
  ["产出指标", "数量指标", "发放覆盖率", "=", 100, "%", "100%", 60, 60, null],
  ["效益指标", "社会效益指标", "足额保障率", "=", 100, "%", "100%", 30, 30, null],
];

export interface ProvincialSpec {
  total?: FundsLineSpec;
  fiscal?: FundsLineSpec;
  indicators?: ProvincialRow[];
  totalRow?: { points?: SpecCell; score?: SpecCell } | null;
}

/**
 * The provincial form (A–K, as 四川): 项目名称, 预算执行情况(10分) with 年初预算 · 调整后预算数 ·
 * 预算执行数 · 预算执行率 · 权重 · 得分 · 原因 (rows 5–7), indicators under
 * 指标性质 · 指标值 · 度量单位 · 完成值 · 权重 · 得分 · 未完成原因分析 (header row 8), 合计.
 */
export function provincialSelfEvaluation(spec: ProvincialSpec = {}): SheetSnapshot {
  const rows = new SheetRows(11);
  const total = line(
    {
      initial: 200,
      budget: 250,
      executed: 250,
      rate: "100.00%",
      points: 10,
      score: 10,
      reason: null,
    },
    spec.total
  );
  const fiscal = line(
    {
      initial: 200,
      budget: 250,
      executed: 250,
      rate: "100.00%",
      points: "/",
      score: "/",
      reason: null,
    },
    spec.fiscal
  );
  rows.add(["部门预算项目支出绩效自评表(2023年度)"]);
  rows.add(["项目名称", "工资性支出"]);
  rows.add(["主管部门", "县发展和改革局", null, null, null, "实施单位", null, "县发展和改革局"]);
  rows.add([
    "预算执行情况(10分)",
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
  ]);
  const fundsRow = (label: string, l: Required<FundsLineSpec>) =>
    rows.add([null, label, l.initial, l.budget, l.executed, l.rate, l.points, l.score, l.reason]);
  fundsRow("总额", total);
  fundsRow("其中:财政资金", fiscal);
  rows.add([null, "其他资金", null, null, null, null, "/", "/"]);
  const headerRow = rows.add([
    "绩效指标(90分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
  ]);
  const indicators = spec.indicators ?? PROVINCIAL_INDICATORS;
  for (const row of indicators) rows.add([null, ...row]);
  const merges = ["A1:K1", "B2:K2", "B3:E3", "F3:G3", "H3:K3", "A4:A7", "I4:K4"];
  merges.push(`A${headerRow}:A${headerRow + indicators.length}`);
  if (spec.totalRow !== null) {
    const { points = 100, score = 100 } = spec.totalRow ?? {};
    const row = rows.add(["合计", null, null, null, null, null, null, null, points, score]);
    merges.push(`A${row}:H${row}`);
  }
  return rows.snapshot("部门预算项目支出绩效自评表", merges);
}

export interface CountySpec {
  budget?: SpecCell;
  executed?: SpecCell;
  rate?: SpecCell;
  score?: SpecCell;
}

/**
 * A county variant (云南 昌宁, 湖北 通城): 预算执行情况(万元)(20分) with 预算数(A) · 执行数(B) ·
 * 执行率(B/A) · 得分(20分*执行率) on one line (row 4), no 分值 column anywhere and no place
 * for reasons; indicators under 年初目标值(A) · 实际完成值(B) · 得分 from row 6.
 */
export function countySelfEvaluation(spec: CountySpec = {}): SheetSnapshot {
  const rows = new SheetRows(7);
  const { budget = 50, executed = 10, rate = 20, score = 4 } = spec;
  rows.add(["2022年度项目支出绩效自评表"]);
  rows.add(["项目名称", null, "生猪养殖场建设项目"]);
  rows.add([
    "预算执行情况(万元)\n(20分)",
    null,
    "预算数(A)",
    "执行数(B)",
    "执行率(B/A)",
    "得分\n(20分*执行率)",
  ]);
  rows.add(["年度财政资金总额", null, budget, executed, rate, score]);
  rows.add([
    "年度绩效目标\n(80分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "年初目标值(A)",
    "实际完成值(B)",
    "得分",
  ]);
  rows.add([null, "产出指标", "数量指标", "种公猪(≥头)", 2, 2, 40]);
  rows.add([null, "效益指标", "社会效益指标", "带动农户增收(≥户)", 20, 20, 40]);
  return rows.snapshot("项目支出绩效自评表", [
    "A1:G1",
    "A2:B2",
    "C2:G2",
    "A3:B3",
    "A4:B4",
    "A5:A7",
  ]);
}

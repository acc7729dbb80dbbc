/**
 * A 项目支出绩效自评表 in the central template (财预〔2020〕10号), for the self-evaluation
 * rules' case tables: header, funds block, goal pair, the indicator grid
 * 一级 · 二级 · 三级 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施 (columns
 * A–H, the grid's header on row 12, the first indicator on row 13), and the 总分 row.
 */
import {
  CellValue,
  parseRangeA1,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";

export interface SelfEvaluationRow {
  level1: string;
  level2: string;
  name: string;
  target: CellValue;
  actual: CellValue;
  points: CellValue;
  score: CellValue;
  reason?: CellValue;
  /** Number formats of the row's cells (`{ points: "0%" }` shows 0.25 as 25%). */
  formats?: Partial<Record<keyof typeof SE, string>>;
}

/** Column letters of the grid, for case tables: `${SE.score}13`. */
export const SE = {
  target: "D",
  actual: "E",
  points: "F",
  score: "G",
  reason: "H",
} as const;

/** Sheet row (1-based) of the grid's first indicator. */
export const FIRST_INDICATOR_ROW = 13;

/** A clean grid: every score follows from its target and actual; the points add up to 90. */
export const CLEAN_SELF_EVALUATION: SelfEvaluationRow[] = [
  {
    level1: "产出指标(50分)",
    level2: "数量指标",
    name: "新建高标准农田面积",
    target: "≥2000亩",
    actual: "2100亩",
    points: 15,
    score: 15,
  },
  {
    level1: "产出指标(50分)",
    level2: "质量指标",
    name: "农田建设验收合格率",
    target: "≥95%",
    actual: "98%",
    points: 15,
    score: 15,
  },
  {
    level1: "产出指标(50分)",
    level2: "时效指标",
    name: "年度任务完成时间",
    target: "2023年12月31日前",
    actual: "2023年11月完成",
    points: 10,
    score: 10,
  },
  {
    level1: "产出指标(50分)",
    level2: "成本指标",
    name: "亩均建设成本",
    target: "≤1500元/亩",
    actual: "1450元/亩",
    points: 10,
    score: 10,
  },
  {
    level1: "效益指标(30分)",
    level2: "社会效益指标",
    name: "受益农户数",
    target: "≥3000户",
    actual: "3200户",
    points: 15,
    score: 15,
  },
  {
    level1: "效益指标(30分)",
    level2: "可持续影响指标",
    name: "农田设施长期发挥效益",
    target: "长期有效",
    actual: "达成预期指标",
    points: 15,
    score: 15,
  },
  {
    level1: "满意度指标(10分)",
    level2: "服务对象满意度指标",
    name: "农户满意度",
    target: "≥90%",
    actual: "95%",
    points: 10,
    score: 10,
  },
];

/** The clean grid with some rows changed: `selfEvaluationWith({ 1: { score: 12 } })`. */
export function selfEvaluationWith(
  changes: Record<number, Partial<SelfEvaluationRow>>,
  base: SelfEvaluationRow[] = CLEAN_SELF_EVALUATION
): SelfEvaluationRow[] {
  return base.map((row, i) => ({ ...row, ...changes[i] }));
}

/** The self-evaluation with these indicator rows (the clean grid by default). */
export function selfEvaluationTable(
  rows: SelfEvaluationRow[] = CLEAN_SELF_EVALUATION
): SheetSnapshot {
  const blank = (): CellValue[] => [null, null, null, null, null, null, null, null];
  const line = (...cells: CellValue[]): CellValue[] => [...cells, ...blank()].slice(0, 8);
  const totalScore = rows.reduce<number>((sum, r) => sum + (Number(r.score) || 0), 10);
  const values: CellValue[][] = [
    line("2023年度项目支出绩效自评表"),
    line("项目名称", "高标准农田建设"),
    line("主管部门", "县农业农村局", null, null, "实施单位", "县农田建设服务中心"),
    line(
      "项目资金（万元）",
      null,
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分"
    ),
    line(null, "年度资金总额", 300, 300, 300, 10, "100%", 10),
    line(null, "其中：当年财政拨款", 300, 300, 300, "—", "—", "—"),
    line(null, "上年结转资金", 0, 0, 0, "—", "—", "—"),
    line(null, "其他资金", 0, 0, 0, "—", "—", "—"),
    line("年度总体目标", "预期目标", null, null, "实际完成情况"),
    line(
      null,
      "新建高标准农田2000亩，农户满意度不低于90%",
      null,
      null,
      "新建高标准农田2100亩，农户满意度95%"
    ),
    line("绩效指标"),
    line(
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施"
    ),
    ...rows.map((r) =>
      line(r.level1, r.level2, r.name, r.target, r.actual, r.points, r.score, r.reason ?? null)
    ),
    line("总分", null, null, null, null, 100, totalScore, null),
  ];
  const last = values.length;
  const mergeList = [
    "A1:H1",
    "B2:H2",
    "B3:D3",
    "F3:H3",
    "A4:B4",
    "A5:A8",
    "A9:A10",
    "B9:D9",
    "E9:H9",
    "B10:D10",
    "E10:H10",
    "A11:H11",
    `A${last}:E${last}`,
  ];
  const columns = Object.values(SE).map((letter) => letter.charCodeAt(0) - 65);
  const numberFormats = values.map((_, r) => {
    const formats = rows[r - (FIRST_INDICATOR_ROW - 1)]?.formats ?? {};
    const line = values[r].map(() => "General");
    (Object.keys(SE) as Array<keyof typeof SE>).forEach((key, i) => {
      const format = formats[key];
      if (format) line[columns[i]] = format;
    });
    return line;
  });
  return snapshotFromRows("项目支出绩效自评表", values, {
    numberFormats,
    merges: mergeList.map((range) => {
      const parsed = parseRangeA1(range);
      if (!parsed) throw new Error(`bad range ${range}`);
      return parsed;
    }),
  });
}

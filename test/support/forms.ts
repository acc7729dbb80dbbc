/**
 * Small tables laid out as real forms lay them out, for rule case tables: a
 * department-wide table (DOMAIN.md §4b), a table with a kind column, a prose grid.
 */
import { PLACEHOLDERS } from "../../src/domain/template";
import {
  CellValue,
  parseRangeA1,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";

function merges(...ranges: string[]) {
  return ranges.map((range) => {
    const parsed = parseRangeA1(range);
    if (!parsed) throw new Error(`bad range ${range}`);
    return parsed;
  });
}

/** 部门整体支出绩效目标表: 部门名称, duties, funds as 基本支出 + 项目支出, 年度履职目标. */
export function departmentTable(
  options: { name?: CellValue; total?: CellValue; basic?: CellValue; project?: CellValue } = {}
): SheetSnapshot {
  const rows: CellValue[][] = [
    ["2024年度部门整体支出绩效目标表", null, null, null, null],
    [
      "部门（单位）名称",
      options.name === undefined ? "县农业农村局" : options.name,
      null,
      null,
      null,
    ],
    ["年度主要任务", "推进高标准农田建设，做好农业技术推广", null, null, null],
    [
      "年度预算资金（万元）",
      "资金总额",
      options.total === undefined ? 1200 : options.total,
      null,
      null,
    ],
    [null, "其中：基本支出", options.basic === undefined ? 800 : options.basic, null, null],
    [null, "项目支出", options.project === undefined ? 400 : options.project, null, null],
    ["年度履职目标", "完成全年农田建设与农技推广任务", null, null, null],
    ["一级指标", "二级指标", "三级指标", "指标值", "备注"],
    ["产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", null],
    [null, "质量指标", "农田建设验收合格率", "≥95%", null],
    [null, "时效指标", "年度任务完成时间", "2024年12月31日前", null],
    [null, "成本指标", "亩均建设成本", "≤1500元/亩", null],
    ["效益指标", "社会效益指标", "受益农户数", "≥3000户", null],
    ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", null],
  ];
  return snapshotFromRows("部门整体", rows, {
    merges: merges("A1:E1", "B2:E2", "B3:E3", "A4:A6", "B7:E7", "A9:A12"),
  });
}

export const DEPARTMENT_TABLE = departmentTable();

/** One row of a table with a kind column: name, kind, target, unit. */
export type KindRow = [string, string | null, CellValue, string | null];

/**
 * A project table with a 指标值类型 column and a separate 度量单位 column (as many
 * provinces' budget systems export it): 一级 · 二级 · 三级 · 类型 · 指标值 · 单位.
 */
export function kindTable(rows: KindRow[], kindLabel = "指标值类型"): SheetSnapshot {
  // The levels of the mof-2015 template's placeholder rows, one per row.
  const levels = PLACEHOLDERS["mof-2015"];
  const values: CellValue[][] = [
    ["项目名称", "农村公路养护", null, "主管部门", "县交通运输局", null],
    ["年度资金总额", 120, null, "年度目标", "完成全县农村公路养护", null],
    ["一级指标", "二级指标", "三级指标", kindLabel, "指标值", "度量单位"],
    ...rows.map(([name, kind, target, unit], i) => {
      const [level1, level2] = levels[Math.min(i, levels.length - 1)];
      return [level1, level2, name, kind, target, unit];
    }),
  ];
  return snapshotFromRows("指标值类型", values);
}

/** Clean rows for kindTable: every kind agrees with its target. */
export const CLEAN_KIND_ROWS: KindRow[] = [
  ["养护里程", "定量", "≥125", "公里"],
  ["养护合格率", "定量", "≥95", "%"],
  ["完成时间", "定量", "2024年12月31日前", null],
  ["公里养护成本", "定量", "≤1.2", "万元/公里"],
  ["群众出行条件", "定性", "明显改善", null],
  ["群众满意度", "定量", "≥90", "%"],
];

/** 湖南 2017 部门整体支出绩效目标申报表: no indicator header, each indicator a paragraph. */
export function proseTable(paragraphs: string[]): SheetSnapshot {
  const values: CellValue[][] = [
    ["部门整体支出绩效目标申报表", null, null],
    ["部门名称", "南岳区实验中学", null],
    ["年度预算申请(万元)", "资金总额:704", null],
    ["整体绩效目标", "提高教学质量", null],
    ...paragraphs.map((text, i): CellValue[] => [
      i === 0 ? "部门整体支出\n年度绩效指标" : null,
      i === 0 ? "产出指标" : null,
      text,
    ]),
    ["财政部门审核意见", "(盖章) 年 月 日", null],
  ];
  const last = 4 + paragraphs.length - 1;
  return snapshotFromRows("部门整体", values, {
    merges: merges("A1:C1", `A5:A${last + 1}`, `B5:B${last + 1}`),
  });
}

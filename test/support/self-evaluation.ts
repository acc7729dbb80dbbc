/**
 * Builds a self-evaluation on the national 项目支出绩效自评表 layout (9 columns, A–I) from a
 * spec of its scores, for tests of what is computed from one.
 */
import {
  CellRange,
  CellValue,
  parseRangeA1,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";

export interface SelfEvaluationIndicator {
  points: CellValue;
  score: CellValue;
  reason?: string;
}

export interface SelfEvaluationLevel {
  /** 产出, 效益 or 满意度. */
  kind: "产出" | "效益" | "满意度";
  /** Written into the name: `产出指标(50分)`. */
  statedPoints?: number;
  indicators: SelfEvaluationIndicator[];
}

export interface SelfEvaluationSpec {
  name?: string;
  budget?: { points: CellValue; score: CellValue };
  levels: SelfEvaluationLevel[];
  total?: { points: CellValue; score: CellValue };
}

const SECOND_LEVEL: Record<SelfEvaluationLevel["kind"], string> = {
  产出: "数量指标",
  效益: "社会效益指标",
  满意度: "服务对象满意度指标",
};

/** The first indicator row (1-based), under the funds block, the goal pair and the header. */
export const FIRST_INDICATOR_ROW = 13;

export function selfEvaluationSheet(spec: SelfEvaluationSpec, sheetName = "自评表"): SheetSnapshot {
  const budget = spec.budget ?? { points: 10, score: 10 };
  const rows: CellValue[][] = [
    ["项目支出绩效自评表"],
    ["（2023年度）"],
    ["项目名称", spec.name ?? "农村道路养护"],
    ["主管部门", "县交通运输局", null, null, "实施单位", "县公路所"],
    [
      "项目资金（万元）",
      null,
      null,
      "年初预算数",
      "全年预算数",
      "全年执行数",
      "分值",
      "执行率",
      "得分",
    ],
    [null, "年度资金总额", null, 100, 100, 90, budget.points, "90%", budget.score],
    [null, "其中：当年财政拨款", null, 100, 100, 90, "—", "90%", "—"],
    [null, "上年结转资金", null, null, null, null, "—", null, "—"],
    [null, "其他资金", null, null, null, null, "—", null, "—"],
    ["年度总体目标", "预期目标", null, null, null, "实际完成情况"],
    [null, "完成道路养护任务", null, null, null, "完成道路养护任务"],
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "年度指标值",
      "实际完成值",
      "分值",
      "得分",
      "偏差原因分析及改进措施",
    ],
  ];
  const merges = ["A1:I1", "A2:I2", "B3:I3", "A5:A9", "B6:C6", "B7:C7", "B8:C8", "B9:C9"];
  merges.push("A10:A11", "B10:E10", "F10:I10", "B11:E11", "F11:I11");
  let number = 0;
  for (const level of spec.levels) {
    const first = rows.length + 1;
    level.indicators.forEach((indicator, i) => {
      number++;
      const name =
        i > 0
          ? null
          : `${level.kind}指标${level.statedPoints === undefined ? "" : `（${level.statedPoints}分）`}`;
      rows.push([
        null,
        name,
        i === 0 ? SECOND_LEVEL[level.kind] : null,
        `指标${number}完成率`,
        "≥90%",
        "95%",
        indicator.points,
        indicator.score,
        indicator.reason ?? null,
      ]);
    });
    const last = rows.length;
    if (last > first) merges.push(`B${first}:B${last}`, `C${first}:C${last}`);
  }
  merges.push(`A${FIRST_INDICATOR_ROW - 1}:A${rows.length}`);
  if (spec.total) {
    rows.push(["总分", null, null, null, null, null, spec.total.points, spec.total.score]);
    merges.push(`A${rows.length}:F${rows.length}`);
  }
  return snapshotFromRows(sheetName, rows, {
    merges: merges.map((ref) => parseRangeA1(ref) as CellRange),
  });
}

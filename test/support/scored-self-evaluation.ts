/**
 * A scored self-evaluation for the indicator rules' case tables: the central template of
 * test/support/self-evaluation.ts with a grid that has one indicator of each kind the
 * scoring reads (≥, ≤ under 成本, a deadline, a qualitative one). The grid's columns:
 * 年度指标值 E, 实际完成值 F, 分值 G, 得分 H, 偏差原因 I; the first indicator is on row 13.
 */
import { SheetSnapshot } from "../../src/domain/snapshot";
import { centralSelfEvaluation, SelfEvalRow, SpecCell } from "./self-evaluation";

export interface ScoredRow {
  level1: string;
  level2: string;
  name: string;
  target: SpecCell;
  actual: SpecCell;
  points: SpecCell;
  score: SpecCell;
  reason?: SpecCell;
}

/** Every score follows from its target and actual; the points add up to 90. */
export const SCORED_INDICATORS: ScoredRow[] = [
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

/** The scored self-evaluation with some rows changed: `scoredSelfEvaluation({ 1: { score: 12 } })`. */
export function scoredSelfEvaluation(
  changes: Record<number, Partial<ScoredRow>> = {}
): SheetSnapshot {
  const rows = SCORED_INDICATORS.map((row, i) => ({ ...row, ...changes[i] }));
  const indicators = rows.map((row, i): SelfEvalRow => [
    // A first level is written on its first row; the builder merges it down.
    i === 0 || row.level1 !== rows[i - 1].level1 ? row.level1 : null,
    row.level2,
    row.name,
    row.target,
    row.actual,
    row.points,
    row.score,
    row.reason ?? null,
  ]);
  const scores = rows.map((row) => (typeof row.score === "number" ? row.score : 0));
  const total = scores.reduce((sum, score) => sum + score, 9.5);
  return centralSelfEvaluation({ indicators, totalRow: { score: total } });
}

import rule from "../../src/domain/rules/table-weights-sum";
import { CellRange, CellValue, parseRangeA1, snapshotFromRows } from "../../src/domain/snapshot";
import { runRuleTests } from "../support/ruleTester";

/** A goal table with a 权重 column (重庆 2023's 指标 · 指标权重 · 计量单位 · 指标性质 · 指标值). */
function weighted(weights: CellValue[], merges: string[] = []) {
  const names = [
    "培训人数",
    "培训合格率",
    "按期完成率",
    "人均培训成本",
    "群众知晓率",
    "学员满意度",
  ];
  const levels = [
    ["产出指标", "数量指标"],
    ["产出指标", "质量指标"],
    ["产出指标", "时效指标"],
    ["产出指标", "成本指标"],
    ["效益指标", "社会效益指标"],
    ["满意度指标", "服务对象满意度指标"],
  ];
  const targets: CellValue[][] = [
    ["≥", 100, "人"],
    ["≥", 95, "%"],
    ["≥", 95, "%"],
    ["≤", 500, "元"],
    ["≥", 90, "%"],
    ["≥", 90, "%"],
  ];
  return snapshotFromRows(
    "表",
    [
      ["项目名称", "干部培训", null, null, null, null, null],
      ["主管部门", "某局", null, null, null, null, null],
      ["年度资金总额", 50, null, null, null, null, null],
      ["年度目标", "完成培训100人", null, null, null, null, null],
      ["一级指标", "二级指标", "三级指标", "权重", "符号", "指标值", "单位"],
      ...weights.map((weight, i) => [...levels[i], names[i], weight, ...targets[i]]),
    ],
    { merges: merges.map((a1) => parseRangeA1(a1) as CellRange) }
  );
}

runRuleTests(rule, {
  valid: [
    { name: "no weight column", table: {} },
    { name: "weights adding up to 100", snapshot: weighted([20, 20, 10, 20, 20, 10]) },
    {
      name: "to 90, the budget's execution taking 10 (重庆 2023, 甘孜 2023)",
      snapshot: weighted([20, 10, 10, 20, 20, 10]),
    },
    { name: "as fractions adding up to 1", snapshot: weighted([0.2, 0.2, 0.1, 0.2, 0.2, 0.1]) },
    {
      name: "written with % and 分",
      snapshot: weighted(["20%", "20%", "10%", "20%", "20%", "10分"]),
    },
    {
      name: "a weight merged over two rows: not summed",
      snapshot: weighted([30, null, 10, 20, 10, 10], ["D6:D7"]),
    },
    {
      name: "a row left unweighted: not summed",
      snapshot: weighted([20, 20, null, 20, 10, 10]),
    },
  ],
  invalid: [
    {
      name: "weights adding up to 70, at the first weight",
      snapshot: weighted([20, 10, 10, 10, 10, 10]),
      findings: [{ address: "D6", messageId: "sum", message: "指标权重合计70，不是100" }],
    },
    {
      name: "weights in % adding up to 110",
      snapshot: weighted(["30%", "20%", "10%", "20%", "20%", "10%"]),
      findings: [{ address: "D6", messageId: "sum", message: "合计110" }],
    },
    {
      name: "weights typed in full-width digits (３０％) adding up to 110",
      snapshot: weighted(["３０％", "２０％", "１０％", "２０％", "２０％", "１０％"]),
      findings: [{ address: "D6", messageId: "sum", message: "合计110" }],
    },
  ],
});

/**
 * Scoring tables (部门整体支出绩效评价评分表, 岳阳 2019; 寿县 2023): no target column, each row
 * scored by the standard written beside its name (`三级指标 · 评分标准 · 分值 · 自评得分`). They
 * are read as self-evaluations whose rows set no target, their levels those of the province's
 * evaluation framework, which the profiles do not judge.
 */
import { checkWorkbook } from "../../src/domain/check";
import { nameInTitle } from "../../src/domain/model";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEADER = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分", "扣分原因"];

function check(rows: CellValue[][]) {
  const result = checkWorkbook([snapshotFromRows("评分表", [HEADER, ...rows])]);
  const [checked, ...others] = result.sheets[0].tables;
  expect(others).toEqual([]);
  return checked;
}

const SCORED: CellValue[][] = [
  ["规划 (9分)", "基础信息 (3分)", "基础信息完整性", "信息真实、完整(3分)", 3, 3, null],
  [null, "工作计划 (6分)", "年度工作计划完整性", "计划完整可行(3分)", 3, 3, null],
  [null, null, "年度工作计划明确性", "计划明确可操作(3分)", 3, 3, null],
  ["执行 (6分)", "预算执行 (6分)", "预算执行率", "执行率≥90%得满分", 6, 6, null],
];

describe("a scoring table", () => {
  it("is read as a self-evaluation with no target column, its points and scores by row", () => {
    const { table } = check(SCORED);
    expect(table.layout).toBe("none");
    expect(table.form).toBe("selfEvaluation");
    expect(table.columns.value).toBeUndefined();
    expect([table.columns.standard, table.columns.weight, table.columns.score]).toEqual([3, 4, 5]);
    expect(
      table.indicators.map((row) => [row.level3.text, row.weight?.value, row.score?.value])
    ).toEqual([
      ["基础信息完整性", 3, 3],
      ["年度工作计划完整性", 3, 3],
      ["年度工作计划明确性", 3, 3],
      ["预算执行率", 6, 6],
    ]);
    expect(table.indicators.every((row) => row.target.number === null)).toBe(true);
  });

  it("asks no target of its rows, and leaves its framework's levels unjudged", () => {
    const { findings } = check(SCORED);
    expect(findings.filter((f) => f.severity !== "info").map((f) => f.ruleId)).toEqual([]);
  });

  it("still holds its scores to its points", () => {
    const rows = SCORED.map((row) => [...row]);
    rows[1][5] = 4; // 4 of 3 points
    rows[3][5] = 5; // 5 of 6, no reason given
    const found = check(rows).findings.map((f) => `${f.address} ${f.ruleId}`);
    expect(found).toContain("F3 selfeval/score-above-points");
    expect(found).toContain("G5 selfeval/shortfall-no-reason");
  });

  it("needs its standard, points and scores: a header with only a standard is not read", () => {
    const rows = [["一级指标", "二级指标", "三级指标", "评分标准", "备注"], ...SCORED];
    const result = checkWorkbook([snapshotFromRows("表", rows)]);
    expect(result.sheets[0].tables).toEqual([]);
    expect(result.sheets[0].notes.map((n) => n.ruleId)).toEqual(["recognize/unreadable-header"]);
  });

  it("takes no name from a title that only names the form", () => {
    expect(nameInTitle("2023年度部门整体支出绩效评价自评表")).toBe("");
    expect(nameInTitle("部门整体支出绩效评价评分表")).toBe("");
    expect(nameInTitle("耕地保护项目绩效评价自评表")).toBe("耕地保护");
  });
});

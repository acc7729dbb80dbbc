/**
 * The 国家发展改革委 template for 中央预算内投资计划绩效目标表 (舒城 2023): first levels 实施效果指标
 * (产出 · 效益 · 满意度 as its second levels) and 过程管理指标 (计划 · 资金 · 项目管理, 监督检查).
 */
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { CellValue } from "../../src/domain/snapshot";
import { parseProfileId, profileImpliedBy } from "../../src/domain/vocabulary";

/** The template's grid under `header` (its first label as written), rows as given. */
function sheet(header: string, rows: CellValue[][]) {
  return snapshotFromRows("表", [
    ["专项名称", "以工代赈示范工程", null, null],
    ["本次下达中央预算内投资(万元)", 853, null, null],
    [header, "二级指标", "三级指标", "指标值"],
    ...rows,
  ]);
}

const CLEAN: CellValue[][] = [
  ["实施效果指标", "产出指标", "劳务报酬占中央投资比例", "≥32.68%"],
  ["实施效果指标", "效益指标", "项目区农村基础设施条件", "持续改善"],
  ["实施效果指标", "满意度指标", "参与工程建设的群众满意度", "≥90%"],
  ["过程管理指标", "计划管理指标", "投资计划分解(转发)用时", "≤20工作日"],
  ["过程管理指标", "资金管理指标", "中央预算内投资支付率", "≥95%"],
  ["过程管理指标", "项目管理指标", "项目开工率", "≥95%"],
  ["过程管理指标", "监督检查指标", "审计、督查、巡视等指出问题项目比例", "≤1%"],
];

function findingsOf(header: string, rows: CellValue[][]) {
  const tables = recognize(sheet(header, rows));
  expect(tables).toHaveLength(1);
  return checkTables(tables).flatMap((result) => result.findings);
}

describe("the 中央预算内投资 template", () => {
  it("is the profile of a table with 实施效果指标 or 过程管理指标, and the flag's", () => {
    expect(profileImpliedBy("实施效果指标", "产出指标")).toBe("ndrc-investment");
    expect(profileImpliedBy("过程管理指标", "")).toBe("ndrc-investment");
    expect(profileImpliedBy("产出指标", "数量指标")).toBeUndefined();
    expect(parseProfileId("ndrc-investment")).toBe("ndrc-investment");
    expect(recognize(sheet("一级指标", CLEAN))[0].profile).toBe("ndrc-investment");
  });

  it("gives its clean table no finding on the indicators, its levels its own", () => {
    const onRows = findingsOf("一级指标", CLEAN).filter((f) => !/^[AB][12]$/.test(f.address));
    expect(onRows.map((f) => `${f.address} ${f.ruleId}`)).toEqual([]);
  });

  it("still holds its rows to the usual rules, and its levels to its own", () => {
    const rows = CLEAN.map((row) => [...row]);
    rows[4][3] = "95%";
    rows[5][1] = "数量指标";
    const found = findingsOf("一级指标", rows).map((f) => `${f.address} ${f.ruleId}`);
    expect(found).toContain("D8 indicator/missing-symbol");
    expect(found).toContain("B9 indicator/level2-not-allowed");
  });

  it("reads a first-level label that lost its 一 (`级指标`) as the first level", () => {
    const [table] = recognize(sheet("级指标", CLEAN));
    expect(table.columns.level1).toBe(0);
    expect(table.unknownColumns).toEqual([]);
  });

  it("reads 本次下达中央预算内投资 as the funds total", () => {
    const [table] = recognize(sheet("一级指标", CLEAN));
    expect(table.header.fundsTotal?.value.value).toBe(853);
  });
});

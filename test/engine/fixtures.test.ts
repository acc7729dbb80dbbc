/**
 * The seed workbooks: eight tables with four indicators each, recognized in both
 * layouts, and every finding at its exact cell (sidecar `<name>.expected.json`).
 */
import { readFileSync } from "fs";
import { checkWorkbook } from "../../src/domain/check";
import { fixturePath, loadFixture } from "../support/fixtures";

interface Expected {
  tables: Array<{
    sheet: string;
    range: string;
    projectName: string;
    indicatorCount: number;
    findings: string[];
  }>;
}

const PROJECT_NAMES = [
  "土地转用征收组卷费用 (2017-2020)",
  "2017 土地转用征收组卷费用",
  "第三次全国国土调查",
  "2019 年度土地变更调查",
  "自然资源统一确权登记",
  "2019 年自然资源卫片执法",
  "土壤污染调查",
  "地质灾害防治调查",
];

function resultOf(name: string) {
  const result = checkWorkbook(loadFixture(name));
  return result.sheets.flatMap((sheet) => sheet.tables);
}

describe.each(["hebei-2020-stacked.xlsx", "hebei-2020-seed.xlsx"])("%s", (name) => {
  const tables = resultOf(name);
  const expected = JSON.parse(
    readFileSync(fixturePath(name.replace(".xlsx", ".expected.json")), "utf8")
  ) as Expected;

  it("recognizes the eight projects, four indicators each, with their names", () => {
    expect(tables.map((t) => t.table.header.projectName?.value.text)).toEqual(PROJECT_NAMES);
    expect(tables.map((t) => t.table.indicators.length)).toEqual(new Array(8).fill(4));
  });

  it("matches the sidecar: ranges and every finding at its cell", () => {
    const actual = tables.map(({ table, findings }) => ({
      sheet: table.sheet,
      range: table.rangeA1,
      projectName: table.header.projectName?.value.text,
      indicatorCount: table.indicators.length,
      findings: findings.map((f) => `${f.address} ${f.severity} ${f.ruleId}`),
    }));
    expect(actual).toEqual(expected.tables);
  });

  it("calls only the mixed qualitative/quantitative row of project 3 an error", () => {
    const errors = tables.flatMap((t) => t.findings.filter((f) => f.severity === "error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      ruleId: "indicator/qualitative-with-number",
      sheet: tables[2].table.sheet,
    });
    expect(errors[0].message).toContain("文字描述");
    expect(errors[0].address).toBe(tables[2].table.indicators[2].value.address);
  });

  it("flags the seed's known defects where a reviewer would", () => {
    const byRule = (ruleId: string) =>
      tables.flatMap((t, i) =>
        t.findings.filter((f) => f.ruleId === ruleId).map((f) => ({ project: i + 1, f }))
      );
    // Blank 实施单位 in projects 2–8.
    expect(byRule("header/missing-recommended").map((x) => x.project)).toEqual([
      2, 3, 4, 5, 6, 7, 8,
    ]);
    // 完成本年任务 in the 单位 column (projects 3 and 5).
    expect(
      byRule("indicator/unit-not-a-unit").map((x) => [
        x.project,
        x.f.message.includes("完成本年任务"),
      ])
    ).toEqual([
      [3, true],
      [5, true],
    ]);
    // 领导满意度 (projects 1, 6, 7, 8).
    expect(byRule("satisfaction/leader-or-staff").map((x) => x.project)).toEqual([1, 6, 7, 8]);
    // Satisfaction set with = (projects 1–5).
    expect(byRule("satisfaction/target").map((x) => x.project)).toEqual([1, 2, 3, 4, 5]);
    // A 地块 count in 次 (project 7) and a count under 质量指标 (project 8).
    const plots = byRule("indicator/unit-mismatch");
    expect(plots.map((x) => x.project)).toEqual([7]);
    expect(plots[0].f.address).toBe(tables[6].table.indicators[0].unit.address);
    const counts = byRule("quality/bare-count");
    expect(counts.map((x) => x.project)).toEqual([8]);
    expect(counts[0].f.address).toBe(tables[7].table.indicators[1].unit.address);
    // Cost with ≥ (project 1).
    expect(byRule("cost/target").map((x) => x.project)).toEqual([1]);
  });

  it("reads merged first-level cells from their top row", () => {
    const first = tables[0].table.indicators;
    expect(first.map((row) => row.level1.text)).toEqual([
      "产出指标",
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
    expect(first[1].level1Inherited).toBe(true);
    expect(first[1].level1.address).toBe(first[0].level1.address);
  });
});

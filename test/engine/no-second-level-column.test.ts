/**
 * Forms that have no column for the second level: 海南 2018's (`指标类型` merged down over two
 * header rows, `绩效指标`, `绩效目标`, `绩效标准` over 优 · 良 · 中 · 差, a note under the grid) and
 * 湖南 2017's department form (the second level written at the start of the name,
 * `成本指标:全年预算…`). Their first levels are read and judged; a blank second level is no
 * defect where the form asks for none.
 */
import { checkWorkbook } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { CellRange, CellValue, parseRangeA1, snapshotFromRows } from "../../src/domain/snapshot";

function ranges(addresses: string[]): CellRange[] {
  return addresses.map((address) => {
    const range = parseRangeA1(address);
    if (!range) throw new Error(`bad range ${address}`);
    return range;
  });
}

const HAINAN: CellValue[][] = [
  ["项目绩效目标表", null, null, null, null, null, null],
  ["项目名称:展览馆运行维护项目", null, null, null, null, null, null],
  ["指标类型", "绩效指标", "绩效目标", "绩效标准", null, null, null],
  [null, null, null, "优", "良", "中", "差"],
  [
    "产出指标",
    "指标1:物业管理面积",
    "≥6500平方米",
    "6500平方米以上",
    "5500-6500",
    "4500-5500",
    "4500以下",
  ],
  [null, "指标2:设备维修率", "≥20%", "20%以上", "15%-20%", "10%-15%", "10%以下"],
  ["成效指标", "指标1:展示设备使用率", "≥80%", "80%以上", "70%-80%", "60%-70%", "60%以下"],
  [null, "指标2:正常运转天数", "≥200天", "200天以上", "170-200天", "140-170天", "140天以下"],
  ["注:以预算批复的绩效目标为准填列。", null, null, null, null, null, null],
];
const HAINAN_MERGES = [
  "A1:G1",
  "A2:G2",
  "A3:A4",
  "B3:B4",
  "C3:C4",
  "D3:G3",
  "A5:A6",
  "A7:A8",
  "A9:G9",
];

function hainan(rows = HAINAN, merges = HAINAN_MERGES) {
  return snapshotFromRows("表", rows, { merges: ranges(merges) });
}

describe("海南 2018: 指标类型 over two header rows, no second-level column", () => {
  it("reads 指标类型 as the first level, the note under the grid left out of its sample", () => {
    const [table] = recognize(hainan());
    expect(table.columns.level1).toBe(0);
    expect(table.columns.level2).toBeUndefined();
    expect(table.indicators.map((row) => row.level1.text)).toEqual([
      "产出指标",
      "产出指标",
      "成效指标",
      "成效指标",
    ]);
  });

  it("tells the unknown first level, and no blank second level", () => {
    const findings = checkWorkbook([hainan()]).sheets[0].tables[0].findings;
    const level1 = findings.filter((f) => f.ruleId === "indicator/unknown-level1");
    expect(level1.map((f) => f.address)).toEqual(["A7"]);
    expect(findings.filter((f) => f.ruleId === "indicator/level2-not-allowed")).toEqual([]);
  });
});

describe("a side label merged down over the grid's rows", () => {
  it("is no column of levels, even with the next form's title right under the grid", () => {
    const rows: CellValue[][] = [
      ["绩效指标", "指标", "指标权重", "计量单位", "指标性质", "指标值"],
      [null, "按月发放", 20, "次", "=", 1],
      [null, "领取补助人数", 20, "人", "≥", 100],
      ["2022年部门(单位)整体绩效目标表", null, null, null, null, null],
    ];
    const snapshot = snapshotFromRows("表", rows, { merges: ranges(["A1:A3"]) });
    const [table] = recognize(snapshot);
    expect(table.columns.level1).toBeUndefined();
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings;
    expect(findings.filter((f) => f.ruleId === "indicator/unknown-level1")).toEqual([]);
  });
});

const HUNAN: CellValue[][] = [
  ["部门整体支出绩效目标申报表", null, null],
  ["部门名称", "某中学", null],
  ["部门整体支出年度绩效指标", "产出指标", "数量指标:在校学生≥1200人"],
  [null, null, "成本指标:全年预算全额用于保障教育教学。"],
  [null, "效益指标", "社会效益指标:教学秩序良好"],
];

describe("湖南 2017: the second level written at the start of the name", () => {
  const snapshot = snapshotFromRows("表", HUNAN, { merges: ranges(["A3:A5", "B3:B4"]) });

  it("is read as the row's second level", () => {
    const [table] = recognize(snapshot);
    expect(table.indicators.map((row) => row.level2.text)).toEqual([
      "数量指标",
      "成本指标",
      "社会效益指标",
    ]);
  });

  it("is judged: a cost indicator without an amount is told, no second level is called blank", () => {
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings;
    expect(findings.filter((f) => f.ruleId === "cost/target").map((f) => f.address)).toEqual([
      "C4",
    ]);
    expect(findings.filter((f) => f.ruleId === "indicator/level2-not-allowed")).toEqual([]);
  });
});

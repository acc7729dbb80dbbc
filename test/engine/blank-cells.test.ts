/**
 * Cells left blank, as forms sent back for them have: the blank is told where it is, and the
 * rest of the grid is read as it would be with the cell filled in.
 * - A row whose name was left blank stays in the grid, whatever its other cells read as (each
 *   case once ended the grid at that row and lost every indicator below it).
 * - A level left blank does not cost its column the role its other cells give it (each case
 *   once lost the column, and with it every level below).
 */
import { checkWorkbook } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEAD: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];

function sheet(rows: CellValue[][], merges: CellRange[]) {
  return snapshotFromRows("表", [HEAD, ...rows], { merges });
}

describe("a blank name", () => {
  it("beside a date target, under a level merged down over it, keeps the rows below", () => {
    // 武川 2021's 时效指标 rows: 开工时限 · 2021年7月, then the 竣工时限 row without its name.
    const rows: CellValue[][] = [
      ["产出指标", "数量指标", "新增特色产业数量", "≥1个"],
      [null, "时效指标", "开工时限", "2021年7月"],
      [null, null, null, "2021年9月"],
      ["效益指标", "社会效益指标", "带动脱贫户增收", "≥2000元"],
      ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥95%"],
    ];
    const merges = [
      { top: 1, bottom: 3, left: 0, right: 0 },
      { top: 2, bottom: 3, left: 1, right: 1 },
    ];
    const [table] = recognize(sheet(rows, merges));
    expect(table.indicators.map((row) => row.row)).toEqual([1, 2, 3, 4, 5]);
    const findings = checkWorkbook([sheet(rows, merges)]).sheets[0].tables[0].findings;
    expect(findings.some((f) => f.ruleId === "indicator/missing-name" && f.address === "C4")).toBe(
      true
    );
    expect(findings.some((f) => f.ruleId === "table/missing-category")).toBe(false);
  });

  it("under a first level of the form's own words with a second level beside it", () => {
    // 宁晋 2019: `项目年度绩效目标(定量指标)` over `制度指标`, the first row's name left blank.
    const rows: CellValue[][] = [
      ["项目年度绩效目标(定量指标)", "制度指标", null, "建立"],
      [null, "产出数量指标", "享受资助人数", "≥2100人"],
      [null, "质量指标", "建档立卡学生覆盖率", "=100%"],
    ];
    const merges = [{ top: 1, bottom: 3, left: 0, right: 0 }];
    const [table] = recognize(sheet(rows, merges));
    expect(table.indicators.map((row) => row.level2.text)).toEqual([
      "制度指标",
      "产出数量指标",
      "质量指标",
    ]);
  });

  it("does not keep a lone label left of the names, with no level beside it, in the grid", () => {
    const rows: CellValue[][] = [
      ["产出指标", "数量指标", "享受资助人数", "≥2100人"],
      ["其他需要说明事项", null, null, null],
    ];
    const [table] = recognize(sheet(rows, []));
    expect(table.indicators).toHaveLength(1);
  });
});

describe("a blank level", () => {
  it("in the first row of a first-level column headed in other words keeps the column", () => {
    // 临海 2024: 指标类型 over 产出指标 · 效益指标 · 满意度指标, the first one left blank.
    const rows: CellValue[][] = [
      ["指标类型", "指标名称", "指标值", "指标描述"],
      [null, "绿地养护面积", "≥375万平方米", "完成全市绿地养护"],
      [null, "养护检查合格率", "≥95%", "达到绿化全覆盖"],
      ["效益指标", "城市生态环境改善", "明显改善", "保持生态平衡"],
      ["满意度指标", "市民满意度", "≥95%", "服务对象满意率"],
    ];
    const snapshot = snapshotFromRows("表", rows, {
      merges: [{ top: 1, bottom: 2, left: 0, right: 0 }],
    });
    const [table] = recognize(snapshot);
    expect(table.columns.level1).toBe(0);
    expect(table.indicators.map((row) => row.level1.text)).toEqual([
      "",
      "",
      "效益指标",
      "满意度指标",
    ]);
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings;
    expect(findings.some((f) => f.severity === "error" && f.address === "A2")).toBe(true);
  });

  it("in a second-level column headed in other words keeps the column", () => {
    // 宁晋 2019: 评价内容 over 制度指标 · 产出数量指标 · 质量指标 · 时效指标 · 成本指标, one left blank.
    const rows: CellValue[][] = [
      ["评价指标", "评价内容", "指标名称", "目标值", "分值"],
      ["项目年度绩效目标", "制度指标", "规章制度建立与否", "建立", 20],
      [null, "产出数量指标", "享受资助人数", "≥2100人", 20],
      [null, null, "建档立卡学生覆盖率", "=100%", 20],
      [null, "时效指标", "及时发放率", "=100%", 20],
      [null, "成本指标", "资助标准", "≤2000元/人", 20],
    ];
    const snapshot = snapshotFromRows("表", rows, {
      merges: [{ top: 1, bottom: 5, left: 0, right: 0 }],
    });
    const [table] = recognize(snapshot);
    expect(table.columns.level2).toBe(1);
    expect(table.unknownColumns.map((column) => column.col)).toEqual([]);
  });
});

describe("a blank goal", () => {
  const rows = (goal: CellValue): CellValue[][] => [
    ["项目名称", null, "省级水利专项资金", null, null, null],
    ["资金情况(万元)", null, "资金总额", 100, "其中:财政拨款", 100],
    ["总 体 目 标", null, goal, null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "指标值"],
    [null, "产出指标", "数量指标", "开展小型水利工程建设", "反映工程开展情况", "≥7个"],
  ];
  const merges = [
    { top: 0, bottom: 0, left: 0, right: 1 },
    { top: 0, bottom: 0, left: 2, right: 5 },
    { top: 1, bottom: 1, left: 0, right: 1 },
    { top: 2, bottom: 2, left: 0, right: 1 },
    { top: 2, bottom: 2, left: 2, right: 5 },
  ];

  it("in the wide cell beside its 总体目标 label is told blank there, not as a label not found", () => {
    // 安溪 2022's layout, the goal not written yet.
    const snapshot = snapshotFromRows("表", rows(null), { merges });
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings;
    expect(findings.some((f) => f.ruleId === "header/missing-required" && f.address === "C3")).toBe(
      true
    );
    const notFound = findings.filter((f) => f.ruleId === "header/field-not-found");
    expect(notFound.map((f) => f.message).join("")).not.toContain("年度目标");
  });

  it("is the text written there once it is written", () => {
    const snapshot = snapshotFromRows("表", rows("开展7个小型水利工程建设"), { merges });
    const [table] = recognize(snapshot);
    expect(table.header.goal?.value.text).toBe("开展7个小型水利工程建设");
  });
});

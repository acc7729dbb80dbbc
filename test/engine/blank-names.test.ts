/**
 * A row whose name was left blank stays in the grid, whatever its other cells read as: the
 * missing name is told on its row, and the rows below it are still read and checked.
 * (Each case once ended the grid at that row and lost every indicator below it.)
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

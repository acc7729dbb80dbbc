/**
 * Names numbered as some provinces number them (`1.培训人数`, `2、开设课程数量`): one left alone on
 * its row, its target not written, is an indicator missing its target, not a heading that ends
 * the grid (which lost every row below it, and told the table it had no 效益 or 满意度 indicators).
 */
import { checkWorkbook } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEAD: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];

const ROWS: CellValue[][] = [
  ["产出指标", "数量指标", "1.主体班培训人次", "≥280人次"],
  [null, null, "2.开设课程数量", null],
  [null, "质量指标", "3.培训完成率", "=100%"],
  ["效益指标", "社会效益指标", "4.干部理论水平", "明显提升"],
  ["满意度指标", "服务对象满意度指标", "5.学员满意度", "≥95%"],
];

function sheet(rows: CellValue[][], merges: CellRange[] = []) {
  return snapshotFromRows("表", [HEAD, ...rows], { merges });
}

function findingsOf(rows: CellValue[][], merges?: CellRange[]) {
  return checkWorkbook([sheet(rows, merges)]).sheets[0].tables[0].findings;
}

describe("a numbered name alone on its row", () => {
  it("is an indicator without a target when the levels above are left blank", () => {
    const [table] = recognize(sheet(ROWS));
    expect(table.indicators.map((row) => row.level3.text)).toEqual([
      "1.主体班培训人次",
      "2.开设课程数量",
      "3.培训完成率",
      "4.干部理论水平",
      "5.学员满意度",
    ]);
    const findings = findingsOf(ROWS);
    expect(findings.some((f) => f.ruleId === "indicator/missing-value" && f.address === "D3")).toBe(
      true
    );
    expect(findings.some((f) => f.ruleId === "table/missing-category")).toBe(false);
  });

  it("is an indicator under levels merged down over it", () => {
    const merges = [
      { top: 1, bottom: 3, left: 0, right: 0 },
      { top: 1, bottom: 2, left: 1, right: 1 },
    ];
    const [table] = recognize(sheet(ROWS, merges));
    expect(table.indicators).toHaveLength(5);
    expect(table.indicators[1].level2.text).toBe("数量指标");
  });

  it("still ends a grid that has no level columns, where headings stand in the name column", () => {
    const snapshot = snapshotFromRows(
      "表",
      [
        ["指标名称", "指标值", "分值", "得分"],
        ["主体班培训人次", "≥280人次", 10, 10],
        ["二、项目实施计划", null, null, null],
        ["按季度开展培训", "4期", null, null],
      ],
      { merges: [] }
    );
    const [table] = recognize(snapshot);
    expect(table.indicators.map((row) => row.level3.text)).toEqual(["主体班培训人次"]);
  });
});

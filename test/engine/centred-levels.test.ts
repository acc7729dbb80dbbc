/**
 * A first level centred in its rows, in cells never merged (黄石 2022, a table converted from
 * a PDF or copied from a web page): the blank rows above the name at the top of the grid are
 * its rows, when their second levels belong under it.
 */
import { checkWorkbook } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEAD: CellValue[] = ["一级指标", "二级指标", "三级指标", "指标值"];

function grid(rows: CellValue[][]) {
  return snapshotFromRows("表", [HEAD, ...rows], { merges: [] });
}

const CENTRED: CellValue[][] = [
  [null, "数量指标", "主体班培训人次", "≥280人次"],
  [null, null, "开设课程数量", "≥220门"],
  ["产出指标", null, "邀请名师授课人次", "≥25人次"],
  [null, "质量指标", "培训完成率", "=100%"],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥95%"],
];

describe("a first level centred in unmerged cells", () => {
  it("is the first level of the blank rows above it, and its row keeps the second level above", () => {
    const [table] = recognize(grid(CENTRED));
    expect(table.indicators.map((row) => [row.level1.text, row.level2.text])).toEqual([
      ["产出指标", "数量指标"],
      ["产出指标", "数量指标"],
      ["产出指标", "数量指标"],
      ["产出指标", "质量指标"],
      ["满意度指标", "服务对象满意度指标"],
    ]);
    const findings = checkWorkbook([grid(CENTRED)]).sheets[0].tables[0].findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is not taken for rows whose second levels belong elsewhere: their blank level is told", () => {
    const rows = CENTRED.map((row, i) => (i === 2 ? ["效益指标", ...row.slice(1)] : row));
    const [table] = recognize(grid(rows));
    expect(table.indicators[0].level1.text).toBe("");
    const errors = checkWorkbook([grid(rows)]).sheets[0].tables[0].findings;
    expect(errors.some((f) => f.ruleId === "indicator/unknown-level1" && f.address === "A2")).toBe(
      true
    );
  });

  it("is not taken when the name starts a merge down its rows: the blank above it is blank", () => {
    const snapshot = snapshotFromRows("表", [HEAD, ...CENTRED], {
      merges: [{ top: 3, bottom: 4, left: 0, right: 0 }],
    });
    const [table] = recognize(snapshot);
    expect(table.indicators[0].level1.text).toBe("");
  });
});

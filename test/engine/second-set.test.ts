/**
 * A second indicator grid right under the first, with no header block of its own: the
 * same form's second set (长期 then 年度) shares the first's header; a grid of another
 * layout (a scoring table stacked one row under a goal table) is a table of its own.
 */
import { recognize } from "../../src/domain/recognize";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEADER: CellValue[][] = [
  ["项目名称", "道路提质改造", null, null],
  ["主管部门", "县交通运输局", null, null],
  ["年度目标", "完成道路提质改造5公里", null, null],
];
const GOAL_GRID = (side: string): CellValue[][] => [
  [side, "一级指标", "二级指标", "三级指标", "指标值"],
  [null, "产出指标", "数量指标", "改造道路长度", "≥5公里"],
  [null, "效益指标", "社会效益指标", "通行条件", "明显改善"],
];

function tables(rows: CellValue[][]) {
  const width = Math.max(...rows.map((row) => row.length));
  return recognize(
    snapshotFromRows(
      "表",
      rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill(null)]),
      { merges: [] }
    )
  );
}

describe("a grid right under another, with no header block of its own", () => {
  it("is the same form's second set (长期 then 年度): it shares the first's header", () => {
    const [longTerm, annual] = tables([
      ...HEADER.map((row) => [null, ...row]),
      ...GOAL_GRID("长期绩效指标"),
      ...GOAL_GRID("年度绩效指标"),
    ]);
    expect(annual.continues).toBe(longTerm.index);
    expect(annual.header.projectName?.value.text).toBe("道路提质改造");
  });

  it("is a table of its own when its layout is another (a scoring table, no targets)", () => {
    const [goals, scoring] = tables([
      ...HEADER.map((row) => [null, ...row]),
      ...GOAL_GRID("绩效指标"),
      [],
      [null, "一级指标", "二级指标", "三级指标", "评分标准", "分值", "自评得分"],
      [null, "投入", "预算配置", "财政供养人员控制率", "以100%为标准", 5, 5],
    ]);
    expect(goals.layout).not.toBe(scoring.layout);
    expect(scoring.continues).toBeUndefined();
    expect(scoring.header.projectName).toBeUndefined();
  });
});

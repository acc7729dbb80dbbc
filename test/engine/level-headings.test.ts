/**
 * A grid without level columns that writes its levels as heading rows over its indicators
 * (`指标名称 · 指标值 · 分值 · 得分`, then `一、产出指标`, `1.数量指标`, each alone in the name
 * column): the headings give the rows below their levels and are no indicators themselves.
 */
import { checkWorkbook } from "../../src/domain/check";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEADER: CellValue[][] = [
  ["项目名称", "培训项目", null, null],
  ["年度目标", "完成年度培训任务", null, null],
  ["指标名称", "指标值", "分值", "得分"],
];

function checked(rows: CellValue[][]) {
  const result = checkWorkbook([snapshotFromRows("表", [...HEADER, ...rows])]);
  const [table, ...others] = result.sheets[0].tables;
  expect(others).toEqual([]);
  return table;
}

const GRID: CellValue[][] = [
  ["一、产出指标(40分)", null, null, null],
  ["1.数量指标", null, null, null],
  ["培训人数", "≥100人", 10, 10],
  ["培训场次", "≥5场", 10, 10],
  ["2.时效指标", null, null, null],
  ["培训完成率", "=100%", 20, 20],
  ["二、效益指标", null, null, null],
  ["技能提升", "明显提升", 30, 30],
  ["三、满意度指标", null, null, null],
  ["学员满意度", "≥90%", 30, 30],
];

describe("levels written as heading rows", () => {
  it("give the rows below them their levels, and are no indicators", () => {
    const { table } = checked(GRID);
    expect(
      table.indicators.map((row) => [row.level1.text, row.level2.text, row.level3.text])
    ).toEqual([
      ["一、产出指标(40分)", "1.数量指标", "培训人数"],
      ["一、产出指标(40分)", "1.数量指标", "培训场次"],
      ["一、产出指标(40分)", "2.时效指标", "培训完成率"],
      // A first level starts its second levels anew.
      ["二、效益指标", "", "技能提升"],
      ["三、满意度指标", "", "学员满意度"],
    ]);
    expect(table.indicators.every((row) => row.level1Inherited)).toBe(true);
    expect(table.indicators[0].level1Points).toBe(40);
  });

  it("ask no target of the headings, and hold the rows to their levels' rules", () => {
    const { findings } = checked(GRID);
    expect(findings.filter((f) => f.ruleId === "indicator/missing-value")).toEqual([]);
    // 培训完成率 = 100% under 时效指标 says no time: the heading made it a timeliness indicator.
    expect(findings.map((f) => `${f.address} ${f.ruleId}`)).toContain("A9 timeliness/no-time");
  });

  it("may stand in a 序号 column merged across the row", () => {
    const rows = [
      ["序号", "指标名称", "指标值", "分值", "得分"],
      ["一、产出指标", null, null, null, null],
      [1, "培训人数", "≥100人", 50, 50],
      ["二、满意度指标", null, null, null, null],
      [2, "学员满意度", "≥90%", 50, 50],
    ];
    const across = (row: number) => ({ top: row, left: 0, bottom: row, right: 4 });
    const snapshot = snapshotFromRows(
      "表",
      [...HEADER.slice(0, 2).map((r) => [...r, null]), ...rows],
      {
        merges: [across(3), across(5)],
      }
    );
    const [{ table }] = checkWorkbook([snapshot]).sheets[0].tables;
    expect(table.indicators.map((row) => [row.level1.text, row.level3.text])).toEqual([
      ["一、产出指标", "培训人数"],
      ["二、满意度指标", "学员满意度"],
    ]);
  });

  it("are only level names alone in the name column: a row with a target is an indicator", () => {
    const rows = GRID.map((row) => [...row]);
    rows[1] = ["数量指标", "≥3个", 10, 10];
    const { table } = checked(rows);
    expect(table.indicators.map((row) => row.level3.text)).toContain("数量指标");
  });
});

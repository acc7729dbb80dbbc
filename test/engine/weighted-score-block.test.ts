/**
 * A 自评得分 label spanning its own score columns (河北: 单项指标得分 · 权重占比(%) ·
 * 单项指标折算得分): the weight is 权重占比 and the score the 折算得分 that adds up to the
 * total, whatever a 指标分值 column further left holds.
 */
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const HEADER: CellValue[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标分值",
  "年度指标值",
  "实际完成值",
  "自评得分",
  null,
  null,
];
const SUB: CellValue[] = [
  null,
  null,
  null,
  null,
  null,
  null,
  "单项指标得分",
  "权重占比(%)",
  "单项指标折算得分",
];

/** Rows under the two header rows; the header's first six labels span both rows. */
function sheet(rows: CellValue[][], scoreSpan = true) {
  const merges: CellRange[] = [0, 1, 2, 3, 4, 5].map((c) => ({
    top: 0,
    left: c,
    bottom: 1,
    right: c,
  }));
  if (scoreSpan) merges.push({ top: 0, left: 6, bottom: 0, right: 8 });
  return snapshotFromRows("绩效自评表", [HEADER, SUB, ...rows], { merges });
}

const ROWS: CellValue[][] = [
  ["产出指标", "数量指标", "新建高标准农田面积", "当年新建面积", "≥2万亩", "2.1万亩", 100, 40, 40],
  ["效益指标", "社会效益指标", "受益农户数", "受益户数", "≥3000户", "3200户", 100, 60, 60],
];

describe("a 自评得分 block of three columns", () => {
  it("reads 权重占比 as the weight and 单项指标折算得分 as the score", () => {
    const [table] = recognize(sheet(ROWS));
    expect(table.columns.weight).toBe(7);
    expect(table.columns.score).toBe(8);
    expect(table.indicators.map((row) => [row.weight?.address, row.score?.address])).toEqual([
      ["H3", "I3"],
      ["H4", "I4"],
    ]);
  });

  it("judges the weighted score against the weight", () => {
    const rows = ROWS.map((row, i) => (i === 0 ? [...row.slice(0, 6), 25, 40, 10] : row));
    const findings = checkTables(recognize(sheet(rows)))
      .flatMap((result) => result.findings)
      .filter((f) => f.ruleId.startsWith("selfeval/"))
      .map((f) => `${f.address} ${f.ruleId}`);
    expect(findings).toEqual(["I3 selfeval/score-not-following"]);
  });

  it("with a label under the span that gives no role, reads the sub-labels as far as before", () => {
    const header = [
      "一级指标",
      "二级指标",
      "三级指标",
      "指标值",
      null,
      null,
      "实际完成值",
      "自评得分",
      null,
    ];
    const sub = [null, null, null, "符号", "值", "单位", null, "得分", "备用栏"];
    const merges: CellRange[] = [0, 1, 2, 6].map((c) => ({ top: 0, left: c, bottom: 1, right: c }));
    merges.push({ top: 0, left: 3, bottom: 0, right: 5 }, { top: 0, left: 7, bottom: 0, right: 8 });
    const row = ["产出指标", "数量指标", "新建高标准农田面积", "≥", 2, "万亩", "2.1万亩", 20, null];
    const [table] = recognize(snapshotFromRows("绩效自评表", [header, sub, row], { merges }));
    expect([table.columns.symbol, table.columns.value, table.columns.unit]).toEqual([3, 4, 5]);
    expect(table.columns.score).toBe(7);
  });

  it("without the span, reads the row above as before: 指标分值 the weight, 自评得分 the score", () => {
    const [table] = recognize(sheet(ROWS, false));
    expect(table.columns.weight).toBe(3);
    expect(table.columns.score).toBe(6);
  });
});

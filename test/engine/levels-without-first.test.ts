/**
 * A header of the second and third levels with no first level (大庆's template: `二级指标 ·
 * 三级指标` under a spanning `指标名称`, beside `上年度实际水平 · 本年度计划水平 ·
 * 指标内容/计算公式` merged down over both header rows), its numbered stand-in names, and the
 * funds grid above it that shows last year's amounts beside this year's; and a grid with no level
 * labels whose levels stand under words the reader does not know (宁晋: 评价指标 · 评价内容).
 */
import { recognize, recognizeSheet } from "../../src/domain/recognize";
import { columnKeyOf } from "../../src/domain/recognize/labels";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const column = (top: number, bottom: number, col: number): CellRange => ({
  top,
  left: col,
  bottom,
  right: col,
});

/** Rows 0–1 the two header rows, rows 2–7 the grid: two merged second levels of `1.` `2.` `……`. */
const HEADER_ROWS: CellValue[][] = [
  ["绩效\n指标", "指标名称", null, "上年度\n实际水平", "本年度\n计划水平", "指标内容/计算公式"],
  [null, "二级指标", "三级指标", null, null, null],
];
const MERGES: CellRange[] = [
  column(0, 7, 0),
  { top: 0, left: 1, bottom: 0, right: 2 },
  column(0, 1, 3),
  column(0, 1, 4),
  column(0, 1, 5),
  column(2, 4, 1),
  column(5, 7, 1),
];

function daqing(grid: CellValue[][]) {
  return recognizeSheet(snapshotFromRows("表", [...HEADER_ROWS, ...grid], { merges: MERGES }));
}

const BLANK_GRID: CellValue[][] = [
  [null, "目标完成程度", "1.", null, null, null],
  [null, null, "2.", null, null, null],
  [null, null, "……", null, null, null],
  [null, "项目实施效益", "1.", null, null, null],
  [null, null, "2.", null, null, null],
  [null, null, "……", null, null, null],
];

describe("a header of the second and third levels, with no first level", () => {
  it("gives 本年度计划水平 the targets and 上年度实际水平 last year's values", () => {
    expect(columnKeyOf("本年度计划水平")).toBe("value");
    expect(columnKeyOf("计划水平")).toBe("value");
    expect(columnKeyOf("上年度实际水平")).toBe("history");
    expect(columnKeyOf("上年实际水平")).toBe("history");
  });

  it("is read, its labels merged down over both header rows", () => {
    const filled: CellValue[][] = [
      [null, "目标完成程度", "完成培训人次", null, "≥200人次", "参训人数"],
      [null, null, "培训合格率", 0.9, "≥95%", "合格人数/参训人数"],
    ];
    const { tables, unreadable } = daqing(filled);
    expect(unreadable).toEqual([]);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table.indicatorHeaderRow).toBe(1);
    expect(table.layout).toBe("single");
    expect(table.columns).toEqual({
      side: 0,
      level2: 1,
      level3: 2,
      history: 3,
      value: 4,
      description: 5,
    });
    expect(table.indicators.map((row) => [row.level2.text, row.level3.text])).toEqual([
      ["目标完成程度", "完成培训人次"],
      ["目标完成程度", "培训合格率"],
    ]);
    expect(table.indicators[1].target).toMatchObject({ comparator: "≥", number: 95, unit: "%" });
  });

  it("is not read when a column left of the second level holds text below the header", () => {
    // The first level may stand there under a label the reader does not know as one.
    const grid: CellValue[][] = [
      ["产出指标", "数量指标", "完成培训人次", null, "≥200人次", null],
      ["效益指标", "社会效益指标", "培训合格率", null, "≥95%", null],
    ];
    const rows = [...HEADER_ROWS, ...grid];
    const merges = MERGES.filter((merge) => merge.left !== 0 && merge.top < 2);
    const { tables, unreadable } = recognizeSheet(snapshotFromRows("表", rows, { merges }));
    expect(tables).toEqual([]);
    // As before such headers were read: no note either, the row has a column of targets.
    expect(unreadable).toEqual([]);
  });
});

describe("a template's numbered stand-in names", () => {
  it("are rows of the grid, none of them filled, a lone `2.` no heading", () => {
    const [table] = daqing(BLANK_GRID).tables;
    expect(table.indicators.map((row) => row.level3.text)).toEqual([
      "1.",
      "2.",
      "……",
      "1.",
      "2.",
      "……",
    ]);
    expect(table.indicators.filter((row) => row.filled)).toEqual([]);
  });
});

describe("a funds grid showing last year's amounts beside this year's", () => {
  const FUNDS: CellValue[][] = [
    ["项目名称", "培训项目", null, null, null, null],
    ["资金来源\n(万元)", "项目", "上年度预算安排", "上年度实际执行", "本年度申请金额", null],
    [null, "合计", 100, 90, 120, null],
    [null, "财政拨款", 80, 70, null, null],
    [null, "上年结转", 20, 20, 20, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
    [null, "产出指标", "数量指标", "完成培训人次", "≥200人次", null],
  ];

  it("reads each fund line's amount under this year's head", () => {
    const [table] = recognize(snapshotFromRows("表", FUNDS, { merges: [column(1, 4, 0)] }));
    expect(table.header.fundsTotal?.value.address).toBe("E3");
    expect(table.header.fundsTotal?.amount).toBe(120);
    expect(table.header.fundsFiscal?.value.address).toBe("E4");
    expect(table.fundSources.map((line) => [line.value.address, line.amount])).toEqual([
      ["E5", 20],
    ]);
  });

  it("reads the heads spaced out to fill their cells (上 年 度 预 算 安 排)", () => {
    const spaced = (text: CellValue) =>
      typeof text === "string" && text.includes("年度") ? Array.from(text).join(" ") : text;
    const rows = FUNDS.map((row, i) => (i === 1 ? row.map(spaced) : row));
    const [table] = recognize(snapshotFromRows("表", rows, { merges: [column(1, 4, 0)] }));
    expect(table.header.fundsTotal?.value.address).toBe("E3");
  });

  it("reads the first amount right of the label when no head names last year", () => {
    const rows = FUNDS.map((row, i) =>
      i === 1 ? ["资金来源\n(万元)", "项目", "年初预算数", "全年预算数", "执行数", null] : row
    );
    const [table] = recognize(snapshotFromRows("表", rows, { merges: [column(1, 4, 0)] }));
    expect(table.header.fundsTotal?.value.address).toBe("C3");
  });
});

describe("a grid without level labels whose column left of the names holds second levels", () => {
  // 宁晋 2019: 评价指标 · 评价内容 · 指标名称 · 指标说明 · 目标值 · 分值 · 备注, no header block.
  const HEAD: CellValue[] = [
    "评价指标",
    "评价内容",
    "指标名称",
    "指标说明",
    "目标值",
    "分值",
    "备注",
  ];
  const ROWS: CellValue[][] = [
    ["项目年度绩效目标", "数量指标", "享受资助人数", "达到预计值", "≥2100人", 10, null],
    [null, "质量指标", "资金支出率", "达到目标值", "≥95%", 10, null],
    [null, "时效指标", "及时发放率", "达到目标值", "≥100%", 20, null],
  ];
  const read = (rows: CellValue[][], merges: CellRange[]) =>
    recognize(snapshotFromRows("表", rows, { merges }));

  it("reads that column as the second level and the side label's column as the first", () => {
    const [table] = read([HEAD, ...ROWS], [column(1, 3, 0)]);
    expect(table.columns).toMatchObject({ level1: 0, level2: 1, level3: 2, value: 4, weight: 5 });
    expect(table.columns.side).toBeUndefined();
    expect(table.unknownColumns).toEqual([]);
    expect(table.indicators.map((row) => [row.level1.text, row.level2.text])).toEqual([
      ["项目年度绩效目标", "数量指标"],
      ["项目年度绩效目标", "质量指标"],
      ["项目年度绩效目标", "时效指标"],
    ]);
  });

  it("keeps a side label merged down over the rows as a side label", () => {
    const [table] = read([HEAD, ...ROWS.map((row) => [null, ...row.slice(1)])], [column(0, 3, 0)]);
    expect(table.columns).toMatchObject({ side: 0, level2: 1, level3: 2 });
    expect(table.columns.level1).toBeUndefined();
  });

  it("leaves the column unknown when most of its texts name no second level", () => {
    const rows = [
      HEAD,
      ...ROWS.map((row, i) => [row[0], i === 0 ? "数量指标" : "学生资助", ...row.slice(2)]),
    ];
    const [table] = read(rows, [column(1, 3, 0)]);
    expect(table.columns.level2).toBeUndefined();
    expect(table.columns.side).toBe(0);
    expect(table.unknownColumns.map((unknown) => unknown.col)).toEqual([1]);
  });
});

/**
 * A row that names indicator levels but cannot be read as a table's header is told as an
 * unreadable header (an info note), so that a sheet is not passed over in silence. (That no
 * such note is added where every table was read is held by the findings snapshot of every
 * fixture and corpus workbook, and by test/cli/inspect.test.ts.)
 */
import { recognizeSheet } from "../../src/domain/recognize";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

/**
 * 大庆's blank template with its targets column headed in words the reader does not know:
 * 二级指标 · 三级指标 under a spanning 指标名称, and no column of targets.
 */
const DAQING_ROWS: CellValue[][] = [
  ["项目名称", null, "项目负责人", null, "联系电话", null],
  ["绩效指标", "指标名称", null, "上年度实际水平", "本年度填报情况", "指标内容/计算公式"],
  [null, "二级指标", "三级指标", null, null, null],
  [null, "目标完成程度", "1.", null, null, null],
  [null, null, "2.", null, null, null],
  [null, "项目实施效益", "1.", null, null, null],
];
const DAQING_MERGES: CellRange[] = [
  { top: 1, left: 0, bottom: 5, right: 0 },
  { top: 1, left: 1, bottom: 1, right: 2 },
];

it("tells a row of 二级指标 · 三级指标 without a first level or a target column as unreadable", () => {
  const { tables, unreadable } = recognizeSheet(
    snapshotFromRows("表", DAQING_ROWS, { merges: DAQING_MERGES })
  );
  expect(tables).toEqual([]);
  expect(unreadable).toEqual([{ row: 2, reason: "noValueColumn" }]);
});

it("says nothing of a row naming one level only", () => {
  const rows: CellValue[][] = [
    ["项目名称", "养护"],
    ["二级指标", "说明"],
    ["数量指标", "一些文字"],
  ];
  expect(recognizeSheet(snapshotFromRows("表", rows)).unreadable).toEqual([]);
});

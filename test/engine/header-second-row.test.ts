/**
 * A second header row refines the spanning labels above it (readIndicatorHeader): each role it
 * gives takes its column there, and a role of the first row left on one of its columns gives
 * way, while roles on columns it does not label stay.
 */
import { recognize } from "../../src/domain/recognize";
import { CellRange, CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const INDICATOR: CellValue[] = ["产出指标", "数量指标", "完成组卷个数", "≥", 12, "个", 10, "备"];

function tableWith(header: CellValue[], second: CellValue[], merges: CellRange[]) {
  const rows = [header, second, INDICATOR];
  const [table] = recognize(snapshotFromRows("表", rows, { merges }));
  return table;
}

/** The levels and the name stand over both header rows. */
const LEVEL_MERGES: CellRange[] = [0, 1, 2].map((col) => ({
  top: 0,
  left: col,
  bottom: 1,
  right: col,
}));

describe("second header row", () => {
  it("splits a spanning 指标值 into 符号 · 值 · 单位, keeping the columns it does not label", () => {
    const table = tableWith(
      ["一级指标", "二级指标", "三级指标", "指标值", "", "", "分值", "备注"],
      ["", "", "", "符号", "值", "单位", "", ""],
      [...LEVEL_MERGES, { top: 0, left: 3, bottom: 0, right: 5 }]
    );
    expect(table.layout).toBe("split");
    expect(table.columns).toMatchObject({ symbol: 3, value: 4, unit: 5, weight: 6, remark: 7 });
    expect(table.indicators[0].target).toMatchObject({ comparator: "≥", number: 12, unit: "个" });
  });

  it("drops a first-row role whose column the second row gives another role", () => {
    // 分值 spans 年度 · 中长期: the second row says what the columns hold, and no 分值 is left.
    const table = tableWith(
      ["一级指标", "二级指标", "三级指标", "符号", "分值", "", "单位", "备注"],
      ["", "", "", "", "年度", "中长期", "", ""],
      [...LEVEL_MERGES, { top: 0, left: 4, bottom: 0, right: 5 }]
    );
    expect(table.columns.value).toBe(4);
    expect(table.columns.midTerm).toBe(5);
    expect(table.columns.weight).toBeUndefined();
    expect(table.columns).toMatchObject({ symbol: 3, unit: 6, remark: 7 });
  });

  it("gives a first-row role the column the second row names it on", () => {
    // 指标值 over two columns, the second row naming 值 on the right one: the value moves there.
    const table = tableWith(
      ["一级指标", "二级指标", "三级指标", "符号", "指标值", "", "单位", "备注"],
      ["", "", "", "", "符号", "值", "", ""],
      [...LEVEL_MERGES, { top: 0, left: 4, bottom: 0, right: 5 }]
    );
    expect(table.columns.symbol).toBe(4);
    expect(table.columns.value).toBe(5);
    expect(table.columns.unit).toBe(6);
  });
});

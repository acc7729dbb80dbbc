/**
 * HeaderCells tells what each cell of a header block holds, read once: the same answers as
 * reading the cells one by one, inside the block and for cells asked outside it.
 */
import { Grid } from "../../src/domain/grid";
import { HeaderCells, inlineLabel } from "../../src/domain/recognize/header-cells";
import { headerMeaning } from "../../src/domain/recognize/labels";
import { CellValue } from "../../src/domain/snapshot";
import { withTextCaches } from "../../src/domain/text";

const ROWS: CellValue[][] = [
  ["1、某某项目绩效目标表", null, null, null, null],
  ["项目名称", "某某项目", null, "* 主管部门：", "某某局"],
  [null, null, null, null, null],
  ["资金情况（万元）", "年度资金总额:", 40, null, "项目负责人：张三"],
  [null, "完成年度工作任务。", null, null, null],
  ["单位：万元", null, null, null, null],
];

const grid = new Grid({ sheetName: "表", originRow: 0, originCol: 0, values: ROWS, merges: [] });

/** What reading the cell alone says: blank, a header label, a label with its value, or text. */
function readAlone(row: number, col: number): string {
  const text = grid.text(row, col);
  if (text === "") return "blank";
  if (headerMeaning(grid.label(row, col)).kind !== "none") return "label";
  return inlineLabel(text) ? "labelWithValue" : "text";
}

function readByCells(cells: HeaderCells, row: number, col: number): string {
  if (cells.isBlank(row, col)) return "blank";
  if (cells.isHeaderLabel(row, col)) return "label";
  return cells.isLabelWithValue(row, col) ? "labelWithValue" : "text";
}

describe("HeaderCells", () => {
  it("tells each cell as reading it alone does, inside the block and outside it", () => {
    withTextCaches(() => {
      // The block covers rows 1–4 and columns 1–3: row 0, row 5 and columns 0 and 4 lie outside.
      const cells = new HeaderCells(grid, 1, 4, 1, 3);
      const seen = new Set<string>();
      for (let row = 0; row < ROWS.length; row++)
        for (let col = 0; col < 5; col++) {
          const expected = readAlone(row, col);
          seen.add(expected);
          expect([row, col, readByCells(cells, row, col)]).toEqual([row, col, expected]);
          const isLabel = expected === "label" || expected === "labelWithValue";
          expect([row, col, cells.isLabel(row, col)]).toEqual([row, col, isLabel]);
        }
      expect([...seen].sort()).toEqual(["blank", "label", "labelWithValue", "text"]);
    });
  });

  it("sums up each row within the block's columns", () => {
    withTextCaches(() => {
      const cells = new HeaderCells(grid, 0, 5, 0, 4);
      expect([0, 1, 2, 3, 4, 5].map((row) => cells.isBlankRow(row))).toEqual([
        false,
        false,
        true,
        false,
        false,
        false,
      ]);
      expect([0, 1, 2, 3, 4, 5].map((row) => cells.soleColumn(row))).toEqual([0, -1, -1, -1, 1, 0]);
      expect([0, 1, 2, 3, 4, 5].map((row) => cells.firstColumn(row))).toEqual([0, 0, -1, 0, 1, 0]);
      expect([0, 1, 2, 3, 4, 5].map((row) => cells.filledCells(row))).toEqual([1, 2, 0, 2, 1, 1]);
      // `单位：万元` states a unit: no label written with its value.
      expect([0, 1, 2, 3, 4, 5].map((row) => cells.hasLabel(row))).toEqual([
        false,
        true,
        false,
        true,
        false,
        false,
      ]);
      expect(cells.meaning(1, 0)).toEqual({ kind: "field", key: "projectName" });
      expect(cells.meaning(1, 1).kind).toBe("none");
    });
  });

  it("asks about columns beyond the block's one cell at a time", () => {
    withTextCaches(() => {
      const cells = new HeaderCells(grid, 1, 4, 1, 2);
      // Row 1 holds a label in column 0 and a label with its value in column 3, both outside.
      expect(cells.hasLabel(1)).toBe(false);
      expect(cells.hasLabel(1, 0, 2)).toBe(true);
      expect(cells.hasLabel(1, 1, 3)).toBe(true);
      expect(cells.meaning(1, 0)).toEqual({ kind: "field", key: "projectName" });
    });
  });

  it("tells the head row of a funds grid: two heads, read whole or cell by cell", () => {
    const funds = new Grid({
      sheetName: "表",
      originRow: 0,
      originCol: 0,
      values: [
        ["资金情况", "年初预算数", "全年预算数（万元）", "执行率"],
        ["其中：", "预算数", "说明", null],
        ["年度资金总额", 100, 90, "90%"],
        [null, "得分", null, "*权重"],
      ],
      merges: [],
    });
    withTextCaches(() => {
      const inside = new HeaderCells(funds, 0, 3, 0, 3);
      expect([0, 1, 2, 3].map((row) => inside.isFundsGridHead(row))).toEqual([
        true,
        false,
        false,
        true,
      ]);
      // Rows outside the block are asked cell by cell, within the block's columns (1–2).
      const narrow = new HeaderCells(funds, 2, 2, 1, 2);
      expect([0, 1, 3].map((row) => narrow.isFundsGridHead(row))).toEqual([true, false, false]);
    });
  });
});

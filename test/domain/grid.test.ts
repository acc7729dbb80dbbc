import { checkWorkbook } from "../../src/domain/check";
import { Grid, mergesLeftOut } from "../../src/domain/grid";
import { Field } from "../../src/domain/model";
import { CellRange, CellValue, SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { normalizeLabel, trimmed } from "../../src/domain/text";

/** Three rows from B3 (rows of different lengths), with host texts and two merges. */
function snapshot(merges: CellRange[] | null): SheetSnapshot {
  return {
    sheetName: "表",
    originRow: 2,
    originCol: 1,
    values: [
      ["项目名称：", " 土地征收 ", 0.95],
      ["产出指标", "\u3000数量指标\n"],
      [null, "ＡＢ（万元）", 12, "—"],
    ],
    texts: [
      ["项目名称：", " 土地征收 ", "95%"],
      ["产出指标", "\u3000数量指标\n"],
      ["", "ＡＢ（万元）", "", "—"],
    ],
    numberFormats: [["General", "General", "0%"]],
    merges,
  };
}

const MERGES: CellRange[] = [
  { top: 3, left: 1, bottom: 4, right: 1 },
  { top: 0, left: 0, bottom: 9, right: 9 },
  { top: 3, left: 1, bottom: 3, right: 2 },
];

/** A field as the JSON output has it: a grid's field spells its address out only when asked. */
function asJson(field: Field): unknown {
  return JSON.parse(JSON.stringify(field));
}

describe("grid", () => {
  const grid = new Grid(snapshot(MERGES));

  it("spans the rows and the longest row", () => {
    expect([grid.top, grid.left, grid.bottom, grid.right]).toEqual([2, 1, 4, 4]);
  });

  it("reads texts trimmed as trim does, and derives those the host left out", () => {
    expect(grid.text(2, 2)).toBe("土地征收");
    expect(grid.text(3, 2)).toBe("数量指标");
    expect(grid.text(2, 3)).toBe("95%");
    expect(grid.text(4, 3)).toBe("12");
    expect([grid.text(4, 1), grid.text(3, 4), grid.text(1, 1), grid.text(9, 9)]).toEqual([
      "",
      "",
      "",
      "",
    ]);
    for (const text of ["", " ", "\u3000a\u00a0", "\ufeffa", "a\u2028", "a b", "\u200ba"])
      expect(trimmed(text)).toBe(text.trim());
  });

  it("gives labels as normalizeLabel does, the same when asked again", () => {
    for (let row = 1; row <= 5; row++)
      for (let col = 0; col <= 5; col++) {
        const label = grid.label(row, col);
        expect(label).toBe(normalizeLabel(grid.text(row, col)));
        expect(grid.label(row, col)).toBe(label);
      }
    expect(grid.label(4, 2)).toBe("AB(万元)");
  });

  it("gives each cell's field, also past the end of a row", () => {
    const field = grid.field(4, 3);
    expect(asJson(field)).toEqual({ row: 4, col: 3, address: "D5", value: 12, text: "12" });
    expect(grid.field(4, 3)).toEqual(field);
    const blank = grid.field(3, 4);
    expect(asJson(blank)).toEqual({ row: 3, col: 4, address: "E4", value: null, text: "" });
    expect(grid.field(3, 4)).toEqual(blank);
    expect(asJson(grid.field(0, 0))).toEqual({
      row: 0,
      col: 0,
      address: "A1",
      value: null,
      text: "",
    });
  });

  it("keeps fields, labels and derived texts apart for every cell of a large sheet", () => {
    // Rows of different lengths, over many thousand cells: each cell keeps its own.
    const values = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: 1 + (r % 5) }, (_, c) => (c === 0 ? r : `第${r}行 ${c}列：`))
    );
    const large = new Grid({ sheetName: "大表", originRow: 7, originCol: 2, values, merges: [] });
    const fields = values.map((row, r) => row.map((_, c) => large.field(r + 7, c + 2)));
    for (let r = 0; r < values.length; r += 7)
      for (let c = 0; c < 6; c++) {
        const address = toA1(r + 7, c + 2);
        const field = large.field(r + 7, c + 2);
        if (c < values[r].length) expect(field).toEqual(fields[r][c]);
        const value = values[r][c] ?? null;
        const text = value === null ? "" : trimmed(String(value));
        expect(asJson(field)).toEqual({ row: r + 7, col: c + 2, address, value, text });
        expect(large.label(r + 7, c + 2)).toBe(normalizeLabel(text));
      }
  });

  it("tells a column empty between two rows as a look at each of its cells would", () => {
    const grid = new Grid(snapshot(MERGES));
    for (let col = grid.left; col <= grid.right + 1; col++)
      for (let top = grid.top; top <= grid.bottom; top++)
        for (let bottom = top - 1; bottom <= grid.bottom; bottom++) {
          let empty = true;
          for (let row = top; row <= bottom; row++) empty &&= grid.text(row, col) === "";
          expect(grid.isColumnEmpty(col, top, bottom)).toBe(empty);
        }
    // B5 is blank; E holds only E5's `—`, which the whole column's look finds.
    expect(grid.isColumnEmpty(1, 4, 4)).toBe(true);
    expect(grid.isColumnEmpty(4)).toBe(false);
  });

  it("finds the merge covering a cell, and the later of two starting at one", () => {
    expect(grid.mergeCoveringCell(4, 1)).toBe(MERGES[0]);
    expect(grid.mergeCoveringCell(2, 4)).toBe(MERGES[1]);
    expect(grid.mergeStartingAt(3, 1)).toBe(MERGES[2]);
    expect(grid.mergeStartingAt(0, 0)).toBe(MERGES[1]);
    expect(grid.mergeStartingAt(4, 1)).toBeUndefined();
    expect(grid.mergeCoveringCell(9, 9)).toBeUndefined();
  });

  it("finds the first written cell as a look at every cell's text would, on every row", () => {
    const naive = (row: number, from: number) => {
      for (let c = from; c <= grid.right; c++) if (grid.text(row, c) !== "") return c;
      return -1;
    };
    for (let row = grid.top - 1; row <= grid.bottom + 1; row++)
      for (let from = grid.left - 1; from <= grid.right + 1; from++)
        expect([row, from, grid.firstWrittenCol(row, from)]).toEqual([row, from, naive(row, from)]);
    // A text the host reported for a cell with no value, and a value it reported no text for.
    const reported = new Grid({
      sheetName: "表",
      originRow: 3,
      originCol: 2,
      values: [[null, null, null, 5]],
      texts: [["", "标签", "", ""]],
      merges: [],
    });
    expect([3, 4, 5].map((from) => reported.firstWrittenCol(3, from))).toEqual([3, 5, 5]);
  });

  it("finds a row's first written cell from a column on, past blank and spaced-out cells", () => {
    expect([
      grid.firstWrittenCol(2),
      grid.firstWrittenCol(2, 2),
      grid.firstWrittenCol(2, 4),
    ]).toEqual([1, 2, -1]);
    // B5 is blank; D5 has a value the host gave no text for.
    expect([
      grid.firstWrittenCol(4),
      grid.firstWrittenCol(4, 3),
      grid.firstWrittenCol(4, 5),
    ]).toEqual([2, 3, -1]);
    const spaced = new Grid({
      sheetName: "表",
      originRow: 0,
      originCol: 0,
      values: [[" ", null, "\u3000", "值"], []],
      texts: [[" ", "", "\u3000", "值"], []],
      merges: [],
    });
    expect([
      spaced.firstWrittenCol(0),
      spaced.firstWrittenCol(1),
      spaced.firstWrittenCol(5),
    ]).toEqual([3, -1, -1]);
  });

  it("finds merges as a scan of all of them does, for merges reaching past the grid", () => {
    // Areas of one to three rows and columns, some starting above the grid or ending below it.
    const merges: CellRange[] = Array.from({ length: 60 }, (_, i) => {
      const top = ((i * 7) % 23) - 3;
      const left = (i * 5) % 11;
      return { top, left, bottom: top + (i % 3), right: left + ((i >> 1) % 3) };
    });
    const values = Array.from({ length: 15 }, () => [null]);
    const sheet = new Grid({ sheetName: "表", originRow: 2, originCol: 0, values, merges });
    for (let row = 0; row < 22; row++)
      for (let col = 0; col < 14; col++) {
        const inside = row >= 2 && row <= 16;
        const covering = merges.find(
          (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right
        );
        const starting = merges.filter((m) => m.top === row && m.left === col).pop();
        expect(sheet.mergeCoveringCell(row, col)).toBe(inside ? covering : undefined);
        expect(sheet.mergeStartingAt(row, col)).toBe(starting);
      }
  });

  it("knows no merge when the host could not tell", () => {
    const unknown = new Grid(snapshot(null));
    expect(unknown.mergesKnown).toBe(false);
    expect(unknown.mergeCoveringCell(3, 1)).toBeUndefined();
    expect(unknown.mergeStartingAt(3, 1)).toBeUndefined();
  });
});

/**
 * A header, then `rows` indicator rows whose 一级指标 cells are each claimed by a merged area
 * reaching to the last row: areas overlapping as no sheet's can (Excel repairs such a file).
 */
function overlappingMerges(rows: number): SheetSnapshot {
  const values: CellValue[][] = [["一级指标", "二级指标", "三级指标", "指标值"]];
  for (let r = 1; r <= rows; r++) values.push(["产出指标", "数量指标", `指标${r}`, "≥1个"]);
  const merges: CellRange[] = [];
  for (let r = 1; r <= rows; r++) merges.push({ top: r, left: 0, bottom: rows, right: 0 });
  return { sheetName: "表", originRow: 0, originCol: 0, values, merges };
}

describe("merged areas that overlap", () => {
  it("are left out beyond what a sheet could hold, and the check says how many", () => {
    // 10,000 areas over ~50 million row crossings: before, the index alone took ~400 MB and
    // the check ~12 s; 40,000 ran out of memory.
    const sheet = overlappingMerges(10_000);
    const leftOut = mergesLeftOut(sheet);
    expect(leftOut).toBeGreaterThan(9_000);
    expect(leftOut).toBeLessThan(10_000);
    const result = checkWorkbook([sheet]);
    expect(result.sheets[0].tables).toHaveLength(1);
    const cut = result.sheets[0].notes.filter((note) => note.ruleId === "read/sheet-cut");
    expect(cut).toHaveLength(1);
    expect(cut[0].message).toContain(`超出上限的 ${leftOut} 个合并区域未读取`);
    expect(cut[0].messageEn).toContain(`merged areas beyond the limit not read: ${leftOut}`);
  });

  it("add to the areas the host already left out, in one count", () => {
    const sheet = { ...overlappingMerges(3_000), cut: { merges: 5 } };
    const [note] = checkWorkbook([sheet]).sheets[0].notes;
    expect(note.message).toContain(`超出上限的 ${5 + mergesLeftOut(sheet)} 个合并区域未读取`);
  });

  it("are all kept when they do not overlap, however many", () => {
    // 20,000 one-row areas side by side over 10,000 rows: a big sheet, but a possible one.
    const sheet = overlappingMerges(10_000);
    const merges: CellRange[] = [];
    for (let r = 1; r <= 10_000; r++)
      merges.push(
        { top: r, left: 0, bottom: r, right: 1 },
        { top: r, left: 2, bottom: r, right: 3 }
      );
    expect(mergesLeftOut({ ...sheet, merges })).toBe(0);
    expect(checkWorkbook([{ ...sheet, merges }]).sheets[0].notes).toEqual([]);
  });

  it("the areas kept are the first ones given, as the grid reads them", () => {
    const grid = new Grid(overlappingMerges(10_000));
    // The first area (B2 down) is kept: the cell below its top is covered by it.
    expect(grid.mergeCoveringCell(5, 0)).toEqual({ top: 1, left: 0, bottom: 10_000, right: 0 });
    expect(grid.mergeStartingAt(1, 0)).toEqual({ top: 1, left: 0, bottom: 10_000, right: 0 });
  });
});

/** Marking and clearing through the Office adapter: every cell comes back exactly as it was. */
import fc from "fast-check";
import { MARK_FILLS, PlannedMark } from "../../src/domain/marks";
import { toA1 } from "../../src/domain/snapshot";
import { Severity } from "../../src/domain/findings";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { MARKS_SETTING } from "../../src/hosts/office";
import { gridBook, hostOn, markOf, SHEET, syncsOf } from "./support";

const ROWS = 6;
const COLS = 5;
const CELLS = ROWS * COLS;
const addressOf = (i: number) => toA1(Math.floor(i / COLS), i % COLS);

const colour = fc.oneof(
  fc.constantFrom("#FFFFFF", ...Object.values(MARK_FILLS)),
  fc
    .integer({ min: 0, max: 0xffffff })
    .map((n) => `#${n.toString(16).padStart(6, "0").toUpperCase()}`)
);
const severity = fc.constantFrom<Severity>("error", "warning", "info");
const batch = fc.record({
  cells: fc.uniqueArray(fc.integer({ min: 0, max: CELLS - 1 }), { minLength: 1, maxLength: 12 }),
  severity,
  reread: fc.boolean(),
  otherSheet: fc.boolean(),
});

function paint(workbook: FakeWorkbook, fills: (string | null)[], notes: boolean[]): void {
  fills.forEach((fill, i) => fill && workbook.setFill(SHEET, addressOf(i), fill));
  notes.forEach((note, i) => note && workbook.setNote(SHEET, addressOf(i), `用户批注${i}`));
}

describe("mark then clear", () => {
  it("restores every cell's fill and notes exactly (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(colour, { nil: null }), { minLength: CELLS, maxLength: CELLS }),
        fc.array(
          fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
          { minLength: CELLS, maxLength: CELLS }
        ),
        fc.array(batch, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("1.18", "1.17", "1.12", "1.9"),
        async (fills, notes, batches, apiVersion) => {
          const workbook = gridBook(ROWS, COLS, apiVersion);
          paint(workbook, fills, notes);
          workbook.setFill("其他", "A1", "#123456");
          const originalFills = { main: workbook.fills(SHEET), other: workbook.fills("其他") };
          const originalNotes = workbook.notes(SHEET);
          const host = hostOn(workbook);
          await host.readActiveSheet();
          const marked = new Set<string>();
          for (const { cells, severity: level, reread, otherSheet } of batches) {
            if (reread) await host.readActiveSheet();
            const marks: PlannedMark[] = cells.map((i) => markOf(addressOf(i), level));
            if (otherSheet) marks.push(markOf("A1", level, "其他"));
            await host.mark(marks);
            marks.forEach((m) => marked.add(`${m.sheet}!${m.address}`));
            for (const m of marks) expect(workbook.cell(m.sheet, m.address).fill).toBe(m.fill);
          }
          expect(host.markedCount()).toBe(marked.size);
          await host.clearMarks();
          expect(workbook.fills(SHEET)).toEqual(originalFills.main);
          expect(workbook.fills("其他")).toEqual(originalFills.other);
          expect(workbook.notes(SHEET)).toEqual(originalNotes);
          expect(workbook.notes("其他")).toEqual({});
          expect(host.markedCount()).toBe(0);
        }
      ),
      { numRuns: 150 }
    );
  });

  it("takes two syncs to mark (the fills of those cells looked up, then marked) and two to clear", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    expect((await syncsOf(workbook, () => host.readActiveSheet())).syncs).toBe(1);
    expect((await syncsOf(workbook, () => host.mark([markOf("A1"), markOf("B2")]))).syncs).toBe(2);
    expect((await syncsOf(workbook, () => host.mark([markOf("C3")]))).syncs).toBe(2);
    expect((await syncsOf(workbook, () => host.mark([]))).syncs).toBe(0);
    const clear = await syncsOf(workbook, () => host.clearMarks());
    expect(clear).toEqual({ result: 3, syncs: 2 });
    expect((await syncsOf(workbook, () => host.clearMarks())).syncs).toBe(0);
  });

  it("marks a cell outside the read and beside the user's notes, and clears", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    workbook.setNote(SHEET, "E6", "用户批注");
    await host.readActiveSheet();
    expect((await syncsOf(workbook, () => host.mark([markOf("A1"), markOf("Z99")]))).syncs).toBe(2);
    expect(workbook.notes(SHEET)).toEqual({
      A1: "绩效目标表助手：A1",
      E6: "用户批注",
      Z99: "绩效目标表助手：Z99",
    });
    await host.clearMarks();
    expect(workbook.fills(SHEET)).toEqual({});
    expect(workbook.notes(SHEET)).toEqual({ E6: "用户批注" });
  });

  it("looks notes up on a sheet other than the one read before marking it again", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    await host.mark([markOf("A1", "error", "其他")]);
    await host.readActiveSheet();
    await host.mark([markOf("A1", "warning", "其他")]);
    expect(workbook.notes("其他")).toEqual({ A1: "绩效目标表助手：A1" });
    expect(await host.clearMarks()).toBe(1);
    expect(workbook.notes("其他")).toEqual({});
  });

  it("keeps the first original when a marked cell is marked again", async () => {
    const workbook = gridBook(ROWS, COLS);
    workbook.setFill(SHEET, "A1", "#00B050");
    const host = hostOn(workbook);
    await host.readActiveSheet();
    await host.mark([markOf("A1", "info")]);
    await host.readActiveSheet(); // now reads the mark colour as the cell's fill
    await host.mark([markOf("A1", "error")]);
    expect(workbook.cell(SHEET, "A1").fill).toBe(MARK_FILLS.error);
    expect(await host.clearMarks()).toBe(1);
    expect(workbook.cell(SHEET, "A1").fill).toBe("#00B050");
  });
});

describe("notes", () => {
  it("adds a note only where there was none, and removes only those", async () => {
    const workbook = gridBook(ROWS, COLS);
    workbook.setNote(SHEET, "A1", "用户的批注");
    const host = hostOn(workbook);
    await host.mark([markOf("A1"), markOf("B1")]);
    expect(workbook.notes(SHEET)).toEqual({ A1: "用户的批注", B1: "绩效目标表助手：B1" });
    await host.mark([{ ...markOf("B1"), note: "新的说明" }]);
    expect(workbook.cell(SHEET, "B1").note).toBe("新的说明");
    await host.clearMarks();
    expect(workbook.notes(SHEET)).toEqual({ A1: "用户的批注" });
  });

  it("clears even when the user already deleted our note", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    await host.mark([markOf("A1"), markOf("B1")]);
    workbook.setNote(SHEET, "A1", null);
    expect(await host.clearMarks()).toBe(2);
    expect(workbook.notes(SHEET)).toEqual({});
  });
});

describe("the user's changes win", () => {
  it("leaves a cell whose fill the user changed after marking", async () => {
    const workbook = gridBook(ROWS, COLS);
    workbook.setFill(SHEET, "B1", "#FFFF00");
    const host = hostOn(workbook);
    await host.readActiveSheet();
    await host.mark([markOf("A1"), markOf("B1"), markOf("C1")]);
    workbook.setFill(SHEET, "A1", "#00FF00");
    workbook.setFill(SHEET, "C1", null);
    expect(await host.clearMarks()).toBe(1);
    expect(workbook.fills(SHEET)).toEqual({ A1: "#00FF00", B1: "#FFFF00" });
    expect(workbook.notes(SHEET)).toEqual({});
    expect(host.markedCount()).toBe(0);
  });

  it("restores the other sheets' marks when a marked sheet was renamed", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    await host.mark([markOf("A1"), markOf("B1", "error", "其他")]);
    workbook.renameSheet("其他", "改名");
    const { result, syncs } = await syncsOf(workbook, () => host.clearMarks());
    expect(result).toBe(1);
    expect(syncs).toBe(4); // the failed look-up, the sheet names, then the two of a clear
    expect(workbook.fills(SHEET)).toEqual({});
    expect(host.markedCount()).toBe(0);
  });
});

describe("after the workbook is saved, closed and reopened", () => {
  it("still knows the marks and restores them with a new adapter", async () => {
    const workbook = gridBook(ROWS, COLS);
    workbook.setFill(SHEET, "A1", "#C00000");
    workbook.setNote(SHEET, "C1", "用户的批注");
    const host = hostOn(workbook);
    await host.readActiveSheet();
    await host.mark([markOf("A1"), markOf("B1", "warning"), markOf("C1", "info")]);
    expect(workbook.settings.savedValue(MARKS_SETTING)).toHaveLength(3);

    const reopened = workbook.reopen();
    const again = hostOn(reopened);
    expect(again.markedCount()).toBe(3);
    expect(await again.clearMarks()).toBe(3);
    expect(reopened.fills(SHEET)).toEqual({ A1: "#C00000" });
    expect(reopened.notes(SHEET)).toEqual({ C1: "用户的批注" });
    expect(again.markedCount()).toBe(0);
    expect(hostOn(reopened.reopen()).markedCount()).toBe(0);
  });

  it("ignores a malformed record in the settings", () => {
    const workbook = gridBook(1, 1);
    workbook.settings.set(MARKS_SETTING, [{ sheet: SHEET }, "x", null]);
    expect(hostOn(workbook).markedCount()).toBe(0);
  });
});

describe("mark input", () => {
  it("refuses a mark that is not a single cell, before touching the workbook", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    await expect(host.mark([markOf("A1:B2")])).rejects.toThrow(/single cell/);
    expect(workbook.fills(SHEET)).toEqual({});
  });

  it("normalizes $A$1 to A1", async () => {
    const workbook = gridBook(ROWS, COLS);
    const host = hostOn(workbook);
    await host.mark([markOf("$A$1"), markOf("a1")]);
    expect(host.markedCount()).toBe(1);
    expect(workbook.cell(SHEET, "A1").fill).toBe(MARK_FILLS.error);
  });
});

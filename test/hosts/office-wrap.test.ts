/** Wrapped edits through the Office adapter, on the fake Excel: wrap on, rows grown, undo exact. */
import { CellEdit } from "../../src/domain/edits";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { hostOn, syncsOf } from "./support";

const S = "表";
// FakeWorkbook.rowHeight takes 0-based rows: B2 is on row 1.
const LONG =
  "依据《中华人民共和国预算法》和本级政府关于全面实施预算绩效管理的实施意见编制。".repeat(3);

function book(cells: Record<string, string> = {}): FakeWorkbook {
  const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows(S, [])]);
  for (const [address, value] of Object.entries(cells)) workbook.setValue(S, address, value);
  return workbook;
}

function edit(address: string, value: string, more: Partial<CellEdit> = {}): CellEdit {
  return { sheet: S, address, value, asText: true, previous: null, wrap: true, ...more };
}

/** The edits that undo an applied batch, as the pane builds them. */
function undoOf(applied: readonly CellEdit[]): CellEdit[] {
  return [...applied].reverse().map((done) => ({
    ...done,
    value: typeof done.previous === "string" ? done.previous : null,
    asText: typeof done.previous === "string",
    previous: done.value,
    overwrite: true,
  }));
}

/** Sets a cell's wrap and its row's height as a user would have. */
async function shape(workbook: FakeWorkbook, address: string, wrap: boolean, height: number) {
  await workbook.run(async (context) => {
    const range = context.workbook.worksheets.getItem(S).getRange(address);
    range.format.wrapText = wrap;
    range.format.rowHeight = height;
    await context.sync();
  });
}

describe("applyEdits with wrap", () => {
  it("wraps the cell and grows its row in two syncs; the undo restores both exactly", async () => {
    const workbook = book({ B2: "旧" });
    const host = hostOn(workbook);
    const { result: applied, syncs } = await syncsOf(workbook, () =>
      host.applyEdits([edit("B2", LONG, { previous: "旧", overwrite: true })])
    );
    expect(syncs).toBe(2);
    expect(workbook.cell(S, "B2").value).toBe(LONG);
    expect(workbook.style(S, "B2").wrapText).toBe(true);
    expect(workbook.rowHeight(S, 1)).toBeGreaterThan(15);

    const undo = await syncsOf(workbook, () => host.applyEdits(undoOf(applied)));
    expect(undo.syncs).toBe(2);
    expect(workbook.cell(S, "B2").value).toBe("旧");
    expect(workbook.style(S, "B2").wrapText).toBe(false);
    expect(workbook.rowHeight(S, 1)).toBe(15);
  });

  it("never shrinks a tall row, and the undo leaves a wrapped cell wrapped", async () => {
    const workbook = book();
    await shape(workbook, "C4", true, 300);
    const host = hostOn(workbook);
    const applied = await host.applyEdits([edit("C4", "短")]);
    expect(workbook.rowHeight(S, 3)).toBe(300);
    expect(workbook.style(S, "C4").wrapText).toBe(true);
    await host.applyEdits(undoOf(applied));
    expect(workbook.cell(S, "C4").value).toBe("");
    expect(workbook.rowHeight(S, 3)).toBe(300);
    expect(workbook.style(S, "C4").wrapText).toBe(true);
  });

  it("gives a row the height its tallest wrapped cell needs, and undoes it", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    const applied = await host.applyEdits([edit("A1", LONG), edit("B1", "短")]);
    const other = book();
    await hostOn(other).applyEdits([edit("A1", LONG)]);
    expect(workbook.rowHeight(S, 0)).toBe(other.rowHeight(S, 0));
    expect(workbook.rowHeight(S, 0)).toBeGreaterThan(15);
    await host.applyEdits(undoOf(applied));
    expect(workbook.rowHeight(S, 0)).toBe(15);
    expect(workbook.style(S, "A1").wrapText).toBe(false);
    expect(workbook.style(S, "B1").wrapText).toBe(false);
  });

  it("leaves wrap and row height alone for edits without wrap", async () => {
    const workbook = book();
    await shape(workbook, "D5", false, 20);
    const host = hostOn(workbook);
    const applied = await host.applyEdits([edit("D5", LONG, { wrap: undefined })]);
    expect(workbook.style(S, "D5").wrapText).toBe(false);
    expect(workbook.rowHeight(S, 4)).toBe(20);
    await host.applyEdits(undoOf(applied));
    expect(workbook.rowHeight(S, 4)).toBe(20);
  });
});

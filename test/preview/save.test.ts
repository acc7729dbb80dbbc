/**
 * Saving the page's workbook: the cells changed on the fake Excel since opening go into
 * the opened file's bytes through the patch writer; every other part stays byte-identical.
 */
import { readFileSync } from "fs";
import { unzipSync } from "fflate";
import { CellEdit, LayoutPlan } from "../../src/domain/edits";
import { CellValue, SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { RecordingHost } from "../../src/preview/recording-host";
import { changesSinceOpened, savedFileName, savedWorkbook } from "../../src/preview/save";
import { cellValues, fixturePath } from "../support/fixtures";

const original = new Uint8Array(readFileSync(fixturePath("hebei-2020-seed.xlsx")));
const snapshots = readWorkbookSnapshots(original);
const SHEET = snapshots[0].sheetName;

/** The workbook as the page opens it, and the copy kept aside to compare with. */
function open(): { current: FakeWorkbook; opened: FakeWorkbook; host: RecordingHost } {
  const current = FakeWorkbook.fromSnapshots(snapshots);
  const host = new RecordingHost({
    run: current.run,
    isSetSupported: current.isSetSupported,
    settings: current.settings,
  });
  return { current, opened: current.reopen(), host };
}

function sheetOf(all: SheetSnapshot[], name: string): SheetSnapshot {
  const sheet = all.find((s) => s.sheetName === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The ZIP entries of `saved` that differ from the original's or are missing from it. */
function changedParts(saved: Uint8Array): string[] {
  const before = unzipSync(original);
  const after = unzipSync(saved);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => !before[name] || !after[name] || Buffer.compare(before[name], after[name]))
    .sort();
}

const firstCell = cellValues(sheetOf(snapshots, SHEET));
const textAddress = [...firstCell].find(([, value]) => typeof value === "string")?.[0] ?? "";
const numberAddress = [...firstCell].find(([, value]) => typeof value === "number")?.[0] ?? "";
const width = Math.max(...snapshots[0].values.map((row) => row.length));
const spare = (row: number) =>
  toA1(snapshots[0].originRow + row, snapshots[0].originCol + width + 1);

describe("saving the page's workbook", () => {
  it("gives the opened bytes back unchanged when nothing was edited", () => {
    const { current, opened } = open();
    expect(changesSinceOpened(opened, current, [])).toEqual({ edits: [], newSheets: [] });
    expect(Buffer.compare(savedWorkbook(original, opened, current, []).bytes, original)).toBe(0);
  });

  it("writes the edited cells, keeps text text and every other cell and part as it was", () => {
    const { current, opened } = open();
    expect(textAddress).not.toBe("");
    expect(numberAddress).not.toBe("");
    current.setValue(SHEET, textAddress, "改过的文字");
    current.setValue(SHEET, numberAddress, null);
    current.setValue(SHEET, spare(0), "=SUM(A1:A2)");
    current.setValue(SHEET, spare(1), "-5%");
    current.setValue(SHEET, spare(2), 42);
    // Marks are the pane's working state: a fill alone is no edit.
    current.setFill(SHEET, textAddress, "#FFC7CE");

    const { edits } = changesSinceOpened(opened, current, []);
    expect(edits.map((edit) => edit.address).sort()).toEqual(
      [textAddress, numberAddress, spare(0), spare(1), spare(2)].sort()
    );
    const saved = savedWorkbook(original, opened, current, []).bytes;
    const back = readWorkbookSnapshots(saved);

    expect(back.map((s) => s.sheetName)).toEqual(snapshots.map((s) => s.sheetName));
    const expected = new Map(firstCell);
    expected.set(textAddress, "改过的文字");
    expected.delete(numberAddress);
    expected.set(spare(0), "=SUM(A1:A2)");
    expected.set(spare(1), "-5%");
    expected.set(spare(2), 42);
    expect(cellValues(sheetOf(back, SHEET))).toEqual(expected);
    for (const snapshot of snapshots.slice(1))
      expect(cellValues(sheetOf(back, snapshot.sheetName))).toEqual(cellValues(snapshot));

    // Only the edited sheet's part changes (and the optional calculation chain may go).
    const changed = changedParts(saved).filter((name) => name !== "xl/calcChain.xml");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  });

  it("appends the sheets the pane added, with their layouts and the cells as they are now", async () => {
    const { current, opened, host } = open();
    const layout: LayoutPlan = {
      sheet: "附表",
      origin: { row: 0, col: 0 },
      rows: 2,
      cols: 3,
      edits: [
        { sheet: "附表", address: "A1", value: "标题", asText: true, previous: null },
        { sheet: "附表", address: "B2", value: "旧值", asText: true, previous: null },
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      styles: [{ range: { top: 0, left: 0, bottom: 0, right: 2 }, style: "title" }],
      validations: [],
      columnWidths: { 0: 20 },
      focus: "A2",
    };
    await host.applyLayout(layout);
    const note: CellEdit = {
      sheet: "情况说明",
      address: "A1",
      value: "说明",
      asText: true,
      previous: null,
    };
    await host.applyEdits([note]);
    current.setValue("附表", "B2", "=不是公式");
    current.setValue("附表", "C2", "后填");

    const { newSheets } = changesSinceOpened(opened, current, host.layouts);
    expect(newSheets.map((plan) => plan.sheet)).toEqual(["附表", "情况说明"]);
    const saved = savedWorkbook(original, opened, current, host.layouts).bytes;
    const back = readWorkbookSnapshots(saved);
    expect(back.map((s) => s.sheetName)).toEqual([
      ...snapshots.map((s) => s.sheetName),
      "附表",
      "情况说明",
    ]);
    const added = sheetOf(back, "附表");
    expect(cellValues(added)).toEqual(
      new Map<string, CellValue>([
        ["A1", "标题"],
        ["B2", "=不是公式"],
        ["C2", "后填"],
      ])
    );
    expect(added.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(cellValues(sheetOf(back, "情况说明"))).toEqual(new Map([["A1", "说明"]]));
    for (const snapshot of snapshots)
      expect(cellValues(sheetOf(back, snapshot.sheetName))).toEqual(cellValues(snapshot));
    // The opened sheets' parts are untouched; the package's description grows by additions.
    const before = unzipSync(original);
    for (const name of changedParts(saved).filter((n) => before[n]))
      expect(name).toMatch(
        /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/
      );
  });

  it("names the saved file after the opened one", () => {
    expect(savedFileName("绩效目标表.xlsx", "-已检查")).toBe("绩效目标表-已检查.xlsx");
    expect(savedFileName("宏.XLSM", "-checked")).toBe("宏-checked.xlsm");
    // Read from any workbook the page opens, written as .xlsx.
    expect(savedFileName("表.ods", "-已检查")).toBe("表-已检查.xlsx");
    expect(savedFileName("表.et", "-已检查")).toBe("表-已检查.xlsx");
    expect(savedFileName("无扩展名", "-已检查")).toBe("无扩展名-已检查.xlsx");
  });
});

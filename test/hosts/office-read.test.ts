/** Reading the active sheet through the Office adapter, on the fake Excel. */
import { checkWorkbook, WorkbookResult } from "../../src/domain/check";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { loadFixture } from "../support/fixtures";
import { hostOn, syncsOf } from "./support";

function summary(result: WorkbookResult) {
  return result.sheets.flatMap((sheet) =>
    sheet.tables.map(({ table, findings }) => ({
      sheet: table.sheet,
      range: table.rangeA1,
      indicators: table.indicators.length,
      findings: findings.map((f) => `${f.address} ${f.severity} ${f.ruleId} ${f.message}`),
    }))
  );
}

describe("OfficeWorkbookHost.readActiveSheet", () => {
  const fileSnapshots = loadFixture("hebei-2020-stacked.xlsx");

  it("reads the stacked fixture in one sync, with the file host's eight tables and findings", async () => {
    const workbook = FakeWorkbook.fromSnapshots(fileSnapshots);
    const host = hostOn(workbook);
    const { result: snapshot, syncs } = await syncsOf(workbook, () => host.readActiveSheet());
    expect(syncs).toBe(1);
    expect(snapshot.sheetName).toBe("绩效目标表");
    expect(snapshot.merges).toHaveLength(fileSnapshots[0].merges?.length ?? -1);
    const fromOffice = summary(checkWorkbook([snapshot]));
    expect(fromOffice).toHaveLength(8);
    expect(fromOffice).toEqual(summary(checkWorkbook(fileSnapshots)));
  });

  it("reads the same values, texts and number formats as the file host", async () => {
    const workbook = FakeWorkbook.fromSnapshots(fileSnapshots);
    const snapshot = await hostOn(workbook).readActiveSheet();
    const file = fileSnapshots[0];
    const rows = snapshot.values.length;
    expect(snapshot.originRow).toBe(file.originRow);
    expect(snapshot.values).toEqual(file.values.slice(0, rows));
    expect(snapshot.texts).toEqual(file.texts?.slice(0, rows));
    expect(snapshot.numberFormats).toEqual(file.numberFormats?.slice(0, rows));
  });

  it("maps error values to CellErrors and keeps text that only looks like one", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", [])]);
    workbook.seedValue("S", "A1", { error: "#N/A" });
    workbook.seedValue("S", "B1", { error: "#DIV/0!" });
    workbook.setValue("S", "C1", "#N/A");
    workbook.setValue("S", "D1", 95);
    workbook.setValue("S", "E1", true);
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.values).toEqual([[{ error: "#N/A" }, { error: "#DIV/0!" }, "#N/A", 95, true]]);
  });

  it("places the snapshot at the used range's origin", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", [])]);
    workbook.setValue("S", "B3", "一级指标");
    workbook.setValue("S", "D5", "单位");
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot).toMatchObject({ originRow: 2, originCol: 1 });
    expect(snapshot.values).toEqual([
      ["一级指标", null, null],
      [null, null, null],
      [null, null, "单位"],
    ]);
  });

  it("answers an empty sheet with an empty snapshot, in one sync", async () => {
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("空", [])]);
    const { result, syncs } = await syncsOf(workbook, () => hostOn(workbook).readActiveSheet());
    expect(syncs).toBe(1);
    expect(result).toEqual({
      sheetName: "空",
      originRow: 0,
      originCol: 0,
      values: [],
      texts: [],
      numberFormats: [],
      merges: [],
    });
  });

  it("reads the sheet the user activated", async () => {
    const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-seed.xlsx"));
    workbook.activateSheet("项目3");
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.sheetName).toBe("项目3");
    expect(checkWorkbook([snapshot]).sheets[0].tables).toHaveLength(1);
  });
});

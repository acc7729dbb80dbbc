/** Capabilities, older Excel, settings, selection and sheet events of the Office adapter. */
import { checkWorkbook } from "../../src/domain/check";
import { MARK_FILLS } from "../../src/domain/marks";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { loadFixture } from "../support/fixtures";
import { gridBook, hostOn, markOf, SHEET, syncsOf, tick } from "./support";

describe("capabilities", () => {
  it("offers everything on current Excel with document settings", () => {
    expect(hostOn(gridBook(1, 1)).capabilities).toEqual({
      mergedAreas: true,
      notes: true,
      cellFills: true,
      settings: true,
      dataValidation: true,
    });
  });

  it.each([
    ["1.17", { mergedAreas: true, notes: false, cellFills: true, dataValidation: true }],
    ["1.12", { mergedAreas: false, notes: false, cellFills: true, dataValidation: true }],
    ["1.8", { mergedAreas: false, notes: false, cellFills: false, dataValidation: true }],
    ["1.7", { mergedAreas: false, notes: false, cellFills: false, dataValidation: false }],
  ])("follows the requirement sets on ExcelApi %s", (version, expected) => {
    expect(hostOn(gridBook(1, 1, version)).capabilities).toEqual({ ...expected, settings: true });
  });
});

describe("older Excel degrades without throwing", () => {
  const stacked = loadFixture("hebei-2020-stacked.xlsx");

  it("ExcelApi 1.12: no merged areas, the tables are still found", async () => {
    const workbook = FakeWorkbook.fromSnapshots(stacked, { apiVersion: "1.12" });
    const { result, syncs } = await syncsOf(workbook, () => hostOn(workbook).readActiveSheet());
    expect(syncs).toBe(1);
    expect(result.merges).toBeNull();
    expect(checkWorkbook([result]).sheets[0].tables).toHaveLength(8);
  });

  it("ExcelApi 1.17: marks without notes and clears", async () => {
    const workbook = gridBook(3, 3, "1.17");
    const host = hostOn(workbook);
    await host.readActiveSheet();
    expect((await syncsOf(workbook, () => host.mark([markOf("A1"), markOf("B2")]))).syncs).toBe(2);
    expect(workbook.notes(SHEET)).toEqual({});
    expect(workbook.cell(SHEET, "B2").fill).toBe(MARK_FILLS.error);
    expect(await host.clearMarks()).toBe(2);
    expect(workbook.fills(SHEET)).toEqual({});
  });

  it("ExcelApi 1.8: no cell properties, fills are read one cell at a time", async () => {
    const workbook = gridBook(3, 3, "1.8");
    workbook.setFill(SHEET, "A1", "#C00000");
    const host = hostOn(workbook);
    await host.readActiveSheet();
    const marking = await syncsOf(workbook, () => host.mark([markOf("A1"), markOf("B2", "info")]));
    expect(marking.syncs).toBe(2);
    expect((await syncsOf(workbook, () => host.clearMarks())).syncs).toBe(2);
    expect(workbook.fills(SHEET)).toEqual({ A1: "#C00000" });
  });

  it("ExcelApi 1.6: no sheet events, onSheetActivated is a no-op", async () => {
    const workbook = gridBook(1, 1, "1.6");
    const handler = jest.fn();
    const unsubscribe = hostOn(workbook).onSheetActivated(handler);
    workbook.activateSheet("其他");
    await tick();
    expect(handler).not.toHaveBeenCalled();
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe("settings", () => {
  it("round-trips a value through save and reopen", async () => {
    const workbook = gridBook(1, 1);
    const host = hostOn(workbook);
    expect(host.getSetting("perfgoal.ignored")).toBeUndefined();
    await host.setSetting("perfgoal.ignored", ["a|b|C3|m"]);
    expect(host.getSetting<string[]>("perfgoal.ignored")).toEqual(["a|b|C3|m"]);
    const reopened = hostOn(workbook.reopen());
    expect(reopened.getSetting<string[]>("perfgoal.ignored")).toEqual(["a|b|C3|m"]);
  });

  it("rejects when the document refuses to save", async () => {
    const workbook = gridBook(1, 1);
    workbook.settings.failNextSave = true;
    await expect(hostOn(workbook).setSetting("k", 1)).rejects.toMatchObject({
      key: "host.settingsNotSaved",
      message: "设置未能保存到工作簿（failed）",
    });
  });

  it("keeps settings in memory when the host has none", async () => {
    const workbook = gridBook(2, 2);
    const host = hostOn(workbook, { settings: false });
    expect(host.capabilities.settings).toBe(false);
    await host.setSetting("k", { n: 1 });
    expect(host.getSetting("k")).toEqual({ n: 1 });
    await host.mark([markOf("A1")]);
    expect(host.markedCount()).toBe(1);
    expect(await host.clearMarks()).toBe(1);
    expect(workbook.settings.get("k")).toBeNull();
  });
});

describe("select", () => {
  it("activates the sheet and selects the range in one sync", async () => {
    const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-seed.xlsx"));
    const host = hostOn(workbook);
    const { syncs } = await syncsOf(workbook, () => host.select("项目3", "A2:H14"));
    expect(syncs).toBe(1);
    expect(workbook.activeSheetName).toBe("项目3");
    expect(workbook.selection).toEqual({ sheet: "项目3", address: "A2:H14" });
    await host.select("项目1", "F8");
    expect(workbook.selection).toEqual({ sheet: "项目1", address: "F8" });
  });
});

describe("onSheetActivated", () => {
  it("calls back on a sheet switch and stops after unsubscribing", async () => {
    const workbook = gridBook(1, 1);
    const host = hostOn(workbook);
    const handler = jest.fn();
    const unsubscribe = host.onSheetActivated(handler);
    await tick();
    expect(workbook.activationHandlerCount).toBe(1);
    workbook.activateSheet("其他");
    await tick();
    expect(handler).toHaveBeenCalledTimes(1);
    unsubscribe();
    await tick();
    expect(workbook.activationHandlerCount).toBe(0);
    workbook.activateSheet(SHEET);
    await tick();
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("does not call back when unsubscribed before the registration finished", async () => {
    const workbook = gridBook(1, 1);
    const handler = jest.fn();
    hostOn(workbook).onSheetActivated(handler)();
    await tick();
    expect(workbook.activationHandlerCount).toBe(0);
    workbook.activateSheet("其他");
    await tick();
    expect(handler).not.toHaveBeenCalled();
  });

  it("fires when select switches sheets", async () => {
    const workbook = gridBook(1, 1);
    const host = hostOn(workbook);
    const handler = jest.fn();
    host.onSheetActivated(handler);
    await tick();
    await host.select("其他", "A1");
    await tick();
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

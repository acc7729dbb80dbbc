/**
 * Reading a whole workbook through the Office adapter on the fake Excel: the sheets'
 * visibility in one round trip, small sheets read together, big ones in row blocks, every
 * sync under the payload limit, with progress over sheets and blocks, and cancel.
 */
import { snapshotFromRows } from "../../src/domain/snapshot";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/hosts/fake-excel";
import { HostMessageError, ReadCancelledError, WorkbookReadProgress } from "../../src/hosts/host";
import { loadFixture } from "../support/fixtures";
import { hostOn, stackedTables, syncsOf } from "./support";

jest.setTimeout(120_000);

const SEED = loadFixture("hebei-2020-seed.xlsx");

describe("listSheets", () => {
  it("lists every sheet in tab order with its visibility, and the active one, in one sync", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const names = workbook.sheetNames;
    workbook.setSheetVisibility(names[1], "Hidden");
    workbook.setSheetVisibility(names[2], "VeryHidden");
    const { result, syncs } = await syncsOf(workbook, () => hostOn(workbook).listSheets());
    expect(syncs).toBe(1);
    expect(result.active).toBe(names[0]);
    expect(result.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(result.sheets.map((sheet) => sheet.visibility).slice(0, 4)).toEqual([
      "visible",
      "hidden",
      "veryHidden",
      "visible",
    ]);
  });

  it("keeps the visibility when the workbook is saved and opened again", () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    workbook.setSheetVisibility(workbook.sheetNames[3], "Hidden");
    return expect(
      hostOn(workbook.reopen())
        .listSheets()
        .then(({ sheets }) => sheets[3].visibility)
    ).resolves.toBe("hidden");
  });
});

describe("readSheets", () => {
  it("reads fifty small sheets in few syncs, as many a sync as their sizes allow", async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => ({
      ...SEED[i % 8],
      sheetName: `表${i + 1}`,
    }));
    const workbook = FakeWorkbook.fromSnapshots(fifty);
    const { result, syncs } = await syncsOf(workbook, () =>
      hostOn(workbook).readSheets(workbook.sheetNames)
    );
    // Eight at the first guess, then up to 32 a sync once their sizes are known.
    expect(syncs).toBe(3);
    expect(result.map((s) => s.sheetName)).toEqual(workbook.sheetNames);
    expect(result[49].values).toEqual(SEED[1].values);
  });

  it("reads the seed's eight small sheets in one sync, as readSheet reads each", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const host = hostOn(workbook);
    const names = workbook.sheetNames;
    expect(names).toHaveLength(8);
    const { result, syncs } = await syncsOf(workbook, () => host.readSheets(names));
    expect(syncs).toBe(1);
    for (const [i, name] of names.entries()) expect(result[i]).toEqual(await host.readSheet(name));
  });

  it("reads big sheets in blocks between small ones, every sync under the payload limit", async () => {
    const big = stackedTables(1000);
    const small = snapshotFromRows("说明", [["填报说明"]]);
    const workbook = FakeWorkbook.fromSnapshots([small]);
    workbook.addSheet("大表一", big).addSheet("小表", small).addSheet("大表二", big);
    const host = hostOn(workbook);
    const progress: WorkbookReadProgress[] = [];
    const before = workbook.syncPayloads.length;
    const snapshots = await host.readSheets(["大表一", "说明", "大表二"], {
      onProgress: (p) => {
        progress.push(p);
      },
    });
    const payloads = workbook.syncPayloads.slice(before);
    expect(payloads.length).toBeGreaterThan(2);
    expect(Math.max(...payloads)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(snapshots.map((s) => s.sheetName)).toEqual(["大表一", "说明", "大表二"]);
    expect(snapshots[0].values).toEqual((await host.readSheet("大表一"))?.values);
    expect(snapshots[2].values.length).toBe(big.values.length);
    // Progress names each sheet in turn, with the blocks of the big ones, and ends with all.
    expect([...new Set(progress.map((p) => p.sheet))]).toEqual(["大表一", "说明", "大表二"]);
    expect(progress.some((p) => p.sheet === "大表二" && p.total > 1)).toBe(true);
    expect(progress[progress.length - 1]).toMatchObject({ sheetsDone: 3, sheetCount: 3 });
    const done = progress.map((p) => p.sheetsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it("reads one sheet a sync when their first windows together are more than Excel takes", async () => {
    // Eight sheets whose top-left 300 × 26 windows hold ~1.3 MB of text each.
    const text = "绩效目标表文字".repeat(8);
    const rows = Array.from({ length: 300 }, (_, r) =>
      Array.from({ length: 26 }, (_, c) => `${r}-${c}${text}`)
    );
    const names = Array.from({ length: 8 }, (_, i) => `宽表${i + 1}`);
    const workbook = FakeWorkbook.fromSnapshots(names.map((name) => snapshotFromRows(name, rows)));
    const host = hostOn(workbook);
    const before = workbook.syncPayloads.length;
    const snapshots = await host.readSheets(names);
    const payloads = workbook.syncPayloads.slice(before);
    // Eight windows together were refused once; then one sheet a sync, each under the limit.
    expect(payloads[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...payloads.slice(1))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(payloads).toHaveLength(1 + names.length);
    for (const [i, name] of names.entries())
      expect(snapshots[i]).toEqual(await host.readSheet(name));
    expect(snapshots[7].values[299][25]).toBe(`299-25${text}`);
  });

  it("stops before its next sync when cancelled", async () => {
    const workbook = FakeWorkbook.fromSnapshots([stackedTables(300)]);
    workbook.addSheet("第二张", stackedTables(300));
    const abort = new AbortController();
    const read = hostOn(workbook).readSheets(workbook.sheetNames, {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done >= 1) abort.abort();
      },
    });
    await expect(read).rejects.toBeInstanceOf(ReadCancelledError);
  });

  it("says so when a sheet is gone since it was listed", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const read = hostOn(workbook).readSheets(["不存在"]);
    await expect(read).rejects.toBeInstanceOf(HostMessageError);
    await expect(read).rejects.toMatchObject({ key: "host.sheetsChanged" });
  });
});

/**
 * Big sheets through the Office adapter, on a fake Excel that refuses any sync over
 * Excel on the web's 5 MB: a 1,000-table sheet is read in row blocks, checked, marked
 * and cleared with every sync under the limit; the old one-request read is refused.
 */
import { checkWorkbook } from "../../src/domain/check";
import {
  CellRange,
  parseA1,
  rangeToA1,
  SheetSnapshot,
  snapshotFromRows,
  toA1,
} from "../../src/domain/snapshot";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/hosts/fake-excel";
import { HostMessageError, ReadCancelledError, ReadProgress } from "../../src/hosts/host";
import { PaneController } from "../../src/taskpane/state/controller";
import { gridBook, hostOn, markOf, SHEET, stackedTables, syncsOf } from "./support";

// Building, reading and checking 1,000 tables takes seconds on a loaded machine.
jest.setTimeout(120_000);

/** What one request of the read may carry: ~4 MB, the budget the adapter sizes blocks for. */
const BLOCK_LIMIT = 4_200_000;

const byPosition = (ranges: readonly CellRange[]) =>
  ranges.map(rangeToA1).sort((a, b) => a.localeCompare(b));

let big: SheetSnapshot;
beforeAll(() => {
  big = stackedTables(1000);
});

/** Payloads of the syncs an operation made. */
async function payloadsOf<T>(workbook: FakeWorkbook, operation: () => Promise<T>) {
  const before = workbook.syncPayloads.length;
  const result = await operation();
  return { result, payloads: workbook.syncPayloads.slice(before) };
}

describe("a 1,000-table sheet (8,000 indicator rows, 19,000 merges)", () => {
  it("is ~17 MB in one request, which Excel on the web refuses", async () => {
    const workbook = FakeWorkbook.fromSnapshots([big]);
    // The read as it was: cells, merged areas, fills and the note count in one sync.
    const oneRequest = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getUsedRangeOrNullObject(true).load("address, values, text, numberFormat, valueTypes");
      sheet.getRange().getMergedAreasOrNullObject().load("address");
      sheet
        .getUsedRange(true)
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      sheet.notes.getCount();
      await context.sync();
    });
    await expect(oneRequest).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "ResponsePayloadSizeLimitExceeded",
    });
    const [payload] = workbook.syncPayloads;
    expect(payload).toBeGreaterThan(3 * PAYLOAD_LIMIT_BYTES);
  });

  it("is read in row blocks of at most ~4 MB into the same snapshot", async () => {
    const workbook = FakeWorkbook.fromSnapshots([big]);
    const progress: ReadProgress[] = [];
    const { result: snapshot, payloads } = await payloadsOf(workbook, () =>
      hostOn(workbook).readActiveSheet({ onProgress: (p) => void progress.push(p) })
    );
    expect(payloads.length).toBeGreaterThan(2);
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(BLOCK_LIMIT);
    expect(snapshot.values).toEqual(big.values);
    expect(snapshot.numberFormats).toEqual(big.numberFormats);
    expect(byPosition(snapshot.merges ?? [])).toEqual(byPosition(big.merges ?? []));
    // Told before the first block and after each, up to all of them.
    expect(progress[0].done).toBe(0);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i));
    expect(progress[progress.length - 1]).toEqual({
      done: payloads.length - 1,
      total: payloads.length - 1,
    });
    const tables = checkWorkbook([snapshot]).sheets[0].tables;
    expect(tables).toHaveLength(1000);
    expect(tables.reduce((sum, { table }) => sum + table.indicators.length, 0)).toBe(8000);
  });

  it("checks, marks and clears through the pane with every sync under the limit", async () => {
    const workbook = FakeWorkbook.fromSnapshots([big]);
    workbook.setFill(SHEET, "A1", "#00B050");
    const originalFills = workbook.fills(SHEET);
    const controller = new PaneController(hostOn(workbook));
    const { payloads } = await payloadsOf(workbook, async () => {
      await controller.check();
      expect(controller.state.status).toBe("done");
      expect(controller.state.tables).toHaveLength(1000);
      await controller.mark();
      expect(controller.state.markedCount).toBe(1000); // each table's ">="
      await controller.clearMarks();
    });
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(BLOCK_LIMIT);
    expect(workbook.fills(SHEET)).toEqual(originalFills);
    expect(workbook.notes(SHEET)).toEqual({});
  });

  it("stops reading when cancelled, and the pane goes back to what it showed", async () => {
    const workbook = FakeWorkbook.fromSnapshots([big]);
    const controller = new PaneController(hostOn(workbook));
    const seen: (ReadProgress | undefined)[] = [];
    const unsubscribe = controller.subscribe(() => {
      seen.push(controller.state.progress);
      if (controller.state.progress?.done === 1) controller.cancelCheck();
    });
    const { syncs } = await syncsOf(workbook, () => controller.check());
    unsubscribe();
    expect(syncs).toBe(2); // the probe and one block
    expect(controller.state).toMatchObject({
      status: "idle",
      tables: [],
      progress: undefined,
      notice: { key: "pane.cancelled" },
    });
    expect(seen.some((p) => p?.done === 0 && p.total > 1)).toBe(true);
  });

  it("keeps the earlier results when a check is cancelled", async () => {
    const small = snapshotFromRows("小表", [["填报说明"]]);
    const workbook = FakeWorkbook.fromSnapshots([small, big]);
    const controller = new PaneController(hostOn(workbook));
    await controller.check();
    expect(controller.state).toMatchObject({ status: "done", sheetName: "小表" });
    const earlier = controller.state.tables;
    workbook.activateSheet(SHEET);
    const unsubscribe = controller.subscribe(() => {
      if (controller.state.progress?.done === 1) controller.cancelCheck();
    });
    await controller.check();
    unsubscribe();
    expect(controller.state).toMatchObject({
      status: "done",
      sheetName: "小表",
      notice: { key: "pane.cancelled" },
    });
    expect(controller.state.tables).toBe(earlier);
  });

  it("rejects a read cancelled before it starts, without a sync", async () => {
    const workbook = FakeWorkbook.fromSnapshots([big]);
    const cancel = new AbortController();
    cancel.abort();
    const reading = syncsOf(workbook, () =>
      hostOn(workbook).readActiveSheet({ signal: cancel.signal })
    );
    await expect(reading).rejects.toBeInstanceOf(ReadCancelledError);
    expect(workbook.syncCount).toBe(0);
  });
});

describe("marking many cells", () => {
  it("marks and clears 10,000 cells in batches, every sync under the limit", async () => {
    const workbook = gridBook(100, 100);
    workbook.setFill(SHEET, "C3", "#00B050");
    const host = hostOn(workbook);
    const marks = Array.from({ length: 10_000 }, (_, i) =>
      markOf(toA1(i % 100, Math.floor(i / 100)))
    );
    const marking = await payloadsOf(workbook, () => host.mark(marks));
    expect(marking.payloads.length).toBeGreaterThan(2);
    expect(marking.payloads.length % 2).toBe(0); // look-up and write, per batch
    for (const bytes of marking.payloads) expect(bytes).toBeLessThanOrEqual(BLOCK_LIMIT);
    expect(Object.keys(workbook.notes(SHEET))).toHaveLength(10_000);
    const clearing = await payloadsOf(workbook, () => host.clearMarks());
    expect(clearing.result).toBe(10_000);
    for (const bytes of clearing.payloads) expect(bytes).toBeLessThanOrEqual(BLOCK_LIMIT);
    expect(workbook.fills(SHEET)).toEqual({ C3: "#00B050" });
    expect(workbook.notes(SHEET)).toEqual({});
  });
});

describe("reading in blocks", () => {
  it("reads a sheet that starts below the first window, and one wider than it", async () => {
    for (const [originRow, columns] of [
      [400, 8],
      [0, 40],
    ]) {
      const rows = Array.from({ length: 50 }, (_, r) =>
        Array.from({ length: columns }, (_, c) => `格${r}-${c}`)
      );
      const expected = snapshotFromRows("S", rows, { originRow });
      const workbook = FakeWorkbook.fromSnapshots([expected]);
      const snapshot = await hostOn(workbook).readActiveSheet();
      expect(snapshot).toMatchObject({ originRow, originCol: 0, values: expected.values });
      expect(workbook.syncCount).toBe(2);
    }
  });

  it("reads merges that lie outside the first window with one more sync", async () => {
    const workbook = FakeWorkbook.fromSnapshots([
      snapshotFromRows("S", [["项目名称", "x"]], {
        merges: [{ top: 500, left: 0, bottom: 501, right: 3 }],
      }),
    ]);
    const { result, syncs } = await syncsOf(workbook, () => hostOn(workbook).readActiveSheet());
    expect(syncs).toBe(2);
    expect(result.merges).toEqual([{ top: 500, left: 0, bottom: 501, right: 3 }]);
  });

  it("halves a block Excel refuses for its size, and learns the size of a cell", async () => {
    const long = (r: number, c: number) => `${r}-${c}`.padEnd(8000, "长");
    const rows = Array.from({ length: 60 }, (_, r) =>
      Array.from({ length: 5 }, (_, c) => long(r, c))
    );
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", rows)]);
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.values).toEqual(rows);
    const refused = workbook.syncPayloads.filter((bytes) => bytes > PAYLOAD_LIMIT_BYTES);
    expect(refused.length).toBeGreaterThan(0);
    expect(workbook.syncPayloads.length).toBeGreaterThan(refused.length + 2);
  });

  it("reads a sheet whose long texts stand on rows a block's sampled size passes over", async () => {
    // Short rows, and every 97th row ten cells of 2,000 characters: the size of a block is
    // learnt from some of its rows, so a block may come out bigger than learnt; none is lost.
    const rows = Array.from({ length: 6000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) =>
        r % 97 === 5 ? `${r}`.padEnd(2000, "长") : `第${r}行${c}`
      )
    );
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", rows)]);
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.values).toEqual(rows);
    expect(workbook.syncPayloads.length).toBeGreaterThan(2);
  });

  it("tells the pane why in its language", async () => {
    const row = Array.from({ length: 40 }, (_, c) => `${c}`.padEnd(32_000, "长"));
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", [["标题"], row])]);
    const controller = new PaneController(hostOn(workbook), "en");
    await controller.check();
    expect(controller.state).toMatchObject({
      status: "failed",
      error: "Row 2 holds more than Excel accepts in one request; it cannot be read",
    });
  });

  it("says which row is too big to read in one request", async () => {
    const row = Array.from({ length: 40 }, (_, c) => `${c}`.padEnd(32_000, "长"));
    const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", [["标题"], row])]);
    const reading = hostOn(workbook).readActiveSheet();
    await expect(reading).rejects.toBeInstanceOf(HostMessageError);
    await expect(reading).rejects.toMatchObject({
      key: "host.rowTooLarge",
      message: "第 2 行内容过多，超出 Excel 单次请求的大小限制，无法读取",
    });
  });
});

describe("a sheet with a cell far out is held to the limits a file's sheet is held to", () => {
  /** A sheet of `cells` (A1 address → value) and nothing else. */
  function sparseBook(cells: Record<string, string | number>): FakeWorkbook {
    const snapshot: SheetSnapshot = {
      sheetName: SHEET,
      originRow: 0,
      originCol: 0,
      values: [],
      merges: [],
    };
    for (const [address, value] of Object.entries(cells)) {
      const { row: top, col: left } = parseA1(address) ?? { row: 0, col: 0 };
      while (snapshot.values.length <= top) snapshot.values.push([]);
      const row = snapshot.values[top];
      while (row.length < left) row.push(null);
      row[left] = value;
    }
    return FakeWorkbook.fromSnapshots([snapshot]);
  }

  it("columns past IV are left out and counted; the check says so", async () => {
    const workbook = sparseBook({ A1: "项目名称", B1: "养护", XFD1: 1 });
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.values[0]).toHaveLength(256);
    expect(snapshot.values[0].slice(0, 2)).toEqual(["项目名称", "养护"]);
    expect(snapshot.cut).toEqual({ columns: 16384 - 256 });
    const [note] = checkWorkbook([snapshot]).sheets[0].notes;
    expect(note.message).toBe(
      `工作表“${SHEET}”过大，只检查了其中一部分：超出上限的 16128 列未读取`
    );
  });

  it("the pane's check lists the note of what was left out", async () => {
    const controller = new PaneController(hostOn(sparseBook({ A1: "项目名称", XFD1: 1 })));
    await controller.check();
    expect(controller.state.status).toBe("done");
    expect(controller.state.notes.map((note) => note.ruleId)).toEqual(["read/sheet-cut"]);
  });

  it("rows past the 200,000th are left out and counted", async () => {
    const workbook = sparseBook({ A1: "项目名称", A250000: 2 });
    const snapshot = await hostOn(workbook).readActiveSheet();
    expect(snapshot.values).toHaveLength(200_000);
    expect(snapshot.cut).toEqual({ rows: 50_000 });
  });

  it("a sheet whose only cells lie past the limits is read as blank, the cut counted", async () => {
    const snapshot = await hostOn(sparseBook({ XFD5: 1, XFD6: 2 })).readActiveSheet();
    expect(snapshot.values).toEqual([]);
    expect(snapshot.cut).toEqual({ columns: 1 });
  });
});

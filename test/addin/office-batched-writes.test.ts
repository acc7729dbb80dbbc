/**
 * Writes bigger than one request, on the fake Excel (which refuses a sync over 5 MB as
 * Excel on the web does): `applyEdits` and `applyLayout` go out in several syncs, each
 * under the ~4 MB budget, with the same result as the same edits sent in small batches,
 * one undo for the whole batch, and the guarantees kept (a cell changed since the plan
 * refuses the batch before anything is written; text stays text).
 */
import { CellEdit, LayoutPlan } from "../../src/domain/edits";
import { snapshotFromRows, toA1 } from "../../src/domain/snapshot";
import {
  CellStyleView,
  CellView,
  FakeWorkbook,
  PAYLOAD_LIMIT_BYTES,
} from "../../src/hosts/fake-excel";
import { HostWriteError } from "../../src/hosts/host";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { READ_BUDGET_BYTES } from "../../src/hosts/office/read";
import { reversedEdits } from "../../src/taskpane/state/edit-batches";

const S = "表";
const ROWS = 400;
const COLS = 2;

function hostOn(workbook: FakeWorkbook): OfficeWorkbookHost {
  return new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
}

/** A long text of its own for each cell: about 2,400 characters, 7 KB in UTF-8. */
function longText(tag: string, i: number): string {
  return `${tag}${i}：${"按照年度工作计划完成土地征收组卷报批任务，保障重点项目用地需求。".repeat(75)}`;
}

const address = (i: number) => toA1(Math.floor(i / COLS), i % COLS);

/** A sheet whose ROWS × COLS cells hold long texts, some of them numbers. */
function book(): FakeWorkbook {
  const rows = Array.from({ length: ROWS }, (_, r) =>
    Array.from({ length: COLS }, (_, c) =>
      r % 50 === 0 && c === 1 ? r : longText("旧", r * COLS + c)
    )
  );
  return FakeWorkbook.fromSnapshots([snapshotFromRows(S, rows)]);
}

/** Overwrites every cell with a new long text; some begin with `=` (still text), some wrap. */
function editsOn(workbook: FakeWorkbook): CellEdit[] {
  return Array.from({ length: ROWS * COLS }, (_, i) => {
    const before = workbook.cell(S, address(i)).value;
    const value = i % 7 === 0 ? `=${longText("新", i)}` : longText("新", i);
    return {
      sheet: S,
      address: address(i),
      value,
      asText: true,
      previous: before === "" ? null : (before as string | number),
      overwrite: true,
      wrap: i % 5 === 0,
    };
  });
}

function cells(workbook: FakeWorkbook): Record<string, CellView & { style: CellStyleView }> {
  const out: Record<string, CellView & { style: CellStyleView }> = {};
  for (let i = 0; i < ROWS * COLS; i++)
    out[address(i)] = { ...workbook.cell(S, address(i)), style: workbook.style(S, address(i)) };
  return out;
}

function rowHeights(workbook: FakeWorkbook): number[] {
  return Array.from({ length: ROWS }, (_, r) => workbook.rowHeight(S, r));
}

/** Runs an action and gives the payload of each sync it made. */
async function payloadsOf(workbook: FakeWorkbook, action: () => Promise<unknown>) {
  const before = workbook.syncPayloads.length;
  await action();
  return workbook.syncPayloads.slice(before);
}

describe("applyEdits over the payload limit", () => {
  it("goes out in several syncs under the budget, equal to small batches, undone in one", async () => {
    const batched = book();
    const small = book();
    const original = cells(batched);
    const heights = rowHeights(batched);
    const host = hostOn(batched);
    const edits = editsOn(batched);
    const textBytes = edits.reduce((sum, e) => sum + Buffer.byteLength(String(e.value)), 0);
    expect(textBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);

    let applied: CellEdit[] = [];
    const payloads = await payloadsOf(batched, async () => {
      applied = await host.applyEdits(edits);
    });
    // Reads of every cell first (the old texts, twice each), then the writes.
    expect(payloads.length).toBeGreaterThanOrEqual(5);
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);

    // The same edits in batches of 40 cells, each well inside one request.
    const reference = hostOn(small);
    const smallApplied: CellEdit[] = [];
    for (let i = 0; i < edits.length; i += 40)
      smallApplied.push(...(await reference.applyEdits(edits.slice(i, i + 40))));
    expect(applied).toEqual(smallApplied);
    expect(cells(batched)).toEqual(cells(small));
    expect(rowHeights(batched)).toEqual(rowHeights(small));
    // Text stays text, `=` included; wrapped cells grew their rows.
    expect(batched.cell(S, "A1")).toMatchObject({ formula: null, numberFormat: "@" });
    expect(String(batched.cell(S, "A1").value).startsWith("=新0")).toBe(true);
    expect(batched.style(S, "A1").wrapText).toBe(true);
    expect(batched.rowHeight(S, 0)).toBeGreaterThan(heights[0]);

    // One undo for the batch, itself batched, puts back every cell, format and row height.
    const undo = await payloadsOf(batched, () => host.applyEdits(reversedEdits(applied)));
    expect(undo.length).toBeGreaterThanOrEqual(5);
    for (const bytes of undo) expect(bytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(cells(batched)).toEqual(original);
    expect(rowHeights(batched)).toEqual(heights);
  });

  it("refuses the whole batch before writing when a cell read in a later sync was changed", async () => {
    const workbook = book();
    const edits = editsOn(workbook);
    const last = edits[edits.length - 1];
    workbook.setValue(S, last.address, "用户刚改过");
    const before = cells(workbook);
    const host = hostOn(workbook);
    let error: unknown;
    const payloads = await payloadsOf(workbook, () =>
      host.applyEdits(edits).catch((e: unknown) => (error = e))
    );
    expect(error).toBeInstanceOf(HostWriteError);
    expect(error).toMatchObject({ reason: "changed", address: last.address });
    expect(payloads.length).toBeGreaterThan(1);
    expect(cells(workbook)).toEqual(before);
  });
});

describe("applyEdits when a request is lost part-way", () => {
  /** A host whose `failAt`-th sync (counted over every batch) fails before reaching Excel. */
  function failingHost(workbook: FakeWorkbook, failAt: number): OfficeWorkbookHost {
    let syncs = 0;
    return new OfficeWorkbookHost({
      run: (batch) =>
        workbook.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            syncs++;
            if (syncs === failAt) throw new Error("连接中断");
            return sync();
          };
          return batch(context);
        }),
      isSetSupported: workbook.isSetSupported,
      settings: workbook.settings,
    });
  }

  it("puts back the cells already written, formats, wraps and rows included", async () => {
    // The syncs of the whole batch, counted on a copy: the last one is a write.
    const copy = book();
    const all = (await payloadsOf(copy, () => hostOn(copy).applyEdits(editsOn(copy)))).length;
    const workbook = book();
    const original = cells(workbook);
    const heights = rowHeights(workbook);
    const edits = editsOn(workbook);
    let error: unknown;
    await failingHost(workbook, all)
      .applyEdits(edits)
      .catch((e: unknown) => (error = e));
    expect((error as Error).message).toBe("连接中断");
    expect(cells(workbook)).toEqual(original);
    expect(rowHeights(workbook)).toEqual(heights);
  });
});

/** A list of `rows` rows under a bold heading, each with a long text and a link. */
function bigList(rows: number): LayoutPlan {
  const cols = 3;
  const edits: CellEdit[] = [];
  const styles: LayoutPlan["styles"] = [];
  for (let r = 0; r <= rows; r++)
    for (let c = 0; c < cols; c++) {
      const value = r === 0 ? `标题${c}` : c === 1 ? r : c === 2 ? longText("说明", r) : `=${r}`;
      edits.push({
        sheet: "明细",
        address: toA1(r, c),
        value,
        asText: typeof value === "string",
        previous: null,
      });
      styles.push({
        range: { top: r, left: c, bottom: r, right: c },
        style: r === 0 ? "header" : c === 1 ? "number" : "text",
      });
    }
  return {
    sheet: "明细",
    origin: { row: 0, col: 0 },
    rows: rows + 1,
    cols,
    edits,
    merges: [],
    styles,
    validations: [],
    columnWidths: { 0: 10, 1: 8, 2: 60 },
    rowHeights: { 0: 20 },
    links: Array.from({ length: rows }, (_, i) => ({
      address: toA1(i + 1, 0),
      target: `#'${S}'!A${i + 1}`,
    })),
    autoFilter: { top: 0, left: 0, bottom: rows, right: cols - 1 },
    frozenRows: 1,
    focus: "A2",
  };
}

describe("applyLayout over the payload limit", () => {
  it("lays a big new sheet down in several syncs under the budget, every cell as planned", async () => {
    const workbook = book();
    const plan = bigList(1200);
    const payloads = await payloadsOf(workbook, () => hostOn(workbook).applyLayout(plan));
    expect(payloads.length).toBeGreaterThan(2);
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);

    // The same styles, one small plan each cell, as the reference for every cell's look.
    const reference = FakeWorkbook.fromSnapshots([snapshotFromRows("样式", [])]);
    const one = (style: "header" | "number" | "text", address: string): LayoutPlan => ({
      ...bigList(0),
      sheet: "样式",
      origin: { row: 0, col: 0 },
      rows: 3,
      cols: 3,
      edits: [],
      styles: (
        [
          { range: { top: 0, left: 0, bottom: 0, right: 0 }, style: "header" },
          { range: { top: 1, left: 1, bottom: 1, right: 1 }, style: "number" },
          { range: { top: 2, left: 2, bottom: 2, right: 2 }, style: "text" },
        ] as const
      ).filter((s) => s.style === style),
      links: [],
      autoFilter: undefined,
      frozenRows: 0,
      focus: address,
    });
    const looks = { header: "A1", number: "B2", text: "C3" } as const;
    for (const [style, address] of Object.entries(looks))
      await hostOn(reference).applyLayout(one(style as keyof typeof looks, address));

    for (const edit of plan.edits) {
      const cell = workbook.cell("明细", edit.address);
      expect(cell.value).toBe(edit.value);
      expect(cell.formula).toBeNull();
      const { row, col } = {
        row: Number(edit.address.slice(1)) - 1,
        col: edit.address.charCodeAt(0) - 65,
      };
      const style = row === 0 ? "header" : col === 1 ? "number" : "text";
      const look = reference.style("样式", looks[style]);
      expect(workbook.style("明细", edit.address)).toEqual({
        ...look,
        numberFormat: typeof edit.value === "string" ? "@" : "General",
      });
    }
    const links = workbook.hyperlinks("明细");
    expect(Object.keys(links)).toHaveLength(1200);
    expect(links.A2).toBe(`#'${S}'!A1`);
    expect(workbook.autoFilter("明细")).toBe("A1:C1201");
    expect(workbook.frozenRows("明细")).toBe(1);
    expect(workbook.columnWidth("明细", "C")).toBe(60 * 7.5);
    expect(workbook.selection).toEqual({ sheet: "明细", address: "A2" });
  });

  it("refuses a block on an existing sheet that is not empty", async () => {
    const workbook = book();
    const plan = {
      ...bigList(10),
      sheet: S,
      edits: bigList(10).edits.map((e) => ({ ...e, sheet: S })),
    };
    let error: unknown;
    await hostOn(workbook)
      .applyLayout(plan)
      .catch((e: unknown) => (error = e));
    expect(error).toMatchObject({ reason: "areaOccupied", sheet: S });
  });
});

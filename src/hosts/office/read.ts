/**
 * Reading a sheet into a snapshot in row blocks, so that no request carries more than
 * `READ_BUDGET_BYTES` (Excel on the web refuses a request or response over 5 MB).
 *
 * The first sync (the probe) loads the used range's address, the number of merged areas
 * and, optimistically, the cells and merges of a window at the sheet's top left: a sheet
 * that lies within it is read in that one sync. A bigger sheet is then read in blocks of
 * whole rows of the used range, sized from the columns × the bytes a cell took so far
 * (measured on what arrived, with a margin), and the whole sheet's merged areas travel
 * with the first block. A block Excel refuses for its size is halved and read again.
 * Fills are not read: marks look up the fills of the cells they mark.
 */
import {
  CellRange,
  CellValue,
  emptySnapshot,
  rangeToA1,
  SheetCut,
  SheetSnapshot,
} from "../../domain/snapshot";
import { HostMessageError, ReadCancelledError, ReadOptions, WorkbookReadOptions } from "../host";
import { jsonBytes, utf8Length } from "../payload";
import { heldPart, withCut } from "../sheet-limits";
import { rangeOfAddress, rangesOfAreas, toCellValue } from "./cells";
import { isErrorWithCode, isPayloadTooLarge } from "./errors";

/** The most one read request may carry, leaving a margin under Excel on the web's 5 MB. */
export const READ_BUDGET_BYTES = 4_000_000;
/** The top-left window the probe reads at once (26 columns × 300 rows). */
const WINDOW: CellRange = { top: 0, left: 0, bottom: 299, right: 25 };
/** Bytes per cell assumed before any cell was measured (values, text, format and type). */
const FIRST_CELL_BYTES = 60;
/** Blocks are sized for this much more per cell than measured, as rows differ. */
const MARGIN = 1.25;
/** Bytes of one merged area in an address list, besides the sheet's name. */
const MERGE_BYTES = 16;
const CELL_PROPERTIES = "values, text, numberFormat, valueTypes";

/** Rows of a snapshot being assembled. */
interface Rows {
  values: CellValue[][];
  texts: string[][];
  numberFormats: string[][];
}

/** What the probe learned. */
interface Probe {
  name: string;
  /** The used range (values only) within the sheet limits; null for a blank sheet. */
  area: CellRange | null;
  /** What the limits leave out of the used range. */
  cut: SheetCut;
  /** The window's cells when they cover the used range's first rows, all its columns. */
  head: { rows: Rows; bottom: number; bytesPerCell: number } | null;
  /** The merged areas (null: this Excel cannot read them; undefined: still to be read). */
  merges: CellRange[] | null | undefined;
  mergeCount: number;
}

/** Queues the loads of a block's cells. */
function loadCells(range: Excel.Range): Excel.Range {
  return range.load(CELL_PROPERTIES);
}

/**
 * A loaded range's cells as snapshot rows, and how many bytes they took on the wire
 * (counted unless `measured` is false: the last block sizes nothing after it).
 */
function rowsOf(range: Excel.Range, measured = true): { rows: Rows; bytes: number } {
  const { values, text, numberFormat, valueTypes } = range;
  const rows: Rows = {
    values: cellValuesOf(values, valueTypes),
    texts: text.map((row) => stringsOf(row, (cell) => String(cell))),
    numberFormats: numberFormat.map((row) => stringsOf(row, () => "General")),
  };
  return { rows, bytes: measured ? sampledBytes([values, text, numberFormat, valueTypes]) : 0 };
}

/** Loaded values as snapshot values, by a plain loop: a big sheet has a hundred thousand. */
function cellValuesOf(values: unknown[][], valueTypes: unknown[][]): CellValue[][] {
  const rows = new Array<CellValue[]>(values.length);
  for (let r = 0; r < values.length; r++) {
    const loaded = values[r];
    const types = valueTypes[r];
    const row = new Array<CellValue>(loaded.length);
    for (let c = 0; c < loaded.length; c++) row[c] = toCellValue(loaded[c], types?.[c]);
    rows[r] = row;
  }
  return rows;
}

/**
 * A loaded row as strings: the row itself when it holds only strings, as Excel sends texts
 * and formats (the loaded lists are ours, made for this load), else a copy with `other` of
 * each other entry. A big sheet's read then makes no second list per row.
 */
function stringsOf(row: unknown[], other: (cell: unknown) => string): string[] {
  for (let c = 0; c < row.length; c++)
    if (typeof row[c] !== "string")
      return row.map((cell) => (typeof cell === "string" ? cell : other(cell)));
  return row as string[];
}

/** Rows of a block measured to learn its bytes per cell: enough to tell, spread over it. */
const SAMPLED_ROWS = 64;

/**
 * The bytes a block's loaded lists took, estimated from every so many of its rows (all of a
 * short block): counting every cell of a big sheet cost its check a tenth of its time, and
 * the next block is sized with a margin, and halved should Excel still refuse it.
 */
function sampledBytes(lists: ReadonlyArray<readonly (readonly unknown[])[]>): number {
  const rowCount = lists[0].length;
  const step = Math.max(1, Math.floor(rowCount / SAMPLED_ROWS));
  let bytes = 0;
  let sampled = 0;
  for (let r = 0; r < rowCount; r += step) {
    for (const list of lists) bytes += jsonBytes(list[r]);
    sampled++;
  }
  return sampled === 0 ? 0 : Math.round((bytes * rowCount) / sampled);
}

function append(into: Rows, rows: Rows): void {
  // One row at a time: spreading a long block into push() could overflow the stack.
  for (let r = 0; r < rows.values.length; r++) {
    into.values.push(rows.values[r]);
    into.texts.push(rows.texts[r]);
    into.numberFormats.push(rows.numberFormats[r]);
  }
}

function addressOf(address: string): CellRange {
  const range = rangeOfAddress(address);
  if (!range) throw new HostMessageError("host.unreadableAddress", { address });
  return range;
}

function cancelIfAsked(options: { signal?: AbortSignal }): void {
  if (options.signal?.aborted) throw new ReadCancelledError();
}

/** The sheet to read, and what to do once the probe's sync succeeded. */
export interface LocatedSheet {
  sheet: Excel.Worksheet;
  /** Reads whatever the caller queued alongside the probe. */
  probed: () => void;
}

/**
 * Queues the probe's loads; `window` adds the top-left cells (dropped when Excel refuses
 * the size). The returned function reads what arrived, after the sync.
 */
function queueProbe(sheet: Excel.Worksheet, mergedAreas: boolean, window: boolean): () => Probe {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address");
  const windowAddress = rangeToA1(WINDOW);
  // On the used range that is never a null object (a blank sheet answers A1), as no
  // method may be called on a null object.
  const head = window
    ? loadCells(sheet.getUsedRange(true).getIntersectionOrNullObject(windowAddress)).load("address")
    : null;
  const allMerges = mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
  if (allMerges) allMerges.load("areaCount");
  const headMerges =
    mergedAreas && window ? sheet.getRange(windowAddress).getMergedAreasOrNullObject() : null;
  if (headMerges) headMerges.load("address, areaCount");
  return () => probeResult(sheet, used, head, allMerges, headMerges);
}

/** Loads the probe of one sheet in a sync of its own. */
async function probe(
  context: Excel.RequestContext,
  { sheet, probed }: LocatedSheet,
  mergedAreas: boolean,
  window: boolean
): Promise<Probe> {
  const finish = queueProbe(sheet, mergedAreas, window);
  await context.sync();
  probed();
  return finish();
}

function probeResult(
  sheet: Excel.Worksheet,
  used: Excel.Range,
  head: Excel.Range | null,
  allMerges: Excel.RangeAreas | null,
  headMerges: Excel.RangeAreas | null
): Probe {
  // A sheet with a cell far out is held to the limits a file's sheet is held to.
  const { held: area, cut } = used.isNullObject
    ? { held: null, cut: {} }
    : heldPart(addressOf(used.address));
  const mergeCount = allMerges && !allMerges.isNullObject ? allMerges.areaCount : 0;
  let merges: CellRange[] | null | undefined;
  if (!allMerges) merges = null;
  else if (mergeCount === 0) merges = [];
  else if (headMerges && !headMerges.isNullObject && headMerges.areaCount === mergeCount)
    merges = rangesOfAreas(headMerges.address);

  let headRows: Probe["head"] = null;
  if (area && head && !head.isNullObject) {
    const read = addressOf(head.address);
    if (read.top === area.top && read.left === area.left && read.right === area.right) {
      const { rows, bytes } = rowsOf(head);
      const cells = (read.bottom - read.top + 1) * (read.right - read.left + 1);
      headRows = { rows, bottom: read.bottom, bytesPerCell: bytes / cells };
    }
  }
  return { name: sheet.name, area, cut, head: headRows, merges, mergeCount };
}

/** Quoted as Excel writes it in addresses: `'My sheet'!A1`. */
function quotedName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Rows per block, from the bytes a cell took so far; fewer after Excel refused a block. */
class BlockSizer {
  /** At most this many rows a block, after a refusal. */
  private cap = Infinity;

  constructor(
    private readonly columns: number,
    private bytesPerCell: number
  ) {}

  /** Rows for the next block, of `left` still to read, with `extra` bytes in the same sync. */
  rows(left: number, extra = 0): number {
    const fit = Math.floor(
      (READ_BUDGET_BYTES - extra) / (this.columns * this.bytesPerCell * MARGIN)
    );
    return Math.max(1, Math.min(this.cap, fit, left));
  }

  blocks(left: number): number {
    return left <= 0 ? 0 : Math.ceil(left / this.rows(left));
  }

  learn(bytes: number, rows: number): void {
    this.bytesPerCell = Math.max(1, bytes / (rows * this.columns));
  }

  refused(rows: number): void {
    this.cap = Math.floor(rows / 2);
  }
}

/**
 * Reads a sheet in as few syncs as the budget allows; `locate` queues the sheet's look-up
 * in the probe's batch (the active sheet, or one by name), the blocks find it by its name.
 */
export async function readSheetInBlocks(
  context: Excel.RequestContext,
  locate: () => LocatedSheet,
  mergedAreas: boolean,
  options: ReadOptions = {}
): Promise<SheetSnapshot> {
  cancelIfAsked(options);
  return readRest(context, await probeAlone(context, locate, mergedAreas), options);
}

async function probeAlone(
  context: Excel.RequestContext,
  locate: () => LocatedSheet,
  mergedAreas: boolean
): Promise<Probe> {
  try {
    return await probe(context, locate(), mergedAreas, true);
  } catch (error) {
    // The window held more than Excel takes at once: probe without it.
    if (!isPayloadTooLarge(error)) throw error;
    return probe(context, locate(), mergedAreas, false);
  }
}

/** A sheet listed a moment ago is gone: renamed or deleted while the workbook was read. */
function sheetsChangedOr(error: unknown): unknown {
  return isErrorWithCode(error, "ItemNotFound")
    ? new HostMessageError("host.sheetsChanged")
    : error;
}

/** Sheets probed in the first sync: so many windows, at the first guess of a cell's bytes, fit. */
const FIRST_PROBES_PER_SYNC = Math.max(
  1,
  Math.floor(READ_BUDGET_BYTES / ((WINDOW.bottom + 1) * (WINDOW.right + 1) * FIRST_CELL_BYTES))
);
/** The most sheets probed in one sync, however small they turn out to be. */
const MAX_PROBES_PER_SYNC = 32;

/** What a probe carried, about: its window's cells (the worst guess when it had none). */
function probeBytes(probe: Probe): number {
  const { area, head } = probe;
  if (!area) return FIRST_CELL_BYTES;
  if (!head) return (WINDOW.bottom + 1) * (WINDOW.right + 1) * FIRST_CELL_BYTES;
  return (head.bottom - area.top + 1) * (area.right - area.left + 1) * head.bytesPerCell;
}

/**
 * Probes sheets in one sync; when Excel refuses the size, one sheet a sync (each
 * without its window if need be): one refused sync at most, as halving could cost many.
 */
async function probeGroup(
  context: Excel.RequestContext,
  names: readonly string[],
  mergedAreas: boolean,
  options: WorkbookReadOptions
): Promise<Probe[]> {
  cancelIfAsked(options);
  const located = (name: string): LocatedSheet => ({
    sheet: context.workbook.worksheets.getItem(name),
    probed: () => undefined,
  });
  try {
    const finishes = names.map((name) => queueProbe(located(name).sheet, mergedAreas, true));
    await context.sync();
    return finishes.map((finish) => finish());
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw sheetsChangedOr(error);
  }
  const probes: Probe[] = [];
  for (const name of names) {
    cancelIfAsked(options);
    probes.push(
      await probeAlone(context, () => located(name), mergedAreas).catch((error) => {
        throw sheetsChangedOr(error);
      })
    );
  }
  return probes;
}

/**
 * Reads sheets by name: their probes travel together, as many a sync as the sizes seen
 * so far say fit the budget (halved when Excel refuses), so a workbook of small sheets
 * takes one or two syncs; the rest of a big sheet follows in row blocks.
 */
export async function readSheetsInBlocks(
  context: Excel.RequestContext,
  names: readonly string[],
  mergedAreas: boolean,
  options: WorkbookReadOptions = {}
): Promise<SheetSnapshot[]> {
  const snapshots: SheetSnapshot[] = [];
  const sheetCount = names.length;
  let groupSize = FIRST_PROBES_PER_SYNC;
  for (let start = 0; start < sheetCount;) {
    const group = names.slice(start, start + groupSize);
    await options.onProgress?.({
      sheet: group[0],
      sheetsDone: start,
      sheetCount,
      done: 0,
      total: 0,
    });
    const probes = await probeGroup(context, group, mergedAreas, options);
    // The next group holds as many sheets as fit, were each as big as the biggest so far.
    const largest = Math.max(FIRST_CELL_BYTES, ...probes.map(probeBytes));
    groupSize = Math.max(
      1,
      Math.min(MAX_PROBES_PER_SYNC, Math.floor(READ_BUDGET_BYTES / (largest * MARGIN)))
    );
    for (const [i, first] of probes.entries()) {
      const progress = { sheet: first.name, sheetsDone: start + i, sheetCount };
      await options.onProgress?.({ ...progress, done: 0, total: 0 });
      snapshots.push(
        await readRest(context, first, {
          signal: options.signal,
          onProgress: (blocks) => options.onProgress?.({ ...progress, ...blocks }),
        })
      );
    }
    start += group.length;
  }
  const last = names[sheetCount - 1] ?? "";
  await options.onProgress?.({
    sheet: last,
    sheetsDone: sheetCount,
    sheetCount,
    done: 0,
    total: 0,
  });
  return snapshots;
}

/** The rest of a probed sheet, in row blocks (nothing more for a sheet the probe covered). */
async function readRest(
  context: Excel.RequestContext,
  first: Probe,
  options: ReadOptions
): Promise<SheetSnapshot> {
  const { name, area, cut, head, mergeCount } = first;
  let merges = first.merges;
  const mergeBytes = mergeCount * (MERGE_BYTES + utf8Length(quotedName(name)));
  if (merges === undefined && mergeBytes > READ_BUDGET_BYTES)
    throw new HostMessageError("host.tooManyMerges", { count: mergeCount });
  const rows: Rows = { values: [], texts: [], numberFormats: [] };
  if (head) append(rows, head.rows);
  let next = head ? head.bottom + 1 : area ? area.top : 0;
  const last = area ? area.bottom : -1;
  const sizer = new BlockSizer(
    area ? area.right - area.left + 1 : 1,
    head ? Math.max(FIRST_CELL_BYTES / 4, head.bytesPerCell) : FIRST_CELL_BYTES
  );
  let done = 0;
  if (next <= last) await options.onProgress?.({ done, total: sizer.blocks(last - next + 1) });
  while (next <= last || merges === undefined) {
    cancelIfAsked(options);
    const sheet = context.workbook.worksheets.getItem(name);
    const withMerges = merges === undefined;
    const count =
      area && next <= last ? sizer.rows(last - next + 1, withMerges ? mergeBytes : 0) : 0;
    const block =
      area && count > 0
        ? loadCells(sheet.getRange(rangeToA1({ ...area, top: next, bottom: next + count - 1 })))
        : null;
    const mergeList = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : null;
    if (mergeList) mergeList.load("address");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync a block is the point: each stays under the payload limit
      await context.sync();
    } catch (error) {
      if (isErrorWithCode(error, "ItemNotFound"))
        throw new HostMessageError("host.sheetChanged", { name });
      if (!isPayloadTooLarge(error)) throw error;
      if (count === 0) throw new HostMessageError("host.tooManyMerges", { count: mergeCount });
      if (count === 1) throw new HostMessageError("host.rowTooLarge", { row: next + 1 });
      // Excel refused the block for its size: read half as many rows.
      sizer.refused(count);
      continue;
    }
    if (mergeList) merges = mergeList.isNullObject ? [] : rangesOfAreas(mergeList.address);
    if (block) {
      const more = next + count <= last;
      const read = rowsOf(block, more);
      append(rows, read.rows);
      if (more) sizer.learn(read.bytes, count);
      next += count;
      done++;
      await options.onProgress?.({ done, total: done + sizer.blocks(last - next + 1) });
    }
  }
  if (!area) return withCut(emptySnapshot(name, merges ?? null), cut);
  return withCut(
    {
      sheetName: name,
      originRow: area.top,
      originCol: area.left,
      ...rows,
      merges: merges ?? null,
    },
    cut
  );
}

/**
 * Marks: colouring cells (and adding notes) and restoring them exactly. The fill of a
 * cell is read only when it is about to be marked, and recorded in the workbook's
 * settings, so clearing restores it also after a reopen.
 *
 * Round trips, per batch of cells (a batch stays under the payload budget, so a long
 * list of marks takes several):
 * - mark: 2. The fills and existing notes of the cells are looked up, then the marks
 *   applied; a note must not be added over another, and the original fill must be known
 *   before the mark colour replaces it.
 * - clear: 2. Whether a cell still shows our mark colour must be known before deciding
 *   to restore it, and a batch cannot branch on a value it has not read yet. (Once more
 *   when a marked sheet was renamed or deleted: its names are looked up.)
 */
import { Capabilities } from "../host";
import { PlannedMark } from "../../domain/marks";
import { parseA1, toA1 } from "../../domain/snapshot";
import { utf8Length } from "../payload";
import { fillOfColor, fillOfProperties, sameColor } from "./cells";
import { OfficeDeps } from "./deps";
import { isErrorWithCode } from "./errors";
import { MARKS_SETTING, MarkRecord, parseRecords, recordKey } from "./records";
import { budgetRuns } from "./requests";
import { sheetLookup } from "./sheets";

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true } },
};

/**
 * Bytes one cell adds to a sync of marking or clearing, besides its note: a few commands
 * (range, fill, note look-up or write) and a fill read back, with a wide margin.
 */
const CELL_BYTES = 800;

interface CellToMark {
  sheet: string;
  address: string;
  fill: string;
  note: string;
}

/** What must be known about a cell before marking it. */
interface CellFacts {
  originalFill: string | null;
  /** The note on the cell now, if any (null also when notes are unsupported). */
  note: Excel.Note | null;
}

/** A queued fill read: cell properties (ExcelApi 1.9), or the fill colour alone before it. */
type FillProbe =
  | { properties: OfficeExtension.ClientResult<Excel.CellProperties[][]> }
  | { fill: Excel.RangeFill };

/** The probed fill, once the batch holding the probe was synced. */
function probedFill(probe: FillProbe): string | null {
  return "properties" in probe
    ? fillOfProperties(probe.properties.value[0]?.[0])
    : fillOfColor(probe.fill.color);
}

/** One entry a cell (the last mark wins), with the address in plain `B12` form. */
function cellsToMark(marks: readonly PlannedMark[]): CellToMark[] {
  const cells = new Map<string, CellToMark>();
  for (const mark of marks) {
    const cell = parseA1(mark.address);
    if (!cell) throw new Error(`a mark needs a single cell address, not ${mark.address}`);
    const address = toA1(cell.row, cell.col);
    cells.set(recordKey(mark.sheet, address), {
      sheet: mark.sheet,
      address,
      fill: mark.fill,
      note: mark.note,
    });
  }
  return [...cells.values()];
}

/** The marks in a workbook: applies and clears them, keeping their records in the settings. */
export class MarkBook {
  private readonly records = new Map<string, MarkRecord>();

  constructor(
    private readonly deps: OfficeDeps,
    private readonly capabilities: Capabilities,
    private readonly settings: {
      get: (key: string) => unknown;
      set: (key: string, value: unknown) => Promise<void>;
    }
  ) {
    for (const record of parseRecords(settings.get(MARKS_SETTING)))
      this.records.set(recordKey(record.sheet, record.address), record);
  }

  get count(): number {
    return this.records.size;
  }

  /** Queues a read of one cell's fill, to be read by `probedFill` after the sync. */
  private probeFill(range: Excel.Range): FillProbe {
    if (this.capabilities.cellFills)
      return { properties: range.getCellProperties(FILL_PROPERTIES) };
    const fill = range.format.fill;
    fill.load("color");
    return { fill };
  }

  async mark(marks: readonly PlannedMark[]): Promise<void> {
    const cells = cellsToMark(marks);
    if (cells.length === 0) return;
    try {
      for (const batch of budgetRuns(cells, (cell) => CELL_BYTES + utf8Length(cell.note)))
        await this.deps.run((context) => this.markBatch(context, batch));
    } finally {
      await this.save();
    }
  }

  private async markBatch(
    context: Excel.RequestContext,
    cells: readonly CellToMark[]
  ): Promise<void> {
    const notes = this.capabilities.notes;
    const sheetOf = sheetLookup(context);
    const probes = cells.map((cell) => {
      const key = recordKey(cell.sheet, cell.address);
      const sheet = sheetOf(cell.sheet);
      const record = this.records.get(key);
      // A cell marked before keeps its first original fill.
      const fill = record ? null : this.probeFill(sheet.getRange(cell.address));
      const note = notes ? sheet.notes.getItemOrNullObject(cell.address) : null;
      return { key, record, fill, note };
    });
    await context.sync();
    const facts = new Map<string, CellFacts>(
      probes.map(({ key, record, fill, note }) => [
        key,
        {
          originalFill: record ? record.originalFill : fill ? probedFill(fill) : null,
          note: note && !note.isNullObject ? note : null,
        },
      ])
    );
    for (const cell of cells) {
      const key = recordKey(cell.sheet, cell.address);
      const fact = facts.get(key) ?? { originalFill: null, note: null };
      const previous = this.records.get(key);
      const sheet = sheetOf(cell.sheet);
      sheet.getRange(cell.address).format.fill.color = cell.fill;
      let noteAdded = previous?.noteAdded ?? false;
      if (notes) {
        if (!fact.note) {
          sheet.notes.add(cell.address, cell.note);
          noteAdded = true;
        } else if (previous?.noteAdded) {
          fact.note.content = cell.note;
        } else noteAdded = false;
      }
      // Recorded before the batch is sent: should it fail halfway, a cell that never
      // received the mark colour is simply skipped when clearing.
      this.records.set(key, {
        sheet: cell.sheet,
        address: cell.address,
        originalFill: previous ? previous.originalFill : fact.originalFill,
        markFill: cell.fill,
        noteAdded,
      });
    }
    await context.sync();
  }

  /** Restores every marked cell still showing our colour; returns how many were restored. */
  async clear(): Promise<number> {
    if (this.records.size === 0) return 0;
    let restored = 0;
    try {
      for (const batch of budgetRuns([...this.records.values()], () => CELL_BYTES)) {
        restored += await this.clearBatch(batch);
        for (const record of batch) this.records.delete(recordKey(record.sheet, record.address));
      }
    } finally {
      await this.save();
    }
    return restored;
  }

  private async clearBatch(records: readonly MarkRecord[]): Promise<number> {
    try {
      return await this.deps.run((context) => this.restore(context, records));
    } catch (error) {
      // A marked sheet was renamed or deleted: its cells cannot be found, so they are
      // forgotten and the rest restored. The first batch only read, so nothing changed.
      if (!isErrorWithCode(error, "ItemNotFound")) throw error;
      return this.deps.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const names = new Set(worksheets.items.map((sheet) => sheet.name));
        return this.restore(
          context,
          records.filter((record) => names.has(record.sheet))
        );
      });
    }
  }

  /** Restores fills still showing our colour and deletes our notes; two round trips. */
  private async restore(
    context: Excel.RequestContext,
    records: readonly MarkRecord[]
  ): Promise<number> {
    const sheetOf = sheetLookup(context);
    const notes = this.capabilities.notes;
    const probes = records.map((record) => {
      const sheet = sheetOf(record.sheet);
      const range = sheet.getRange(record.address);
      const fill = this.probeFill(range);
      const note =
        notes && record.noteAdded ? sheet.notes.getItemOrNullObject(record.address) : null;
      return { record, range, fill, note };
    });
    await context.sync();
    let restored = 0;
    for (const { record, range, fill, note } of probes) {
      if (sameColor(probedFill(fill), record.markFill)) {
        if (record.originalFill === null) range.format.fill.clear();
        else range.format.fill.color = record.originalFill;
        restored++;
      }
      if (note && !note.isNullObject) note.delete();
    }
    await context.sync();
    return restored;
  }

  private async save(): Promise<void> {
    await this.settings.set(MARKS_SETTING, [...this.records.values()]);
  }
}

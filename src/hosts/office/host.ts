/**
 * The Office.js host: reads sheets into snapshots, selects, marks and clears marks, and
 * applies the domain's planned edits and layouts (refusing rather than overwriting). It
 * decides nothing; capabilities come from the requirement sets.
 *
 * Round trips (context.sync calls) per operation:
 * - readActiveSheet: 1 (values, texts, formats, merged areas, fills and the note count together).
 * - select: 1.
 * - mark: 1 when the last read captured the fills of every cell to mark and the sheet had
 *   no notes; otherwise 2 (look up fills and existing notes, then apply). The one-trip
 *   path trusts the read: a fill the user changes between check and mark is not seen.
 * - clearMarks: 2. Whether a cell still shows our mark colour must be known before
 *   deciding to restore it, and a batch cannot branch on a value it has not read yet.
 *   (3 when a marked sheet was renamed or deleted: its names are looked up once more.)
 * - readSheet: 1 (a missing sheet fails the batch with ItemNotFound: the answer is null).
 * - applyEdits, applyLayout: 2, one read (the target cells, to refuse before writing) and
 *   one write (new sheets, formats, values, and for a layout merges, styles, widths, lists
 *   and the selection). No method can be called on a sheet that does not exist, so the
 *   read skips the sheets the last read did not see. Should the sheets have changed
 *   behind the host's back, or a sheet be missing before the host's first read, one or
 *   two more round trips follow (3 or 4 in all).
 */
import { Capabilities, HostWriteError, WorkbookHost } from "../host";
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { PlannedMark } from "../../domain/marks";
import {
  CellRange,
  CellValue,
  emptySnapshot,
  parseA1,
  rangeToA1,
  SheetSnapshot,
  toA1,
} from "../../domain/snapshot";
import {
  fillOfColor,
  fillOfProperties,
  rangeOfAddress,
  rangesOfAreas,
  sameColor,
  toCellValue,
} from "./cells";
import { OfficeDeps } from "./deps";
import { MARKS_SETTING, MarkRecord, parseRecords, recordKey } from "./records";
import {
  CELL_PROBE,
  cellAddress,
  FoundCell,
  foundCell,
  GENERAL_FORMAT,
  layoutArea,
  MISSING_CELL,
  officeValueOf,
  queueLayout,
  refusalOf,
  sameCellValue,
  standsAsIs,
  TEXT_FORMAT,
  writesText,
} from "./writes";

const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true } },
};

/** Fills of the last read's used range, kept for marking in one round trip. */
interface CapturedSheet {
  sheet: string;
  area: CellRange;
  fills: (string | null)[][];
  /** Notes on the sheet at read time; null when notes are unsupported. */
  noteCount: number | null;
}

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

/** A cell formatted as text by `applyEdits`, with what it held and its format before. */
interface ReplacedFormat {
  value: CellValue;
  numberFormat: string;
}

/** An edit with its cell in plain `H12` form. */
interface EditTarget {
  edit: CellEdit;
  address: string;
  key: string;
}

/** The queued reads of one sheet: call `finish` after the sync. */
interface SheetRead {
  finish: () => { snapshot: SheetSnapshot; captured: CapturedSheet | null };
}

function isErrorWithCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/** Worksheets by name, one proxy each within a batch. */
function sheetLookup(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
}

/** The proxies `queueSheetRead` loaded, read after their sync. */
interface QueuedSheetRead {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  fills: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  noteCount: OfficeExtension.ClientResult<number> | null;
}

function sheetReadResult({ sheet, used, merged, fills, noteCount }: QueuedSheetRead): {
  snapshot: SheetSnapshot;
  captured: CapturedSheet | null;
} {
  const merges = merged === null ? null : merged.isNullObject ? [] : rangesOfAreas(merged.address);
  if (used.isNullObject) {
    return { snapshot: emptySnapshot(sheet.name, merges), captured: null };
  }
  const area = rangeOfAddress(used.address);
  if (!area) throw new Error(`unreadable used range address: ${used.address}`);
  const types = used.valueTypes;
  const snapshot: SheetSnapshot = {
    sheetName: sheet.name,
    originRow: area.top,
    originCol: area.left,
    values: used.values.map((row, r) => row.map((value, c) => toCellValue(value, types[r]?.[c]))),
    texts: used.text.map((row) => row.map((text) => String(text))),
    numberFormats: used.numberFormat.map((row) =>
      row.map((format) => (typeof format === "string" ? format : "General"))
    ),
    merges,
  };
  const captured: CapturedSheet | null = fills
    ? {
        sheet: sheet.name,
        area,
        fills: fills.value.map((row) => row.map(fillOfProperties)),
        noteCount: noteCount ? noteCount.value : null,
      }
    : null;
  return { snapshot, captured };
}

function numberFormatsOf(range: Excel.Range): unknown[][] {
  return range.numberFormat;
}

/** Whether a block loaded with values and formulas (and its merged areas) is empty. */
function blockIsEmpty(range: Excel.Range, merged: Excel.RangeAreas | null): boolean {
  const formulas = range.formulas;
  return (
    (merged === null || merged.isNullObject) &&
    range.values.every((row, r) => row.every((value, c) => value === "" && formulas[r]?.[c] === ""))
  );
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly capabilities: Capabilities;
  private readonly events: boolean;
  private readonly records = new Map<string, MarkRecord>();
  private readonly memorySettings = new Map<string, unknown>();
  private captured: CapturedSheet | null = null;
  /** The workbook's sheet names as of the last read that loaded them; null before the first. */
  private sheetNames: Set<string> | null = null;
  /** Sheets found missing since (by `readSheet`). */
  private readonly missingSheets = new Set<string>();
  /** Cells `applyEdits` formatted as text, so writing their old content back restores the format. */
  private readonly replacedFormats = new Map<string, ReplacedFormat>();

  constructor(private readonly deps: OfficeDeps) {
    const excel = (version: string) => deps.isSetSupported("ExcelApi", version);
    this.capabilities = {
      mergedAreas: excel("1.13"),
      notes: excel("1.18"),
      cellFills: excel("1.9"),
      settings: deps.settings !== null,
      dataValidation: excel("1.8"),
    };
    this.events = excel("1.7");
    for (const record of parseRecords(this.getSetting(MARKS_SETTING)))
      this.records.set(recordKey(record.sheet, record.address), record);
  }

  async readActiveSheet(): Promise<SheetSnapshot> {
    const { snapshot, captured } = await this.deps.run(async (context) => {
      const names = this.loadSheetNames(context);
      const read = this.queueSheetRead(context.workbook.worksheets.getActiveWorksheet(), true);
      await context.sync();
      this.rememberSheets(names);
      return read.finish();
    });
    this.captured = captured;
    return snapshot;
  }

  async activeSelection(): Promise<{ sheet: string; address: string; sheetNames: string[] }> {
    return this.deps.run(async (context) => {
      const names = this.loadSheetNames(context);
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      const sheetNames = [...this.rememberSheets(names)];
      // Office qualifies the address with the sheet: `'Sheet 1'!B3:C4`.
      return { sheet: sheet.name, address: selected.address.split("!").pop() ?? "A1", sheetNames };
    });
  }

  async readSheet(name: string): Promise<SheetSnapshot | null> {
    try {
      return await this.deps.run(async (context) => {
        const names = this.loadSheetNames(context);
        const read = this.queueSheetRead(context.workbook.worksheets.getItem(name), false);
        await context.sync();
        this.rememberSheets(names);
        return read.finish().snapshot;
      });
    } catch (error) {
      // The only look-up in the batch that can miss is the sheet's.
      if (!isErrorWithCode(error, "ItemNotFound")) throw error;
      this.missingSheets.add(name);
      return null;
    }
  }

  /**
   * Queues the reads of a sheet's used range: values, texts, formats, merged areas and,
   * with `capture`, the fills and note count that let `mark` skip a round trip.
   */
  private queueSheetRead(sheet: Excel.Worksheet, capture: boolean): SheetRead {
    const { mergedAreas, cellFills, notes } = this.capabilities;
    sheet.load("name");
    // Values only: formatting alone (borders or fills over whole columns) can stretch
    // the used range far beyond the tables, and the recognizer reads values only.
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address, values, text, numberFormat, valueTypes");
    // Merged areas of the whole sheet: a merge may reach past the last value.
    const merged = mergedAreas ? sheet.getRange().getMergedAreasOrNullObject() : null;
    if (merged) merged.load("address");
    // The same used range, but never a null object: a blank sheet answers A1, so no
    // method is called on a null object. Its fills are dropped when the sheet is blank.
    const fills =
      capture && cellFills ? sheet.getUsedRange(true).getCellProperties(FILL_PROPERTIES) : null;
    const noteCount = capture && notes ? sheet.notes.getCount() : null;
    return { finish: () => sheetReadResult({ sheet, used, merged, fills, noteCount }) };
  }

  /** Queues a load of every sheet's name (read it with `rememberSheets` after the sync). */
  private loadSheetNames(context: Excel.RequestContext): Excel.WorksheetCollection {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    return worksheets;
  }

  private rememberSheets(worksheets: Excel.WorksheetCollection): Set<string> {
    const names = new Set(worksheets.items.map((sheet) => sheet.name));
    this.sheetNames = names;
    this.missingSheets.clear();
    return names;
  }

  /**
   * Reads cells on sheets some of which may not exist. A method called on a missing sheet
   * fails the batch, so `queue` reads only on the sheets `exists` admits: those the last
   * read saw (all of them before any read). The names are loaded alongside; a sheet
   * deleted since fails the batch (ItemNotFound) and one created since needs its cells
   * read, so either costs another round trip. Returns the sheets that exist.
   */
  private async readAcross<R>(
    context: Excel.RequestContext,
    sheets: readonly string[],
    queue: (
      sheetOf: (name: string) => Excel.Worksheet,
      exists: (name: string) => boolean
    ) => () => R
  ): Promise<{ existing: Set<string>; result: R }> {
    const MAX_TRIES = 3;
    let tries = 0;
    let believed = (name: string) =>
      !this.missingSheets.has(name) && (this.sheetNames === null || this.sheetNames.has(name));
    /** Names learned in this batch, after a read failed. */
    let learned: Set<string> | null = null;
    for (;;) {
      tries++;
      const assumed = new Set(sheets.filter(believed));
      if (learned && assumed.size === 0)
        // None of the sheets exists, as just learned: there is nothing to read.
        return { existing: new Set(), result: queue(sheetLookup(context), () => false)() };
      const names = this.loadSheetNames(context);
      const finish = queue(sheetLookup(context), (name) => assumed.has(name));
      let known: Set<string>;
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most MAX_TRIES, normally one
        await context.sync();
        known = this.rememberSheets(names);
      } catch (error) {
        if (!isErrorWithCode(error, "ItemNotFound") || tries >= MAX_TRIES) throw error;
        // A sheet the last read saw is gone: learn the names, then read again.
        const again = this.loadSheetNames(context);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- see above
        await context.sync();
        known = this.rememberSheets(again);
        learned = known;
        believed = (name) => known.has(name);
        continue;
      }
      const existing = new Set(sheets.filter((name) => known.has(name)));
      if ([...existing].every((name) => assumed.has(name))) return { existing, result: finish() };
      // A sheet was created since the last read: its cells must be read too.
      if (tries >= MAX_TRIES) throw new Error("工作簿的工作表在写入时不断变化，请重试");
      believed = (name) => known.has(name);
    }
  }

  async applyEdits(edits: readonly CellEdit[]): Promise<CellEdit[]> {
    const targets: EditTarget[] = edits.map((edit) => {
      const address = cellAddress(edit.address).a1;
      return { edit, address, key: recordKey(edit.sheet, address) };
    });
    const keys = new Set(targets.map((target) => target.key));
    if (keys.size !== targets.length) throw new Error("an edit batch writes a cell twice");
    if (targets.length === 0) return [];
    const sheets = [...new Set(targets.map((target) => target.edit.sheet))];
    return this.deps.run(async (context) => {
      const { existing, result: found } = await this.readAcross(
        context,
        sheets,
        (sheetOf, exists) => {
          const probes = targets.map(({ edit, address }) =>
            exists(edit.sheet) ? sheetOf(edit.sheet).getRange(address).load(CELL_PROBE) : null
          );
          return () => probes.map((probe) => (probe ? foundCell(probe) : MISSING_CELL));
        }
      );
      targets.forEach(({ edit, address }, i) => {
        const refusal = refusalOf(edit, found[i]);
        if (refusal) throw new HostWriteError(refusal, edit.sheet, address);
      });

      const added = new Map<string, Excel.Worksheet>();
      for (const sheet of sheets)
        if (!existing.has(sheet)) added.set(sheet, context.workbook.worksheets.add(sheet));
      const lookup = sheetLookup(context);
      const formats = targets.map((target, i) => this.formatFor(target, found[i]));
      targets.forEach(({ edit, address }, i) => {
        const range = (added.get(edit.sheet) ?? lookup(edit.sheet)).getRange(address);
        const format = formats[i].numberFormat;
        if (format !== null) range.numberFormat = [[format]];
        range.values = [[officeValueOf(edit)]];
      });
      await context.sync();
      for (const sheet of added.keys()) this.sheetNames?.add(sheet);
      for (const { key, record } of formats)
        if (record === null) this.replacedFormats.delete(key);
        else if (record) this.replacedFormats.set(key, record);
      return targets.map(({ edit }, i) => ({ ...edit, previous: found[i].value }));
    });
  }

  /**
   * The number format to set before writing (null: leave it) and what to remember of the
   * cell (a record to keep, null to forget it, undefined for no change). Text gets `@`,
   * remembering the format it replaced; writing back the content the cell had before
   * (an undo) puts that format back when the content reads the same under it.
   */
  private formatFor(
    { edit, key }: EditTarget,
    found: FoundCell
  ): { key: string; numberFormat: string | null; record?: ReplacedFormat | null } {
    const replaced = this.replacedFormats.get(key);
    if (replaced && sameCellValue(replaced.value, edit.value) && standsAsIs(edit.value))
      return {
        key,
        numberFormat: replaced.numberFormat === found.numberFormat ? null : replaced.numberFormat,
        record: null,
      };
    if (writesText(edit)) {
      if (found.numberFormat === TEXT_FORMAT) return { key, numberFormat: null };
      const record = replaced ?? { value: found.value, numberFormat: found.numberFormat };
      return { key, numberFormat: TEXT_FORMAT, record };
    }
    // A number written into a text cell would stay text.
    if (typeof edit.value === "number" && found.numberFormat === TEXT_FORMAT)
      return { key, numberFormat: GENERAL_FORMAT };
    return { key, numberFormat: null };
  }

  async applyLayout(plan: LayoutPlan): Promise<void> {
    const area = layoutArea(plan);
    const address = rangeToA1(area);
    const { mergedAreas, dataValidation } = this.capabilities;
    // New fills (the header's) would make the fills captured for marking wrong.
    this.captured = null;
    await this.deps.run(async (context) => {
      const { existing, result: block } = await this.readAcross(
        context,
        [plan.sheet],
        (sheetOf, exists) => {
          if (!exists(plan.sheet)) return () => null;
          const range = sheetOf(plan.sheet).getRange(address);
          range.load("values, formulas, numberFormat");
          const merged = mergedAreas ? range.getMergedAreasOrNullObject() : null;
          if (merged) merged.load("address");
          return () => ({ empty: blockIsEmpty(range, merged), formats: numberFormatsOf(range) });
        }
      );
      if (block && !block.empty) throw new HostWriteError("areaOccupied", plan.sheet, address);
      const worksheets = context.workbook.worksheets;
      const sheet = existing.has(plan.sheet)
        ? worksheets.getItem(plan.sheet)
        : worksheets.add(plan.sheet);
      queueLayout(sheet, plan, area, block ? block.formats : null, dataValidation);
      await context.sync();
      this.sheetNames?.add(plan.sheet);
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.deps.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /** One entry a cell (the last mark wins), with the address in plain `B12` form. */
  private cellsToMark(marks: readonly PlannedMark[]): CellToMark[] {
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

  /**
   * The original fills known without a round trip: from the records (a cell marked
   * before keeps its first original) or from the last read. Null when anything is
   * unknown, or when the sheet had notes (a note must not be added over another).
   */
  private knownFacts(cells: readonly CellToMark[]): Map<string, CellFacts> | null {
    const captured = this.captured;
    if (!captured || (this.capabilities.notes && captured.noteCount !== 0)) return null;
    const facts = new Map<string, CellFacts>();
    for (const cell of cells) {
      // The note count covers the read sheet only: any other sheet needs a look-up.
      if (cell.sheet !== captured.sheet) return null;
      const key = recordKey(cell.sheet, cell.address);
      const record = this.records.get(key);
      if (record) {
        facts.set(key, { originalFill: record.originalFill, note: null });
        continue;
      }
      const at = parseA1(cell.address);
      const { area } = captured;
      if (
        !at ||
        at.row < area.top ||
        at.row > area.bottom ||
        at.col < area.left ||
        at.col > area.right
      )
        return null;
      const originalFill = captured.fills[at.row - area.top]?.[at.col - area.left];
      if (originalFill === undefined) return null;
      facts.set(key, { originalFill, note: null });
    }
    return facts;
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
    const cells = this.cellsToMark(marks);
    if (cells.length === 0) return;
    const known = this.knownFacts(cells);
    const notes = this.capabilities.notes;
    this.captured = null;
    try {
      await this.deps.run(async (context) => {
        const sheetOf = sheetLookup(context);
        let facts = known;
        if (!facts) {
          const probes = cells.map((cell) => {
            const key = recordKey(cell.sheet, cell.address);
            const sheet = sheetOf(cell.sheet);
            const record = this.records.get(key);
            const fill = record ? null : this.probeFill(sheet.getRange(cell.address));
            const note = notes ? sheet.notes.getItemOrNullObject(cell.address) : null;
            return { key, record, fill, note };
          });
          await context.sync();
          facts = new Map(
            probes.map(({ key, record, fill, note }) => [
              key,
              {
                originalFill: record ? record.originalFill : fill ? probedFill(fill) : null,
                note: note && !note.isNullObject ? note : null,
              },
            ])
          );
        }
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
      });
    } finally {
      await this.saveRecords();
    }
  }

  async clearMarks(): Promise<number> {
    if (this.records.size === 0) return 0;
    this.captured = null;
    let records = [...this.records.values()];
    let restored: number;
    try {
      restored = await this.deps.run((context) => this.restore(context, records));
    } catch (error) {
      // A marked sheet was renamed or deleted: its cells cannot be found, so they are
      // forgotten and the rest restored. The first batch only read, so nothing changed.
      if (!isErrorWithCode(error, "ItemNotFound")) throw error;
      restored = await this.deps.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const names = new Set(worksheets.items.map((sheet) => sheet.name));
        records = records.filter((record) => names.has(record.sheet));
        return this.restore(context, records);
      });
    }
    this.records.clear();
    await this.saveRecords();
    return restored;
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

  markedCount(): number {
    return this.records.size;
  }

  private async saveRecords(): Promise<void> {
    await this.setSetting(MARKS_SETTING, [...this.records.values()]);
  }

  getSetting<T>(key: string): T | undefined {
    const settings = this.deps.settings;
    const value = settings ? settings.get(key) : this.memorySettings.get(key);
    return value === null || value === undefined ? undefined : (value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    const settings = this.deps.settings;
    if (!settings) {
      this.memorySettings.set(key, value);
      return;
    }
    settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      settings.saveAsync((result) =>
        result.status === "succeeded"
          ? resolve()
          : reject(new Error(`the workbook settings were not saved (${String(result.status)})`))
      )
    );
  }

  onSheetActivated(handler: () => void): () => void {
    if (!this.events) return () => undefined;
    let active = true;
    let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs> | null =
      null;
    const release = (
      result: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs>
    ) => {
      result.remove();
      result.context.sync().catch(() => undefined);
    };
    this.deps
      .run(async (context) => {
        const result = context.workbook.worksheets.onActivated.add(async () => {
          if (active) handler();
        });
        await context.sync();
        return result;
      })
      .then(
        (result) => {
          registration = result;
          if (!active) release(result);
        },
        () => undefined
      );
    return () => {
      if (!active) return;
      active = false;
      if (registration) release(registration);
    };
  }
}

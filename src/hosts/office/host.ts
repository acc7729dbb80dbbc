/**
 * The Office.js host: reads sheets into snapshots (`read.ts`), marks and clears marks
 * (`marks.ts`), and applies the domain's planned edits and layouts (`edits.ts`). It
 * decides nothing; capabilities come from the requirement sets.
 *
 * Round trips (context.sync calls) per operation:
 * - readActiveSheet, readSheet: 1 for a sheet within the first 300 rows × 26 columns,
 *   else 1 + one per row block, each block under the payload budget (see read.ts).
 * - listSheets: 1. readSheets: 1 per group of sheets (their first windows together:
 *   8 at first, then as many as the sizes seen allow, up to 32), plus the row blocks of
 *   the big ones (see read.ts).
 *   readSheet answers null for a missing sheet (ItemNotFound fails the batch).
 * - select: 1.
 * - openWorkbook: none in this workbook (`Excel.createWorkbook` opens another).
 * - mark, clearMarks: 2 per batch of cells (see marks.ts).
 * - applyEdits, applyLayout: 2, or 3–4 when the sheets changed; more for a batch bigger
 *   than one request, each sync under the payload budget (see edits.ts).
 */
import {
  Capabilities,
  HostMessageError,
  ReadOptions,
  SheetInfo,
  ValuesChange,
  SheetVisibility,
  WorkbookHost,
  WorkbookReadOptions,
} from "../host";
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { PlannedMark } from "../../domain/marks";
import { rangeToA1, SheetSnapshot } from "../../domain/snapshot";
import { OfficeDeps } from "./deps";
import { CellWriter } from "./edits";
import { isErrorWithCode } from "./errors";
import { MarkBook } from "./marks";
import { fileNameOf, openAsWorkbook } from "./new-workbook";
import { readSheetInBlocks, readSheetsInBlocks } from "./read";
import { SheetDirectory, subscribe, ValueChangeEvents } from "./sheets";

const VISIBILITY: Record<string, SheetVisibility> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

export class OfficeWorkbookHost implements WorkbookHost {
  readonly capabilities: Capabilities;
  private readonly events: boolean;
  private readonly memorySettings = new Map<string, unknown>();
  private readonly sheets = new SheetDirectory();
  private readonly marks: MarkBook;
  private readonly writer: CellWriter;
  private readonly changes: ValueChangeEvents;

  constructor(private readonly deps: OfficeDeps) {
    const excel = (version: string) => deps.isSetSupported("ExcelApi", version);
    this.capabilities = {
      mergedAreas: excel("1.13"),
      notes: excel("1.18"),
      cellFills: excel("1.9"),
      settings: deps.settings !== null,
      dataValidation: excel("1.8"),
      // Said only where Excel can: the capability is optional in the host contract.
      ...(deps.createWorkbook ? { newWorkbook: true } : {}),
    };
    this.events = excel("1.7");
    this.marks = new MarkBook(deps, this.capabilities, {
      get: (key) => this.getSetting(key),
      set: (key, value) => this.setSetting(key, value),
    });
    this.writer = new CellWriter(deps, this.capabilities, this.sheets);
    this.changes = new ValueChangeEvents(deps);
  }

  /** Reads the sheet `locate` names, with the workbook's sheet names in the first sync. */
  private read(
    locate: (context: Excel.RequestContext) => Excel.Worksheet,
    options: ReadOptions
  ): Promise<SheetSnapshot> {
    return this.deps.run((context) =>
      readSheetInBlocks(
        context,
        () => {
          // The workbook's sheet names travel with the probe.
          const names = this.sheets.load(context);
          return { sheet: locate(context), probed: () => this.sheets.remember(names) };
        },
        this.capabilities.mergedAreas,
        options
      )
    );
  }

  readActiveSheet(options: ReadOptions = {}): Promise<SheetSnapshot> {
    return this.read((context) => context.workbook.worksheets.getActiveWorksheet(), options);
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetSnapshot | null> {
    try {
      return await this.read((context) => context.workbook.worksheets.getItem(name), options);
    } catch (error) {
      // The sheet's is the only look-up that can miss, in the first sync or later.
      const gone =
        isErrorWithCode(error, "ItemNotFound") ||
        (error instanceof HostMessageError && error.key === "host.sheetChanged");
      if (!gone) throw error;
      this.sheets.markMissing(name);
      return null;
    }
  }

  async listSheets(): Promise<{ sheets: SheetInfo[]; active: string }> {
    return this.deps.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name, items/visibility");
      const active = worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      this.sheets.remember(worksheets);
      const sheets = worksheets.items.map((sheet) => ({
        name: sheet.name,
        visibility: VISIBILITY[sheet.visibility] ?? "visible",
      }));
      return { sheets, active: active.name };
    });
  }

  readSheets(
    names: readonly string[],
    options: WorkbookReadOptions = {}
  ): Promise<SheetSnapshot[]> {
    return this.deps.run((context) =>
      readSheetsInBlocks(context, names, this.capabilities.mergedAreas, options)
    );
  }

  async activeSelection(): Promise<{ sheet: string; address: string; sheetNames: string[] }> {
    return this.deps.run(async (context) => {
      const names = this.sheets.load(context);
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      const sheetNames = [...this.sheets.remember(names)];
      // Office qualifies the address with the sheet: `'Sheet 1'!B3:C4`.
      return { sheet: sheet.name, address: selected.address.split("!").pop() ?? "A1", sheetNames };
    });
  }

  applyEdits(edits: readonly CellEdit[]): Promise<CellEdit[]> {
    for (const edit of edits) this.changes.expectOwnWrite(edit.sheet, [edit.address]);
    return this.writer.applyEdits(edits);
  }

  applyLayout(plan: LayoutPlan): Promise<void> {
    const { row, col } = plan.origin;
    const block = { top: row, left: col, bottom: row + plan.rows - 1, right: col + plan.cols - 1 };
    this.changes.expectOwnWrite(plan.sheet, [rangeToA1(block)]);
    return this.writer.applyLayout(plan);
  }

  async openWorkbook(plans: LayoutPlan[]): Promise<void> {
    const create = this.deps.createWorkbook;
    if (!create) throw new HostMessageError("host.noNewWorkbook");
    await openAsWorkbook(create, plans);
  }

  workbookName(): string | null {
    return fileNameOf(this.deps.documentUrl?.());
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.deps.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  mark(marks: readonly PlannedMark[]): Promise<void> {
    return this.marks.mark(marks);
  }

  clearMarks(): Promise<number> {
    return this.marks.clear();
  }

  markedCount(): number {
    return this.marks.count;
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
          : reject(new HostMessageError("host.settingsNotSaved", { status: String(result.status) }))
      )
    );
  }

  onSheetActivated(handler: () => void): () => void {
    if (!this.events) return () => undefined;
    const subscription = subscribe(this.deps, (context) =>
      context.workbook.worksheets.onActivated.add(async () => {
        if (subscription.active()) handler();
      })
    );
    return subscription.stop;
  }

  onValuesChanged(handler: (change: ValuesChange) => void): () => void {
    return this.events ? this.changes.listen(handler) : () => undefined;
  }
}

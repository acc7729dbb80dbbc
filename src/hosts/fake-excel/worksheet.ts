/** Workbook, worksheets and the sheet-activation event. */
import { CellRange } from "../../domain/snapshot";
import { parseLocalAddress, WHOLE_SHEET } from "./address";
import { FakeClientObject, FakeRequestContext, Handle, loadNames, LoadSpec } from "./context";
import { ActivationHandler, ChangedHandler } from "./document";
import { FakeOfficeError, notLoaded } from "./errors";
import { SheetModel, SheetVisibilityData } from "./model";
import { FakeNoteCollection } from "./notes";
import { FakePageLayout } from "./page";
import { FakeRange } from "./range";

const TOP_LEFT: CellRange = { top: 0, left: 0, bottom: 0, right: 0 };

/** Excel's rules: 1–31 characters, none of `\ / ? * [ ] :`, not starting or ending with `'`. */
function validSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'")
  );
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  constructor(context: FakeRequestContext, handle: Handle<SheetModel>) {
    super(context, handle, ["name", "id", "visibility"]);
  }

  /** A worksheet proxy that arrives with its name loaded (collection items). */
  static loaded(context: FakeRequestContext, sheet: SheetModel): FakeWorksheet {
    const worksheet = new FakeWorksheet(context, Handle.of(sheet));
    worksheet.preload("name", sheet.name);
    worksheet.preload("id", sheet.id);
    worksheet.preload("visibility", sheet.visibility);
    return worksheet;
  }

  protected readProperty(name: string): unknown {
    const sheet = this.handle.get();
    if (name === "visibility") return sheet.visibility;
    return name === "name" ? sheet.name : sheet.id;
  }

  get name(): string {
    return this.property("name");
  }
  get id(): string {
    return this.property("id");
  }
  get visibility(): SheetVisibilityData {
    return this.property("visibility");
  }

  private range(locate: (sheet: SheetModel) => CellRange | null): FakeRange {
    const sheetHandle = this.handle;
    return new FakeRange(
      this.context,
      new Handle(this.context, () => {
        const sheet = sheetHandle.get();
        const range = locate(sheet);
        return range ? { sheet, range } : null;
      })
    );
  }

  getRange(address?: string): FakeRange {
    return this.range((sheet) =>
      address === undefined ? WHOLE_SHEET : parseLocalAddress(address, sheet.name)
    );
  }

  /** Never null: a blank sheet answers with A1, as Office does. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range((sheet) => sheet.usedRange(valuesOnly) ?? TOP_LEFT);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.range((sheet) => sheet.usedRange(valuesOnly));
  }

  activate(): void {
    const doc = this.context.doc;
    this.context.enqueue("write", () => doc.activate(this.handle.get()));
  }

  get pageLayout(): FakePageLayout {
    this.context.requireApi("1.9", "Worksheet.pageLayout");
    return new FakePageLayout(this.context, this.handle);
  }

  get notes(): FakeNoteCollection {
    this.context.requireApi("1.18", "Worksheet.notes");
    return new FakeNoteCollection(this.context, this.handle);
  }

  get autoFilter(): FakeAutoFilter {
    this.context.requireApi("1.9", "Worksheet.autoFilter");
    return new FakeAutoFilter(this.context, this.handle);
  }

  get freezePanes(): FakeFreezePanes {
    this.context.requireApi("1.7", "Worksheet.freezePanes");
    return new FakeFreezePanes(this.context, this.handle);
  }
}

/** ExcelApi 1.9: `Worksheet.autoFilter`, its range only (no criteria). */
export class FakeAutoFilter {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: Handle<SheetModel>
  ) {}

  /** Filters the range, its first row holding the headings; replaces the sheet's filter. */
  apply(range: FakeRange | string): void {
    this.context.enqueue("write", () => {
      const sheet = this.sheet.get();
      if (typeof range !== "string" && range.target().sheet !== sheet)
        throw new FakeOfficeError("InvalidArgument", "the range is on another sheet");
      const area =
        typeof range === "string" ? parseLocalAddress(range, sheet.name) : range.target().range;
      sheet.autoFilter = { ...area };
    });
  }

  remove(): void {
    this.context.enqueue("write", () => {
      this.sheet.get().autoFilter = null;
    });
  }
}

/** ExcelApi 1.7: `Worksheet.freezePanes`, rows only. */
export class FakeFreezePanes {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: Handle<SheetModel>
  ) {}

  freezeRows(count = 1): void {
    this.context.enqueue("write", () => {
      this.sheet.get().frozenRows = count;
    });
  }

  unfreeze(): void {
    this.context.enqueue("write", () => {
      this.sheet.get().frozenRows = 0;
    });
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly onRemove: () => void
  ) {}

  remove(): void {
    this.onRemove();
  }
}

export class FakeActivatedEvent {
  constructor(private readonly context: FakeRequestContext) {}

  /** Registers at the next sync; the result's `remove()` unregisters at the sync after it. */
  add(handler: ActivationHandler): FakeEventHandlerResult {
    const context = this.context;
    const doc = context.doc;
    context.requireApi("1.7", "WorksheetCollection.onActivated");
    context.enqueue("event", () => {
      doc.activationHandlers.add(handler);
    });
    return new FakeEventHandlerResult(context, () =>
      context.enqueue("event", () => {
        doc.activationHandlers.delete(handler);
      })
    );
  }
}

export class FakeChangedEvent {
  constructor(private readonly context: FakeRequestContext) {}

  /** Registers at the next sync; the result's `remove()` unregisters at the sync after it. */
  add(handler: ChangedHandler): FakeEventHandlerResult {
    const context = this.context;
    const doc = context.doc;
    context.requireApi("1.7", "WorksheetCollection.onChanged");
    context.enqueue("event", () => {
      doc.changeHandlers.add(handler);
    });
    return new FakeEventHandlerResult(context, () =>
      context.enqueue("event", () => {
        doc.changeHandlers.delete(handler);
      })
    );
  }
}

const ITEM_PROPERTIES = ["name", "id", "visibility"];

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  getActiveWorksheet(): FakeWorksheet {
    const doc = this.context.doc;
    return new FakeWorksheet(this.context, new Handle(this.context, () => doc.activeSheet));
  }

  getItem(key: string): FakeWorksheet {
    const doc = this.context.doc;
    return new FakeWorksheet(this.context, new Handle(this.context, () => doc.sheet(key)));
  }

  /** Adds a sheet at the end, when the queue reaches it; a name in use fails the batch. */
  add(name?: string): FakeWorksheet {
    const doc = this.context.doc;
    let added: SheetModel | null = null;
    this.context.enqueue("write", () => {
      if (name !== undefined && (typeof name !== "string" || !validSheetName(name)))
        throw new FakeOfficeError("InvalidArgument", `not a sheet name: ${String(name)}`);
      added = doc.addSheet(name ?? doc.freeSheetName());
    });
    return new FakeWorksheet(this.context, new Handle(this.context, () => added));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const doc = this.context.doc;
    return new FakeWorksheet(
      this.context,
      new Handle(this.context, () => doc.findSheet(key) ?? null)
    );
  }

  /** Loads the items with their names, ids and visibility (`"items/name"`, or `"name"`, …). */
  load(spec?: LoadSpec): this {
    const properties = loadNames(spec).map((name) => name.replace(/^items\//, ""));
    for (const name of properties)
      if (!ITEM_PROPERTIES.includes(name))
        throw new FakeOfficeError("NotModeled", `WorksheetCollection cannot load ${name}`);
    const loaded = properties.length > 0 ? properties : ITEM_PROPERTIES;
    const context = this.context;
    context.enqueue("load", () => {
      this.loadedItems = context.doc.sheets.map((sheet) => FakeWorksheet.loaded(context, sheet));
      const items = context.doc.sheets.map((sheet) => {
        const all: Record<string, string> = {
          name: sheet.name,
          id: sheet.id,
          visibility: sheet.visibility,
        };
        return Object.fromEntries(loaded.map((name) => [name, all[name]]));
      });
      return context.bytesOf(items);
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("WorksheetCollection.items");
    return this.loadedItems;
  }

  get onActivated(): FakeActivatedEvent {
    return new FakeActivatedEvent(this.context);
  }

  get onChanged(): FakeChangedEvent {
    return new FakeChangedEvent(this.context);
  }
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }

  /** The active sheet's selection. */
  getSelectedRange(): FakeRange {
    const doc = this.context.doc;
    return new FakeRange(
      this.context,
      new Handle(this.context, () => ({ sheet: doc.activeSheet, range: doc.activeSheet.selection }))
    );
  }
}

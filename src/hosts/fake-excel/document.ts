/** The whole fake workbook state shared by every request context, plus change and activation events. */
import { FakeOfficeError } from "./errors";
import { SheetModel } from "./model";

export interface ActivationArgs {
  type: "WorksheetActivated";
  worksheetId: string;
  source: "Local";
}

export type ActivationHandler = (args: ActivationArgs) => Promise<unknown> | void;

/** Office's `WorksheetChangedEventArgs`, as far as the fake models it (values only). */
export interface ChangedArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
}

export type ChangedHandler = (args: ChangedArgs) => Promise<unknown> | void;

/** Compares dotted versions: `compareVersions("1.9", "1.13") < 0`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export class DocumentModel {
  readonly sheets: SheetModel[] = [];
  activeId = "";
  syncCount = 0;
  /** Estimated bytes each sync carried (request and response), in order. */
  readonly syncPayloads: number[] = [];
  readonly savedSettings = new Map<string, string>();
  readonly activationHandlers = new Set<ActivationHandler>();
  /** `worksheets.onChanged` handlers: told of every value write, the add-in's own too. */
  readonly changeHandlers = new Set<ChangedHandler>();
  private readonly changeListeners = new Set<() => void>();
  private nextId = 1;

  /**
   * @param payloadLimit whether syncs are held to Excel on the web's payload limit, what each
   * carries counted: the fake as a test of the pane. The web page's own workbook, where
   * nothing travels, leaves it off: counting every cell it reads costs a big sheet's check
   * about a tenth of its time.
   */
  constructor(
    public apiVersion: string,
    readonly payloadLimit = true
  ) {}

  supports(version: string): boolean {
    return compareVersions(this.apiVersion, version) >= 0;
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name))
      throw new FakeOfficeError("ItemAlreadyExists", `a sheet named ${name} exists`);
    const sheet = new SheetModel(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    if (!this.activeId) this.activeId = sheet.id;
    return sheet;
  }

  adoptSheet(sheet: SheetModel): void {
    this.sheets.push(sheet);
    this.nextId = Math.max(this.nextId, this.sheets.length + 1);
  }

  /** A name Excel would give a new sheet: `Sheet1`, `Sheet2`, … */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++)
      if (!this.findSheet(`Sheet${n}`)) return `Sheet${n}`;
  }

  findSheet(name: string): SheetModel | undefined {
    // Office's getItem takes a name or an id.
    return this.sheets.find((s) => s.name === name || s.id === name);
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `no sheet named ${name}`);
    return sheet;
  }

  get activeSheet(): SheetModel {
    const sheet = this.sheets.find((s) => s.id === this.activeId);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "the workbook has no sheets");
    return sheet;
  }

  /** Activates a sheet; handlers run after the current task, as Office's events do. */
  activate(sheet: SheetModel): void {
    if (sheet.id === this.activeId) return;
    this.activeId = sheet.id;
    const args: ActivationArgs = {
      type: "WorksheetActivated",
      worksheetId: sheet.id,
      source: "Local",
    };
    for (const handler of [...this.activationHandlers])
      setTimeout(() => void Promise.resolve(handler(args)).catch(() => undefined), 0);
    this.changed();
  }

  /** Tells the onChanged handlers that cells' values changed; they run after the current task. */
  valuesChanged(sheet: SheetModel, address: string): void {
    const args: ChangedArgs = {
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address,
      changeType: "RangeEdited",
      source: "Local",
    };
    for (const handler of [...this.changeHandlers])
      setTimeout(() => void Promise.resolve(handler(args)).catch(() => undefined), 0);
  }

  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}

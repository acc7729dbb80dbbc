/**
 * The fake Excel's front door: `run` and `isSetSupported` to hand to the Office
 * adapter, `settings`, a sync counter, `reopen()`, and read/write helpers for a grid UI
 * and for tests acting as the user.
 */
import {
  CellRange,
  CellValue,
  parseA1,
  parseRangeA1,
  rangeToA1,
  SheetSnapshot,
} from "../../domain/snapshot";
import { cellKey } from "./address";
import { FakeRequestContext } from "./context";
import { ActivationHandler, DocumentModel } from "./document";
import { FakeOfficeError } from "./errors";
import {
  officeValue,
  PageLayoutData,
  Side,
  SheetModel,
  SheetVisibilityData,
  STYLE_DEFAULTS,
  WritableValue,
} from "./model";
import { FakeSettings } from "./settings";
import { FakeWorkbookObject } from "./worksheet";

/** The newest API set the adapter asks about; older Excel is simulated by lowering it. */
export const DEFAULT_API_VERSION = "1.18";

export interface FakeWorkbookOptions {
  /** ExcelApi version this Excel supports, e.g. `"1.12"` for one without merged areas. */
  apiVersion?: string;
  /**
   * Whether syncs are held to Excel on the web's 5 MB payload limit (the default). The web
   * page's in-memory workbook turns it off: nothing travels there, and its syncs count 0 bytes.
   */
  payloadLimit?: boolean;
}

export interface CellView {
  /** Office's `values` entry: `""` when empty, the error code for errors. */
  value: string | number | boolean;
  text: string;
  formula: string | null;
  numberFormat: string;
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  note: string | null;
}

/** A cell's formatting with Excel's defaults filled in. */
export interface CellStyleView {
  bold: boolean;
  fontSize: number;
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** `#RRGGBB`, or null for no fill. */
  fill: string | null;
  numberFormat: string;
  /** The sides with a border, as `"top:Continuous:Thin"`, in the order top, bottom, left, right. */
  borders: string[];
}

/** A list validation on a cell. */
export interface ValidationView {
  list: string[];
  inCellDropDown: boolean;
}

const SIDES: Side[] = ["top", "bottom", "left", "right"];

class FakeExcelContext extends FakeRequestContext {
  readonly workbook = new FakeWorkbookObject(this);
}

function cellOf(address: string): { row: number; col: number } {
  const cell = parseA1(address);
  if (!cell) throw new FakeOfficeError("InvalidArgument", `not a cell address: ${address}`);
  return cell;
}

export class FakeWorkbook {
  readonly settings: FakeSettings;
  private readonly doc: DocumentModel;

  constructor(options: FakeWorkbookOptions = {}, doc?: DocumentModel) {
    this.doc =
      doc ?? new DocumentModel(options.apiVersion ?? DEFAULT_API_VERSION, options.payloadLimit);
    this.settings = new FakeSettings(this.doc.savedSettings);
  }

  /** A workbook holding the snapshots' values, texts, number formats, merges and hidden sheets. */
  static fromSnapshots(
    snapshots: readonly SheetSnapshot[],
    options: FakeWorkbookOptions = {}
  ): FakeWorkbook {
    const workbook = new FakeWorkbook(options);
    for (const snapshot of snapshots) {
      workbook.addSheet(snapshot.sheetName, snapshot);
      if (snapshot.hidden)
        workbook.setSheetVisibility(
          snapshot.sheetName,
          snapshot.hidden === "veryHidden" ? "VeryHidden" : "Hidden"
        );
    }
    return workbook;
  }

  /** Adds a sheet, optionally filled from a snapshot (values as read: no formula conversion). */
  addSheet(name: string, snapshot?: Omit<SheetSnapshot, "sheetName">): this {
    const sheet = this.doc.addSheet(name);
    if (!snapshot) return this;
    sheet.seed(snapshot);
    return this;
  }

  /** Excel.run: a fresh context per batch; commands left queued at the end are sent. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeExcelContext(this.doc);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPendingWork()) await context.sync();
    return result;
  };

  /** Office.context.requirements.isSetSupported, for `ExcelApi` only. */
  readonly isSetSupported = (name: string, version: string): boolean =>
    name === "ExcelApi" && this.doc.supports(version);

  get apiVersion(): string {
    return this.doc.apiVersion;
  }
  set apiVersion(version: string) {
    this.doc.apiVersion = version;
  }

  /** Round trips so far, over every context. */
  get syncCount(): number {
    return this.doc.syncCount;
  }

  /**
   * The estimated payload of every sync so far, in bytes (what was loaded and written,
   * as JSON in UTF-8, plus a fixed cost per command), in order: one entry per sync.
   */
  get syncPayloads(): number[] {
    return [...this.doc.syncPayloads];
  }

  /** The document as saved and opened again: same content and saved settings, nothing in memory. */
  reopen(): FakeWorkbook {
    const doc = new DocumentModel(this.doc.apiVersion, this.doc.payloadLimit);
    for (const sheet of this.doc.sheets) doc.adoptSheet(sheet.copy());
    doc.activeId = this.doc.activeId;
    for (const [key, json] of this.doc.savedSettings) doc.savedSettings.set(key, json);
    return new FakeWorkbook({}, doc);
  }

  // ---- reading, for a grid UI and for assertions ----

  get sheetNames(): string[] {
    return this.doc.sheets.map((sheet) => sheet.name);
  }

  get activeSheetName(): string {
    return this.doc.activeSheet.name;
  }

  /** The active sheet's selection, e.g. `{ sheet: "Sheet1", address: "B3:H20" }`. */
  get selection(): { sheet: string; address: string } {
    const sheet = this.doc.activeSheet;
    return { sheet: sheet.name, address: rangeToA1(sheet.selection) };
  }

  private sheet(name: string): SheetModel {
    return this.doc.sheet(name);
  }

  cell(sheetName: string, address: string): CellView {
    const sheet = this.sheet(sheetName);
    const { row, col } = cellOf(address);
    const data = sheet.cell(row, col);
    return {
      value: officeValue(data),
      text: sheet.text(row, col),
      formula: data?.formula ?? null,
      numberFormat: sheet.numberFormat(row, col),
      fill: sheet.fill(row, col),
      note: sheet.notes.get(cellKey(row, col))?.content ?? null,
    };
  }

  /** The used range (values only), as `A1:H14`, or null for a blank sheet. */
  usedAddress(sheetName: string): string | null {
    const used = this.sheet(sheetName).usedRange(true);
    return used ? rangeToA1(used) : null;
  }

  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(rangeToA1);
  }

  /**
   * The used range (values only), or null for a blank sheet; and the merged areas, as a list
   * of their own but the areas themselves (never changed in place: a merge is replaced, not
   * edited), so that a grid asking after every edit copies no 20,000 objects.
   */
  layout(sheetName: string): {
    used: CellRange | null;
    merges: ReadonlyArray<Readonly<CellRange>>;
  } {
    const sheet = this.sheet(sheetName);
    return { used: sheet.usedRange(true), merges: sheet.merges.slice() };
  }

  /** Every filled cell of a sheet, `{ A1: "#FFC7CE" }`. */
  fills(sheetName: string): Record<string, string> {
    return this.keyed(this.sheet(sheetName).fills, (fill) => fill);
  }

  /** Every note of a sheet, `{ A1: "text" }`. */
  notes(sheetName: string): Record<string, string> {
    return this.keyed(this.sheet(sheetName).notes, (note) => note.content);
  }

  /** One cell's formatting (font, alignment, wrap, borders, fill, number format). */
  style(sheetName: string, address: string): CellStyleView {
    const sheet = this.sheet(sheetName);
    const { row, col } = cellOf(address);
    const style = sheet.style(row, col);
    return {
      bold: style.bold ?? STYLE_DEFAULTS.bold,
      fontSize: style.fontSize ?? STYLE_DEFAULTS.fontSize,
      wrapText: style.wrapText ?? STYLE_DEFAULTS.wrapText,
      horizontalAlignment: style.horizontalAlignment ?? STYLE_DEFAULTS.horizontalAlignment,
      verticalAlignment: style.verticalAlignment ?? STYLE_DEFAULTS.verticalAlignment,
      fill: sheet.fill(row, col),
      numberFormat: sheet.numberFormat(row, col),
      borders: SIDES.flatMap((side) => {
        const border = style.borders?.[side];
        return border ? [`${side}:${border.style}:${border.weight}`] : [];
      }),
    };
  }

  /** The formatting of every cell with any font, alignment, wrap or border setting. */
  styles(sheetName: string): Record<string, CellStyleView> {
    const out: Record<string, CellStyleView> = {};
    for (const address of Object.keys(this.keyed(this.sheet(sheetName).styles, () => "")))
      out[address] = this.style(sheetName, address);
    return out;
  }

  /** Every cell with a list validation, `{ C12: { list: ["产出指标", …], inCellDropDown: true } }`. */
  validations(sheetName: string): Record<string, ValidationView> {
    const out: Record<string, ValidationView> = {};
    const rules = this.sheet(sheetName).validations;
    for (const [address, key] of Object.entries(this.keyed(rules, (_, k) => k))) {
      const rule = rules.get(key);
      if (rule)
        out[address] = {
          list: rule.source.split(",").map((item) => item.trim()),
          inCellDropDown: rule.inCellDropDown,
        };
    }
    return out;
  }

  /** A column's width in points, by letters (`"C"`) or 0-based index. */
  columnWidth(sheetName: string, column: string | number): number {
    const col = typeof column === "number" ? column : cellOf(`${column}1`).col;
    return this.sheet(sheetName).columnWidth(col);
  }

  /** A row's height in points, by 0-based index. */
  rowHeight(sheetName: string, row: number): number {
    return this.sheet(sheetName).rowHeight(row);
  }

  /** Every hyperlink of a sheet, `{ C2: "#'项目1'!E12" }`: a place in the workbook after `#`. */
  hyperlinks(sheetName: string): Record<string, string> {
    return this.keyed(this.sheet(sheetName).hyperlinks, (link) =>
      link.documentReference !== undefined ? `#${link.documentReference}` : (link.address ?? "")
    );
  }

  /** The sheet's autofilter range (`A1:G40`), or null. */
  autoFilter(sheetName: string): string | null {
    const range = this.sheet(sheetName).autoFilter;
    return range ? rangeToA1(range) : null;
  }

  /** Rows frozen at the top of the sheet. */
  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  /** How the sheet prints (margins in points). */
  pageLayout(sheetName: string): PageLayoutData {
    const page = this.sheet(sheetName).pageLayout;
    return { ...page, zoom: { ...page.zoom } };
  }

  private keyed<V>(
    map: Map<string, V>,
    pick: (value: V, key: string) => string
  ): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, value] of map) {
      const [row, col] = key.split(",").map(Number);
      out[rangeToA1({ top: row, left: col, bottom: row, right: col })] = pick(value, key);
    }
    return out;
  }

  /** Calls back after every change (a sync that wrote, or a user action). */
  onChange(listener: () => void): () => void {
    return this.doc.onChange(listener);
  }

  // ---- acting as the user ----

  /** The user clicks a sheet tab (fires onActivated handlers). */
  activateSheet(name: string): void {
    this.doc.activate(this.sheet(name));
  }

  /** The user clicks a cell or drags over a range on a sheet. */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const range = parseRangeA1(address);
    if (!range) throw new FakeOfficeError("InvalidArgument", `not a range address: ${address}`);
    sheet.selection = range;
    this.doc.activate(sheet);
    this.doc.changed();
  }

  /** The user renames a sheet. */
  renameSheet(name: string, newName: string): void {
    if (this.doc.findSheet(newName))
      throw new FakeOfficeError("InvalidArgument", `a sheet named ${newName} exists`);
    this.sheet(name).name = newName;
    this.doc.changed();
  }

  /** The user hides a sheet (`"Hidden"`), or VBA makes it very hidden (`"VeryHidden"`). */
  setSheetVisibility(name: string, visibility: SheetVisibilityData): void {
    this.sheet(name).visibility = visibility;
    this.doc.changed();
  }

  /** The user types into a cell (same `=` rule as `range.values`). */
  setValue(sheetName: string, address: string, value: WritableValue): void {
    const { row, col } = cellOf(address);
    const sheet = this.sheet(sheetName);
    sheet.writeValue(row, col, value);
    this.doc.valuesChanged(sheet, address.toUpperCase());
    this.doc.changed();
  }

  /** Stores a value as a file would carry it, e.g. an error `{ error: "#N/A" }`. */
  seedValue(sheetName: string, address: string, value: CellValue): void {
    const { row, col } = cellOf(address);
    this.sheet(sheetName).seedValue(row, col, value);
    this.doc.changed();
  }

  /** The user paints a fill (a colour) or removes it (null) over a cell or range. */
  setFill(sheetName: string, address: string, color: string | null): void {
    const sheet = this.sheet(sheetName);
    const range = parseRangeA1(address);
    if (!range) throw new FakeOfficeError("InvalidArgument", `not an address: ${address}`);
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) sheet.setFill(r, c, color);
    this.doc.changed();
  }

  /** The user writes (or deletes, with null) a cell note. */
  setNote(sheetName: string, address: string, content: string | null): void {
    const { row, col } = cellOf(address);
    const notes = this.sheet(sheetName).notes;
    if (content === null) notes.delete(cellKey(row, col));
    else notes.set(cellKey(row, col), { content, author: "User" });
    this.doc.changed();
  }

  /** How many onActivated handlers are registered (to prove unsubscribing). */
  get activationHandlerCount(): number {
    return this.doc.activationHandlers.size;
  }

  /** How many onChanged handlers are registered (to prove unsubscribing). */
  get changeHandlerCount(): number {
    return this.doc.changeHandlers.size;
  }

  /** For tests of the fake itself: registers a handler directly. */
  addActivationHandler(handler: ActivationHandler): () => void {
    this.doc.activationHandlers.add(handler);
    return () => this.doc.activationHandlers.delete(handler);
  }
}

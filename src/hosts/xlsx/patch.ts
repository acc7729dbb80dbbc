/**
 * Writes planned cell edits into an existing .xlsx. Only the worksheet parts that receive
 * a value change; every other ZIP entry (styles, shared strings, other sheets, drawings,
 * comments, validations, defined names) is carried over byte for byte. New sheets from
 * layout plans are appended: then, and only then, the workbook part, its relationships,
 * [Content_Types].xml and styles.xml change, by additions only.
 */
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { addLaidSheets } from "./layout";
import { checkReadsBack, SheetWrites } from "./read-back";
import {
  attributeValue,
  findElement,
  findElements,
  innerOf,
  Package,
  parseAttributes,
  prefixOf,
  readWorkbookParts,
  REL_CALC_CHAIN,
  REL_SHARED_STRINGS,
  REL_STYLES,
  SheetState,
  removeWorkbookPart,
  SheetEntry,
  sheetNamedIn,
  WorkbookParts,
  workbookKind,
  WorkbookKind,
  workbookPartOfType,
  WorkbookWriteError,
} from "./ooxml";
import {
  cellWrite,
  isSheetProtected,
  patchWorksheetXml,
  richText,
  styleIndexes,
} from "./worksheet";
import { wrapWrittenCells } from "./wrap";

export { WorkbookWriteError } from "./ooxml";
export type { SheetState, WorkbookKind } from "./ooxml";

export interface PatchOptions {
  /** Sheets to append, laid out from these plans (edits may also write into them). */
  newSheets?: LayoutPlan[];
}

/** Wraps the prose written with `wrap` and grows its rows; styles.xml gains the wrapping looks. */
function wrapCells(pkg: Package, book: WorkbookParts, part: string, edits: CellEdit[]): void {
  const stylesPart = workbookPartOfType(book, REL_STYLES);
  if (!stylesPart || !pkg.has(stylesPart)) return;
  const wrapped = wrapWrittenCells(pkg.text(part), pkg.text(stylesPart), edits);
  pkg.setText(part, wrapped.sheetXml);
  if (wrapped.stylesXml !== pkg.text(stylesPart)) pkg.setText(stylesPart, wrapped.stylesXml);
}

/** Whether each shared string holds text, read only when an existing cell needs it. */
function sharedStringTest(pkg: Package, book: WorkbookParts): (index: number) => boolean {
  let items: string[] | null = null;
  return (index) => {
    if (items === null) {
      const part = workbookPartOfType(book, REL_SHARED_STRINGS);
      const xml = part && pkg.has(part) ? pkg.text(part) : "";
      const p = prefixOf(xml, "sst");
      items = findElements(xml, `${p}si`).map((span) => richText(innerOf(xml, span), p));
    }
    return index >= items.length || items[index] !== "";
  };
}

function sheetNamed(book: WorkbookParts, name: string): SheetEntry {
  const entry = sheetNamedIn(book.sheets, name, (sheet) => sheet.name);
  if (!entry) throw new WorkbookWriteError("noSheet", { sheet: name });
  if (!entry.worksheet || !entry.part)
    throw new WorkbookWriteError("notWorksheet", { sheet: name });
  return entry;
}

/** Whether each cell style (`cellXfs` index) is locked: locked unless it says `locked="0"`. */
function lockedStyleTest(pkg: Package, book: WorkbookParts): (index: number) => boolean {
  const part = workbookPartOfType(book, REL_STYLES);
  const xml = part && pkg.has(part) ? pkg.text(part) : "";
  const p = prefixOf(xml, "styleSheet");
  const cellXfs = findElement(xml, `${p}cellXfs`);
  const unlocked = cellXfs
    ? findElements(xml, `${p}xf`, cellXfs.tagEnd, cellXfs.innerEnd).map((xf) => {
        const protection = findElement(innerOf(xml, xf), `${p}protection`);
        const locked = protection && attributeValue(parseAttributes(protection.tag), "locked");
        return locked === "0" || locked === "false";
      })
    : [];
  return (index) => !unlocked[index];
}

/** A workbook whose structure is protected takes no new sheet. */
function checkStructureUnlocked(pkg: Package, book: WorkbookParts, plans: LayoutPlan[]): void {
  if (plans.length === 0) return;
  const xml = pkg.text(book.workbook);
  const span = findElement(xml, `${prefixOf(xml, "workbook")}workbookProtection`);
  const lock = span && attributeValue(parseAttributes(span.tag), "lockStructure");
  if (lock === "1" || lock === "true")
    throw new WorkbookWriteError("structureLocked", { sheet: plans[0].sheet });
}

/** Cells listed in a message: the first ten, then how many in all. */
function cellList(sheet: string, addresses: string[]): string {
  const shown = addresses.slice(0, 10).join(", ");
  return `${sheet}!${shown}${addresses.length > 10 ? `, … (${addresses.length})` : ""}`;
}

/** The edits by the existing sheet they go to; edits into locked cells are refused. */
function editsBySheet(
  pkg: Package,
  book: WorkbookParts,
  edits: CellEdit[],
  newSheets: ReadonlySet<string>
): Map<SheetEntry, CellEdit[]> {
  const bySheet = new Map<SheetEntry, CellEdit[]>();
  for (const edit of edits) {
    if (newSheets.has(edit.sheet)) continue;
    const entry = sheetNamed(book, edit.sheet);
    const sheetEdits = bySheet.get(entry);
    if (sheetEdits) sheetEdits.push(edit);
    else bySheet.set(entry, [edit]);
  }
  let isLocked: ((index: number) => boolean) | null = null;
  const locked: string[] = [];
  for (const [entry, sheetEdits] of bySheet) {
    const xml = pkg.text(entry.part as string);
    if (!isSheetProtected(xml)) continue;
    isLocked ??= lockedStyleTest(pkg, book);
    const test = isLocked;
    const styles = styleIndexes(xml, sheetEdits.map(cellWrite));
    const addresses = [...styles].filter(([, style]) => test(style)).map(([w]) => w.address);
    if (addresses.length) locked.push(cellList(entry.name, addresses));
  }
  if (locked.length) throw new WorkbookWriteError("lockedCells", { cells: locked.join("; ") });
  return bySheet;
}

/** What writing the edits involves, found before anything is written. */
export interface WritePreview {
  kind: WorkbookKind;
  /** Existing hidden sheets that edits go to, with the number of cells. */
  hiddenSheets: { sheet: string; state: Exclude<SheetState, "visible">; cells: number }[];
}

/**
 * What the workbook is, from its description alone (fast on a large file); refuses an .xls,
 * an .xlsb, an encrypted or a non-OOXML file. Throws WorkbookWriteError.
 */
export function workbookFormat(bytes: Uint8Array): WorkbookKind {
  return workbookKind(Package.readDescription(bytes));
}

/** What patchPackage did to the sheets the workbook had. */
interface PatchedSheets {
  /** The edits by the sheet they went to. */
  edits: Map<SheetEntry, CellEdit[]>;
  /** The cells written into each, each once (read-back.ts reads them back). */
  written: SheetWrites[];
}

/** Patches the unpacked workbook in memory; says which sheets it wrote to, and what. */
function patchPackage(pkg: Package, edits: CellEdit[], plans: LayoutPlan[]): PatchedSheets {
  const book = readWorkbookParts(pkg);
  const newSheets = new Set(plans.map((plan) => plan.sheet));
  checkStructureUnlocked(pkg, book, plans);
  const bySheet = editsBySheet(pkg, book, edits, newSheets);
  const sharedStringHasText = sharedStringTest(pkg, book);
  const written: SheetWrites[] = [];
  let replacedFormula = false;
  for (const [entry, sheetEdits] of bySheet) {
    const part = entry.part as string;
    const result = patchWorksheetXml(pkg.text(part), sheetEdits.map(cellWrite), {
      sheet: entry.name,
      sharedStringHasText,
    });
    pkg.setText(part, result.xml);
    written.push({ sheet: entry.name, writes: result.written });
    replacedFormula ||= result.replacedFormula;
    if (sheetEdits.some((edit) => edit.wrap)) wrapCells(pkg, book, part, sheetEdits);
  }
  // A replaced formula leaves the calculation chain pointing at a plain value; the chain
  // is optional and Excel rebuilds it.
  if (replacedFormula) removeWorkbookPart(pkg, book, REL_CALC_CHAIN);
  if (plans.length) {
    const onNewSheets = edits.filter((edit) => newSheets.has(edit.sheet));
    addLaidSheets(pkg, book, plans, onNewSheets);
  }
  return { edits: bySheet, written };
}

/**
 * Does everything applyEditsToWorkbook does except pack the result, so that a caller can
 * refuse (format, sheets, addresses, merges, locked cells of a protected sheet, a protected
 * structure) and tell the user what to know before any file is written. Throws
 * WorkbookWriteError as applyEditsToWorkbook would.
 */
export function previewWrite(
  bytes: Uint8Array,
  edits: CellEdit[],
  options: PatchOptions = {}
): WritePreview {
  const pkg = Package.read(bytes);
  const kind = workbookKind(pkg);
  const hiddenSheets: WritePreview["hiddenSheets"] = [];
  for (const [entry, sheetEdits] of patchPackage(pkg, edits, options.newSheets ?? []).edits) {
    if (entry.state !== "visible")
      hiddenSheets.push({ sheet: entry.name, state: entry.state, cells: sheetEdits.length });
  }
  return { kind, hiddenSheets };
}

/**
 * Applies the edits (and appends `options.newSheets`) and returns the new workbook bytes.
 * Strings are written as inline strings, so text beginning with `=`, `+`, `-` or `@` is
 * never a formula; a non-empty cell is replaced only when its edit has `overwrite: true`;
 * locked cells of a protected sheet are never written, nor sheets added to a workbook whose
 * structure is protected; every cell written into an existing sheet is read back as
 * written (read-back.ts). Throws WorkbookWriteError (zh-CN / en message) and then writes
 * nothing.
 */
export function applyEditsToWorkbook(
  bytes: Uint8Array,
  edits: CellEdit[],
  options: PatchOptions = {}
): Uint8Array {
  const pkg = Package.read(bytes);
  workbookKind(pkg);
  const plans = options.newSheets ?? [];
  if (edits.length === 0 && plans.length === 0) return bytes.slice();
  const patched = patchPackage(pkg, edits, plans);
  const bytesWritten = pkg.toBytes();
  // Cells of the laid-out sheets are new XML of the writer's own: those patched into the
  // sheets the workbook had are read back.
  checkReadsBack(bytesWritten, patched.written);
  return bytesWritten;
}

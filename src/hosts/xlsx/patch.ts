/**
 * Writes planned cell edits into an existing .xlsx. Only the worksheet parts that receive
 * a value change; every other ZIP entry (styles, shared strings, other sheets, drawings,
 * comments, validations, defined names) is carried over byte for byte. New sheets from
 * layout plans are appended: then, and only then, the workbook part, its relationships,
 * [Content_Types].xml and styles.xml change, by additions only.
 */
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { addLaidSheets } from "./layout";
import {
  findElements,
  innerOf,
  Package,
  prefixOf,
  readWorkbookParts,
  REL_CALC_CHAIN,
  REL_SHARED_STRINGS,
  REL_STYLES,
  removeWorkbookPart,
  SheetEntry,
  WorkbookParts,
  workbookPartOfType,
  WorkbookWriteError,
} from "./ooxml";
import { cellWrite, patchWorksheetXml, richText } from "./worksheet";
import { wrapWrittenCells } from "./wrap";

export { WorkbookWriteError } from "./ooxml";

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
  const entry =
    book.sheets.find((s) => s.name === name) ??
    book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!entry) throw new WorkbookWriteError("noSheet", { sheet: name });
  if (!entry.worksheet || !entry.part)
    throw new WorkbookWriteError("notWorksheet", { sheet: name });
  return entry;
}

/**
 * Applies the edits (and appends `options.newSheets`) and returns the new workbook bytes.
 * Strings are written as inline strings, so text beginning with `=`, `+`, `-` or `@` is
 * never a formula; a non-empty cell is replaced only when its edit has `overwrite: true`.
 * Throws WorkbookWriteError (zh-CN / en message) and then writes nothing.
 */
export function applyEditsToWorkbook(
  bytes: Uint8Array,
  edits: CellEdit[],
  options: PatchOptions = {}
): Uint8Array {
  const pkg = Package.read(bytes);
  const plans = options.newSheets ?? [];
  if (edits.length === 0 && plans.length === 0) return bytes.slice();
  const book = readWorkbookParts(pkg);
  const newSheets = new Set(plans.map((plan) => plan.sheet));

  const bySheet = new Map<SheetEntry, CellEdit[]>();
  for (const edit of edits) {
    if (newSheets.has(edit.sheet)) continue;
    const entry = sheetNamed(book, edit.sheet);
    bySheet.set(entry, [...(bySheet.get(entry) ?? []), edit]);
  }
  const sharedStringHasText = sharedStringTest(pkg, book);
  let replacedFormula = false;
  for (const [entry, sheetEdits] of bySheet) {
    const part = entry.part as string;
    const result = patchWorksheetXml(pkg.text(part), sheetEdits.map(cellWrite), {
      sheet: entry.name,
      sharedStringHasText,
    });
    pkg.setText(part, result.xml);
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
  return pkg.toBytes();
}

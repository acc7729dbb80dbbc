/**
 * The file host: turns an .xlsx (or .xls) workbook into sheet snapshots.
 * It reads; it decides nothing.
 *
 * .xlsx/.xlsm packages are read directly (direct-read.ts); .xls (and WPS's .et, a compound
 * file of the same kind), .xlsb, OpenDocument spreadsheets (.ods) and any package the
 * direct reader leaves alone go through SheetJS (sheetjs-read.ts), loaded only then.
 */
import type * as XLSX from "@e965/xlsx";
import { strFromU8 } from "fflate";
import { CellRange, SheetSnapshot } from "../../domain/snapshot";
import type * as Archive from "./archive";
import { withReadableProperties } from "./compound-properties";
import { DisplayTexts, readDirectly } from "./direct-read";
import { hiddenSheetNames, spannedAreas } from "./open-document";
import { MAX_MERGES } from "../sheet-limits";
import { WorkbookReadError } from "./read-error";
import { textWorkbookKind, xmlSpreadsheetText } from "./xml-spreadsheet";
import { streamInflate } from "./inflate";
import { sheetjsReady } from "./sheetjs-library";
import { SheetJSNotLoaded } from "./sheetjs-not-loaded";
import { withSheetJSWhenNeeded } from "./sheetjs-when-needed";
import { formatBudgetOf, parseWithSheetJS, sheetSnapshot } from "./sheetjs-read";
import { ArchiveError, damageOf, ZipArchive } from "./zip";

export { READ_OPTIONS } from "./sheetjs-read";

export { WorkbookReadError } from "./read-error";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** `EncryptedPackage` as a compound file names its streams (UTF-16LE). */
const ENCRYPTED_PACKAGE = Array.from("EncryptedPackage").flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An .xlsx with an open password is a compound file holding an EncryptedPackage stream. */
function isEncrypted(bytes: Uint8Array): boolean {
  const first = ENCRYPTED_PACKAGE[0];
  // The directory sits in the file's sectors; a bounded scan finds the stream's name.
  const end = Math.min(bytes.length, 16 * 1024 * 1024) - ENCRYPTED_PACKAGE.length;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < ENCRYPTED_PACKAGE.length && bytes[i + j] === ENCRYPTED_PACKAGE[j]) j++;
    if (j === ENCRYPTED_PACKAGE.length) return true;
  }
  return false;
}

function readError(error: ArchiveError): WorkbookReadError {
  const { problem } = error;
  if (problem.kind === "tooLarge")
    return problem.part === undefined
      ? new WorkbookReadError("read.tooLarge", { limit: problem.limitMb })
      : new WorkbookReadError("read.partTooLarge", {
          part: problem.part,
          size: problem.sizeMb ?? 0,
          limit: problem.limitMb,
        });
  if (problem.kind === "noWorkbookPart" || problem.kind === "openDocument")
    return new WorkbookReadError("read.noWorkbookPart");
  if (problem.kind === "encrypted") return new WorkbookReadError("read.encrypted");
  return new WorkbookReadError("read.corrupt", { reason: damageOf(problem) });
}

/**
 * What SheetJS may parse: a checked package (with an OpenDocument spreadsheet's content,
 * which it leaves partly unread), a compound file, or the decoded text of an XML
 * Spreadsheet. Throws WorkbookReadError.
 */
function checkedInput(bytes: Uint8Array): {
  input: Uint8Array | string;
  openDocumentContent?: Uint8Array;
} {
  // SheetJS happily reads CSV or HTML as a workbook; only real spreadsheets are accepted here.
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (isEncrypted(bytes)) throw new WorkbookReadError("read.encrypted");
    return { input: withReadableProperties(bytes) }; // legacy .xls: no ZIP container
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    const kind = textWorkbookKind(bytes);
    if (kind === "xmlSpreadsheet") return { input: xmlSpreadsheetText(bytes) };
    if (kind === "html") throw new WorkbookReadError("read.html");
    throw new WorkbookReadError("read.notXlsx");
  }
  try {
    // Loaded only here: the direct reader reads most packages without re-packing them.
    const { checkedPackage } = require("./archive") as typeof Archive;
    const { packed, openDocumentContent } = checkedPackage(bytes, true);
    return { input: packed, openDocumentContent };
  } catch (error) {
    if (error instanceof ArchiveError) throw readError(error);
    throw error;
  }
}

/**
 * What SheetJS says of a legacy workbook saved with an open password (an .xls, or WPS's .et,
 * whose records are encrypted after a FILEPASS record), where no EncryptedPackage tells it.
 */
const PASSWORD_PROTECTED =
  /^(File is password-protected|Password is incorrect|Encryption scheme unsupported)/;

/** Parses checked bytes with SheetJS. Throws WorkbookReadError. */
function parseChecked(checked: Uint8Array | string): XLSX.WorkBook {
  try {
    return parseWithSheetJS(checked);
  } catch (error) {
    // Not a verdict on the file: the page has not loaded SheetJS yet (withSheetJSWhenNeeded).
    if (error instanceof SheetJSNotLoaded) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (PASSWORD_PROTECTED.test(reason)) throw new WorkbookReadError("read.encrypted");
    throw new WorkbookReadError("read.corrupt", { reason: reason.split("\n")[0].slice(0, 200) });
  }
}

/** Every sheet of the workbook, in tab order, as SheetJS reads it. */
export function readWithSheetJS(bytes: Uint8Array): SheetSnapshot[] {
  const { input, openDocumentContent } = checkedInput(bytes);
  const workbook = parseChecked(input);
  const formats = formatBudgetOf(workbook);
  const hiding = workbook.Workbook?.Sheets ?? [];
  // An .ods hides sheets by a style SheetJS does not read, and spans cells it leaves unmerged.
  const content = openDocumentContent && strFromU8(openDocumentContent);
  const hiddenInPackage = content ? hiddenSheetNames(content) : undefined;
  const spans = content ? spannedAreas(content, MAX_MERGES) : undefined;
  return workbook.SheetNames.map((name, i) => {
    const sheet = workbook.Sheets[name] as XLSX.WorkSheet | undefined;
    // A sheet listed in the workbook but missing from the file: the workbook is damaged.
    if (!sheet)
      throw new WorkbookReadError("read.corrupt", { reason: `sheet "${name}" is missing` });
    if (spans) withAreasLeftOut(sheet, spans.get(name));
    const snapshot = sheetSnapshot(name, sheet, formats);
    // SheetJS says 1 for hidden, 2 for very hidden.
    const hidden = hiding[i]?.Hidden;
    if (hidden === 1 || hiddenInPackage?.has(name)) snapshot.hidden = "hidden";
    else if (hidden === 2) snapshot.hidden = "veryHidden";
    return snapshot;
  });
}

/** Adds to the sheet's merged areas those of `spanned` that SheetJS left out. */
function withAreasLeftOut(sheet: XLSX.WorkSheet, spanned: readonly CellRange[] | undefined): void {
  if (!spanned || spanned.length === 0) return;
  const merges = (sheet["!merges"] ??= []);
  const known = new Set(merges.map((m) => `${m.s.r},${m.s.c},${m.e.r},${m.e.c}`));
  for (const area of spanned)
    if (!known.has(`${area.top},${area.left},${area.bottom},${area.right}`))
      merges.push({ s: { r: area.top, c: area.left }, e: { r: area.bottom, c: area.right } });
}

/** readWithSheetJS once SheetJS is loaded: in the web page, loaded only when first needed. */
export async function readWithSheetJSLoaded(bytes: Uint8Array): Promise<SheetSnapshot[]> {
  await sheetjsReady();
  return readWithSheetJS(bytes);
}

/**
 * An .xlsx/.xlsm package read by the direct reader, or undefined when it leaves the
 * package to SheetJS. Throws WorkbookReadError for a damaged or oversized package.
 */
export function readDirectlyOrUndefined(
  bytes: Uint8Array,
  texts: DisplayTexts = "rendered"
): SheetSnapshot[] | undefined {
  const archive = checkedZip(bytes);
  return archive && directOrUndefined(() => readDirectly(archive, texts));
}

/**
 * What `work` on a package gives; undefined when it fails for a reason of its own (the
 * direct reader leaves the file to SheetJS). Throws WorkbookReadError for a damaged or
 * oversized package.
 */
function directOrUndefined<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (error instanceof ArchiveError) throw readError(error);
    // The page's reader waits for the library and reads again.
    if (error instanceof SheetJSNotLoaded) throw error;
    // Anything the direct reader does not handle, SheetJS reads by its own rules.
    return undefined;
  }
}

/** The ZIP package with its local headers checked, or undefined for another kind of file. */
function checkedZip(bytes: Uint8Array): ZipArchive | undefined {
  if (!startsWith(bytes, ZIP_SIGNATURE)) return undefined;
  return directOrUndefined(() => {
    const archive = new ZipArchive(bytes);
    archive.checkHeaders();
    return archive;
  });
}

/**
 * The sheets as read, when Excel could hold them: a workbook has at least one sheet, and no
 * two sheets whose names differ only in case. A file that says otherwise is damaged (Excel
 * repairs it as it opens it), and the page's workbook, as Excel's, could not hold it.
 */
function heldAsExcelHolds(snapshots: SheetSnapshot[]): SheetSnapshot[] {
  if (snapshots.length === 0) throw new WorkbookReadError("read.noSheets");
  const seen = new Set<string>();
  for (const { sheetName } of snapshots) {
    const folded = sheetName.toLowerCase();
    if (seen.has(folded)) throw new WorkbookReadError("read.duplicateSheet", { sheet: sheetName });
    seen.add(folded);
  }
  return snapshots;
}

/** Every sheet of the workbook, in tab order. Throws WorkbookReadError. */
export function readWorkbookSnapshots(bytes: Uint8Array): SheetSnapshot[] {
  return heldAsExcelHolds(readDirectlyOrUndefined(bytes) ?? readWithSheetJS(bytes));
}

/**
 * The same values as readWorkbookSnapshots, for a caller that compares values only (the
 * writer's read-back): a text that only SheetJS's formatter renders is left unrendered, so
 * the web page need not load SheetJS for a package the direct reader reads.
 */
export function readWorkbookValues(bytes: Uint8Array): SheetSnapshot[] {
  return heldAsExcelHolds(readDirectlyOrUndefined(bytes, "valuesOnly") ?? readWithSheetJS(bytes));
}

/** The parts the direct reader reads (workbook, relationships, strings, styles, sheets). */
function isMarkupPart(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".xml") || lower.endsWith(".rels");
}

/** What reads a workbook the direct reader leaves to SheetJS: readWithSheetJS, or the same elsewhere. */
export type LibraryReader = (bytes: Uint8Array) => SheetSnapshot[] | Promise<SheetSnapshot[]>;

/**
 * `readWorkbookSnapshots` for the browser: the parts are unpacked first by its own
 * inflate, where it has one (several times faster than fflate), then read alike. Only the
 * markup parts are unpacked ahead; pictures and other parts are checked one at a time.
 * A workbook the direct reader leaves to SheetJS is read by `library` (the page's runs
 * SheetJS in a worker it can stop).
 */
export async function readWorkbookSnapshotsUnpackedAhead(
  bytes: Uint8Array,
  library: LibraryReader = readWithSheetJS
): Promise<SheetSnapshot[]> {
  const inflate = streamInflate();
  const archive = checkedZip(bytes);
  const readDirect = async () => {
    if (!archive) return undefined;
    if (inflate) await archive.unpackAhead(inflate, isMarkupPart);
    return directOrUndefined(() => readDirectly(archive));
  };
  // A number format may need SheetJS's formatter, which the page loads only then. Reading
  // changes nothing: the package is read again, its parts unpacked again as the first time.
  const direct = await withSheetJSWhenNeeded(readDirect);
  return heldAsExcelHolds(direct ?? (await library(bytes)));
}

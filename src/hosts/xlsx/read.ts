/**
 * The file host: turns an .xlsx (or .xls) workbook into sheet snapshots.
 * It reads; it decides nothing.
 */
import * as XLSX from "@e965/xlsx";
import { CellRange, CellValue, emptySnapshot, SheetSnapshot } from "../../domain/snapshot";
import { MessageKey, tBoth } from "../../domain/messages/catalog";
import { ArchiveError, checkedArchive } from "./archive";

export class WorkbookReadError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Record<string, string | number> = {}
  ) {
    super(tBoth(key, data));
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The library's options: values, display text and number formats, nothing else. */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellNF: true,
  cellText: true,
  cellDates: false,
  cellHTML: false,
  cellStyles: false,
};

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

function checkedBytes(bytes: Uint8Array): Uint8Array {
  // SheetJS happily reads CSV or HTML as a workbook; only real spreadsheets are accepted here.
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (isEncrypted(bytes)) throw new WorkbookReadError("read.encrypted");
    return bytes; // legacy .xls: no ZIP container
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookReadError("read.notXlsx");
  try {
    return checkedArchive(bytes);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    const { problem } = error;
    if (problem.kind === "tooLarge")
      throw new WorkbookReadError("read.tooLarge", { limit: problem.limitMb });
    if (problem.kind === "noWorkbookPart") throw new WorkbookReadError("read.noWorkbookPart");
    throw new WorkbookReadError("read.corrupt", { reason: problem.reason });
  }
}

/** Parses the workbook after checking its container. Throws WorkbookReadError. */
export function parseWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  const checked = checkedBytes(bytes);
  try {
    return XLSX.read(checked, READ_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError("read.corrupt", { reason: reason.split("\n")[0].slice(0, 200) });
  }
}

function cellValue(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case "n":
      return typeof cell.v === "number" ? cell.v : null;
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "b":
      return Boolean(cell.v);
    case "e":
      return { error: cell.w ?? "#VALUE!" };
    case "d":
      return cell.w ?? String(cell.v);
    default:
      return null;
  }
}

export function sheetSnapshot(name: string, sheet: XLSX.WorkSheet): SheetSnapshot {
  const ref = sheet["!ref"];
  const merges: CellRange[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  if (!ref) return emptySnapshot(name, merges);
  const data: XLSX.CellObject[][] = sheet["!data"] ?? [];
  // The extent comes from the cells present, never from what <dimension> claims
  // (A1:XFD1048576 from a hostile or careless writer would be 17 billion cells).
  const range = extentOf(data);
  if (!range) return emptySnapshot(name, merges);
  const width = range.e.c - range.s.c + 1;
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const numberFormats: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells = data[r];
    const valueRow: CellValue[] = new Array<CellValue>(width).fill(null);
    const textRow: string[] = new Array<string>(width).fill("");
    const formatRow: string[] = new Array<string>(width).fill("General");
    if (cells) {
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const i = c - range.s.c;
        valueRow[i] = cellValue(cell);
        textRow[i] =
          cell.w ??
          (typeof cell.v === "string" ? cell.v : cell.v === undefined ? "" : String(cell.v));
        if (typeof cell.z === "string") formatRow[i] = cell.z;
      }
    }
    values.push(valueRow);
    texts.push(textRow);
    numberFormats.push(formatRow);
  }
  return {
    sheetName: name,
    originRow: range.s.r,
    originCol: range.s.c,
    values,
    texts,
    numberFormats,
    merges,
  };
}

/** The rows and columns that hold cells, or undefined for a sheet without any. */
function extentOf(data: XLSX.CellObject[][]): XLSX.Range | undefined {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  data.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell || (cell.v === undefined && cell.w === undefined)) return;
      if (top < 0) top = r;
      bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  if (top < 0) return undefined;
  return { s: { r: top, c: left }, e: { r: bottom, c: right } };
}

/** Every sheet of the workbook, in tab order. */
export function readWorkbookSnapshots(bytes: Uint8Array): SheetSnapshot[] {
  const workbook = parseWorkbook(bytes);
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name] as XLSX.WorkSheet | undefined;
    // A sheet listed in the workbook but missing from the file: the workbook is damaged.
    if (!sheet)
      throw new WorkbookReadError("read.corrupt", { reason: `sheet "${name}" is missing` });
    return sheetSnapshot(name, sheet);
  });
}

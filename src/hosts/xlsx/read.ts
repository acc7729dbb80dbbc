/**
 * The file host: turns an .xlsx (or .xls) workbook into sheet snapshots.
 * It reads; it decides nothing.
 */
import * as XLSX from "@e965/xlsx";
import { CellRange, CellValue, SheetSnapshot } from "../../domain/snapshot";
import { MessageKey, tBoth } from "../../domain/messages/catalog";

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

/** Parses the workbook with the options the engine needs: values, display text, number formats. */
export function parseWorkbook(bytes: Uint8Array): XLSX.WorkBook {
  // SheetJS happily reads CSV or HTML as a workbook; only real spreadsheets are accepted here.
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, CFB_SIGNATURE))
    throw new WorkbookReadError("read.notXlsx");
  try {
    return XLSX.read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellHTML: false,
      cellStyles: false,
    });
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
  if (!ref)
    return {
      sheetName: name,
      originRow: 0,
      originCol: 0,
      values: [],
      texts: [],
      numberFormats: [],
      merges,
    };
  const range = XLSX.utils.decode_range(ref);
  const data: XLSX.CellObject[][] = sheet["!data"] ?? [];
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

/** Every sheet of the workbook, in tab order. */
export function readWorkbookSnapshots(bytes: Uint8Array): SheetSnapshot[] {
  const workbook = parseWorkbook(bytes);
  return workbook.SheetNames.map((name) => sheetSnapshot(name, workbook.Sheets[name]));
}

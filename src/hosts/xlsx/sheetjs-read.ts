/**
 * The SheetJS path: `.xls`/`.xlsb` workbooks, and any `.xlsx` the direct reader leaves
 * alone. SheetJS is loaded when this path first runs.
 */
import type * as XLSX from "@e965/xlsx";
import { CellRange, CellValue, emptySnapshot, SheetSnapshot } from "../../domain/snapshot";
import { CellGrid } from "./grid";
import { sheetjs } from "./number-text";

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

/** Parses checked bytes (a re-packed archive, or a legacy compound file). */
export function parseWithSheetJS(bytes: Uint8Array): XLSX.WorkBook {
  return sheetjs().read(bytes, READ_OPTIONS);
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

function cellText(cell: XLSX.CellObject): string {
  return (
    cell.w ?? (typeof cell.v === "string" ? cell.v : cell.v === undefined ? "" : String(cell.v))
  );
}

export function sheetSnapshot(name: string, sheet: XLSX.WorkSheet): SheetSnapshot {
  const merges: CellRange[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  if (!sheet["!ref"]) return emptySnapshot(name, merges);
  // The extent comes from the cells present, never from what <dimension> claims
  // (A1:XFD1048576 from a hostile or careless writer would be 17 billion cells).
  const grid = new CellGrid();
  const data: XLSX.CellObject[][] = sheet["!data"] ?? [];
  data.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell || (cell.v === undefined && cell.w === undefined)) return;
      grid.add(
        r,
        c,
        cellValue(cell),
        cellText(cell),
        typeof cell.z === "string" ? cell.z : "General"
      );
    });
  });
  return grid.snapshot(name, merges);
}

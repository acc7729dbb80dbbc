/**
 * The SheetJS path: `.xls`/`.xlsb` workbooks, and any `.xlsx` the direct reader leaves
 * alone. SheetJS is loaded when this path first runs. It reads values and format codes;
 * display texts are rendered here, within the same bounds as the direct reader's
 * (format-budget.ts), since SheetJS renders every cell's format in time that grows with
 * the code and has no bound of its own.
 */
import type * as XLSX from "@e965/xlsx";
import { CellRange, CellValue, emptySnapshot, SheetSnapshot } from "../../domain/snapshot";
import { FormatBudget } from "./format-budget";
import { CellGrid } from "./grid";
import { formattedText, libraryText, libraryText1904 } from "./number-text";
import { loadedSheetJS } from "./sheetjs-library";

/** The library's options: values and number formats, nothing else. */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: "array",
  dense: true,
  cellNF: true,
  cellText: false,
  cellDates: false,
  cellHTML: false,
  cellStyles: false,
};

/**
 * Parses checked bytes (a re-packed archive, or a legacy compound file), or the decoded text
 * of an XML Spreadsheet.
 */
export function parseWithSheetJS(input: Uint8Array | string): XLSX.WorkBook {
  const options =
    typeof input === "string" ? { ...READ_OPTIONS, type: "string" as const } : READ_OPTIONS;
  return quietly(() => loadedSheetJS().read(input, options));
}

const silent = () => undefined;

/**
 * `work` with the console silenced. SheetJS writes its parsers' doubts there (`ODS number
 * format may be incorrect: …`, `Could not parse defined name …`), with text from the file:
 * on a terminal, a sent workbook's text unescaped among the product's own lines.
 */
function quietly<T>(work: () => T): T {
  const { log, warn, error } = console;
  console.log = console.warn = console.error = silent;
  try {
    return work();
  } finally {
    Object.assign(console, { log, warn, error });
  }
}

/** The format budget for a workbook SheetJS parsed, counting dates as the workbook does. */
export function formatBudgetOf(workbook: XLSX.WorkBook): FormatBudget {
  return new FormatBudget(workbook.Workbook?.WBProps?.date1904 ? libraryText1904 : libraryText);
}

/** Excel's error codes, as SheetJS keeps them without display text. */
const ERROR_TEXTS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
  0xff: "#WTF?",
};

/** A cell's value and display text, or undefined for a cell that holds neither. */
function cellContent(
  cell: XLSX.CellObject,
  format: string,
  formats: FormatBudget
): { value: CellValue; text: string } | undefined {
  const { render } = formats;
  const { v } = cell;
  switch (cell.t) {
    case "n":
      return typeof v === "number"
        ? { value: v, text: formattedText(v, format, render) }
        : undefined;
    case "s": {
      const value = typeof v === "string" ? v : String(v ?? "");
      return { value, text: formattedText(value, format, render) };
    }
    case "b": {
      const value = Boolean(v);
      return { value, text: formattedText(value, format, render) };
    }
    // SheetJS keeps an error as its code; one newer than its table (#SPILL!, #CALC!) has no
    // code, and such a cell reads as blank here (the direct reader reads .xlsx errors itself).
    case "e": {
      const error = typeof v === "number" ? ERROR_TEXTS[v] : undefined;
      return { value: { error: error ?? "#VALUE!" }, text: error ?? String(v ?? "") };
    }
    case "d": {
      const text = String(v);
      return { value: text, text };
    }
    default:
      return undefined;
  }
}

export function sheetSnapshot(
  name: string,
  sheet: XLSX.WorkSheet,
  formats: FormatBudget
): SheetSnapshot {
  const merges: CellRange[] = (sheet["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  if (!sheet["!ref"]) return emptySnapshot(name, merges);
  // The extent comes from the cells present, never from what <dimension> claims
  // (A1:XFD1048576 from a hostile or careless writer would be 17 billion cells).
  const grid = new CellGrid(formats);
  const data: XLSX.CellObject[][] = sheet["!data"] ?? [];
  data.forEach((cells, r) => {
    if (!cells) return;
    cells.forEach((cell, c) => {
      if (!cell || cell.v === undefined) return;
      const format = typeof cell.z === "string" ? cell.z : "General";
      const content = cellContent(cell, format, formats);
      if (content) grid.add(r, c, content.value, content.text, format);
    });
  });
  return grid.snapshot(name, merges);
}

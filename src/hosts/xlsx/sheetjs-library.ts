/**
 * SheetJS as the file host gets it. In Node (the CLI, tests) it is required on first use.
 * The web page's build puts sheetjs-library.browser.ts in this module's place, which loads
 * the library's megabyte only when a workbook needs it.
 */
import type * as XLSX from "@e965/xlsx";

let library: typeof XLSX | undefined;

/** SheetJS, loaded now if it was not. */
export function loadedSheetJS(): typeof XLSX {
  library ??= require("@e965/xlsx") as typeof XLSX;
  return library;
}

/** Resolves once `loadedSheetJS` can give the library without waiting. */
export async function sheetjsReady(): Promise<void> {
  loadedSheetJS();
}

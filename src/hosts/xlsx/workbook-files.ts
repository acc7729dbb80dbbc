/**
 * The workbook files the file host reads, by their names: Excel's (.xlsx, .xlsm, .xls, .xlsb),
 * WPS Spreadsheets' own .et (a compound file of the kind an .xls is) and OpenDocument's .ods
 * (LibreOffice, and WPS or other office suites when asked). What a file is comes from its
 * bytes (read.ts); the name only says which files of a folder to read.
 */
export const WORKBOOK_EXTENSIONS = ["xlsx", "xlsm", "xls", "xlsb", "et", "ods"] as const;

const WORKBOOK_NAME = new RegExp(`\\.(${WORKBOOK_EXTENSIONS.join("|")})$`, "i");

/** Whether a file's name is that of a workbook the host reads. */
export function isWorkbookName(name: string): boolean {
  return WORKBOOK_NAME.test(name);
}

/** The name without its workbook extension (`表.ods` → `表`); any other name as it is. */
export function workbookStem(name: string): string {
  return name.replace(WORKBOOK_NAME, "");
}

/** The file input's `accept`: `.xlsx,.xlsm,…`. */
export const WORKBOOK_ACCEPT = WORKBOOK_EXTENSIONS.map((extension) => `.${extension}`).join(",");

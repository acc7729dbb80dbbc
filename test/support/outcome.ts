/** What a check makes of a workbook's sheets, as lines to compare across the forms it is saved in. */
import { readdirSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/domain/check";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { CORPUS } from "./corpus";
import { FIXTURES } from "./fixtures";

/** Every fixture and real-corpus workbook (.xlsx), by path. */
export const WORKBOOKS = [FIXTURES, CORPUS].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(folder, name))
);

/**
 * Each sheet and how many tables it holds (a sheet with none, such as a form not read yet, is
 * told too), each table's place and rows, each finding and note, one line each.
 */
export function outcome(snapshots: SheetSnapshot[]): string[] {
  return checkWorkbook(snapshots).sheets.flatMap((sheet) => [
    `${sheet.sheet}: ${sheet.tables.length} tables`,
    ...sheet.notes.map((note) => `${sheet.sheet} ${note.address} ${note.message}`),
    ...sheet.tables.flatMap(({ table, findings }) => [
      `${sheet.sheet} ${table.rangeA1} ${table.indicators.length} rows`,
      ...findings.map((f) => `${sheet.sheet} ${f.address} ${f.ruleId} ${f.message}`),
    ]),
  ]);
}

/** The outcome of the workbook the file host reads from `bytes`. */
export const outcomeOf = (bytes: Uint8Array) => outcome(readWorkbookSnapshots(bytes));

/**
 * The outcome of the workbook as SheetJS writes it (.ods, XML Spreadsheet): it writes no merged
 * area whose first cell is blank (阆中 2021's first levels left blank, merged over their groups).
 */
export function outcomeWithoutBlankMerges(bytes: Uint8Array): string[] {
  return outcome(
    readWorkbookSnapshots(bytes).map((sheet) => ({
      ...sheet,
      merges:
        sheet.merges?.filter((merge) => {
          const value = sheet.values[merge.top - sheet.originRow]?.[merge.left - sheet.originCol];
          return value !== null && value !== undefined && value !== "";
        }) ?? null,
    }))
  );
}

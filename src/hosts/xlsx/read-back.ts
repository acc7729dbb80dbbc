/**
 * A written workbook read again, as `perfgoal check` reads it: each cell written into a sheet
 * the workbook already had must hold what was planned. The reader reads a damaged sheet as
 * well as it can, and the writer patches it by a scan of its own; where the two take a damaged
 * cell differently (an attribute's quote left open swallows the tags after it), a fix would
 * be reported and not be there. Such a workbook is refused, and nothing is written.
 */
import { CellValue, SheetSnapshot } from "../../domain/snapshot";
import { damagedWorkbook, sheetNamedIn, storedText, WorkbookWriteError } from "./ooxml";
import { readWorkbookValues } from "./read";
import { WorkbookReadError } from "./read-error";
import { CellWrite } from "./worksheet";

/** The cells patchWorksheetXml wrote into one sheet, each once (the last write of a cell). */
export interface SheetWrites {
  sheet: string;
  writes: readonly CellWrite[];
}

/** What the cell holds once written (cellXml): a number, or the text as stored. */
function writtenValue(write: CellWrite): CellValue {
  if (write.value === null) return null;
  if (typeof write.value === "number" && !write.asText) return write.value;
  return storedText(String(write.value));
}

/** The cell as read, or undefined when its sheet is not there. */
function readValue(sheet: SheetSnapshot | undefined, write: CellWrite): CellValue | undefined {
  if (!sheet) return undefined;
  return sheet.values[write.row - sheet.originRow]?.[write.col - sheet.originCol] ?? null;
}

function notAsWritten(sheet: string, write: CellWrite): WorkbookWriteError {
  return damagedWorkbook("write.damage.readBack", { sheet, address: write.address });
}

/** Throws WorkbookWriteError unless every cell written reads back from `written` as planned. */
export function checkReadsBack(written: Uint8Array, sheetsWritten: readonly SheetWrites[]): void {
  const first = sheetsWritten.find(({ writes }) => writes.length > 0);
  if (!first) return;
  let sheets: SheetSnapshot[];
  try {
    sheets = readWorkbookValues(written);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw notAsWritten(first.sheet, first.writes[0]);
    throw error;
  }
  for (const { sheet, writes } of sheetsWritten) {
    // Sheets are told apart without regard to case, as the reader requires of them.
    const read = sheetNamedIn(sheets, sheet, (s) => s.sheetName);
    for (const write of writes) {
      const expected = writtenValue(write);
      const value = readValue(read, write);
      // An empty text is stored as one, which the reader may take for a blank cell.
      if (value !== expected && !(expected === "" && value === null))
        throw notAsWritten(sheet, write);
    }
  }
}

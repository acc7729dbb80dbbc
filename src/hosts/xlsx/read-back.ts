/**
 * A written workbook read again, as `perfgoal check` reads it: each cell written into a sheet
 * the workbook already had must hold what was planned. The reader reads a damaged sheet as
 * well as it can, and the writer patches it by a scan of its own; where the two take a damaged
 * cell differently (an attribute's quote left open swallows the tags after it), a fix would
 * be reported and not be there. Such a workbook is refused, and nothing is written.
 */
import { CellEdit } from "../../domain/edits";
import { CellValue, parseA1, SheetSnapshot, toA1 } from "../../domain/snapshot";
import { damagedWorkbook, sheetNamedIn, storedText, WorkbookWriteError } from "./ooxml";
import { readWorkbookValues } from "./read";
import { WorkbookReadError } from "./read-error";

/** What the cell holds once the edit is written (cellXml): a number, or the text as stored. */
function writtenValue(edit: CellEdit): CellValue {
  if (edit.value === null) return null;
  if (typeof edit.value === "number" && !edit.asText) return edit.value;
  return storedText(String(edit.value));
}

/** The cell as read, or undefined when its sheet is not there. */
function readValue(sheets: readonly SheetSnapshot[], edit: CellEdit): CellValue | undefined {
  const sheet = sheetNamedIn(sheets, edit.sheet, (s) => s.sheetName);
  const cell = parseA1(edit.address);
  if (!sheet || !cell) return undefined;
  return sheet.values[cell.row - sheet.originRow]?.[cell.col - sheet.originCol] ?? null;
}

/**
 * The edits that stand once written: of several edits of one cell, the last (patchWorksheetXml
 * writes it). Sheets are told apart without regard to case, as the reader requires of them.
 */
function lastEditOfEachCell(edits: readonly CellEdit[]): Iterable<CellEdit> {
  const last = new Map<string, CellEdit>();
  for (const edit of edits) {
    const cell = parseA1(edit.address);
    const place = cell ? toA1(cell.row, cell.col) : edit.address;
    last.set(`${edit.sheet.toLowerCase()}!${place}`, edit);
  }
  return last.values();
}

function notAsWritten(edit: CellEdit): WorkbookWriteError {
  return damagedWorkbook("write.damage.readBack", { sheet: edit.sheet, address: edit.address });
}

/** Throws WorkbookWriteError unless every edit reads back from `written` as planned. */
export function checkReadsBack(written: Uint8Array, edits: readonly CellEdit[]): void {
  if (edits.length === 0) return;
  let sheets: SheetSnapshot[];
  try {
    sheets = readWorkbookValues(written);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw notAsWritten(edits[0]);
    throw error;
  }
  for (const edit of lastEditOfEachCell(edits)) {
    const expected = writtenValue(edit);
    const value = readValue(sheets, edit);
    // An empty text is stored as one, which the reader may take for a blank cell.
    if (value !== expected && !(expected === "" && value === null)) throw notAsWritten(edit);
  }
}

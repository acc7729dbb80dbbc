/** The WorkbookReadError the file host throws for bytes it cannot read as a workbook. */
import { readWorkbookSnapshots, WorkbookReadError } from "../../src/hosts/xlsx/read";

export function readError(bytes: Uint8Array): WorkbookReadError {
  try {
    readWorkbookSnapshots(bytes);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  }
  throw new Error("expected a WorkbookReadError, but the bytes were read as a workbook");
}

/**
 * The web page's worker for the workbooks SheetJS reads (.xls, WPS's .et, .xlsb, .ods, an
 * XML Spreadsheet): SheetJS trusts the counts those files give and can loop on a damaged one
 * for as long as memory lasts. Here the page can stop it (library-worker.ts), as the CLI
 * stops its checking process; it reads one workbook and answers once.
 */
import * as XLSX from "@e965/xlsx";
import { readWithSheetJS, WorkbookReadError } from "../hosts/xlsx/read";
import { provideSheetJS } from "../hosts/xlsx/sheetjs-library.browser";
import type { WorkerReply } from "./library-worker";

// The worker's one script holds SheetJS: a worker loads no chunk beside it (webpack.config.js).
provideSheetJS(XLSX);

/** The worker's scope, as far as it is used here (lib "dom" describes a window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Uint8Array>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ snapshots: readWithSheetJS(data) });
  } catch (error) {
    scope.postMessage(
      error instanceof WorkbookReadError
        ? { refused: { key: error.key, data: error.data } }
        : { failed: error instanceof Error ? error.message : String(error) }
    );
  }
};
scope.postMessage({ ready: true });

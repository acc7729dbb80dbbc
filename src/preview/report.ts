/** 导出审核意见 on the page: the pane's last check result as the review report workbook. */
import { CheckedFile, reviewReport, reviewWorkbookPlans } from "../domain/report";
import { createWorkbook } from "../hosts/xlsx/create";
import { PaneState } from "../taskpane/state/controller";

/** What the pane's last finished check found in `file` (ignored findings left out); null before one. */
export function checkedFileOf(state: PaneState, file: string): CheckedFile | null {
  if (state.status !== "done") return null;
  return {
    file,
    tables: state.tables.map((table) => ({
      sheet: table.sheet,
      range: table.range,
      form: table.form,
      projectName: table.name,
      findings: table.findings.filter((view) => !view.ignored).map((view) => view.finding),
    })),
    findings: state.notes,
  };
}

/** The review report of one checked file, as .xlsx bytes. Throws WorkbookWriteError. */
export function reviewReportWorkbook(file: CheckedFile): Uint8Array {
  return createWorkbook(reviewWorkbookPlans(reviewReport([file])));
}

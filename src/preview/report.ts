/** 导出审核意见 on the page: the pane's last check result as the review report workbook. */
import { CheckedFile, reviewReport, reviewWorkbookPlans } from "../domain/report";
import { createWorkbook } from "../hosts/xlsx/create";

/** What the pane's last finished check found (the pane's own export builds it alike). */
export { checkedFileOf } from "../taskpane/state/report";

/** The review report of one checked file, as .xlsx bytes. Throws WorkbookWriteError. */
export function reviewReportWorkbook(file: CheckedFile): Uint8Array {
  return createWorkbook(reviewWorkbookPlans(reviewReport([file])));
}

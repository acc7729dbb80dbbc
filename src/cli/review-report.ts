/** `perfgoal check --report 审核意见.xlsx`: the run's review report, written as a new workbook. */
import { dirname, relative, resolve, sep } from "path";
import { CheckedFile, reviewReport, reviewWorkbookPlans } from "../domain/report";
import { createWorkbook } from "../hosts/xlsx/create";
import { writeOutputFile } from "./safe-write";

/** Each file's path from the report's folder, for the links into it. */
function linked(file: CheckedFile, reportFolder: string): CheckedFile {
  return { ...file, link: relative(reportFolder, resolve(file.file)).split(sep).join("/") };
}

/** Writes the report exclusively and atomically. Throws OutputError or WorkbookWriteError. */
export function writeReviewReport(out: string, files: readonly CheckedFile[]): void {
  const folder = dirname(resolve(out));
  const plans = reviewWorkbookPlans(reviewReport(files.map((file) => linked(file, folder))));
  writeOutputFile(out, createWorkbook(plans));
}

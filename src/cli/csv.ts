/**
 * `perfgoal check --format csv`: one line per finding, for a spreadsheet or a script.
 * RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a
 * byte-order mark so that Excel reads the Chinese right. Workbook text is untrusted: a field
 * that a spreadsheet would take for a formula is prefixed with an apostrophe, and control
 * characters other than tabs and line breaks are shown as the text output shows them.
 */
import { t } from "../domain/messages/catalog";
import { CheckedFile, reviewReport } from "../domain/report";
import { controlsShown } from "./terminal";

const BOM = "\uFEFF";

/** What Excel, LibreOffice and others run as a formula (or DDE) when a field begins with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(field: string): string {
  // Printed to a terminal as often as written to a file: no control is passed on.
  const text = controlsShown(field);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(files: readonly CheckedFile[]): string {
  const heading = [
    "report.colFile",
    "report.colSheet",
    "report.colCell",
    "report.colSeverity",
    "report.colRule",
    "report.colProblem",
    "report.colSuggestion",
  ] as const;
  const lines = [heading.map((key) => t(key))];
  for (const row of reviewReport(files).details)
    lines.push([
      row.file,
      row.sheet,
      row.address,
      t(`severity.${row.severity}`),
      row.ruleId,
      row.message,
      row.suggestion,
    ]);
  return BOM + lines.map((fields) => `${fields.map(csvField).join(",")}\r\n`).join("");
}

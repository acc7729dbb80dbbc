/**
 * The review report (审核意见) as rows: what the officer sends back with the workbooks. Built
 * from check results (per file: its tables and their findings, or why it could not be read)
 * for the workbook writer, the CSV and the pane alike.
 */
import { Finding, Severity } from "../findings";
import { t } from "../messages/catalog";
import { FormKind } from "../model";

export interface CheckedTable {
  sheet: string;
  /** The table's range, e.g. `A37:H49`. */
  range: string;
  form: FormKind;
  projectName: string;
  findings: readonly Finding[];
}

export interface CheckedFile {
  /** The file's name as the report shows it. */
  file: string;
  /** The file's path relative to the report, for the links into it (`file` when absent). */
  link?: string;
  tables: readonly CheckedTable[];
  /** Findings outside any table: an indicator header that could not be read. */
  findings: readonly Finding[];
  /** Why the file could not be read, when it could not. */
  error?: string;
}

export type Verdict = "ready" | "fix" | "unreadable" | "noTables";

export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
}

/** One line of the summary: a table, the findings outside tables on a sheet, or a file. */
export interface SummaryRow extends Tally {
  file: string;
  sheet: string;
  range: string;
  /** The form's name, empty when the row is not a table. */
  form: string;
  projectName: string;
  verdict: Verdict;
  note: string;
}

export interface FileRow extends Tally {
  file: string;
  tables: number;
  verdict: Verdict;
  note: string;
}

export interface DetailRow {
  file: string;
  sheet: string;
  address: string;
  severity: Severity;
  message: string;
  suggestion: string;
  ruleId: string;
  /** Where the cell is: `folder/file.xlsx#'Sheet'!E12`, relative to the report. */
  target: string;
}

export interface ReviewReport {
  files: FileRow[];
  summary: SummaryRow[];
  details: DetailRow[];
  total: Tally & { files: number; tables: number; unreadable: number; verdict: Verdict };
}

function tally(findings: readonly Finding[]): Tally {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return { errors: counts.error, warnings: counts.warning, infos: counts.info };
}

function add(into: Tally, more: Tally): void {
  into.errors += more.errors;
  into.warnings += more.warnings;
  into.infos += more.infos;
}

/** Characters a relative link's path cannot hold as they are (the rest, CJK too, stay). */
function linkPath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .replace(/%/g, "%25")
    .replace(/ /g, "%20")
    .replace(/#/g, "%23")
    .replace(/\?/g, "%3F");
}

/** A link to one cell of a workbook: `file.xlsx#'Sheet'!E12`. */
export function cellTarget(path: string, sheet: string, address: string): string {
  return `${linkPath(path)}#'${sheet.replace(/'/g, "''")}'!${address}`;
}

export function verdictText(verdict: Verdict): string {
  return t(`report.verdict.${verdict}`);
}

function fileRow(file: CheckedFile): FileRow {
  const counts = tally([...file.findings, ...file.tables.flatMap((table) => table.findings)]);
  const verdict: Verdict = file.error
    ? "unreadable"
    : counts.errors > 0
      ? "fix"
      : file.tables.length === 0
        ? "noTables"
        : "ready";
  return {
    file: file.file,
    tables: file.tables.length,
    ...counts,
    verdict,
    note: file.error ?? "",
  };
}

/** A file's summary lines: its tables in order, after any findings outside its tables. */
function summaryRows(file: CheckedFile, row: FileRow): SummaryRow[] {
  const blank = { sheet: "", range: "", form: "", projectName: "" };
  if (file.error || (file.tables.length === 0 && file.findings.length === 0)) {
    const { errors, warnings, infos, verdict, note } = row;
    return [{ file: file.file, ...blank, errors, warnings, infos, verdict, note }];
  }
  const rows: SummaryRow[] = [];
  const sheets = [...new Set(file.findings.map((finding) => finding.sheet))];
  for (const sheet of sheets) {
    const counts = tally(file.findings.filter((finding) => finding.sheet === sheet));
    rows.push({
      file: file.file,
      ...blank,
      sheet,
      ...counts,
      verdict: counts.errors > 0 ? "fix" : "ready",
      note: t("report.outsideTables"),
    });
  }
  for (const table of file.tables) {
    const counts = tally(table.findings);
    rows.push({
      file: file.file,
      sheet: table.sheet,
      range: table.range,
      form: t(`form.${table.form}`),
      projectName: table.projectName,
      ...counts,
      verdict: counts.errors > 0 ? "fix" : "ready",
      note: "",
    });
  }
  return rows;
}

function detailRows(file: CheckedFile): DetailRow[] {
  const findings = [...file.findings, ...file.tables.flatMap((table) => table.findings)];
  return findings.map((finding) => ({
    file: file.file,
    sheet: finding.sheet,
    address: finding.address,
    severity: finding.severity,
    message: finding.message,
    suggestion: finding.suggestion ?? "",
    ruleId: finding.ruleId,
    target: cellTarget(file.link ?? file.file, finding.sheet, finding.address),
  }));
}

/** The report of a run over `files`, in their order. */
export function reviewReport(files: readonly CheckedFile[]): ReviewReport {
  const total = { errors: 0, warnings: 0, infos: 0, files: files.length, tables: 0, unreadable: 0 };
  const report: Omit<ReviewReport, "total"> = { files: [], summary: [], details: [] };
  for (const file of files) {
    const row = fileRow(file);
    report.files.push(row);
    report.summary.push(...summaryRows(file, row));
    report.details.push(...detailRows(file));
    add(total, row);
    total.tables += file.tables.length;
    if (file.error) total.unreadable++;
  }
  const verdict: Verdict = total.errors > 0 ? "fix" : total.unreadable > 0 ? "unreadable" : "ready";
  return { ...report, total: { ...total, verdict } };
}

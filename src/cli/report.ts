/** What `perfgoal check` reports per file: the shape behind both output formats. */
import { WorkbookResult } from "../domain/check";
import { Finding, Severity } from "../domain/findings";
import { filledIndicators, FormKind, projectNameOf } from "../domain/model";

export interface TableReport {
  sheet: string;
  range: string;
  form: FormKind;
  projectName: string;
  profile: string;
  indicatorCount: number;
  filledIndicatorCount: number;
  findings: Finding[];
}

export interface FileReport {
  file: string;
  tables: TableReport[];
  /** Findings outside any table: an indicator header on a sheet that could not be read. */
  findings: Finding[];
  /** Why the file could not be read, when it could not. */
  error?: string;
}

/** A checked workbook as the report of its file. */
export function fileReport(file: string, result: WorkbookResult): FileReport {
  return {
    file,
    tables: result.sheets.flatMap((sheet) =>
      sheet.tables.map(({ table, findings }) => ({
        sheet: table.sheet,
        range: table.rangeA1,
        form: table.form,
        projectName: projectNameOf(table),
        profile: table.profile,
        indicatorCount: table.indicators.length,
        filledIndicatorCount: filledIndicators(table).length,
        findings,
      }))
    ),
    findings: result.sheets.flatMap((sheet) => sheet.notes),
  };
}

export interface Counts {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface Summary extends Counts {
  files: number;
  /** Files that could not be read or checked. */
  unreadable: number;
}

/** A file's tables and findings by severity. */
export function countsOf(file: FileReport): Counts {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of file.findings) counts[finding.severity]++;
  for (const table of file.tables) for (const finding of table.findings) counts[finding.severity]++;
  return {
    tables: file.tables.length,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  };
}

export function summarize(files: readonly FileReport[]): Summary {
  const summary: Summary = {
    files: files.length,
    tables: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    unreadable: 0,
  };
  for (const file of files) {
    if (file.error) summary.unreadable++;
    const counts = countsOf(file);
    summary.tables += counts.tables;
    summary.errors += counts.errors;
    summary.warnings += counts.warnings;
    summary.infos += counts.infos;
  }
  return summary;
}

/** What `perfgoal check` reports per file: the shape behind both output formats. */
import { WorkbookResult } from "../domain/check";
import { Finding, Severity } from "../domain/findings";
import { FormKind, projectNameOf } from "../domain/model";

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

export interface Summary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

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
        filledIndicatorCount: table.indicators.filter((row) => row.filled).length,
        findings,
      }))
    ),
    findings: result.sheets.flatMap((sheet) => sheet.notes),
  };
}

export function summarize(files: readonly FileReport[]): Summary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let tables = 0;
  for (const file of files) {
    tables += file.tables.length;
    const all = [...file.findings, ...file.tables.flatMap((table) => table.findings)];
    for (const finding of all) counts[finding.severity]++;
  }
  return {
    files: files.length,
    tables,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
  };
}

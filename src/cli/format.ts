/** The two output formats of `perfgoal check`: text for people, JSON for programs. */
import { Finding } from "../domain/findings";
import { t } from "../domain/messages/catalog";
import { FileReport, Summary } from "./report";
import { forTerminal } from "./terminal";

function findingLine(finding: Finding): string {
  const severity = t(`severity.${finding.severity}`);
  // Messages quote cells: what a cell holds is shown, never obeyed.
  const message = forTerminal(finding.message, 400);
  return `    ${finding.address.padEnd(6)} ${severity}  ${message}  ${finding.ruleId}`;
}

/** One file's block of the text output: grouped by sheet and table, one finding a line. */
export function formatFileText(file: FileReport): string {
  const lines: string[] = [forTerminal(file.file)];
  if (file.error) {
    lines.push(`  ${forTerminal(file.error, 400)}`, "");
    return `${lines.join("\n")}\n`;
  }
  if (file.tables.length === 0 && file.findings.length === 0) lines.push(`  ${t("cli.noTables")}`);
  for (const finding of file.findings)
    lines.push(`  [${forTerminal(finding.sheet)}]`, findingLine(finding));
  let sheet: string | undefined;
  file.tables.forEach((table, i) => {
    if (table.sheet !== sheet) {
      sheet = table.sheet;
      lines.push(`  [${forTerminal(sheet)}]`);
    }
    const name = table.projectName ? forTerminal(table.projectName) : t("cli.unnamed");
    lines.push(
      `  ${t("cli.table", { index: i + 1, name, range: table.range, count: table.indicatorCount, form: t(`form.${table.form}`) })}`
    );
    for (const finding of table.findings) lines.push(findingLine(finding));
  });
  lines.push("");
  return `${lines.join("\n")}\n`;
}

export function formatSummaryText(summary: Summary): string {
  const mark = summary.errors > 0 ? "✖" : "✔";
  return `${mark} ${t("cli.summary", { ...summary })}\n`;
}

export function formatJson(files: readonly FileReport[], summary: Summary): string {
  const out = {
    files: files.map((file) => ({
      file: file.file,
      ...(file.error ? { error: file.error } : {}),
      tables: file.tables.map((table) => ({
        sheet: table.sheet,
        range: table.range,
        form: table.form,
        projectName: table.projectName,
        profile: table.profile,
        indicatorCount: table.indicatorCount,
        filledIndicatorCount: table.filledIndicatorCount,
        findings: table.findings,
      })),
      findings: file.findings,
    })),
    summary,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

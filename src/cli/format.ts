/** The two output formats of `perfgoal check`: text for people, JSON for programs. */
import { Finding } from "../domain/findings";
import { t } from "../domain/messages/catalog";
import { countsOf, FileReport, Summary } from "./report";
import { forTerminal, jsonForTerminal, Style } from "./terminal";

export interface TextOptions {
  style: Style;
  /** Only the one-line summary of each file, no per-table detail. */
  quiet: boolean;
}

const SUGGESTION_INDENT = " ".repeat(11);

function findingLines(finding: Finding, style: Style): string[] {
  const severity = style[finding.severity](t(`severity.${finding.severity}`));
  // Messages quote cells: what a cell holds is shown, never obeyed.
  const message = forTerminal(finding.message, 400);
  // `perfgoal fix` can make the change: said beside the rule.
  const fixable = finding.fix ? `  ${style.ok(t("cli.fixable"))}` : "";
  const lines = [
    `    ${finding.address.padEnd(6)} ${severity}  ${message}  ${style.faint(finding.ruleId)}${fixable}`,
  ];
  if (finding.suggestion)
    lines.push(
      SUGGESTION_INDENT +
        style.faint(t("cli.suggestion", { text: forTerminal(finding.suggestion, 400) }))
    );
  return lines;
}

/** The file's one line: ✔ or ✖, its name, and what was found, or why it could not be read. */
function fileHeadline(file: FileReport, style: Style): string {
  const name = style.strong(forTerminal(file.file));
  if (file.error) return `${style.error("✖")} ${name}  ${forTerminal(file.error, 400)}`;
  const counts = countsOf(file);
  const mark = counts.errors > 0 ? style.error("✖") : style.ok("✔");
  return `${mark} ${name}  ${t("cli.fileSummary", { ...counts })}`;
}

/**
 * One file's part of the text output: its one-line summary, then (unless quiet) its findings
 * grouped by sheet and table, one a line, and a blank line.
 */
export function formatFileText(file: FileReport, { style, quiet }: TextOptions): string {
  const lines: string[] = [fileHeadline(file, style)];
  if (quiet) return `${lines[0]}\n`;
  if (!file.error && file.tables.length === 0 && file.findings.length === 0)
    lines.push(`  ${t("cli.noTables")}`);
  for (const finding of file.findings)
    lines.push(`  [${forTerminal(finding.sheet)}]`, ...findingLines(finding, style));
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
    for (const finding of table.findings) lines.push(...findingLines(finding, style));
  });
  lines.push("");
  return `${lines.join("\n")}\n`;
}

/** The last line: ✖ when anything was found wrong or could not be read. */
export function formatSummaryText(summary: Summary, style: Style): string {
  const failed = summary.errors > 0 || summary.unreadable > 0;
  const mark = failed ? style.error("✖") : style.ok("✔");
  const unreadable =
    summary.unreadable > 0 ? t("cli.unreadableCount", { count: summary.unreadable }) : "";
  return `${mark} ${t("cli.summary", { ...summary })}${unreadable}\n`;
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
  return jsonForTerminal(out);
}

/** `perfgoal inspect`: how each table of each workbook was read, in text or JSON. */
import { SelfEvaluationReading, SheetReading, TableReading } from "../domain/inspect";
import { MessageKey, t } from "../domain/messages/catalog";
import { forTerminal, jsonForTerminal, Style } from "./terminal";

export interface InspectReport {
  file: string;
  sheets: SheetReading[];
  error?: string;
}

function quoted(text: string): string {
  return `“${forTerminal(text.replace(/[ \u3000]+/g, " ").trim())}”`;
}

function tableLines(table: TableReading): string[] {
  const lines = [
    `  ${t("inspect.table", {
      index: table.index,
      name: table.projectName ? forTerminal(table.projectName) : t("cli.unnamed"),
      range: table.range,
    })}`,
    `    ${t("inspect.summary", {
      form: t(`form.${table.form}`),
      profile: table.profile,
      source: t(table.profileSource === "given" ? "inspect.given" : "inspect.detected"),
      row: table.indicatorHeaderRow,
      layout: t(`inspect.layout.${table.layout}`),
    })}`,
  ];
  if (table.title)
    lines.push(`    ${t("inspect.title")} ${table.title.address} ${quoted(table.title.text)}`);
  lines.push(`    ${t("inspect.header")}`);
  if (table.header.length === 0) lines.push(`      ${t("inspect.none")}`);
  for (const field of table.header) {
    const amount =
      field.amount === undefined ? "" : `  = ${field.amount === null ? "?" : field.amount} 万元`;
    lines.push(
      `      ${t(`field.${field.field}`).padEnd(8, "　")} ${field.label.address} ${quoted(field.label.text)} → ${field.value.address} ${quoted(field.value.text)}${amount}`
    );
  }
  lines.push(`    ${t("inspect.columns")}`);
  for (const column of table.columns) {
    lines.push(
      `      ${column.column.padEnd(3)} ${t(`role.${column.role}` as MessageKey).padEnd(8, "　")} ${column.label.address} ${quoted(column.label.text)}`
    );
  }
  if (table.otherSets.length > 0) {
    lines.push(`    ${t("inspect.otherSets")}`);
    for (const set of table.otherSets)
      lines.push(`      ${set.column.padEnd(3)} ${set.label.address} ${quoted(set.label.text)}`);
  }
  if (table.unknownColumns.length > 0) {
    lines.push(`    ${t("inspect.unknown")}`);
    for (const label of table.unknownColumns)
      lines.push(`      ${label.address} ${quoted(label.text)}`);
  }
  lines.push(
    `    ${t("inspect.rows", { count: table.indicatorCount, filled: table.filledIndicatorCount })}`
  );
  if (table.selfEvaluation) lines.push(...selfEvaluationLines(table.selfEvaluation));
  return lines;
}

/** A self-evaluation's funds lines, goal pair and total row, each cell with its address. */
function selfEvaluationLines(reading: SelfEvaluationReading): string[] {
  const at = (label: string, address: string, text: string) =>
    `${label} ${address} ${quoted(text)}`;
  const lines = [`    ${t("inspect.selfEvaluation")}`];
  if (reading.funds.length === 0) lines.push(`      ${t("inspect.selfEvaluation.noFunds")}`);
  for (const line of reading.funds) {
    const cells = line.cells.map(({ column, cell }) =>
      at(t(`inspect.fundsColumn.${column}`), cell.address, cell.text)
    );
    lines.push(
      `      ${at(t("inspect.selfEvaluation.funds"), line.label.address, line.label.text)}：${cells.join(" · ")}`
    );
  }
  if (reading.goal) {
    const { expected, actual } = reading.goal;
    lines.push(
      `      ${t("inspect.selfEvaluation.goal")} ${at(t("inspect.selfEvaluation.expected"), expected.address, expected.text)} · ${at(t("inspect.selfEvaluation.actual"), actual.address, actual.text)}`
    );
  }
  if (reading.total) {
    const { label, points, score } = reading.total;
    const cells = [
      points ? at(t("inspect.fundsColumn.points"), points.address, points.text) : "",
      score ? at(t("inspect.fundsColumn.score"), score.address, score.text) : "",
    ].filter((text) => text !== "");
    lines.push(
      `      ${at(t("inspect.selfEvaluation.total"), label.address, label.text)}：${cells.join(" · ")}`
    );
  }
  return lines;
}

/** One file's block of the text output, ending in a blank line. */
export function formatInspectFile(report: InspectReport, style: Style): string {
  const name = style.strong(forTerminal(report.file));
  if (report.error) return `${style.error("✖")} ${name}  ${forTerminal(report.error, 400)}\n\n`;
  const lines: string[] = [name];
  let any = false;
  for (const sheet of report.sheets) {
    if (sheet.tables.length === 0 && sheet.unreadable.length === 0) continue;
    any = true;
    lines.push(`  [${forTerminal(sheet.sheet)}]`);
    for (const table of sheet.tables) lines.push(...tableLines(table));
    for (const u of sheet.unreadable)
      lines.push(`  ${t(`unreadable.${u.reason}`, { row: u.row })}`);
  }
  if (!any) lines.push(`  ${t("cli.noTables")}`);
  lines.push("");
  return `${lines.join("\n")}\n`;
}

/** The check command's shape: files → tables, each with its form, header fields and column roles. */
export function formatInspectJson(reports: readonly InspectReport[]): string {
  const out = {
    files: reports.map((report) => ({
      file: report.file,
      ...(report.error ? { error: report.error } : {}),
      tables: report.sheets.flatMap((sheet) => sheet.tables),
      unreadable: report.sheets.flatMap((sheet) =>
        sheet.unreadable.map((u) => ({ sheet: sheet.sheet, ...u }))
      ),
    })),
  };
  return jsonForTerminal(out);
}

/**
 * `perfgoal fix`: the rules' fixes planned by the domain and written to new .xlsx files with
 * the same guarantees as `fill` (the input untouched, no file replaced, refusals before any
 * write: protected cells, .xls, .xlsb, encrypted workbooks, a mismatched extension).
 */
import { statSync } from "fs";
import { basename, join, resolve } from "path";
import { CellEdit } from "../domain/edits";
import { FixPlan, planFixes } from "../domain/fixes";
import { t, tBoth } from "../domain/messages/catalog";
import { RULES } from "../domain/rules";
import { CellValue } from "../domain/snapshot";
import { applyEditsToWorkbook, previewWrite, workbookFormat } from "../hosts/xlsx/patch";
import { CommandUsageError } from "./author-args";
import { aboutFile, checkExtension, readInput, snapshotsOf } from "./author";
import { FixCommand, fixUsage } from "./fix-args";
import { expandPaths, readFailure } from "./files";
import { checkOutputPath, writeOutputFile } from "./safe-write";
import { forTerminal, jsonForTerminal } from "./terminal";

export interface FixOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface FileResult {
  input: string;
  out: string | null;
  written: boolean;
  edits: Array<{
    sheet: string;
    address: string;
    previous: CellValue;
    value: CellEdit["value"];
    rules: string[];
  }>;
  hiddenSheets: Array<{ sheet: string; state: string; cells: number }>;
  error?: string;
}

/** What `--format json` prints. */
export interface FixJson {
  dryRun: boolean;
  files: FileResult[];
}

const FIXABLE = RULES.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id);

/** The named rules, each known and fixable, or a usage error that lists those that are. */
function checkRules(rules: readonly string[]): void {
  const choices = FIXABLE.join(", ");
  for (const rule of rules) {
    if (FIXABLE.includes(rule)) continue;
    const key = RULES.some((r) => r.meta.id === rule) ? "cli.ruleNotFixable" : "cli.unknownRule";
    throw new CommandUsageError(tBoth(key, { rule: forTerminal(rule), choices }), fixUsage());
  }
}

/** The rules whose fixes wrote each cell. */
function rulesByCell(plan: FixPlan): Map<string, string[]> {
  const byCell = new Map<string, string[]>();
  for (const finding of plan.fixed) {
    for (const edit of finding.fix?.edits ?? []) {
      const cell = `${edit.sheet}!${edit.address}`;
      const rules = byCell.get(cell) ?? [];
      if (!rules.includes(finding.ruleId)) rules.push(finding.ruleId);
      byCell.set(cell, rules);
    }
  }
  return byCell;
}

function shown(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "object" ? value.error : String(value);
}

/** Plans, refuses or writes one workbook; throws OutputError (one line) when it cannot. */
function fixFile(command: FixCommand, input: string, out: string | null): FileResult {
  const writing = out !== null && !command.dryRun;
  if (out !== null && resolve(out) === resolve(input))
    throw new CommandUsageError(tBoth("cli.sameFile"), fixUsage());
  if (writing) checkOutputPath(out);
  const { bytes } = readInput(input);
  // Refuses .xls, .xlsb and encrypted workbooks, and a mismatched extension, before planning.
  const kind = aboutFile(input, () => workbookFormat(bytes));
  if (out !== null) checkExtension(out, kind);
  const plan = planFixes(snapshotsOf(input, bytes), {
    profile: command.profile,
    ruleIds: command.rules,
  });
  // Locked cells of a protected sheet refuse the whole file here, before anything is written.
  const preview = aboutFile(input, () => previewWrite(bytes, plan.edits));
  const rules = rulesByCell(plan);
  const result: FileResult = {
    input,
    out,
    written: false,
    edits: plan.edits.map((edit) => ({
      sheet: edit.sheet,
      address: edit.address,
      previous: edit.previous,
      value: edit.value,
      rules: rules.get(`${edit.sheet}!${edit.address}`) ?? [],
    })),
    hiddenSheets: preview.hiddenSheets,
  };
  if (writing && plan.edits.length > 0) {
    writeOutputFile(out, applyEditsToWorkbook(bytes, plan.edits));
    result.written = true;
  }
  return result;
}

function textOf(command: FixCommand, result: FileResult): string {
  const lines: string[] = [];
  if (command.inputs.length > 1 || result.input !== command.inputs[0])
    lines.push(forTerminal(result.input));
  if (result.error) return `${[...lines, `  ${result.error}`].join("\n")}\n`;
  for (const edit of result.edits) {
    const cell = forTerminal(`${edit.sheet}!${edit.address}`);
    const before = forTerminal(shown(edit.previous), 200);
    const after = forTerminal(shown(edit.value), 200);
    lines.push(t("cli.fixLine", { cell, before, after, rules: edit.rules.join(", ") }));
  }
  for (const hidden of result.hiddenSheets) {
    const key = hidden.state === "veryHidden" ? "cli.veryHiddenSheet" : "cli.hiddenSheet";
    lines.push(t(key, { sheet: forTerminal(hidden.sheet), count: hidden.cells }));
  }
  const count = result.edits.length;
  if (count === 0) lines.push(t("cli.nothingToFix", { file: forTerminal(result.input) }));
  else if (command.dryRun || result.out === null) lines.push(t("cli.fixDryRun", { count }));
  else lines.push(t("cli.fixed", { count, out: forTerminal(result.out) }));
  return `${lines.join("\n")}\n`;
}

/** Where each workbook goes: `--out` for one, else the `--out-dir` folder under its own name. */
function outputsOf(command: FixCommand, files: readonly string[]): Array<string | null> {
  if (command.out !== undefined) {
    const single = files.length === 1 && !isFolder(command.inputs[0]);
    if (!single) throw new CommandUsageError(tBoth("cli.fixOneOut"), fixUsage());
    return [command.out];
  }
  const folder = command.outDir;
  return files.map((file) => (folder === undefined ? null : join(folder, basename(file))));
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Exit 0 when workbooks were written (or, in a dry run, planned) and none refused; else 2. */
export function runFix(command: FixCommand, output: FixOutput): number {
  if (command.rules) checkRules(command.rules);
  let skipped = false;
  const files = expandPaths(command.inputs, command.recursive, ({ file, reason }) => {
    skipped = true;
    output.stderr(`perfgoal: ${forTerminal(file)}: ${forTerminal(reason, 400)}\n`);
  });
  const outs = outputsOf(command, files);
  const results: FileResult[] = files.map((input, i) => {
    try {
      return fixFile(command, input, outs[i]);
    } catch (error) {
      // One file refused or unreadable: said on its line, the others still fixed.
      if (error instanceof CommandUsageError || files.length === 1) throw error;
      const reason = forTerminal(readFailure(error), 400);
      output.stderr(`perfgoal: ${reason}\n`);
      return { input, out: outs[i], written: false, edits: [], hiddenSheets: [], error: reason };
    }
  });
  if (command.format === "json") {
    const json: FixJson = { dryRun: command.dryRun, files: results };
    output.stdout(jsonForTerminal(json));
  } else for (const result of results) output.stdout(textOf(command, result));
  const failed = skipped || files.length === 0 || results.some((result) => result.error);
  return !failed && (command.dryRun || results.some((result) => result.written)) ? 0 : 2;
}

/**
 * `perfgoal fix`: the rules' fixes planned by the domain and written to new .xlsx files with
 * the same guarantees as `fill` (the input untouched, no file replaced, refusals before any
 * write: protected cells, .xls, .xlsb, encrypted workbooks, a mismatched extension). Of
 * several workbooks each is fixed in a checking process (fixIsolated), one alone here.
 */
import { statSync } from "fs";
import { basename, join } from "path";
import { t, tBoth } from "../domain/messages/catalog";
import { RULES } from "../domain/rules";
import { CellValue } from "../domain/snapshot";
import { CommandUsageError } from "./author-args";
import { FixCommand, fixUsage } from "./fix-args";
import { checkNotSameFile, fixFile, FixFileResult, FixOptions } from "./fix-file";
import { expandPaths, fileLine, processesFor } from "./files";
import { runIsolated } from "./isolation";
import { FixTask } from "./task";
import { forTerminal, jsonForTerminal } from "./terminal";

export interface FixOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** What `--format json` prints. */
export interface FixJson {
  dryRun: boolean;
  files: FixFileResult[];
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

function shown(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "object" ? value.error : String(value);
}

function textOf(command: FixCommand, result: FixFileResult): string {
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

/**
 * Several workbooks, each fixed in a checking process with the run's limits (isolation.ts):
 * one that runs out of time or memory, or crashes, is one refused file, and the others are
 * still fixed. In the order given.
 */
async function fixIsolated(
  command: FixCommand,
  files: readonly string[],
  outs: ReadonlyArray<string | null>,
  options: FixOptions
): Promise<FixFileResult[]> {
  const results: FixFileResult[] = [];
  const tasks: FixTask[] = files.map((file, i) => ({
    command: "fix",
    file,
    out: outs[i],
    options,
  }));
  await runIsolated(
    tasks,
    {
      timeoutSeconds: command.timeoutSeconds,
      maxMemoryMb: command.maxMemoryMb,
      processes: processesFor(files, undefined),
    },
    (index, result) => {
      if (result.command === "fix") results[index] = result.report;
    }
  );
  return results;
}

/**
 * A refused file's line. A refusal names its file (fixFile's errors); the run's limits and a
 * crashed process do not (isolation.ts), and the line names it for them.
 */
function refusalLine(input: string, reason: string): string {
  const named = reason.includes(input) ? reason : `${forTerminal(input)}: ${reason}`;
  return `perfgoal: ${named}\n`;
}

/** Exit 0 when workbooks were written (or, in a dry run, planned) and none refused; else 2. */
export async function runFix(command: FixCommand, output: FixOutput): Promise<number> {
  if (command.rules) checkRules(command.rules);
  let skipped = false;
  const files = expandPaths(
    command.inputs,
    command.recursive,
    ({ file, reason }) => {
      skipped = true;
      output.stderr(fileLine(file, reason));
    },
    (folder, line) => output.stderr(fileLine(folder, line))
  );
  const outs = outputsOf(command, files);
  const options: FixOptions = {
    dryRun: command.dryRun,
    profile: command.profile,
    rules: command.rules,
  };
  let results: FixFileResult[];
  if (files.length <= 1) {
    // One workbook is fixed here: what refuses it ends the run with its one line.
    results = files.map((input, i) => fixFile(options, input, outs[i]));
  } else {
    // A file named as its own output is a usage error, said before any file is read.
    files.forEach((input, i) => checkNotSameFile(input, outs[i]));
    results = await fixIsolated(command, files, outs, options);
    for (const result of results) {
      if (result.error === undefined) continue;
      result.error = forTerminal(result.error, 400);
      output.stderr(refusalLine(result.input, result.error));
    }
  }
  if (command.format === "json") {
    const json: FixJson = { dryRun: command.dryRun, files: results };
    output.stdout(jsonForTerminal(json));
  } else for (const result of results) output.stdout(textOf(command, result));
  const failed = skipped || files.length === 0 || results.some((result) => result.error);
  return !failed && (command.dryRun || results.some((result) => result.written)) ? 0 : 2;
}

/** `perfgoal`: the engine over .xlsx files, for offices that receive many workbooks at once. */
import { readFileSync } from "fs";
import { join } from "path";
import { ConfigError } from "../domain/config";
import { loadConfig } from "./config-file";
import { t, tBoth } from "../domain/messages/catalog";
import { Command, parseArgs, UsageError } from "./args";
import { expandPaths, fileLine, processesFor, readFailure } from "./files";
import { helpText, usageLine } from "./help";
import { formatFileText, formatJson, formatSummaryText } from "./format";
import { formatInspectFile, formatInspectJson, InspectReport } from "./inspect";
import { runIsolated } from "./isolation";
import { stopEarly } from "./checker-process";
import { FileReport, summarize } from "./report";
import { FileTask, GoalsReport, TaskResult } from "./task";
import { GoalTable } from "../domain/model";
import { Progress } from "./progress";
import { COLOURED, forTerminal, PLAIN, wantsColour } from "./terminal";
import { CommandUsageError } from "./author-args";
import { checkOutputPath, OutputError } from "./safe-write";

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Colours on stdout: a terminal, and NO_COLOR not set. */
  colour?: boolean;
  /** stderr is a terminal: a long run shows its progress there. */
  progress?: boolean;
}

export interface RunOptions {
  version?: string;
  /** Aborted when nobody reads the output any more: the run stops where it is. */
  signal?: AbortSignal;
  /** A run shows progress once it has lasted this long. */
  progressAfterMs?: number;
}

const PROGRESS_AFTER_MS = 1000;

/** The exit status of a run whose reader went away, as for a process ended by SIGPIPE. */
const CLOSED_OUTPUT = 141;
/** The exit status of a run stopped by SIGTERM. */
const TERMINATED = 143;

type FilesCommand = Extract<Command, { kind: "check" | "inspect" }>;

/**
 * The goal tables of the `--goals` workbooks, each read in a child process like a checked
 * file. A workbook that cannot be read is said on stderr and makes the run's status 2.
 */
async function readApprovedGoals(
  command: FilesCommand,
  out: Output,
  signal: AbortSignal | undefined
): Promise<{ tables: GoalTable[]; unreadable: boolean }> {
  const files = expandPaths(
    command.goalsPaths,
    command.recursive,
    ({ file, reason }) => out.stderr(fileLine(file, reason)),
    (folder, line) => out.stderr(fileLine(folder, line))
  );
  const results: GoalsReport[] = [];
  await runIsolated(
    files.map((file) => ({ command: "goals", file, profile: command.profile })),
    {
      timeoutSeconds: command.timeoutSeconds,
      maxMemoryMb: command.maxMemoryMb,
      processes: processesFor(files, command.jobs),
    },
    (index, result) => {
      if (result.command === "goals") results[index] = result.report;
    },
    signal
  );
  let unreadable = false;
  for (const report of results) {
    if (!report?.error) continue;
    unreadable = true;
    out.stderr(fileLine(report.file, report.error));
  }
  const tables = results.flatMap((report) => report?.tables ?? []);
  if (tables.length === 0 && !signal?.aborted)
    out.stderr(`perfgoal: ${tBoth("cli.noGoalTables")}\n`);
  return { tables, unreadable };
}

/**
 * Checks (or inspects) every file, each in a child process of its own. The text report is
 * printed file by file in the order of the command line as soon as a file and all before it
 * are done; JSON at the end.
 */
async function runFiles(command: FilesCommand, out: Output, options: RunOptions): Promise<number> {
  const config =
    command.kind === "check" && command.configPath
      ? await loadConfig(command.configPath)
      : undefined;
  const style = out.colour ? COLOURED : PLAIN;
  // An existing report is refused before any file is checked.
  const reportPath = command.kind === "check" ? command.reportPath : undefined;
  if (reportPath !== undefined) checkOutputPath(reportPath);
  const files = expandPaths(
    command.files,
    command.recursive,
    ({ file, reason }) => out.stderr(fileLine(file, reason)),
    (folder, line) => out.stderr(fileLine(folder, line))
  );
  const goals =
    command.kind === "check" && command.goalsPaths.length > 0
      ? await readApprovedGoals(command, out, options.signal)
      : undefined;
  if (options.signal?.aborted) return CLOSED_OUTPUT;
  const tasks: FileTask[] = files.map((file) => ({
    command: command.kind,
    file,
    profile: command.profile,
    config,
    ...(goals ? { approvedGoals: goals.tables } : {}),
    ...(command.kind === "check" && command.includeHidden ? { includeHidden: true } : {}),
  }));

  const progress =
    out.progress && tasks.length > 1
      ? new Progress(out.stderr, tasks.length, options.progressAfterMs ?? PROGRESS_AFTER_MS)
      : undefined;
  const print = (write: () => void) => (progress ? progress.around(write) : write());
  const results: TaskResult[] = [];
  let printed = 0;
  const printReady = () => {
    for (; printed < tasks.length && results[printed]; printed++) {
      const result = results[printed];
      print(() => {
        // A check or inspect run's results (a fix run has its own: fix.ts).
        if (result.command !== "fix" && result.report.error)
          out.stderr(fileLine(result.report.file, result.report.error));
        if (command.format !== "text") return;
        if (result.command === "check")
          out.stdout(formatFileText(result.report, { style, quiet: command.quiet }));
        else if (result.command === "inspect") out.stdout(formatInspectFile(result.report, style));
      });
    }
  };
  try {
    await runIsolated(
      tasks,
      {
        timeoutSeconds: command.timeoutSeconds,
        maxMemoryMb: command.maxMemoryMb,
        processes: processesFor(files, command.jobs),
      },
      (index, result) => {
        results[index] = result;
        progress?.advance();
        printReady();
      },
      options.signal
    );
  } finally {
    progress?.stop();
  }
  if (options.signal?.aborted) return CLOSED_OUTPUT; // main() says which status

  const unreadable = results.some((result) => result.report.error);
  if (command.kind === "inspect") {
    const reports = results.map((result) => result.report as InspectReport);
    if (command.format === "json") out.stdout(formatInspectJson(reports));
    return unreadable ? 2 : 0;
  }
  const reports = results.map((result) => result.report as FileReport);
  const summary = summarize(reports);
  if (command.format === "csv") {
    // Loaded only here, with the review report it is made from.
    const { formatCsv } = await import("./csv");
    out.stdout(formatCsv(reports));
  } else
    out.stdout(
      command.format === "json" ? formatJson(reports, summary) : formatSummaryText(summary, style)
    );
  if (reportPath !== undefined) {
    const { writeReviewReport } = await import("./review-report");
    writeReviewReport(reportPath, reports);
    const written = `${t("report.written", { out: forTerminal(reportPath) })}\n`;
    if (command.format === "text") out.stdout(written);
    else out.stderr(written);
  }
  if (unreadable || goals?.unreadable) return 2;
  return summary.errors > 0 ? 1 : 0;
}

/** Runs the CLI; resolves to the exit code. Never rejects. */
export async function run(
  argv: readonly string[],
  out: Output,
  options: RunOptions = {}
): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      out.stdout(helpText(command.command));
      return 0;
    }
    if (command.kind === "version") {
      out.stdout(`${options.version ?? "0.0.0"}\n`);
      return 0;
    }
    if (command.kind === "template" || command.kind === "fill") {
      // Loaded only here: the reader and writer are the child processes' business for check.
      const { runAuthor } = await import("./author");
      return await runAuthor(command, out);
    }
    if (command.kind === "fix") {
      const { runFix } = await import("./fix");
      return await runFix(command, out);
    }
    return await runFiles(command, out, options);
  } catch (error) {
    if (error instanceof CommandUsageError) {
      out.stderr(`perfgoal: ${error.message}\n${error.usage}\n`);
      return 2;
    }
    if (error instanceof OutputError) {
      out.stderr(`perfgoal: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof ConfigError) {
      out.stderr(`perfgoal: ${error.message}\n`);
      if (error instanceof UsageError) out.stderr(usageLine(argv[0]));
      return 2;
    }
    // An unexpected failure still gets one line, not a stack trace.
    out.stderr(`perfgoal: ${readFailure(error)}\n`);
    return 2;
  }
}

/** The run as `bin/perfgoal.js` starts it. Whatever happens, an early child does not outlive it. */
export async function main(): Promise<void> {
  try {
    await runFromProcess();
  } finally {
    stopEarly();
  }
}

async function runFromProcess(): Promise<void> {
  const { version } = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")
  ) as {
    version: string;
  };
  // `perfgoal check … | head`: once the reader is gone the run stops, without a word. A run
  // that is told to stop ends its child processes with it.
  const stop = new AbortController();
  let stopCode = CLOSED_OUTPUT;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") {
      process.stderr.write(`perfgoal: ${readFailure(error)}\n`);
      stopCode = 2;
    }
    stop.abort();
  });
  // template, fill and fix hold termination signals themselves while they write (safe-write.ts);
  // elsewhere SIGTERM stops the run and its child processes.
  const command = process.argv[2];
  if (command !== "template" && command !== "fill" && command !== "fix")
    process.once("SIGTERM", () => {
      stopCode = TERMINATED;
      stop.abort();
    });
  const code = await run(
    process.argv.slice(2),
    {
      stdout: (text) => {
        if (!stop.signal.aborted) process.stdout.write(text);
      },
      stderr: (text) => process.stderr.write(text),
      colour: wantsColour(process.stdout.isTTY, process.env),
      progress: process.stderr.isTTY,
    },
    { version, signal: stop.signal }
  );
  process.exitCode = stop.signal.aborted ? stopCode : code;
}

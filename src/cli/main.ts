/** `perfgoal`: the engine over .xlsx files, for offices that receive many workbooks at once. */
import { readFileSync, statSync } from "fs";
import { availableParallelism, loadavg } from "os";
import { join } from "path";
import { Config, ConfigError, parseConfig } from "../domain/config";
import { t, tBoth } from "../domain/messages/catalog";
import { RULE_IDS } from "../domain/rules";
import { Command, parseArgs, UsageError } from "./args";
import { runAuthor } from "./author";
import { expandPaths, readFailure } from "./files";
import { formatFileText, formatJson, formatSummaryText } from "./format";
import { formatInspectFile, formatInspectJson, InspectReport } from "./inspect";
import { runIsolated } from "./isolation";
import { FileReport, summarize } from "./report";
import { FileTask, TaskResult } from "./task";
import { forTerminal } from "./terminal";

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface RunOptions {
  version?: string;
  /** Aborted when nobody reads the output any more: the run stops where it is. */
  signal?: AbortSignal;
}

/** The exit status of a run whose reader went away, as for a process ended by SIGPIPE. */
export const CLOSED_OUTPUT = 141;

type FilesCommand = Extract<Command, { kind: "check" | "inspect" }>;

function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(tBoth("cli.unreadable", { file: path, reason: readFailure(error) }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      tBoth("config.badJson", { file: path, reason: (error as Error).message })
    );
  }
  return parseConfig(raw, RULE_IDS);
}

const HELP = `${t("cli.usage")}
${t("cli.usage", {}, "en")}

  --format text|json     输出格式（默认 text）/ output format
  --profile ID           指标体系：mof-2015、mof-2015-legacy、mof-2021（旧名 hebei-2020 同 mof-2015；默认按表自动识别）/ indicator profile
  --config FILE          JSON 配置：{"profile": "…", "rules": {"规则ID": "off"|"error"|"warning"|"info"}}
  --timeout SECONDS      每个文件的检查时限（默认 60 秒）/ time limit per file (default 60 s)
  --max-memory MB        每个文件的检查内存上限（默认 2048 MB）/ memory limit per file (default 2048 MB)
  --jobs N               同时检查的文件数（默认按文件和处理器核数自动确定）/ files checked at once

perfgoal inspect <文件…> [--format text|json] [--profile ID] [--timeout SECONDS] [--max-memory MB] [--jobs N]
  显示每张表是怎样识别的：表格类型、指标体系、表头各项及其单元格、各列的作用、未能识别的列 / how each table was read
perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021 --out 新表.xlsx [--sheet 工作表名] [--name 项目名称] [--funds 万元]
  新建项目绩效目标表；--out 已存在时用 --sheet 新增一个工作表 / a new table; with --sheet it is added to an existing workbook
perfgoal fill 输入.xlsx --out 输出.xlsx [--dry-run] [--replace-repeats] [--phrases 措辞.json] [--profile ID]
  填写空白的指标值确定依据和绩效目标指标情况说明，输入文件不变 / fill in bases and explanations; the input is left as it is

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法读取 bad usage or unreadable file
`;

/** Below this much workbook in all, a second process's start (~0.2–0.3 s) costs more than it saves. */
const PARALLEL_MIN_BYTES = 1024 * 1024;

/**
 * One process, unless there is work enough for more and cores to spare. Measured on two busy
 * cores (load average 8–11): 30 small files took 1.4 s with one process and 3.1–4.8 s with two,
 * two 6 MB workbooks 7–13 s with one and 12–16 s with two; a second process pays only where a
 * core is idle.
 */
function processesFor(files: readonly string[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, files.length);
  const idleCores = Math.round(availableParallelism() - loadavg()[0]);
  if (files.length < 2 || idleCores < 2) return 1;
  const bytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
  return bytes < PARALLEL_MIN_BYTES ? 1 : Math.min(idleCores, files.length);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Checks (or inspects) every file, each in a child process of its own. The text report is
 * printed file by file in the order of the command line as soon as a file and all before it
 * are done; JSON at the end.
 */
async function runFiles(command: FilesCommand, out: Output, signal?: AbortSignal): Promise<number> {
  const config =
    command.kind === "check" && command.configPath ? loadConfig(command.configPath) : undefined;
  const unreadableLine = (file: string, reason: string) =>
    `perfgoal: ${tBoth("cli.unreadable", { file: forTerminal(file), reason: forTerminal(reason, 400) })}\n`;
  const files = expandPaths(command.files, ({ file, reason }) =>
    out.stderr(unreadableLine(file, reason))
  );
  const tasks: FileTask[] = files.map((file) => ({
    command: command.kind,
    file,
    profile: command.profile,
    config,
  }));

  const results: TaskResult[] = [];
  let printed = 0;
  const printReady = () => {
    for (; printed < tasks.length && results[printed]; printed++) {
      const result = results[printed];
      if (result.report.error) out.stderr(unreadableLine(result.report.file, result.report.error));
      if (command.format === "text")
        out.stdout(
          result.command === "check"
            ? formatFileText(result.report)
            : formatInspectFile(result.report)
        );
    }
  };
  await runIsolated(
    tasks,
    {
      timeoutSeconds: command.timeoutSeconds,
      maxMemoryMb: command.maxMemoryMb,
      processes: processesFor(files, command.jobs),
    },
    (index, result) => {
      results[index] = result;
      printReady();
    },
    signal
  );
  if (signal?.aborted) return CLOSED_OUTPUT;

  const unreadable = results.some((result) => result.report.error);
  if (command.kind === "inspect") {
    const reports = results.map((result) => result.report as InspectReport);
    if (command.format === "json") out.stdout(formatInspectJson(reports));
    return unreadable ? 2 : 0;
  }
  const reports = results.map((result) => result.report as FileReport);
  const summary = summarize(reports);
  out.stdout(command.format === "json" ? formatJson(reports, summary) : formatSummaryText(summary));
  if (unreadable) return 2;
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
      out.stdout(HELP);
      return 0;
    }
    if (command.kind === "version") {
      out.stdout(`${options.version ?? "0.0.0"}\n`);
      return 0;
    }
    if (command.kind === "template" || command.kind === "fill") return runAuthor(command, out);
    return await runFiles(command, out, options.signal);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      out.stderr(`perfgoal: ${error.message}\n`);
      if (error instanceof UsageError) out.stderr(`${t("cli.usage")}\n`);
      return 2;
    }
    // An unexpected failure still gets one line, not a stack trace.
    out.stderr(`perfgoal: ${readFailure(error)}\n`);
    return 2;
  }
}

export async function main(): Promise<void> {
  const { version } = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")
  ) as {
    version: string;
  };
  // `perfgoal check … | head`: once the reader is gone the run stops, without a word.
  const closed = new AbortController();
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed.abort();
    process.exitCode = CLOSED_OUTPUT;
  });
  const code = await run(
    process.argv.slice(2),
    {
      stdout: (text) => {
        if (!closed.signal.aborted) process.stdout.write(text);
      },
      stderr: (text) => process.stderr.write(text),
    },
    { version, signal: closed.signal }
  );
  process.exitCode = closed.signal.aborted ? CLOSED_OUTPUT : code;
}

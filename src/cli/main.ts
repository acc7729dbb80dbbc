/** `perfgoal`: the engine over .xlsx files, for offices that receive many workbooks at once. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../domain/check";
import { Config, ConfigError, parseConfig } from "../domain/config";
import { t, tBoth } from "../domain/messages/catalog";
import { RULE_IDS } from "../domain/rules";
import { readWorkbookSnapshots, WorkbookReadError } from "../hosts/xlsx/read";
import { parseArgs, UsageError } from "./args";
import { runAuthor } from "./author";
import { CommandUsageError } from "./author-args";
import { formatInspectJson, formatInspectText, InspectReport } from "./inspect";
import { forTerminal } from "./terminal";
import { inspectWorkbook } from "../domain/inspect";
import { ProfileId } from "../domain/vocabulary";
import { formatJson, formatText } from "./format";
import { FileReport, fileReport, summarize } from "./report";

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

const SPREADSHEET = /\.(xlsx|xlsm|xls)$/i;

/**
 * A folder stands for the workbooks in it (Excel's `~$` lock files left out). A pipe, device
 * or socket in a folder is skipped, with a line: reading one would wait forever.
 */
function expandPaths(paths: readonly string[], out: Output): string[] {
  return paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [path];
    } catch {
      return [path]; // reported as unreadable when read
    }
    return readdirSync(path)
      .filter((name) => SPREADSHEET.test(name) && !name.startsWith("~$"))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => {
        if (isRegularFile(file)) return true;
        out.stderr(
          `perfgoal: ${tBoth("cli.unreadable", { file: forTerminal(file), reason: tBoth("read.notRegular") })}\n`
        );
        return false;
      });
  });
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // a missing file is reported when it is read
  }
}

/** The file's bytes; a pipe or device named on the command line is refused, not waited on. */
function readWorkbookFile(file: string): Uint8Array {
  if (!isRegularFile(file)) throw new WorkbookReadError("read.notRegular");
  return readFileSync(file);
}

function readFailure(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return tBoth("read.missingFile");
  if (code === "EISDIR") return tBoth("read.isDirectory");
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

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

perfgoal inspect <文件…> [--format text|json] [--profile ID]
  显示每张表是怎样识别的：表格类型、指标体系、表头各项及其单元格、各列的作用、未能识别的列 / how each table was read
perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021 --out 新表.xlsx [--sheet 工作表名] [--name 项目名称] [--funds 万元] [--fiscal 万元] [--other 万元]
  新建项目绩效目标表；--out 已存在时用 --sheet 新增一个工作表 / a new table; with --sheet it is added to an existing workbook
perfgoal fill 输入.xlsx --out 输出.xlsx [--dry-run] [--replace-repeats] [--explain-anyway] [--phrases 措辞.json] [--profile ID]
  填写空白的指标值确定依据和绩效目标指标情况说明，输入文件不变 / fill in bases and explanations; the input is left as it is

退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法读取 bad usage or unreadable file
`;

function runInspect(
  paths: readonly string[],
  format: "text" | "json",
  profile: ProfileId | undefined,
  out: Output
): number {
  const reports: InspectReport[] = [];
  let unreadable = false;
  for (const file of expandPaths(paths, out)) {
    try {
      reports.push({
        file,
        sheets: inspectWorkbook(readWorkbookSnapshots(readWorkbookFile(file)), { profile }),
      });
    } catch (error) {
      unreadable = true;
      const reason = readFailure(error);
      out.stderr(
        `perfgoal: ${tBoth("cli.unreadable", { file: forTerminal(file), reason: forTerminal(reason, 400) })}\n`
      );
      reports.push({ file, sheets: [], error: reason });
    }
  }
  out.stdout(format === "json" ? formatInspectJson(reports) : formatInspectText(reports));
  return unreadable ? 2 : 0;
}

/** Runs the CLI; returns the exit code. Never throws. */
export function run(argv: readonly string[], out: Output, version = "0.0.0"): number {
  try {
    const command = parseArgs(argv);
    if (command.kind === "help") {
      out.stdout(HELP);
      return 0;
    }
    if (command.kind === "version") {
      out.stdout(`${version}\n`);
      return 0;
    }
    if (command.kind === "template" || command.kind === "fill") return runAuthor(command, out);
    if (command.kind === "inspect")
      return runInspect(command.files, command.format, command.profile, out);
    const config = command.configPath ? loadConfig(command.configPath) : undefined;
    const reports: FileReport[] = [];
    let unreadable = false;
    for (const file of expandPaths(command.files, out)) {
      try {
        const snapshots = readWorkbookSnapshots(readWorkbookFile(file));
        reports.push(
          fileReport(file, checkWorkbook(snapshots, { profile: command.profile, config }))
        );
      } catch (error) {
        unreadable = true;
        const reason = readFailure(error);
        out.stderr(
          `perfgoal: ${tBoth("cli.unreadable", { file: forTerminal(file), reason: forTerminal(reason, 400) })}\n`
        );
        reports.push({ file, tables: [], findings: [], error: reason });
      }
    }
    const summary = summarize(reports);
    out.stdout(
      command.format === "json" ? formatJson(reports, summary) : formatText(reports, summary)
    );
    if (unreadable) return 2;
    return summary.errors > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CommandUsageError) {
      out.stderr(`perfgoal: ${error.message}\n${error.usage}\n`);
      return 2;
    }
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

export function main(): void {
  const { version } = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")
  ) as {
    version: string;
  };
  process.exitCode = run(
    process.argv.slice(2),
    {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    },
    version
  );
}

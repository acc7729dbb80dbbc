/**
 * `perfgoal --help` and `perfgoal <command> --help`: each command's own usage and options, in
 * one place for all four commands. The one-line usages are in the message catalogue.
 */
import { MessageKey, t } from "../domain/messages/catalog";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_SECONDS } from "./args";

export type CommandName = "check" | "inspect" | "template" | "fill";

const USAGE: Record<CommandName, MessageKey> = {
  check: "cli.usage",
  inspect: "cli.usageInspect",
  template: "cli.usageTemplate",
  fill: "cli.usageFill",
};

export function isCommandName(name: string | undefined): name is CommandName {
  return name !== undefined && name in USAGE;
}

/** The one-line usage printed after a usage error: the command's own, or the general one. */
export function usageLine(command: string | undefined): string {
  return `${t(isCommandName(command) ? USAGE[command] : "cli.usageGeneral")}\n`;
}

const EXIT_CODES =
  "退出码 / exit codes: 0 无错误 no errors · 1 有错误 errors found · 2 用法错误或文件无法检查 bad usage or a file that could not be checked";

const FILE_OPTIONS = `  --format text|json     输出格式（默认 text）/ output format (default text)
  --profile ID           指标体系：mof-2015、mof-2015-legacy、mof-2021（旧名 hebei-2020 同 mof-2015）；默认按表自动识别 / indicator profile; by default detected per table
  --no-recursive         不检查子文件夹中的工作簿 / leave out subfolders
  --timeout SECONDS      每个文件的检查时限（默认 ${DEFAULT_TIMEOUT_SECONDS} 秒）/ time limit per file (default ${DEFAULT_TIMEOUT_SECONDS} s)
  --max-memory MB        每个文件的检查内存上限（默认 ${DEFAULT_MAX_MEMORY_MB} MB）/ memory limit per file (default ${DEFAULT_MAX_MEMORY_MB} MB)
  --jobs N               同时检查的文件数（默认按文件大小和空闲处理器核数确定）/ files checked at once (default: from the files' size and idle cores)`;

const DETAIL: Record<CommandName, string> = {
  check: `  检查工作簿中的绩效目标表；文件夹包括其子文件夹。每个文件一行小结，其后是各表的问题和修改建议 / checks the tables in workbooks; folders with their subfolders. One line per file, then each table's findings with suggestions

${FILE_OPTIONS}
  --config FILE          JSON 配置：{"profile": "…", "rules": {"规则ID": "off"|"error"|"warning"|"info"}}
  --quiet                每个文件只显示一行小结 / only one line per file`,
  inspect: `  显示每张表是怎样识别的：表格类型、指标体系、表头各项及其单元格、各列的作用、未能识别的列 / how each table was read

${FILE_OPTIONS}`,
  template: `  新建项目绩效目标表；--out 已存在时用 --sheet 新增一个工作表 / a new table; with --sheet it is added to an existing workbook

  --profile ID           指标体系：mof-2015、mof-2015-legacy、mof-2021（默认 mof-2015）/ indicator profile (default mof-2015)`,
  fill: `  填写空白的指标值确定依据和绩效目标指标情况说明，输入文件不变 / fill in bases and explanations; the input is left as it is`,
};

export function helpText(command?: CommandName): string {
  if (command) {
    // What template and fill exit with is theirs to say; check and inspect share these.
    const exitCodes = command === "check" || command === "inspect" ? `\n${EXIT_CODES}\n` : "";
    return `${t(USAGE[command])}\n${t(USAGE[command], {}, "en")}\n\n${DETAIL[command]}\n${exitCodes}`;
  }
  const commands = (Object.keys(USAGE) as CommandName[])
    .map((name) => `${t(USAGE[name])}\n${DETAIL[name].split("\n")[0]}`)
    .join("\n");
  return `perfgoal — 绩效目标表助手 / performance-goal table assistant

${commands}

perfgoal <命令> --help 显示该命令的全部选项 / perfgoal <command> --help shows all its options
${EXIT_CODES}
`;
}

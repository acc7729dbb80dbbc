/**
 * `perfgoal --help` and `perfgoal <command> --help`: each command's own usage and options, in
 * one place for all four commands. The one-line usages are in the message catalogue.
 */
import { MessageKey, t } from "../domain/messages/catalog";
import { DEFAULT_TIMEOUT_SECONDS } from "./args";
import { DEFAULT_MAX_MEMORY_MB } from "./checker-process";

export type CommandName = "check" | "inspect" | "template" | "fill" | "fix";

const USAGE: Record<CommandName, MessageKey> = {
  check: "cli.usage",
  inspect: "cli.usageInspect",
  template: "cli.usageTemplate",
  fill: "cli.usageFill",
  fix: "cli.usageFix",
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
  check: `  检查工作簿中的绩效目标表；文件夹包括其子文件夹，读取其中的 .xlsx、.xlsm、.xls、.xlsb、WPS 的 .et 和 .ods 文件。每个文件一行小结，其后是各表的问题和修改建议 / checks the tables in workbooks; folders with their subfolders, for their .xlsx, .xlsm, .xls, .xlsb, WPS .et and .ods files. One line per file, then each table's findings with suggestions

${FILE_OPTIONS}
  --config FILE          JSON 配置：{"profile": "…", "rules": {"规则ID": "off"|"error"|"warning"|"info"}}
  --goals 文件或文件夹    批复的绩效目标表（可重复，文件夹含子文件夹）：自评表按项目名称对照其年度指标值和指标 / approved goal tables (repeatable; folders with subfolders): each self-evaluation is held against its project's targets and indicators
  --hidden               隐藏和深度隐藏的工作表也检查（默认跳过，并逐个说明）/ check hidden and very hidden sheets too (by default each is passed over with a note)
  --quiet                每个文件只显示一行小结 / only one line per file
  --format csv           每个问题一行的 CSV（UTF-8 带 BOM，Excel 可直接打开；以 = + - @ 开头的内容前加 '）/ one line per finding as CSV (UTF-8 with BOM for Excel; text starting = + - @ gets a ')
  --report FILE.xlsx     另写出审核意见工作簿：汇总（每张表的错误、警告、结论）和明细（每个问题一行，可筛选，单元格链接到原工作簿），A4 横向打印；文件独占创建，已存在则在检查前拒绝 / also write the review report: a summary per table and one detail row per finding (filtered, linked to the cell), A4 landscape; created exclusively, refused before checking when it exists`,
  inspect: `  显示每张表是怎样识别的：表格类型、指标体系、表头各项及其单元格、各列的作用、未能识别的列 / how each table was read

${FILE_OPTIONS}`,
  template: `  新建项目绩效目标表或绩效自评表；--out 已存在时用 --sheet 新增一个工作表 / a new goal table or self-evaluation; with --sheet it is added to an existing workbook

  --profile ID           指标体系（必填）：mof-2015、mof-2015-legacy、mof-2021；有 --from 时可省，取目标表的 / indicator profile (required; with --from, the goal table's when left out)
  --form project|self-evaluation
                         表格类型（默认 project）；self-evaluation 为项目支出绩效自评表（中央格式：资金、总体目标、指标、总分）/ the form (default project); self-evaluation is the central 项目支出绩效自评表
  --from 目标表.xlsx      自评表按批复的绩效目标表预填：项目、部门、年初预算数、预期目标、指标和年度指标值，实际完成值留空；多张表时用 --name 选择 / prefill the self-evaluation from the approved goal table (indicators and targets copied, actual values left blank); --name chooses among several
  --name 名称            项目名称；标题不重复“项目” / the project's name; the title never doubles 项目
  --funds / --fiscal / --other 万元
                         年度资金总额、财政拨款、其他资金；缺的一项按合计补齐，只给总额时记为财政拨款 / total, fiscal and other funds; the missing one is completed, a total alone is taken as fiscal
  输出文件独占创建，已存在则不覆盖 / the output is created exclusively, never over an existing file`,
  fill: `  填写空白的指标值确定依据和绩效目标指标情况说明，并计算自评表的执行率、得分和总分，输入文件不变 / fill in bases and explanations, and compute a self-evaluation's rate, scores and total; the input is left as it is

  --dry-run              只显示将写入的内容 / only show what would be written
  --format text|json     json 输出计划：工作表、单元格、原值、新值 / json prints the plan: sheet, cell, previous and new value
  --explain-anyway       有错误或未填指标的表也写情况说明 / write the 情况说明 also for tables with errors or no filled indicators
  --replace-repeats      替换只重复指标名称的依据 / replace bases that only repeat the indicator
  --replace-scores       自评表中与计算值不一致的执行率、得分、总分替换为计算值（逐项列出）/ replace a self-evaluation's rates, scores and totals that differ from the computed ones (each listed)
  --phrases FILE         措辞库 JSON / a wording library
  --config FILE          JSON 配置，其 scoring 部分用于自评表计分（容差、预算执行分值）/ JSON config; its scoring part scores self-evaluations (tolerances, budget points)
  退出码：0 已写出，2 无可写内容或无法写入 / exit codes: 0 written, 2 nothing written`,
  fix: `  自动修改机械性问题（符号写法、百分比、多余空格、成本“≥”、“≥100%”、可补齐的其他资金），列出每处修改，输入文件不变 / applies the mechanical fixes, printing every edit; the input is left as it is

  --out 文件             一个工作簿的输出文件 / the output file for one workbook
  --out-dir 文件夹       多个文件或文件夹：每个工作簿以原名写入该文件夹 / several files or folders: each workbook is written there under its own name
  --rule 规则ID          只做这条规则的修改，可重复 / only this rule's fixes; may be repeated
  --dry-run              只显示将修改的内容 / only show what would be changed
  --format text|json     json 输出每处修改：工作表、单元格、原值、新值、规则 / json lists every edit: sheet, cell, previous and new value, rules
  --profile ID           指标体系；默认按表自动识别 / indicator profile; by default detected per table
  --no-recursive         不处理子文件夹中的工作簿 / leave out subfolders
  --timeout SECONDS      多个工作簿时每个文件的时限（默认 ${DEFAULT_TIMEOUT_SECONDS} 秒）/ with several workbooks, the time limit per file (default ${DEFAULT_TIMEOUT_SECONDS} s)
  --max-memory MB        多个工作簿时每个文件的内存上限（默认 ${DEFAULT_MAX_MEMORY_MB} MB）/ with several workbooks, the memory limit per file (default ${DEFAULT_MAX_MEMORY_MB} MB)
  多个工作簿时每个文件在单独的进程中修改：一个文件超时、内存不足或出错，只影响它自己 / with several workbooks each is fixed in a process of its own: one that times out, runs out of memory or fails costs only itself
  从不覆盖已有文件；受保护的单元格、.xls、.et、.xlsb、.ods 和加密文件拒绝写入 / never over an existing file; protected cells, .xls, .et, .xlsb, .ods and encrypted workbooks are refused
  退出码：0 已写出，2 无可修改内容、被拒绝或无法写入 / exit codes: 0 written, 2 nothing written, refused or not writable`,
};

export function helpText(command?: CommandName): string {
  if (command) {
    // What template, fill and fix exit with is theirs to say; check and inspect share these.
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

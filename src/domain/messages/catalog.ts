/**
 * The message catalogue for everything outside the rules (the rules carry their
 * own messages in `meta.messages`): configuration errors, CLI and pane text.
 * zh-CN first, en-US second.
 */
import { Bilingual, fillTemplate } from "../findings";

export const CATALOG = {
  "config.notObject": {
    zh: "配置文件必须是一个 JSON 对象",
    en: "the configuration must be a JSON object",
  },
  "config.unknownKey": { zh: "未知的配置项 “{key}”", en: 'unknown configuration key "{key}"' },
  "config.badProfile": {
    zh: "配置项 “profile” 的值 {value} 无效，可选：{choices}",
    en: 'invalid "profile" {value}; choose {choices}',
  },
  "config.rulesNotObject": { zh: "配置项 “rules” 必须是对象", en: '"rules" must be an object' },
  "config.unknownRule": { zh: "未知的规则 “rules.{ruleId}”", en: 'unknown rule "rules.{ruleId}"' },
  "config.badSetting": {
    zh: "规则 “rules.{ruleId}” 的设置 {value} 无效，可选：off、error、warning、info",
    en: 'invalid setting {value} for "rules.{ruleId}"; choose off, error, warning or info',
  },
  "config.badJson": {
    zh: "配置文件 {file} 不是有效的 JSON：{reason}",
    en: "configuration file {file} is not valid JSON: {reason}",
  },
  "severity.error": { zh: "错误", en: "error" },
  "severity.warning": { zh: "警告", en: "warning" },
  "severity.info": { zh: "提示", en: "info" },
  "cli.usage": {
    zh: "用法：perfgoal check <文件…> [--format text|json] [--profile hebei-2020|mof-2021] [--config 配置文件]",
    en: "usage: perfgoal check <files…> [--format text|json] [--profile hebei-2020|mof-2021] [--config file]",
  },
  "cli.unknownCommand": { zh: "未知的命令 “{command}”", en: 'unknown command "{command}"' },
  "cli.unknownOption": { zh: "未知的选项 “{option}”", en: 'unknown option "{option}"' },
  "cli.missingOptionValue": { zh: "选项 {option} 缺少取值", en: "option {option} needs a value" },
  "cli.badFormat": {
    zh: "输出格式 “{value}” 无效，可选 text、json",
    en: 'invalid format "{value}"; choose text or json',
  },
  "cli.badProfile": {
    zh: "规范 “{value}” 无效，可选：{choices}",
    en: 'invalid profile "{value}"; choose {choices}',
  },
  "cli.noFiles": { zh: "请至少指定一个 .xlsx 文件", en: "name at least one .xlsx file" },
  "cli.unreadable": { zh: "无法读取 {file}：{reason}", en: "cannot read {file}: {reason}" },
  "cli.noTables": { zh: "未找到绩效目标表", en: "no performance-goal table found" },
  "cli.table": {
    zh: "表 {index}：{name}（{range}，{count} 项指标）",
    en: "table {index}: {name} ({range}, {count} indicators)",
  },
  "cli.summary": {
    zh: "共 {files} 个文件、{tables} 张表：{errors} 个错误，{warnings} 个警告，{infos} 个提示",
    en: "{files} files, {tables} tables: {errors} errors, {warnings} warnings, {infos} infos",
  },
  "cli.unnamed": { zh: "（未填项目名称）", en: "(no project name)" },
  "read.notXlsx": {
    zh: "不是 .xlsx 工作簿（文件内容不是 ZIP 压缩包）",
    en: "not an .xlsx workbook (the file is not a ZIP archive)",
  },
  "read.corrupt": {
    zh: "工作簿已损坏，无法解压：{reason}",
    en: "the workbook is corrupt and cannot be unpacked: {reason}",
  },
  "read.noWorkbookPart": {
    zh: "压缩包中没有 Excel 工作簿内容（缺少 xl/workbook.xml）",
    en: "the archive holds no Excel workbook (xl/workbook.xml is missing)",
  },
  "read.missingFile": { zh: "文件不存在", en: "no such file" },
  "read.isDirectory": { zh: "这是一个文件夹，不是文件", en: "this is a folder, not a file" },
  "read.tooLarge": {
    zh: "工作簿解压后超过 {limit} MB，已停止读取",
    en: "the workbook unpacks to more than {limit} MB; reading stopped",
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof CATALOG;
export type Language = "zh" | "en";

export function t(
  key: MessageKey,
  data?: Record<string, string | number>,
  language: Language = "zh"
): string {
  return fillTemplate(CATALOG[key][language], data);
}

/** Both languages, zh-CN first: for messages that go to a terminal or log. */
export function tBoth(key: MessageKey, data?: Record<string, string | number>): string {
  return `${t(key, data, "zh")} / ${t(key, data, "en")}`;
}

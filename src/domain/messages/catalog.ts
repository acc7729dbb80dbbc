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
    zh: "用法：perfgoal check <文件或文件夹…> [--format text|json|csv] [--report 审核意见.xlsx] [--profile ID] [--config 配置文件] [--quiet] [--no-recursive] [--timeout 秒] [--max-memory MB] [--jobs N]",
    en: "usage: perfgoal check <files or folders…> [--format text|json|csv] [--report review.xlsx] [--profile ID] [--config file] [--quiet] [--no-recursive] [--timeout seconds] [--max-memory MB] [--jobs N]",
  },
  "cli.usageInspect": {
    zh: "用法：perfgoal inspect <文件或文件夹…> [--format text|json] [--profile ID] [--no-recursive] [--timeout 秒] [--max-memory MB] [--jobs N]",
    en: "usage: perfgoal inspect <files or folders…> [--format text|json] [--profile ID] [--no-recursive] [--timeout seconds] [--max-memory MB] [--jobs N]",
  },
  "cli.usageGeneral": {
    zh: "用法：perfgoal <check|inspect|template|fill> …；perfgoal <命令> --help 查看该命令的用法",
    en: "usage: perfgoal <check|inspect|template|fill> …; perfgoal <command> --help shows its usage",
  },
  "cli.noCommand": { zh: "请指定命令", en: "name a command" },
  "cli.unknownCommand": { zh: "未知的命令 “{command}”", en: 'unknown command "{command}"' },
  "cli.unknownOption": { zh: "未知的选项 “{option}”", en: 'unknown option "{option}"' },
  "cli.missingOptionValue": { zh: "选项 {option} 缺少取值", en: "option {option} needs a value" },
  "cli.badFormat": {
    zh: "输出格式 “{value}” 无效，可选 text、json",
    en: 'invalid format "{value}"; choose text or json',
  },
  "cli.badCheckFormat": {
    zh: "输出格式 “{value}” 无效，可选 text、json、csv",
    en: 'invalid format "{value}"; choose text, json or csv',
  },
  "cli.badProfile": {
    zh: "规范 “{value}” 无效，可选：{choices}",
    en: 'invalid profile "{value}"; choose {choices}',
  },
  "cli.noFiles": { zh: "请至少指定一个 .xlsx 文件", en: "name at least one .xlsx file" },
  "cli.unreadable": { zh: "无法读取 {file}：{reason}", en: "cannot read {file}: {reason}" },
  "cli.noTables": { zh: "未找到绩效目标表", en: "no performance-goal table found" },
  "cli.table": {
    zh: "表 {index}：{name}（{form}，{range}，{count} 行指标）",
    en: "table {index}: {name} ({form}, {range}, {count} indicator rows)",
  },
  "cli.summary": {
    zh: "共 {files} 个文件、{tables} 张表：{errors} 个错误，{warnings} 个警告，{infos} 个提示",
    en: "{files} files, {tables} tables: {errors} errors, {warnings} warnings, {infos} infos",
  },
  "cli.timedOut": {
    zh: "检查超过 {seconds} 秒仍未完成，已停止（时限可用 --timeout 调整）",
    en: "not finished within {seconds} s; stopped (change the limit with --timeout)",
  },
  "cli.outOfMemory": {
    zh: "检查所需内存超过 {limit} MB，已停止（上限可用 --max-memory 调整）",
    en: "needs more than {limit} MB of memory; stopped (change the limit with --max-memory)",
  },
  "cli.crashed": {
    zh: "检查进程意外退出（{how}），此文件未能检查",
    en: "the checking process ended unexpectedly ({how}); this file was not checked",
  },
  "cli.workerFailed": {
    zh: "检查进程无法启动（{how}）",
    en: "the checking process could not start ({how})",
  },
  "cli.fileSummary": {
    zh: "{tables} 张表：{errors} 个错误，{warnings} 个警告，{infos} 个提示",
    en: "{tables} tables: {errors} errors, {warnings} warnings, {infos} infos",
  },
  "cli.unreadableCount": {
    zh: "；{count} 个文件无法检查",
    en: "; {count} files could not be checked",
  },
  "cli.suggestion": { zh: "建议：{text}", en: "suggestion: {text}" },
  "cli.progress": { zh: "已检查 {done}/{total} 个文件…", en: "checked {done}/{total} files…" },
  "cli.tooSmall": {
    zh: "选项 {option} 至少为 {min}，而不是 “{value}”",
    en: 'option {option} must be at least {min}, not "{value}"',
  },
  "cli.badNumber": {
    zh: "选项 {option} 需要数字，而不是 “{value}”",
    en: 'option {option} needs a number, not "{value}"',
  },
  "cli.missingOut": { zh: "请用 --out 指定输出文件", en: "name the output file with --out" },
  "cli.fillOneFile": {
    zh: "perfgoal fill 一次处理一个工作簿",
    en: "perfgoal fill takes one workbook",
  },
  "cli.outExists": {
    zh: "输出文件 {out} 已存在，不会覆盖；请换一个文件名",
    en: "the output file {out} exists and is not overwritten; choose another name",
  },
  "cli.sameFile": {
    zh: "输出文件不能是输入文件本身",
    en: "the output file cannot be the input file",
  },
  "cli.sheetNeeded": {
    zh: "{out} 已存在：请用 --sheet 指定要新增的工作表名称",
    en: "{out} exists: name the new sheet with --sheet",
  },
  "cli.templateWritten": {
    zh: "已写出 {profile} 模板：{out}（{sheet}!{range}）",
    en: "wrote the {profile} template: {out} ({sheet}!{range})",
  },
  "cli.fillLine": { zh: "  {cell}  {text}", en: "  {cell}  {text}" },
  "cli.filled": { zh: "已写入 {count} 个单元格：{out}", en: "wrote {count} cells: {out}" },
  "cli.dryRun": {
    zh: "试运行：将写入 {count} 个单元格，未写任何文件",
    en: "dry run: {count} cells would be written; no file written",
  },
  "cli.badPhrases": {
    zh: "措辞文件 {file} 无法读取：{reason}",
    en: "cannot read the wording file {file}: {reason}",
  },
  "cli.usageTemplate": {
    zh: "用法：perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021 --out 新表.xlsx [--sheet 工作表名] [--name 项目名称] [--funds 万元] [--fiscal 万元] [--other 万元]",
    en: "usage: perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021 --out new.xlsx [--sheet name] [--name project] [--funds total] [--fiscal amount] [--other amount]",
  },
  "cli.usageFill": {
    zh: "用法：perfgoal fill 输入.xlsx --out 输出.xlsx [--dry-run] [--format text|json] [--replace-repeats] [--explain-anyway] [--phrases 措辞.json] [--profile ID]",
    en: "usage: perfgoal fill input.xlsx --out output.xlsx [--dry-run] [--format text|json] [--replace-repeats] [--explain-anyway] [--phrases wording.json] [--profile ID]",
  },
  "cli.profileRequired": {
    zh: "请用 --profile 指定指标体系：{choices}",
    en: "name the indicator profile with --profile: {choices}",
  },
  "cli.hiddenSheet": {
    zh: "注意：{count} 个单元格写入隐藏的工作表“{sheet}”，在 Excel 中看不到",
    en: 'note: {count} cells are written to the hidden sheet "{sheet}", not shown in Excel',
  },
  "cli.veryHiddenSheet": {
    zh: "注意：{count} 个单元格写入深度隐藏的工作表“{sheet}”，Excel 的“取消隐藏”也不会列出它",
    en: 'note: {count} cells are written to the very hidden sheet "{sheet}", which Excel\'s Unhide does not even list',
  },
  "cli.aboutFile": { zh: "{file}：{reason}", en: "{file}: {reason}" },
  "cli.usageFix": {
    zh: "用法：perfgoal fix 输入.xlsx --out 输出.xlsx | 文件或文件夹… --out-dir 文件夹 [--rule 规则ID]… [--dry-run] [--format text|json] [--profile ID] [--no-recursive]",
    en: "usage: perfgoal fix input.xlsx --out output.xlsx | files or folders… --out-dir folder [--rule id]… [--dry-run] [--format text|json] [--profile ID] [--no-recursive]",
  },
  "cli.fixLine": {
    zh: "  {cell}  “{before}” → “{after}”  {rules}",
    en: '  {cell}  "{before}" → "{after}"  {rules}',
  },
  "cli.fixed": { zh: "已修改 {count} 个单元格：{out}", en: "changed {count} cells: {out}" },
  "cli.fixDryRun": {
    zh: "试运行：将修改 {count} 个单元格，未写任何文件",
    en: "dry run: {count} cells would be changed; no file written",
  },
  "cli.nothingToFix": {
    zh: "{file}：没有可自动修改的问题，未写出文件",
    en: "{file}: nothing to fix automatically; no file written",
  },
  "cli.fixOutOrDir": {
    zh: "请用 --out 指定输出文件（一个工作簿），或用 --out-dir 指定输出文件夹",
    en: "name the output file with --out (one workbook) or the output folder with --out-dir",
  },
  "cli.fixOneOut": {
    zh: "--out 只用于一个工作簿；多个文件或文件夹请用 --out-dir",
    en: "--out takes one workbook; for several files or a folder use --out-dir",
  },
  "cli.unknownRule": {
    zh: "未知的规则 “{rule}”；可自动修改的规则：{choices}",
    en: 'unknown rule "{rule}"; rules with fixes: {choices}',
  },
  "cli.ruleNotFixable": {
    zh: "规则 “{rule}” 不提供自动修改；可自动修改的规则：{choices}",
    en: 'the rule "{rule}" offers no fixes; rules with fixes: {choices}',
  },
  "cli.fixable": { zh: "可自动修改", en: "fixable" },
  "cli.nothingToWrite": {
    zh: "没有可写入的内容，未写出 {out}",
    en: "nothing to write; {out} was not written",
  },
  "report.written": { zh: "已写出审核意见：{out}", en: "wrote the review report: {out}" },
  "report.sheetFiles": { zh: "文件汇总", en: "Files" },
  "report.sheetSummary": { zh: "汇总", en: "Summary" },
  "report.sheetDetail": { zh: "明细", en: "Details" },
  "report.colFile": { zh: "文件", en: "File" },
  "report.colSheet": { zh: "工作表", en: "Sheet" },
  "report.colRange": { zh: "表格位置", en: "Table range" },
  "report.colForm": { zh: "表格类型", en: "Form" },
  "report.colProject": { zh: "项目名称", en: "Project" },
  "report.colTables": { zh: "表数", en: "Tables" },
  "report.colErrors": { zh: "错误", en: "Errors" },
  "report.colWarnings": { zh: "警告", en: "Warnings" },
  "report.colInfos": { zh: "提示", en: "Infos" },
  "report.colVerdict": { zh: "结论", en: "Verdict" },
  "report.colNote": { zh: "说明", en: "Note" },
  "report.colCell": { zh: "单元格", en: "Cell" },
  "report.colSeverity": { zh: "级别", en: "Severity" },
  "report.colProblem": { zh: "问题", en: "Problem" },
  "report.colSuggestion": { zh: "修改建议", en: "Suggestion" },
  "report.colRule": { zh: "规则", en: "Rule" },
  "report.verdict.ready": { zh: "可以报送", en: "ready to submit" },
  "report.verdict.fix": { zh: "需修改", en: "needs changes" },
  "report.verdict.unreadable": { zh: "无法读取", en: "could not be read" },
  "report.verdict.noTables": { zh: "未找到绩效目标表", en: "no goal table found" },
  "report.total": { zh: "合计", en: "Total" },
  "report.totalNote": {
    zh: "共 {files} 个文件、{tables} 张表",
    en: "{files} file(s), {tables} table(s)",
  },
  "report.outsideTables": {
    zh: "表外：指标表头无法识别",
    en: "outside any table: an indicator header that could not be read",
  },
  "write.noFolder": {
    zh: "输出文件夹不存在：{folder}",
    en: "the output folder does not exist: {folder}",
  },
  "write.notFolder": { zh: "{folder} 不是文件夹", en: "{folder} is not a folder" },
  "write.folderReadOnly": {
    zh: "输出文件夹不可写：{folder}",
    en: "the output folder cannot be written to: {folder}",
  },
  "write.failed": {
    zh: "无法写入 {out}：{reason}；未留下任何文件",
    en: "cannot write {out}: {reason}; nothing was left behind",
  },
  "write.diskFull": { zh: "磁盘空间不足", en: "the disk is full" },
  "write.tooBig": { zh: "超过了文件大小限制", en: "the file-size limit was exceeded" },
  "write.denied": { zh: "没有写入权限", en: "permission denied" },
  "write.changedMeanwhile": {
    zh: "{out} 在读取之后被改动过，未写入；请重试",
    en: "{out} changed after it was read and was not written; try again",
  },
  "write.wrongExtension": {
    zh: "输出文件 {out} 的扩展名应为 {expected}：工作簿是{kind}，扩展名与内容不符的文件 Excel 会拒绝打开",
    en: "the output {out} must end in {expected}: the workbook is {kind}, and Excel refuses a file whose extension does not match its content",
  },
  "write.kind.xlsx": { zh: "不含宏的普通工作簿", en: "a plain workbook without macros" },
  "write.kind.xlsm": { zh: "启用宏的工作簿", en: "a macro-enabled workbook" },
  "write.kind.xltx": { zh: "模板", en: "a template" },
  "write.kind.xltm": { zh: "启用宏的模板", en: "a macro-enabled template" },
  "inspect.table": { zh: "表 {index}：{name}（{range}）", en: "table {index}: {name} ({range})" },
  "inspect.summary": {
    zh: "表格类型：{form} · 指标体系：{profile}（{source}） · 指标表头：第 {row} 行 · 指标值：{layout}",
    en: "form: {form} · profile: {profile} ({source}) · indicator header: row {row} · target: {layout}",
  },
  "inspect.given": { zh: "由用户指定", en: "given" },
  "inspect.detected": { zh: "自动识别", en: "detected" },
  "inspect.layout.split": { zh: "符号·值·单位 三栏", en: "symbol · value · unit columns" },
  "inspect.layout.single": { zh: "单栏（如 ≥95%）", en: "one column (e.g. ≥95%)" },
  "inspect.layout.symbolValue": {
    zh: "符号一栏 + 指标值一栏",
    en: "a symbol column and a value column",
  },
  "inspect.layout.valueUnit": {
    zh: "指标值一栏 + 单位一栏",
    en: "a value column and a unit column",
  },
  "inspect.title": { zh: "标题：", en: "title:" },
  "inspect.header": { zh: "表头项：", en: "header fields:" },
  "inspect.none": { zh: "（未找到）", en: "(none found)" },
  "inspect.columns": { zh: "指标列：", en: "indicator columns:" },
  "inspect.unknown": { zh: "未能识别的列：", en: "columns not understood:" },
  "inspect.otherSets": {
    zh: "同一批指标的其他目标列（逐行检查）：",
    en: "further target columns over the same rows (checked row by row):",
  },
  "inspect.rows": {
    zh: "指标行：{count} 行，其中已填写 {filled} 行",
    en: "indicator rows: {count}, of which {filled} filled in",
  },
  "form.project": { zh: "项目支出绩效目标表", en: "project goal table" },
  "form.department": { zh: "部门整体支出绩效目标表", en: "department-wide goal table" },
  "form.specialFund": { zh: "专项资金绩效目标表", en: "special-fund goal table" },
  "form.selfEvaluation": { zh: "绩效自评表", en: "self-evaluation" },
  "field.projectName": { zh: "项目名称", en: "project" },
  "field.departmentName": { zh: "部门名称", en: "department name" },
  "field.owner": { zh: "负责人", en: "person in charge" },
  "field.department": { zh: "主管部门", en: "department" },
  "field.implementer": { zh: "实施单位", en: "implementing unit" },
  "field.period": { zh: "起止时间", en: "period" },
  "field.attribute": { zh: "项目属性", en: "attribute" },
  "field.duties": { zh: "部门职能", en: "duties" },
  "field.tasks": { zh: "主要任务", en: "main tasks" },
  "field.fundsTotal": { zh: "资金总额", en: "funds total" },
  "field.fundsFiscal": { zh: "财政拨款", en: "fiscal funds" },
  "field.fundsOther": { zh: "其他资金", en: "other funds" },
  "field.fundSource": { zh: "资金来源", en: "fund source" },
  "field.goal": { zh: "年度目标", en: "annual goal" },
  "field.longTermGoal": { zh: "中长期目标", en: "long-term goal" },
  "role.sequence": { zh: "序号", en: "number" },
  "role.side": { zh: "侧标签", en: "side label" },
  "role.level1": { zh: "一级指标", en: "first level" },
  "role.level2": { zh: "二级指标", en: "second level" },
  "role.level3": { zh: "三级指标", en: "third level" },
  "role.description": { zh: "指标描述", en: "description" },
  "role.symbol": { zh: "符号", en: "symbol" },
  "role.value": { zh: "指标值", en: "target" },
  "role.unit": { zh: "单位", en: "unit" },
  "role.kind": { zh: "指标类型", en: "kind" },
  "role.weight": { zh: "分值", en: "points" },
  "role.midTerm": { zh: "中长期指标值", en: "long-term target" },
  "role.basis": { zh: "确定依据", en: "basis" },
  "role.standard": { zh: "评分标准", en: "scoring standard" },
  "role.actual": { zh: "实际完成值", en: "actual" },
  "role.score": { zh: "得分", en: "score" },
  "role.reason": { zh: "偏差原因", en: "reason" },
  "role.remark": { zh: "备注", en: "remark" },
  "role.history": { zh: "上年实际值", en: "last year's actual" },
  "unreadable.noValueColumn": {
    zh: "找到了指标表头（第 {row} 行），但无法确定指标值所在的列",
    en: "found an indicator header (row {row}) but could not tell which column holds the targets",
  },
  "unreadable.noNameColumn": {
    zh: "找到了指标表头（第 {row} 行），但无法确定三级指标（指标名称）所在的列",
    en: "found an indicator header (row {row}) but could not tell which column holds the indicator names",
  },
  "cli.unnamed": { zh: "（未填项目名称）", en: "(no project name)" },
  "pane.title": { zh: "绩效目标表助手", en: "Performance goal assistant" },
  "pane.check": { zh: "检查当前工作表", en: "Check this sheet" },
  "pane.checking": { zh: "正在检查…", en: "Checking…" },
  "pane.sheet": { zh: "工作表“{name}”", en: 'sheet "{name}"' },
  "pane.intro": {
    zh: "检查工作簿中所有可见工作表的绩效目标表：缺少目标值或单位、指标类别错误、资金不平、指标空泛、跨表照抄等。检查不会修改任何单元格。",
    en: "Checks every performance-goal table on every visible sheet: missing targets or units, wrong categories, funds that do not add up, vague indicators, indicators copied across sheets. Checking changes no cell.",
  },
  "pane.empty": {
    zh: "本工作表中没有找到绩效目标表",
    en: "No performance-goal table on this sheet",
  },
  "pane.emptyHint": {
    zh: "表格需含“一级指标、二级指标、三级指标”表头行。可在其他工作表中检查。",
    en: "A table needs an indicator header row (一级指标, 二级指标, 三级指标). Try another sheet.",
  },
  "pane.ready": { zh: "可以报送：没有错误", en: "Ready to send: no errors" },
  "pane.notReady.one": {
    zh: "暂不能报送：有 {count} 个错误需要修改",
    en: "Not ready to send: {count} error to fix",
  },
  "pane.notReady.other": {
    zh: "暂不能报送：有 {count} 个错误需要修改",
    en: "Not ready to send: {count} errors to fix",
  },
  "pane.n.sheet.one": { zh: "{count} 张工作表", en: "{count} sheet" },
  "pane.n.sheet.other": { zh: "{count} 张工作表", en: "{count} sheets" },
  "pane.n.table.one": { zh: "{count} 张表", en: "{count} table" },
  "pane.n.table.other": { zh: "{count} 张表", en: "{count} tables" },
  "pane.n.error.one": { zh: "{count} 个错误", en: "{count} error" },
  "pane.n.error.other": { zh: "{count} 个错误", en: "{count} errors" },
  "pane.n.warning.one": { zh: "{count} 个警告", en: "{count} warning" },
  "pane.n.warning.other": { zh: "{count} 个警告", en: "{count} warnings" },
  "pane.n.info.one": { zh: "{count} 个提示", en: "{count} info" },
  "pane.n.info.other": { zh: "{count} 个提示", en: "{count} infos" },
  "pane.hidden": { zh: "已隐藏 {items}", en: "Hidden by the filter: {items}" },
  "pane.hidden.error.one": { zh: "{count} 项错误", en: "{count} error" },
  "pane.hidden.error.other": { zh: "{count} 项错误", en: "{count} errors" },
  "pane.hidden.warning.one": { zh: "{count} 项警告", en: "{count} warning" },
  "pane.hidden.warning.other": { zh: "{count} 项警告", en: "{count} warnings" },
  "pane.hidden.info.one": { zh: "{count} 项提示", en: "{count} info" },
  "pane.hidden.info.other": { zh: "{count} 项提示", en: "{count} infos" },
  "pane.itemSeparator": { zh: "，", en: ", " },
  "pane.checkWorkbook": { zh: "检查工作簿", en: "Check workbook" },
  "pane.workbook": { zh: "整个工作簿", en: "Whole workbook" },
  "pane.sheetHidden": { zh: "隐藏", en: "hidden" },
  "pane.sheetVeryHidden": { zh: "深度隐藏", en: "very hidden" },
  "pane.sheetNotChecked": { zh: "未检查", en: "not checked" },
  "pane.emptyWorkbook": {
    zh: "工作簿中没有找到绩效目标表",
    en: "No performance-goal table in this workbook",
  },
  "pane.emptyWorkbookHint": {
    zh: "表格需含“一级指标、二级指标、三级指标”表头行。",
    en: "A table needs an indicator header row (一级指标, 二级指标, 三级指标).",
  },
  "pane.hiddenSheets": {
    zh: "未检查的隐藏工作表：{names}",
    en: "Hidden sheets not checked: {names}",
  },
  "pane.checkHidden": { zh: "连同隐藏的工作表一起检查", en: "Check the hidden sheets too" },
  "pane.progressSheet": {
    zh: "正在读取第 {index}/{count} 张工作表“{sheet}”…",
    en: 'Reading sheet {index} of {count}, "{sheet}"…',
  },
  "pane.progressSheetBlocks": {
    zh: "正在读取第 {index}/{count} 张工作表“{sheet}”：第 {done}/{total} 块…",
    en: 'Reading sheet {index} of {count}, "{sheet}": block {done} of {total}…',
  },
  "pane.progressWorkbookChecking": {
    zh: "已读完 {count} 张工作表，正在检查…",
    en: "Read all {count} sheets; checking…",
  },
  "pane.next": { zh: "下一个", en: "Next" },
  "pane.previous": { zh: "上一个", en: "Previous" },
  "pane.stepScope": { zh: "跳转范围", en: "Step through" },
  "pane.stepAll": { zh: "所有显示的问题", en: "All shown findings" },
  "pane.stepOnly.error": { zh: "只看错误", en: "Errors only" },
  "pane.stepOnly.warning": { zh: "只看警告", en: "Warnings only" },
  "pane.stepOnly.info": { zh: "只看提示", en: "Infos only" },
  "pane.stepPosition": { zh: "第 {index}/{count} 项", en: "{index} of {count}" },
  "pane.shortcuts": {
    zh: "快捷键：F8 下一个，Shift+F8 上一个（在输入框外也可用 Alt+↓ / Alt+↑）",
    en: "Shortcuts: F8 next, Shift+F8 previous (outside text boxes also Alt+↓ / Alt+↑)",
  },
  "pane.collapseAll": { zh: "全部折叠", en: "Collapse all" },
  "pane.expandAll": { zh: "全部展开", en: "Expand all" },
  "pane.findings": { zh: "检查结果", en: "Findings" },
  "pane.marksReminder": {
    zh: "表中有 {count} 处标记，报送前请点击“清除标记”",
    en: "{count} cells are marked: clear the marks before sending",
  },
  "pane.mark": { zh: "在表中标记", en: "Mark in sheet" },
  "pane.clear": { zh: "清除标记", en: "Clear marks" },
  "pane.cleared": {
    zh: "已清除 {count} 处标记，单元格已恢复原样",
    en: "Cleared {count} marks; the cells are as they were",
  },
  "pane.marked": { zh: "已标记 {count} 个单元格", en: "Marked {count} cells" },
  "pane.filter": { zh: "显示", en: "Show" },
  "pane.table": { zh: "表 {index}：{name}", en: "Table {index}: {name}" },
  "pane.tableRange": {
    zh: "{form} · {range} · {count} 行指标（已填 {filled} 行） · {profile}",
    en: "{form} · {range} · {count} indicator rows ({filled} filled) · {profile}",
  },
  "pane.reading": { zh: "识别结果", en: "How it was read" },
  "pane.reading.hide": { zh: "收起识别结果", en: "Hide how it was read" },
  "pane.reading.header": { zh: "表头项", en: "Header fields" },
  "pane.reading.columns": { zh: "指标列", en: "Indicator columns" },
  "pane.reading.unknown": { zh: "未能识别的列", en: "Columns not understood" },
  "pane.reading.hint": {
    zh: "如识别有误，可用 perfgoal inspect 导出此结果反馈给我们。",
    en: "If something was read wrongly, export this with perfgoal inspect and send it to us.",
  },
  "pane.selectTable": { zh: "选中此表", en: "Select this table" },
  "pane.noFindings": { zh: "没有发现问题", en: "No findings" },
  "pane.goToCell": { zh: "定位到单元格 {address}", en: "Go to cell {address}" },
  "pane.why": { zh: "为什么要改", en: "Why fix it" },
  "pane.suggestion": { zh: "建议", en: "Suggestion" },
  "pane.ignore": { zh: "忽略", en: "Ignore" },
  "pane.unignore": { zh: "取消忽略", en: "Restore" },
  "pane.ignored": { zh: "已忽略 {count} 项", en: "{count} ignored" },
  "pane.showIgnored": { zh: "显示已忽略", en: "Show ignored" },
  "pane.hideIgnored": { zh: "隐藏已忽略", en: "Hide ignored" },
  "pane.resetIgnored": { zh: "全部取消忽略", en: "Restore all ignored" },
  "pane.failed": { zh: "检查失败：{reason}", en: "The check failed: {reason}" },
  "pane.unavailable": {
    zh: "当前 Excel 版本不支持的功能",
    en: "Not available in this version of Excel",
  },
  "pane.cap.mergedAreas": {
    zh: "无法读取合并单元格（需要 ExcelApi 1.13）：合并单元格按空白处理，结果可能不完整。",
    en: "Merged cells cannot be read (needs ExcelApi 1.13): they are treated as blank, so results may be incomplete.",
  },
  "pane.cap.notes": {
    zh: "无法添加批注（需要 ExcelApi 1.18）：标记只有底色。",
    en: "Notes cannot be added (needs ExcelApi 1.18): marks are fill colours only.",
  },
  "pane.cap.cellFills": {
    zh: "无法逐格读取底色（需要 ExcelApi 1.9）：标记前需额外读取一次。",
    en: "Cell fills cannot be read in bulk (needs ExcelApi 1.9): marking takes an extra read.",
  },
  "pane.cap.settings": {
    zh: "无法在工作簿中保存设置：忽略的问题和标记记录不会随文件保存。",
    en: "Settings cannot be stored in the workbook: ignored findings and marks are not saved with the file.",
  },
  "pane.cap.dataValidation": {
    zh: "无法添加下拉列表（需要 ExcelApi 1.8）：新建的表格不带指标类别、符号和单位的下拉选项。",
    en: "Drop-down lists cannot be added (needs ExcelApi 1.8): new tables have no lists of categories, symbols and units.",
  },
  "pane.progress": {
    zh: "正在读取工作表：第 {done}/{total} 块",
    en: "Reading the sheet: block {done} of {total}",
  },
  "pane.progressChecking": {
    zh: "已读取全部 {total} 块，正在检查…",
    en: "Read all {total} blocks; checking…",
  },
  "pane.cancel": { zh: "取消", en: "Cancel" },
  "pane.cancelled": {
    zh: "已取消检查，之前的结果未改变",
    en: "Check cancelled; the earlier results are unchanged",
  },
  "host.sheetChanged": {
    zh: "读取期间工作表“{name}”被重命名或删除，请重新检查",
    en: 'The sheet "{name}" was renamed or deleted while it was read; check again',
  },
  "host.tooManyMerges": {
    zh: "工作表的合并单元格过多（{count} 处），超出 Excel 单次请求的大小限制，无法读取",
    en: "The sheet has too many merged areas ({count}) to read within Excel's request size limit",
  },
  "host.rowTooLarge": {
    zh: "第 {row} 行内容过多，超出 Excel 单次请求的大小限制，无法读取",
    en: "Row {row} holds more than Excel accepts in one request; it cannot be read",
  },
  "host.unreadableAddress": {
    zh: "无法识别 Excel 返回的区域地址：{address}",
    en: "Excel answered an unreadable range address: {address}",
  },
  "host.refused.occupied": {
    zh: "单元格 {address} 已有内容，未经同意不会覆盖",
    en: "Cell {address} is not empty; it is not overwritten without consent",
  },
  "host.refused.changed": {
    zh: "单元格 {address} 的内容已改变，请重新生成",
    en: "Cell {address} has changed; generate the preview again",
  },
  "host.refused.formula": {
    zh: "单元格 {address} 是公式，不会覆盖",
    en: "Cell {address} holds a formula; it is not overwritten",
  },
  "host.refused.areaOccupied": {
    zh: "区域 {address} 不是空的，不会覆盖已有内容",
    en: "The area {address} is not empty; nothing is overwritten",
  },
  "host.sheetsChanged": {
    zh: "读取期间有工作表被重命名或删除，请重新检查",
    en: "A sheet was renamed or deleted while the workbook was read; check again",
  },
  "host.sheetsKeepChanging": {
    zh: "工作簿的工作表在写入时不断变化，请重试",
    en: "The workbook's sheets kept changing while writing; try again",
  },
  "host.settingsNotSaved": {
    zh: "设置未能保存到工作簿（{status}）",
    en: "The settings were not saved in the workbook ({status})",
  },
  "pane.language": { zh: "English", en: "中文" },
  "pane.tab.check": { zh: "检查", en: "Check" },
  "pane.tab.author": { zh: "新建与填写", en: "Create & fill" },
  "pane.tab.phrases": { zh: "措辞设置", en: "Wording" },
  "author.insertTitle": { zh: "新建项目绩效目标表", en: "New project table" },
  "author.insertHint": {
    zh: "在选中的单元格处插入空白模板（该区域须为空，否则放到新工作表），不会覆盖已有内容。",
    en: "Inserts a blank template at the selected cell (the area must be empty, else on a new sheet); nothing is overwritten.",
  },
  "author.profile": { zh: "指标体系", en: "Profile" },
  "author.profile.mof-2015": {
    zh: "财预〔2015〕88号（符号·值·单位 三栏）",
    en: "MOF 2015, 财预〔2015〕88号 (symbol · value · unit)",
  },
  "author.profile.mof-2015-legacy": {
    zh: "财预〔2015〕88号旧版模板（满意度列在效益指标下）",
    en: "MOF 2015, older template (satisfaction under benefits)",
  },
  "author.profile.mof-2021": {
    zh: "财预〔2021〕101号（成本指标为一级指标，单栏指标值）",
    en: "MOF 2021, 财预〔2021〕101号 (cost as a first level, one value column)",
  },
  "author.projectName": { zh: "项目名称（可选）", en: "Project name (optional)" },
  "author.fundsTotal": { zh: "年度资金总额（万元，可选）", en: "Annual funds (万元, optional)" },
  "author.fundsFiscal": { zh: "其中财政拨款（万元，可选）", en: "Fiscal funds (万元, optional)" },
  "author.fundsOther": { zh: "其他资金（万元，可选）", en: "Other funds (万元, optional)" },
  "template.fiscalFromTotal": {
    zh: "只填了年度资金总额：财政拨款按 {total} 万元填入，如有其他资金请改正",
    en: "only the total was given: fiscal funds set to {total} (万元); correct it if part is other funds",
  },
  "author.insert": { zh: "插入模板", en: "Insert template" },
  "author.inserted": {
    zh: "已在“{sheet}”插入模板，光标位于 {address}",
    en: 'Inserted the template on "{sheet}"; the cursor is at {address}',
  },
  "author.fillTitle": { zh: "填写说明文字", en: "Fill in the explanations" },
  "author.fillHint": {
    zh: "为已填好名称和指标值的指标补上空白的“指标值确定依据”（按二级指标），并为没有错误的表在“情况说明”工作表写出绩效目标指标情况说明。内容全部取自表格本身。",
    en: "Fills the empty basis of each indicator that has a name and a target (by its second level), and writes the explanation of each table without errors on the sheet 情况说明, all taken from the table itself.",
  },
  "author.replaceRepeats": {
    zh: "也替换只重复了指标名称或描述的依据",
    en: "Also replace a basis that only repeats the name or description",
  },
  "author.explainAnyway": {
    zh: "表格有错误或还没有指标时也生成情况说明",
    en: "Write the explanation even for tables with errors or without indicators",
  },
  "author.notesTitle": { zh: "未生成情况说明的表", en: "Tables without an explanation" },
  "fill.skipErrors": {
    zh: "{sheet} 表 {index}（{name}）有 {count} 个错误，请先改正；未生成情况说明",
    en: "{sheet} table {index} ({name}) has {count} errors: correct them first; no explanation written",
  },
  "fill.skipEmpty": {
    zh: "{sheet} 表 {index}（{name}）还没有填写完整的指标（名称和指标值）；未生成情况说明",
    en: "{sheet} table {index} ({name}) has no indicator with a name and a target yet; no explanation written",
  },
  "fill.anyway": {
    zh: "{sheet} 表 {index}（{name}）尚未完成（{count} 个错误），按要求仍生成情况说明，有错误的指标值未引用",
    en: "{sheet} table {index} ({name}) is not finished ({count} errors); the explanation is written as asked, without the defective targets",
  },
  "author.plan": { zh: "生成预览", en: "Preview" },
  "author.previewTitle": { zh: "将写入 {count} 个单元格", en: "{count} cells will be written" },
  "author.overwrites": { zh: "（替换原有内容）", en: "(replaces the content)" },
  "author.apply": { zh: "应用所选", en: "Apply selected" },
  "author.selectAll": { zh: "全选", en: "Select all" },
  "author.selectNone": { zh: "全不选", en: "Select none" },
  "author.cancel": { zh: "取消", en: "Cancel" },
  "author.filled": { zh: "已写入 {count} 个单元格", en: "Wrote {count} cells" },
  "author.undo": { zh: "撤销填写", en: "Undo the fill" },
  "author.undone": { zh: "已撤销，{count} 个单元格恢复原样", en: "Undone: {count} cells restored" },
  "author.nothing": { zh: "没有需要填写的内容", en: "Nothing to fill in" },
  "phrases.title": { zh: "指标值确定依据的措辞", en: "Wording of the basis" },
  "phrases.hint": {
    zh: "按二级指标设置生成的依据文字，保存在本工作簿中。",
    en: "The basis written for each second level; stored in this workbook.",
  },
  "phrases.save": { zh: "保存措辞", en: "Save wording" },
  "phrases.reset": { zh: "恢复默认", en: "Restore defaults" },
  "phrases.saved": { zh: "措辞已保存到工作簿", en: "Wording saved in the workbook" },
  "phrase.quantity": { zh: "数量指标", en: "Quantity" },
  "phrase.quality": { zh: "质量指标", en: "Quality" },
  "phrase.timeliness": { zh: "时效指标", en: "Timeliness" },
  "phrase.cost": { zh: "成本指标", en: "Cost" },
  "phrase.economic-cost": { zh: "经济成本指标", en: "Economic cost" },
  "phrase.social-cost": { zh: "社会成本指标", en: "Social cost" },
  "phrase.ecological-cost": { zh: "生态环境成本指标", en: "Ecological cost" },
  "phrase.economic-benefit": { zh: "经济效益指标", en: "Economic benefit" },
  "phrase.social-benefit": { zh: "社会效益指标", en: "Social benefit" },
  "phrase.ecological-benefit": { zh: "生态效益指标", en: "Ecological benefit" },
  "phrase.sustainability": { zh: "可持续影响指标", en: "Sustainability" },
  "phrase.satisfaction": { zh: "满意度指标", en: "Satisfaction" },
  "phrase.default": { zh: "其他", en: "Other" },
  "preview.title": {
    zh: "绩效目标表助手 · 预览（无需 Excel）",
    en: "Performance goal assistant · preview (no Excel needed)",
  },
  "preview.open": { zh: "打开 .xlsx 文件", en: "Open an .xlsx file" },
  "preview.sample": { zh: "载入示例", en: "Load the sample" },
  "preview.loading": { zh: "正在载入…", en: "Loading…" },
  "preview.loadFailed": { zh: "无法打开文件：{reason}", en: "Cannot open the file: {reason}" },
  "preview.sheets": { zh: "工作表", en: "Sheets" },
  "preview.grid": { zh: "工作表内容", en: "Sheet contents" },
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
  "read.encrypted": {
    zh: "工作簿设有打开密码（已加密），请去除密码后再检查",
    en: "the workbook is password-protected (encrypted); remove the password and check it again",
  },
  "read.notRegular": {
    zh: "不是普通文件（管道、设备或套接字），已跳过",
    en: "not a regular file (a pipe, device or socket); skipped",
  },
  "read.isDirectory": { zh: "这是一个文件夹，不是文件", en: "this is a folder, not a file" },
  "read.tooLarge": {
    zh: "工作簿解压后超过 {limit} MB，已停止读取",
    en: "the workbook unpacks to more than {limit} MB; reading stopped",
  },
  "read.partTooLarge": {
    zh: "工作簿中的 {part} 解压后约 {size} MB，超过单个部件 {limit} MB 的上限，未读取",
    en: "the workbook part {part} unpacks to about {size} MB, over the {limit} MB limit for one part; not read",
  },
  /** A sheet read only in part (SheetSnapshot.cut): the line, then what was left out. */
  "read.cut": {
    zh: "工作表“{sheet}”过大，只检查了其中一部分：{what}",
    en: "sheet “{sheet}” is too large; only part of it was checked: {what}",
  },
  "read.cut.rows": {
    zh: "超出上限的 {count} 行未读取",
    en: "rows beyond the limit not read: {count}",
  },
  "read.cut.columns": {
    zh: "超出上限的 {count} 列未读取",
    en: "columns beyond the limit not read: {count}",
  },
  "read.cut.longTexts": {
    zh: "{count} 个单元格的文字过长，已截断",
    en: "cell texts too long, shortened: {count}",
  },
  "read.cut.merges": {
    zh: "超出上限的 {count} 个合并区域未读取",
    en: "merged areas beyond the limit not read: {count}",
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

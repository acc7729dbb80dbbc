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
  "config.scoringNotObject": {
    zh: "配置项 “scoring” 必须是对象",
    en: '"scoring" must be an object',
  },
  "config.badScoring": {
    zh: "配置项 “scoring.{key}” 的值 {value} 无效：{expected}",
    en: 'invalid "scoring.{key}" {value}: {expected}',
  },
  "config.scoringExpectPoints": { zh: "应为不小于 0 的分值", en: "expected points of 0 or more" },
  "config.scoringExpectShare": { zh: "应为 0 到 1 之间的比例", en: "expected a share from 0 to 1" },
  "config.scoringExpectTier": {
    zh: '应为 {"from": 比例, "to": 比例}，from 不大于 to',
    en: 'expected {"from": share, "to": share} with from no more than to',
  },
  "config.badJson": {
    zh: "配置文件 {file} 不是有效的 JSON：{reason}",
    en: "configuration file {file} is not valid JSON: {reason}",
  },
  "severity.error": { zh: "错误", en: "error" },
  "severity.warning": { zh: "警告", en: "warning" },
  "severity.info": { zh: "提示", en: "info" },
  "cli.usage": {
    zh: "用法：perfgoal check <文件或文件夹…> [--format text|json|csv] [--report 审核意见.xlsx] [--goals 目标表.xlsx|文件夹] [--profile ID] [--config 配置文件] [--quiet] [--no-recursive] [--timeout 秒] [--max-memory MB] [--jobs N]",
    en: "usage: perfgoal check <files or folders…> [--format text|json|csv] [--report review.xlsx] [--goals goals.xlsx|folder] [--profile ID] [--config file] [--quiet] [--no-recursive] [--timeout seconds] [--max-memory MB] [--jobs N]",
  },
  "cli.usageInspect": {
    zh: "用法：perfgoal inspect <文件或文件夹…> [--format text|json] [--profile ID] [--no-recursive] [--timeout 秒] [--max-memory MB] [--jobs N]",
    en: "usage: perfgoal inspect <files or folders…> [--format text|json] [--profile ID] [--no-recursive] [--timeout seconds] [--max-memory MB] [--jobs N]",
  },
  "cli.usageGeneral": {
    zh: "用法：perfgoal <check|inspect|fix|template|fill> …；perfgoal <命令> --help 查看该命令的用法",
    en: "usage: perfgoal <check|inspect|fix|template|fill> …; perfgoal <command> --help shows its usage",
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
  /** A file of a check, inspect or fix run stopped by its limits: said of checking and fixing alike. */
  "cli.timedOut": {
    zh: "处理超过 {seconds} 秒仍未完成，已停止（时限可用 --timeout 调整）",
    en: "not finished within {seconds} s; stopped (change the limit with --timeout)",
  },
  "cli.outOfMemory": {
    zh: "处理所需内存超过 {limit} MB，已停止（上限可用 --max-memory 调整）",
    en: "needs more than {limit} MB of memory; stopped (change the limit with --max-memory)",
  },
  "cli.crashed": {
    zh: "处理此文件的进程意外退出（{how}），此文件未能处理",
    en: "the process handling this file ended unexpectedly ({how}); the file was not handled",
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
    zh: "用法：perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021|mof-2020-eval|ndrc-investment --out 新表.xlsx [--form project|self-evaluation] [--from 目标表.xlsx] [--sheet 工作表名] [--name 项目名称] [--funds 万元] [--fiscal 万元] [--other 万元]",
    en: "usage: perfgoal template --profile mof-2015|mof-2015-legacy|mof-2021|mof-2020-eval|ndrc-investment --out new.xlsx [--form project|self-evaluation] [--from goals.xlsx] [--sheet name] [--name project] [--funds total] [--fiscal amount] [--other amount]",
  },
  "cli.usageFill": {
    zh: "用法：perfgoal fill 输入.xlsx --out 输出.xlsx [--dry-run] [--format text|json] [--replace-repeats] [--replace-scores] [--explain-anyway] [--phrases 措辞.json] [--config 配置文件] [--profile ID]",
    en: "usage: perfgoal fill input.xlsx --out output.xlsx [--dry-run] [--format text|json] [--replace-repeats] [--replace-scores] [--explain-anyway] [--phrases wording.json] [--config file] [--profile ID]",
  },
  "cli.badForm": {
    zh: "未知的表格类型 “{value}”，可选：project、self-evaluation",
    en: 'unknown form "{value}"; choose project or self-evaluation',
  },
  "cli.fromSelfEvaluationOnly": {
    zh: "--from 只用于 --form self-evaluation（按批复的绩效目标表预填自评表）",
    en: "--from goes with --form self-evaluation (a self-evaluation prefilled from the approved goal table)",
  },
  "cli.fromNoGoalTable": {
    zh: "{file} 中没有可供预填的绩效目标表（须有填写的指标）",
    en: "{file} holds no goal table with indicators to prefill from",
  },
  "cli.fromNoProject": {
    zh: "{file} 中没有项目“{name}”的绩效目标表；其中的项目：{names}",
    en: '{file} holds no goal table of the project "{name}"; its projects: {names}',
  },
  "cli.fromChosen": {
    zh: "{file} 有 {count} 张绩效目标表，按 {sheet}!{range}（{name}）预填；其他项目用 --name 指定",
    en: "{file} holds {count} goal tables; prefilled from {sheet}!{range} ({name}); name another project with --name",
  },
  "cli.selfEvaluationWritten": {
    zh: "已写出 {profile} 绩效自评表：{out}（{sheet}!{range}）",
    en: "wrote the {profile} self-evaluation: {out} ({sheet}!{range})",
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
    zh: "用法：perfgoal fix 输入.xlsx --out 输出.xlsx | 文件或文件夹… --out-dir 文件夹 [--rule 规则ID]… [--dry-run] [--format text|json] [--profile ID] [--no-recursive] [--timeout 秒] [--max-memory MB]",
    en: "usage: perfgoal fix input.xlsx --out output.xlsx | files or folders… --out-dir folder [--rule id]… [--dry-run] [--format text|json] [--profile ID] [--no-recursive] [--timeout seconds] [--max-memory MB]",
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
  "cli.noGoalTables": {
    zh: "--goals 给出的工作簿中没有绩效目标表，自评表未与批复的绩效目标核对",
    en: "the --goals workbooks hold no goal table; self-evaluations were not held against approved goals",
  },
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
  "inspect.layout.none": {
    zh: "无指标值栏（评分表：按评分标准逐项打分）",
    en: "no target column (a scoring table: each row scored by its standard)",
  },
  "inspect.layout.valueUnit": {
    zh: "指标值一栏 + 单位一栏",
    en: "a value column and a unit column",
  },
  "inspect.selfEvaluation": { zh: "自评表各部分：", en: "self-evaluation parts:" },
  "inspect.selfEvaluation.noFunds": { zh: "（未找到资金块）", en: "(no funds block found)" },
  "inspect.selfEvaluation.funds": { zh: "资金", en: "funds" },
  "inspect.selfEvaluation.goal": { zh: "总体目标", en: "goal" },
  "inspect.selfEvaluation.expected": { zh: "预期目标", en: "expected" },
  "inspect.selfEvaluation.actual": { zh: "实际完成情况", en: "achieved" },
  "inspect.selfEvaluation.total": { zh: "总分", en: "total" },
  "inspect.fundsColumn.initialBudget": { zh: "年初预算数", en: "initial budget" },
  "inspect.fundsColumn.budget": { zh: "全年预算数", en: "budget" },
  "inspect.fundsColumn.executed": { zh: "全年执行数", en: "executed" },
  "inspect.fundsColumn.points": { zh: "分值", en: "points" },
  "inspect.fundsColumn.rate": { zh: "执行率", en: "rate" },
  "inspect.fundsColumn.score": { zh: "得分", en: "score" },
  "inspect.fundsColumn.reason": { zh: "原因", en: "reason" },
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
  /** An indicator row without a name or a description, where a rule's message quotes a name. */
  "message.unnamedRow": {
    zh: "第 {unnamedRow} 行（三级指标为空）",
    en: "row {unnamedRow} (no third-level name)",
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
  "pane.labelled": { zh: "{label}：{text}", en: "{label}: {text}" },
  "pane.goToFinding": { zh: "{cell}：{severity}，{message}", en: "{cell}: {severity}, {message}" },
  "pane.sheetState": { zh: "{name}（{state}）", en: "{name} ({state})" },
  "pane.showIds": { zh: "显示规则编号", en: "Show rule ids" },
  "pane.profileId": { zh: "指标体系 {profile}", en: "profile {profile}" },
  "pane.legend": { zh: "图例", en: "Key" },
  "pane.legend.counters": {
    zh: "标题旁的数字：错误数、警告数",
    en: "Numbers by a heading: errors, warnings",
  },
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
  "pane.liveRecheck": { zh: "边改边查", en: "Re-check as I edit" },
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
  "pane.progressWorkbookChecking.one": {
    zh: "已读完 {count} 张工作表，正在检查…",
    en: "Read {count} sheet; checking…",
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
  "pane.marksReminder.one": {
    zh: "表中有 {count} 处标记，报送前请点击“清除标记”",
    en: "{count} cell is marked: clear the marks before sending",
  },
  "pane.mark": { zh: "在表中标记", en: "Mark in sheet" },
  "pane.clear": { zh: "清除标记", en: "Clear marks" },
  "pane.cleared": {
    zh: "已清除 {count} 处标记，单元格已恢复原样",
    en: "Cleared {count} marks; the cells are as they were",
  },
  "pane.cleared.one": {
    zh: "已清除 {count} 处标记，单元格已恢复原样",
    en: "Cleared {count} mark; the cell is as it was",
  },
  "pane.marked": { zh: "已标记 {count} 个单元格", en: "Marked {count} cells" },
  "pane.marked.one": { zh: "已标记 {count} 个单元格", en: "Marked {count} cell" },
  "pane.filter": { zh: "显示", en: "Show" },
  "pane.table": { zh: "表 {index}：{name}", en: "Table {index}: {name}" },
  "pane.tableRange": {
    zh: "{form} · {range} · {count} 行指标（已填 {filled} 行）",
    en: "{form} · {range} · {count} indicator rows ({filled} filled)",
  },
  "pane.tableRange.one": {
    zh: "{form} · {range} · {count} 行指标（已填 {filled} 行）",
    en: "{form} · {range} · {count} indicator row ({filled} filled)",
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
  "pane.scores": { zh: "评分汇总", en: "Score summary" },
  "pane.scores.total": { zh: "得分 {score} / {points}", en: "Score {score} / {points}" },
  "pane.scores.summed": {
    zh: "各项合计 {score} / {points}",
    en: "parts add up to {score} / {points}",
  },
  "pane.scores.budget": { zh: "预算执行 {score} / {points}", en: "Budget {score} / {points}" },
  "pane.scores.level": { zh: "{name} {score} / {points}", en: "{name} {score} / {points}" },
  "pane.scores.indicators": { zh: "指标", en: "Indicators" },
  "pane.scores.kind.output": { zh: "产出", en: "Output" },
  "pane.scores.kind.benefit": { zh: "效益", en: "Benefit" },
  "pane.scores.kind.satisfaction": { zh: "满意度", en: "Satisfaction" },
  "pane.scores.kind.cost": { zh: "成本", en: "Cost" },
  "pane.scores.kind.decision": { zh: "决策", en: "Decision" },
  "pane.scores.kind.process": { zh: "过程", en: "Process" },
  "pane.scores.kind.effect": { zh: "实施效果", en: "Implementation effect" },
  "pane.scores.shortfalls.one": {
    zh: "未满分指标 {count} 项",
    en: "{count} indicator short of full marks",
  },
  "pane.scores.shortfalls.other": {
    zh: "未满分指标 {count} 项",
    en: "{count} indicators short of full marks",
  },
  "pane.scores.select": { zh: "{figure}，选中 {address}", en: "{figure}, select {address}" },
  "pane.scores.shortfall": {
    zh: "未满分：{name} 得分 {score} / {points}，选中 {address}",
    en: "Short of full marks: {name} scored {score} / {points}, select {address}",
  },
  "pane.noFindings": { zh: "没有发现问题", en: "No findings" },
  "pane.goToCell": { zh: "定位到单元格 {address}", en: "Go to cell {address}" },
  "pane.why": { zh: "为什么要改", en: "Why fix it" },
  "pane.suggestion": { zh: "建议", en: "Suggestion" },
  "pane.fix": { zh: "更改", en: "Change" },
  "pane.fixLabel": { zh: "更改 {address}", en: "Change {address}" },
  "pane.fixable": { zh: "可自动修改", en: "Fixable" },
  "pane.fixableRule": { zh: "{rule}（{count} 处）", en: "{rule} ({count})" },
  "pane.fixAll": { zh: "全部更改", en: "Change all" },
  "pane.fixAllLabel": { zh: "全部更改：{rule}", en: "Change all: {rule}" },
  "pane.fixPreview.one": { zh: "将更改 {count} 个单元格", en: "{count} cell will be changed" },
  "pane.fixPreview.other": { zh: "将更改 {count} 个单元格", en: "{count} cells will be changed" },
  "pane.fixEmpty": { zh: "（空）", en: "(empty)" },
  "pane.fixConfirm": { zh: "确认更改", en: "Apply the changes" },
  "pane.fixCancel": { zh: "取消", en: "Cancel" },
  "pane.fixUndo": { zh: "撤销更改", en: "Undo the changes" },
  "pane.fixed.one": {
    zh: "已更改 {count} 个单元格并重新检查",
    en: "Changed {count} cell and checked again",
  },
  "pane.fixed.other": {
    zh: "已更改 {count} 个单元格并重新检查",
    en: "Changed {count} cells and checked again",
  },
  "pane.fixUndone.one": {
    zh: "已撤销，{count} 个单元格恢复原样",
    en: "Undone: {count} cell restored",
  },
  "pane.fixUndone.other": {
    zh: "已撤销，{count} 个单元格恢复原样",
    en: "Undone: {count} cells restored",
  },
  "pane.fixSkipped": {
    zh: "以下单元格在预览后已被修改，未写入：{cells}",
    en: "Changed since the preview, not written: {cells}",
  },
  "pane.undoSkipped": {
    zh: "以下单元格在更改后又被修改，未恢复：{cells}",
    en: "Changed since the fix, not restored: {cells}",
  },
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
  "host.noNewWorkbook": {
    zh: "此版本的 Excel 不能新建工作簿（需要 ExcelApi 1.8）",
    en: "This Excel cannot open a new workbook (ExcelApi 1.8 is needed)",
  },
  "host.newWorkbookTooBig": {
    zh: "审核意见有 {mb} MB，超过一次可以交给 Excel 的大小；请勾选“作为新工作表加入本工作簿”",
    en: "The review is {mb} MB, more than Excel takes at once; tick “Add as sheets to this workbook”",
  },
  "pane.exportReport": { zh: "导出审核意见", en: "Export the review" },
  "pane.exportAsSheets": {
    zh: "作为新工作表加入本工作簿",
    en: "Add as sheets to this workbook",
  },
  "pane.exportingReport": { zh: "正在导出审核意见…", en: "Exporting the review…" },
  "pane.reportOpened": {
    zh: "审核意见已在新工作簿中打开（汇总、明细）；保存在本工作簿旁，明细中的单元格链接即可打开本工作簿",
    en: "The review opened in a new workbook (Summary, Details); saved beside this workbook, its cell links open this one",
  },
  "pane.reportOpenedNoLinks": {
    zh: "审核意见已在新工作簿中打开（汇总、明细）；本工作簿尚未保存，明细中没有单元格链接",
    en: "The review opened in a new workbook (Summary, Details); this workbook was never saved, so the details have no cell links",
  },
  "pane.reportAdded": {
    zh: "审核意见已加入本工作簿：工作表 {sheets}",
    en: "The review was added to this workbook: sheets {sheets}",
  },
  "pane.reportAddedNoNewWorkbook": {
    zh: "此版本的 Excel 不能新建工作簿，审核意见已加入本工作簿：工作表 {sheets}",
    en: "This Excel cannot open a new workbook; the review was added to this workbook: sheets {sheets}",
  },
  "pane.reportFailed": {
    zh: "导出审核意见失败：{reason}",
    en: "The review was not exported: {reason}",
  },
  "pane.reportThisWorkbook": { zh: "本工作簿", en: "this workbook" },
  "pane.language": { zh: "English", en: "中文" },
  "pane.tab.check": { zh: "检查", en: "Check" },
  "pane.tab.author": { zh: "新建与填写", en: "Create & fill" },
  "pane.tab.phrases": { zh: "措辞设置", en: "Wording" },
  "pane.tab.settings": { zh: "规则设置", en: "Rules" },
  "settings.title": { zh: "规则设置", en: "Rule settings" },
  "settings.hint": {
    zh: "保存在本工作簿中，格式与命令行的配置文件相同；每次检查都按此设置，改动后已显示的结果会自动重新检查。",
    en: "Stored in this workbook in the CLI's config format; every check uses them, and a change re-checks the result shown.",
  },
  "settings.profile": { zh: "表格式", en: "Table format" },
  "settings.profileAuto": { zh: "自动识别", en: "Detect" },
  "settings.enabled": { zh: "启用 {ruleId}", en: "Turn on {ruleId}" },
  "settings.severity": { zh: "{ruleId} 的级别", en: "Severity of {ruleId}" },
  "settings.ignoreAll": { zh: "全部忽略", en: "Ignore all" },
  "pane.ignoreRuleLabel": {
    zh: "关闭规则 {ruleId}（可在规则设置中重新开启）",
    en: "Turn off rule {ruleId} (turn it on again in the rule settings)",
  },
  "settings.export": { zh: "导出配置", en: "Export config" },
  "settings.exportHint": {
    zh: "复制以下内容，另存为 .json 文件，可交给各单位或命令行使用：",
    en: "Copy this and save it as a .json file for other units or the CLI:",
  },
  "settings.exportLabel": { zh: "配置 JSON", en: "Config JSON" },
  "settings.import": { zh: "导入配置", en: "Import config" },
  "settings.importLabel": { zh: "粘贴配置 JSON", en: "Paste the config JSON" },
  "settings.importFile": { zh: "选择配置文件", en: "Choose a config file" },
  "settings.imported": {
    zh: "配置已导入并保存到工作簿",
    en: "Config imported and saved in the workbook",
  },
  "settings.badJson": { zh: "不是有效的 JSON：{reason}", en: "not valid JSON: {reason}" },
  "settings.reset": { zh: "恢复默认", en: "Restore defaults" },
  "author.insertTitle": { zh: "新建表格", en: "New table" },
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
  "author.profile.mof-2020-eval": {
    zh: "财预〔2020〕10号评价指标体系（决策·过程·产出·效益，多用于自评）",
    en: "MOF 2020 evaluation framework, 财预〔2020〕10号 (decision · process · output · benefit; mostly for self-evaluations)",
  },
  "author.profile.ndrc-investment": {
    zh: "国家发展改革委中央预算内投资绩效目标表（实施效果·过程管理）",
    en: "NDRC central budget investment goal table (implementation effect · process management)",
  },
  "author.projectName": { zh: "项目名称（可选）", en: "Project name (optional)" },
  "author.fundsTotal": { zh: "年度资金总额（万元，可选）", en: "Annual funds (万元, optional)" },
  "author.fundsFiscal": { zh: "其中财政拨款（万元，可选）", en: "Fiscal funds (万元, optional)" },
  "author.fundsOther": { zh: "其他资金（万元，可选）", en: "Other funds (万元, optional)" },
  "template.fiscalFromTotal": {
    zh: "只填了年度资金总额：财政拨款按 {total} 万元填入，如有其他资金请改正",
    en: "only the total was given: fiscal funds set to {total} (万元); correct it if part is other funds",
  },
  "author.form": { zh: "表格类型", en: "Form" },
  "author.form.project": { zh: "项目支出绩效目标表", en: "Project goal table (绩效目标表)" },
  "author.form.selfEvaluation": {
    zh: "项目支出绩效自评表（年终自评）",
    en: "Project self-evaluation (绩效自评表, year end)",
  },
  "author.prefill": {
    zh: "从绩效目标表预填（照抄指标和年度指标值，实际完成值留空）",
    en: "Prefill from a goal table (indicators and targets copied, actual values left blank)",
  },
  "author.prefill.none": { zh: "不预填（空白自评表）", en: "No prefill (blank self-evaluation)" },
  "author.prefill.table": { zh: "{name}（{sheet}!{range}）", en: "{name} ({sheet}!{range})" },
  "author.prefill.noneFound": {
    zh: "本工作簿中没有填有指标的绩效目标表，将插入空白自评表",
    en: "No goal table with indicators in this workbook: a blank self-evaluation will be inserted",
  },
  "author.prefill.profile": {
    zh: "指标体系随所选绩效目标表",
    en: "The profile follows the chosen goal table",
  },
  "author.goalTableGone": {
    zh: "所选绩效目标表（{sheet} 表 {index}）已不在原处，请重新选择",
    en: "The chosen goal table ({sheet} table {index}) is no longer there: choose again",
  },
  "author.replaceScores": {
    zh: "替换不一致的得分（勾选全部）",
    en: "Replace the differing scores (tick them all)",
  },
  "author.scoresTitle": {
    zh: "{count} 处已填的得分与计算值不一致，勾选即同意替换",
    en: "{count} written scores differ from the computed ones: tick one to replace it",
  },
  "author.scoresTitle.one": {
    zh: "{count} 处已填的得分与计算值不一致，勾选即同意替换",
    en: "{count} written score differs from the computed one: tick it to replace it",
  },
  "author.scoreChange": {
    zh: "{what}：{written} → {computed}",
    en: "{what}: {written} → {computed}",
  },
  "author.insert": { zh: "插入模板", en: "Insert template" },
  "author.inserted": {
    zh: "已在“{sheet}”插入模板，光标位于 {address}",
    en: 'Inserted the template on "{sheet}"; the cursor is at {address}',
  },
  "author.fillTitle": { zh: "填写说明文字", en: "Fill in the explanations" },
  "author.fillHint": {
    zh: "为已填好名称和指标值的指标补上空白的“指标值确定依据”（按二级指标），并为没有错误的表在“情况说明”工作表写出绩效目标指标情况说明；绩效自评表则算出空白的执行率、得分和总分。内容全部取自表格本身。",
    en: "Fills the empty basis of each indicator that has a name and a target (by its second level), and writes the explanation of each table without errors on the sheet 情况说明; in a self-evaluation, computes the empty rate, scores and total. All taken from the table itself.",
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
  "fill.skipErrors.one": {
    zh: "{sheet} 表 {index}（{name}）有 {count} 个错误，请先改正；未生成情况说明",
    en: "{sheet} table {index} ({name}) has {count} error: correct it first; no explanation written",
  },
  "fill.skipEmpty": {
    zh: "{sheet} 表 {index}（{name}）还没有填写完整的指标（名称和指标值）；未生成情况说明",
    en: "{sheet} table {index} ({name}) has no indicator with a name and a target yet; no explanation written",
  },
  "fill.anyway": {
    zh: "{sheet} 表 {index}（{name}）尚未完成（{count} 个错误），按要求仍生成情况说明，有错误的指标值未引用",
    en: "{sheet} table {index} ({name}) is not finished ({count} errors); the explanation is written as asked, without the defective targets",
  },
  "fill.anyway.one": {
    zh: "{sheet} 表 {index}（{name}）尚未完成（{count} 个错误），按要求仍生成情况说明，有错误的指标值未引用",
    en: "{sheet} table {index} ({name}) is not finished ({count} error); the explanation is written as asked, without the defective target",
  },
  "fill.scoreKind.rate": { zh: "执行率", en: "execution rate" },
  "fill.scoreKind.budgetScore": { zh: "预算执行得分", en: "budget score" },
  "fill.scoreKind.score": { zh: "得分", en: "score" },
  "fill.scoreKind.total": { zh: "总分", en: "total" },
  "fill.scoreDiffers": {
    zh: "{cell} 的{what}“{written}”与计算值 {computed} 不一致，未替换（替换须同意：--replace-scores）",
    en: '{cell}: the {what} "{written}" differs from the computed {computed}; left as it is (--replace-scores replaces it)',
  },
  "fill.scoreReplaced": {
    zh: "{cell} 的{what}“{written}”与计算值 {computed} 不一致，替换为计算值",
    en: '{cell}: the {what} "{written}" differs from the computed {computed}; replaced',
  },
  "author.plan": { zh: "生成预览", en: "Preview" },
  "author.previewTitle": { zh: "将写入 {count} 个单元格", en: "{count} cells will be written" },
  "author.previewTitle.one": {
    zh: "将写入 {count} 个单元格",
    en: "{count} cell will be written",
  },
  "author.overwrites": { zh: "（替换原有内容）", en: "(replaces the content)" },
  "author.apply": { zh: "应用所选", en: "Apply selected" },
  "author.selectAll": { zh: "全选", en: "Select all" },
  "author.selectNone": { zh: "全不选", en: "Select none" },
  "author.cancel": { zh: "取消", en: "Cancel" },
  "author.filled": { zh: "已写入 {count} 个单元格", en: "Wrote {count} cells" },
  "author.filled.one": { zh: "已写入 {count} 个单元格", en: "Wrote {count} cell" },
  "author.undo": { zh: "撤销填写", en: "Undo the fill" },
  "author.undone": { zh: "已撤销，{count} 个单元格恢复原样", en: "Undone: {count} cells restored" },
  "author.undone.one": {
    zh: "已撤销，{count} 个单元格恢复原样",
    en: "Undone: {count} cell restored",
  },
  "author.goToSheet": { zh: "转到“{sheet}”的 {address}", en: 'Go to {address} on "{sheet}"' },
  "author.nothing": { zh: "没有需要填写的内容", en: "Nothing to fill in" },
  "phrases.title": { zh: "指标值确定依据的措辞", en: "Wording of the basis" },
  "phrases.hint": {
    zh: "按二级指标设置生成的依据文字，保存在本工作簿中。",
    en: "The basis written for each second level; stored in this workbook.",
  },
  "phrases.save": { zh: "保存措辞", en: "Save wording" },
  "phrases.reset": { zh: "恢复默认", en: "Restore defaults" },
  "phrases.saved": { zh: "措辞已保存到工作簿", en: "Wording saved in the workbook" },
  "phrases.empty": {
    zh: "措辞不能为空，未保存：{keys}",
    en: "A wording cannot be empty; nothing saved: {keys}",
  },
  "phrases.confirmReplace": {
    zh: "将替换以下措辞：{keys}。确定保存吗？",
    en: "This replaces the wording of: {keys}. Save it?",
  },
  "phrases.confirm": { zh: "确定保存", en: "Save" },
  "phrases.cancel": { zh: "取消", en: "Cancel" },
  "phrases.unchanged": { zh: "措辞没有改动", en: "The wording is unchanged" },
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
  "phrase.decision": { zh: "决策（评价指标体系）", en: "Decision (evaluation framework)" },
  "phrase.process": { zh: "过程（评价指标体系）", en: "Process (evaluation framework)" },
  "phrase.output": { zh: "项目产出（评价指标体系）", en: "Output (evaluation framework)" },
  "phrase.benefit": { zh: "项目效益（评价指标体系）", en: "Benefit (evaluation framework)" },
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
  "preview.save": { zh: "保存为 .xlsx", en: "Save as .xlsx" },
  "preview.savedSuffix": { zh: "-已检查", en: "-checked" },
  "preview.saved": {
    zh: "已保存 {file}：{cells} 个单元格有改动，新增 {sheets} 张工作表",
    en: "Saved {file}: cells changed: {cells}; sheets added: {sheets}",
  },
  "preview.saveFailed": { zh: "无法保存：{reason}", en: "Cannot save: {reason}" },
  "preview.exportReport": { zh: "导出审核意见", en: "Export the review" },
  "preview.reportNeedsCheck": {
    zh: "请先在右侧检查工作簿，再导出审核意见",
    en: "Check the workbook in the pane first, then export the review",
  },
  "preview.reportFile": { zh: "{name}-审核意见.xlsx", en: "{name}-review.xlsx" },
  "preview.reportSaved": { zh: "已导出 {file}", en: "Exported {file}" },
  "read.notXlsx": {
    zh: "不是 .xlsx 工作簿（文件内容不是 ZIP 压缩包）",
    en: "not an .xlsx workbook (the file is not a ZIP archive)",
  },
  "read.corrupt": {
    zh: "工作簿已损坏，无法解压：{reason}",
    en: "the workbook is corrupt and cannot be unpacked: {reason}",
  },
  /** What is damaged in the archive (src/hosts/xlsx/zip.ts): the reason of read.corrupt and write.corrupt. */
  "read.damage.zip64Size": { zh: "ZIP64 记录的大小超出范围", en: "zip64 size out of range" },
  "read.damage.noDirectoryEnd": {
    zh: "找不到压缩包的中央目录结尾（文件可能不完整）",
    en: "no end of central directory",
  },
  "read.damage.noZip64End": {
    zh: "找不到 ZIP64 中央目录结尾",
    en: "no zip64 end of central directory",
  },
  "read.damage.zip64End": {
    zh: "ZIP64 中央目录结尾已损坏",
    en: "damaged zip64 end of central directory",
  },
  "read.damage.zip64Field": {
    zh: "{part} 的 ZIP64 扩展字段已损坏",
    en: "{part}: damaged zip64 field",
  },
  "read.damage.directory": { zh: "压缩包的中央目录已损坏", en: "damaged central directory" },
  "read.damage.localHeader": {
    zh: "{part} 的本地文件头已损坏",
    en: "{part}: damaged local header",
  },
  "read.damage.data": { zh: "{part} 的压缩数据已损坏", en: "{part}: {detail}" },
  "read.damage.size": {
    zh: "{part} 解压后不是目录中记录的 {detail} 字节",
    en: "{part}: does not unpack to the {detail} bytes its directory entry declares",
  },
  "read.damage.method": {
    zh: "{part} 使用了不支持的压缩方式 {detail}",
    en: "{part}: unsupported compression method {detail}",
  },
  "read.damage.checksum": { zh: "{part} 的校验和不符", en: "{part}: checksum mismatch" },
  "read.noWorkbookPart": {
    zh: "压缩包中没有工作簿内容（既没有 Excel 的 xl/workbook.xml，也不是 OpenDocument 表格）",
    en: "the archive holds no workbook (neither Excel's xl/workbook.xml nor an OpenDocument spreadsheet)",
  },
  "read.missingFile": { zh: "文件不存在", en: "no such file" },
  "read.overlappingMerges": {
    zh: "工作表“{sheet}”中有相互重叠的合并单元格，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查",
    en: "sheet “{sheet}” has merged areas that overlap; the file may be damaged: open it in Excel or WPS, save it again and check that copy",
  },
  "read.timedOut": {
    zh: "读取工作簿超过 {seconds} 秒仍未完成，已停止：文件可能已损坏，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查",
    en: "reading the workbook took over {seconds} s and was stopped: the file may be damaged; open it in Excel or WPS, save it as .xlsx and check that copy",
  },
  "read.stopped": {
    zh: "读取工作簿时出错，已停止（可能内存不足）：文件可能已损坏，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查",
    en: "reading the workbook failed and was stopped (perhaps out of memory): the file may be damaged; open it in Excel or WPS, save it as .xlsx and check that copy",
  },
  "read.noSheets": {
    zh: "工作簿中没有工作表，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查",
    en: "the workbook holds no sheets; the file may be damaged: open it in Excel or WPS, save it again and check that copy",
  },
  "read.duplicateSheet": {
    zh: "工作簿中有两张名为“{sheet}”的工作表，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查",
    en: "the workbook has two sheets named “{sheet}”; the file may be damaged: open it in Excel or WPS, save it again and check that copy",
  },
  "read.encrypted": {
    zh: "工作簿设有打开密码（已加密），请去除密码后再检查",
    en: "the workbook is password-protected (encrypted); remove the password and check it again",
  },
  "read.html": {
    zh: "这是网页（HTML）格式的表格，不是工作簿：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查",
    en: "this is a table saved as a web page (HTML), not a workbook: open it in Excel or WPS, save it as .xlsx and check that copy",
  },
  "read.xmlTooLarge": {
    zh: "这个 XML 表格（Excel 2003 XML）约 {size} MB，超过 {limit} MB 的上限，未读取",
    en: "this XML spreadsheet (Excel 2003 XML) is about {size} MB, over the {limit} MB limit; not read",
  },
  "read.xmlEncoding": {
    zh: "XML 表格声明的编码“{encoding}”无法识别，或内容不是这种编码：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查",
    en: "the XML spreadsheet declares the encoding “{encoding}”, which is unknown or not what its content is in: open it in Excel or WPS, save it as .xlsx and check that copy",
  },
  "read.hiddenSheet": {
    zh: "工作表“{sheet}”{how}，未检查",
    en: "sheet “{sheet}” is {how}; not checked",
  },
  "read.hidden": { zh: "已隐藏", en: "hidden" },
  "read.veryHidden": {
    zh: "已深度隐藏（只能用宏或代码取消隐藏）",
    en: "very hidden (only code can unhide it)",
  },
  "read.notWorkbooks": {
    zh: "另有 {count} 个文件不是工作簿，未检查（{kinds}）",
    en: "not workbooks, not checked: {count} ({kinds})",
  },
  "read.notWorkbooks.kind": { zh: "{extension} {count} 个", en: "{extension} {count}" },
  "read.notWorkbooks.noExtension": { zh: "无扩展名", en: "no extension" },
  "read.notWorkbooks.others": { zh: "其他 {count} 个", en: "other {count}" },
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
  "read.cut.formats": {
    zh: "{count} 个单元格的数字格式过长或过多，未能呈现，按常规格式显示",
    en: "number formats too long or too many to render, shown as General: {count}",
  },
  "read.cut.merges": {
    zh: "超出上限的 {count} 个合并区域未读取",
    en: "merged areas beyond the limit not read: {count}",
  },
  /** Why a workbook could not be written (WorkbookWriteError, src/hosts/xlsx/ooxml.ts). */
  "write.notXlsx": {
    zh: "不是 .xlsx 工作簿（可能是旧版 .xls、.xlsb 或已加密的文件）",
    en: "not an .xlsx workbook (perhaps a legacy .xls, an .xlsb or an encrypted file)",
  },
  "write.corrupt": {
    zh: "工作簿已损坏，无法写入：{reason}",
    en: "the workbook is damaged and cannot be written: {reason}",
  },
  /** The reason of write.corrupt for a sheet whose rows or cells are out of order (worksheet.ts). */
  "write.damage.outOfOrder": {
    zh: "工作表“{sheet}”中的行或单元格重复或顺序错乱（{place}），请在 Excel 或 WPS 中打开并另存后再试",
    en: "sheet “{sheet}” has rows or cells repeated or out of order ({place}); open it in Excel or WPS, save it again and try that copy",
  },
  /** The reason of write.corrupt for a written cell that reads back otherwise (read-back.ts). */
  "write.damage.readBack": {
    zh: "工作表“{sheet}”的单元格 {address} 写入后读出的内容与写入的不同，请在 Excel 或 WPS 中打开并另存后再试",
    en: "cell {address} of sheet “{sheet}” does not read back as written; open the workbook in Excel or WPS, save it again and try that copy",
  },
  "write.tooLarge": {
    zh: "工作簿解压后超过 {limit} MB，无法写入",
    en: "the workbook unpacks to more than {limit} MB and cannot be written",
  },
  "write.openDocument": {
    zh: "这是 OpenDocument 表格（.ods），不能写入；请在 WPS 或 Excel 中另存为 .xlsx 后再试",
    en: "this is an OpenDocument spreadsheet (.ods) and cannot be written; save it as .xlsx in WPS or Excel and try again",
  },
  "write.legacyXls": {
    zh: "这是旧版 .xls 工作簿（Excel 97–2003），不能写入；请在 Excel 中另存为 .xlsx 后再试",
    en: "this is a legacy .xls workbook (Excel 97–2003) and cannot be written; save it as .xlsx in Excel and try again",
  },
  "write.binaryXlsb": {
    zh: "这是二进制 .xlsb 工作簿，不能写入；请在 Excel 中另存为 .xlsx 后再试",
    en: "this is a binary .xlsb workbook and cannot be written; save it as .xlsx in Excel and try again",
  },
  "write.encrypted": {
    zh: "工作簿设有打开密码（已加密），不能写入；请去除密码后再试",
    en: "the workbook is password-protected (encrypted) and cannot be written; remove the password and try again",
  },
  "write.lockedCells": {
    zh: "工作表受保护，以下锁定的单元格不能写入：{cells}；请先撤销工作表保护",
    en: "the sheet is protected and these locked cells cannot be written: {cells}; unprotect the sheet first",
  },
  "write.structureLocked": {
    zh: "工作簿结构受保护，不能新增工作表“{sheet}”；请先撤销工作簿保护",
    en: 'the workbook structure is protected: the sheet "{sheet}" cannot be added; unprotect the workbook first',
  },
  "write.noSheet": {
    zh: "工作簿中没有名为“{sheet}”的工作表",
    en: 'the workbook has no sheet "{sheet}"',
  },
  "write.notWorksheet": {
    zh: "“{sheet}”不是普通工作表（例如图表工作表），无法写入单元格",
    en: '"{sheet}" is not a worksheet (a chart sheet, for example): cells cannot be written',
  },
  "write.badAddress": {
    zh: "单元格地址“{address}”无效（工作表“{sheet}”）",
    en: 'invalid cell address "{address}" (sheet "{sheet}")',
  },
  "write.notEmpty": {
    zh: "单元格 {sheet}!{address} 已有内容，未经用户同意不能覆盖",
    en: "cell {sheet}!{address} is not empty; it is replaced only with the user's consent (overwrite)",
  },
  "write.mergedCell": {
    zh: "单元格 {sheet}!{address} 位于合并区域 {range} 内，只能写入其左上角单元格 {anchor}",
    en: "cell {sheet}!{address} lies inside the merged area {range}; write to its top-left cell {anchor}",
  },
  "write.arrayFormula": {
    zh: "单元格 {sheet}!{address} 属于数组公式区域 {range}，不能单独修改",
    en: "cell {sheet}!{address} belongs to the array formula over {range} and cannot be changed alone",
  },
  "write.sharedFormula": {
    zh: "单元格 {sheet}!{address} 的公式由 {range} 共用，覆盖它会破坏其他单元格的公式",
    en: "the formula in {sheet}!{address} is shared over {range}; replacing it would break the other cells",
  },
  "write.badNumber": {
    zh: "单元格 {sheet}!{address} 的数值 {value} 无效",
    en: "invalid number {value} for cell {sheet}!{address}",
  },
  "write.textTooLong": {
    zh: "单元格 {sheet}!{address} 的文字超过 Excel 的上限 32767 个字符",
    en: "the text for cell {sheet}!{address} exceeds Excel's limit of 32767 characters",
  },
  "write.badSheetName": {
    zh: "工作表名称“{sheet}”无效：须为 1–31 个字符，不含 : \\ / ? * [ ]，不以 ' 开头或结尾，也不能是 History",
    en: 'invalid sheet name "{sheet}": 1–31 characters, none of : \\ / ? * [ ], no \' at either end, not History',
  },
  "write.sheetExists": {
    zh: "工作表“{sheet}”已存在，不能作为新工作表添加",
    en: 'a sheet "{sheet}" already exists and cannot be added as a new sheet',
  },
  "write.mergeOverlap": {
    zh: "工作表“{sheet}”的合并区域 {first} 与 {second} 重叠",
    en: 'merged areas {first} and {second} overlap on sheet "{sheet}"',
  },
  "write.noSheets": {
    zh: "新工作簿至少需要一张工作表",
    en: "a new workbook needs at least one sheet",
  },
  "write.editOutsidePlans": {
    zh: "要写入的工作表“{sheet}”不在布局计划中",
    en: 'the edit targets sheet "{sheet}", which no layout plan creates',
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

/** Data whose values may differ by language: a reason told in each. */
export type LocalizedData = Record<string, string | number | Bilingual>;

/** The message in `language`, each value told in both languages taken in that one. */
export function tLocalized(key: MessageKey, data: LocalizedData, language: Language): string {
  const inLanguage: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(data))
    inLanguage[name] = typeof value === "object" ? value[language] : value;
  return t(key, inLanguage, language);
}

/**
 * An error told by a catalogue message: its message is both languages, zh-CN first, and each
 * language's text stands apart (`zh`, `en`) for a page or pane that shows one.
 */
export class CatalogError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(messageKey: MessageKey, data: LocalizedData) {
    const zh = tLocalized(messageKey, data, "zh");
    const en = tLocalized(messageKey, data, "en");
    super(`${zh} / ${en}`);
    this.zh = zh;
    this.en = en;
  }
}

/** Both languages, zh-CN first: for messages that go to a terminal or log. */
export function tBoth(key: MessageKey, data?: Record<string, string | number>): string {
  return `${t(key, data, "zh")} / ${t(key, data, "en")}`;
}

/** The engine's entry point: snapshots in, tables and findings out. Never throws on a grid. */
import { Config } from "./config";
import { Finding, fillTemplate, Severity } from "./findings";
import { fixOf, settleFindings } from "./fix-findings";
import { filledIndicators, FormKind, GoalTable, IndicatorSet } from "./model";
import { recognizeSheet } from "./recognize";
import { UnreadableHeader } from "./recognize/columns";
import { t as message } from "./messages/catalog";
import { Report, Rule, RuleContext } from "./rules/rule";
import { RULES } from "./rules";
import { unnamedWording } from "./rules/helpers";
import { withRowFacts } from "./row-facts";
import { SheetCut, SheetSnapshot, toA1 } from "./snapshot";
import { ProfileId } from "./vocabulary";
import { withTextCaches } from "./text";
import { DEFAULT_SCORING } from "./scoring/settings";

export interface CheckOptions {
  /** Overrides detection for every table (a CLI flag or a setting); wins over the config's profile. */
  profile?: ProfileId;
  config?: Config;
  rules?: readonly Rule[];
  /** Approved goal tables from another workbook (`--goals`), for the self-evaluation rules. */
  approvedGoals?: readonly GoalTable[];
  /**
   * Hidden sheets are checked too. Without it, as a reviewer reads a workbook, a hidden sheet
   * is passed over with a note (the pane lists them and checks them on request alike).
   */
  includeHidden?: boolean;
}

export interface TableResult {
  table: GoalTable;
  findings: Finding[];
}

export interface SheetResult {
  sheet: string;
  tables: TableResult[];
  /**
   * What the sheet holds outside any table: an indicator header that could not be read, or
   * the part of a sheet too big to hold that the host left out (`read/sheet-cut`).
   */
  notes: Finding[];
}

export interface WorkbookResult {
  sheets: SheetResult[];
  counts: Record<Severity, number>;
}

function effectiveSeverity(rule: Rule, config: Config | undefined): Severity | "off" {
  return config?.rules[rule.meta.id] ?? rule.meta.severity;
}

function toFinding(rule: Rule, severity: Severity, table: GoalTable, report: Report): Finding {
  const quoted = rule.meta.messages[report.messageId];
  const template = quoted && report.data?.unnamedRow ? unnamedWording(quoted) : quoted;
  const finding: Finding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    severity,
    sheet: table.sheet,
    address: report.address,
    message: template ? fillTemplate(template.zh, report.data) : report.messageId,
    messageEn: template ? fillTemplate(template.en, report.data) : report.messageId,
  };
  const suggestion = report.suggestion;
  if (suggestion) {
    if ("messageId" in suggestion) {
      const suggestionTemplate = rule.meta.messages[suggestion.messageId];
      if (suggestionTemplate) {
        finding.suggestion = fillTemplate(suggestionTemplate.zh, suggestion.data);
        finding.suggestionEn = fillTemplate(suggestionTemplate.en, suggestion.data);
      }
    } else {
      finding.suggestion = suggestion.zh;
      finding.suggestionEn = suggestion.en;
    }
  }
  if (report.fix) {
    const fix = fixOf(table.sheet, report.fix, finding);
    if (fix) finding.fix = fix;
  }
  return finding;
}

/** Runs the rules over already recognized tables (all tables of one workbook). */
export function checkTables(
  tables: readonly GoalTable[],
  options: CheckOptions = {}
): TableResult[] {
  return withTextCaches(() => runRules(tables, options));
}

/**
 * Runs the rules that `select` keeps on the tables at `targets` (positions in `tables`),
 * with every table of `tables` as the workbook; one result per target, in that order.
 */
export function checkTablesAmong(
  tables: readonly GoalTable[],
  targets: readonly number[],
  options: CheckOptions,
  select: (rule: Rule) => boolean = () => true
): TableResult[] {
  return withTextCaches(() => runRules(tables, options, targets, select));
}

/** A rule the check runs, at its severity; a row-by-row rule also runs on further sets of targets. */
interface ActiveRule {
  rule: Rule;
  severity: Severity;
  rowByRow: boolean;
}

function runRules(
  tables: readonly GoalTable[],
  options: CheckOptions,
  targets?: readonly number[],
  select: (rule: Rule) => boolean = () => true
): TableResult[] {
  // Severities are looked up once, not once per table.
  const active: ActiveRule[] = [];
  for (const rule of options.rules ?? RULES) {
    const severity = effectiveSeverity(rule, options.config);
    if (severity !== "off" && select(rule))
      active.push({ rule, severity, rowByRow: !rule.meta.wholeTable });
  }
  // The rules that apply to each profile and form, in catalogue order, found once per check;
  // a workbook's tables mostly share one profile and form, so the last answer is kept at hand.
  const applicable = new Map<ProfileId, Map<FormKind, ActiveRule[]>>();
  let last: { profile: ProfileId; form: FormKind; entries: ActiveRule[] } | undefined;
  const rulesFor = (table: GoalTable): ActiveRule[] => {
    if (last?.profile === table.profile && last.form === table.form) return last.entries;
    let byForm = applicable.get(table.profile);
    if (!byForm) applicable.set(table.profile, (byForm = new Map()));
    let entries = byForm.get(table.form);
    if (!entries) {
      entries = active.filter(
        ({ rule }) =>
          rule.meta.profiles.includes(table.profile) &&
          (!rule.meta.forms || rule.meta.forms.includes(table.form))
      );
      byForm.set(table.form, entries);
    }
    last = { profile: table.profile, form: table.form, entries };
    return entries;
  };
  const scoring = options.config?.scoring ?? DEFAULT_SCORING;
  const approvedGoals = options.approvedGoals ?? [];
  // Rules check what staff wrote: blank placeholder rows of the grid are no indicators.
  const views = tables.map(withFilledRowsOnly);
  return (targets ?? tables.map((_, i) => i)).map((i) => {
    const table = tables[i];
    const findings: Finding[] = [];
    let seen: Set<string> | undefined;
    // One report function per table, for the rule that runs now.
    let current = active[0];
    const report = (r: Report) => {
      const finding = toFinding(current.rule, current.severity, table, r);
      // The same finding twice (e.g. a merged cell reached from two rows) is reported once.
      const key = `${finding.ruleId}|${finding.address}|${finding.message}`;
      seen ??= new Set();
      if (seen.has(key)) return;
      seen.add(key);
      findings.push(finding);
    };
    const context: RuleContext = {
      table: views[i],
      fullTable: table,
      workbook: views,
      scoring,
      approvedGoals,
      report,
    };
    // A table's further sets of targets (per area, or 年度 beside 中期) are checked row by
    // row, each seen as a table with a context of its own, made once for all the rules.
    const setContexts =
      table.otherSets.length === 0
        ? NO_CONTEXTS
        : table.otherSets.map((set): RuleContext => {
            const view = withFilledRowsOnly(setView(table, set));
            return { ...context, table: view, fullTable: view };
          });
    const entries = rulesFor(table);
    // The rules of one table share what they work out about its rows.
    withRowFacts(() => {
      for (let r = 0; r < entries.length; r++) {
        current = entries[r];
        current.rule.check(context);
        if (!current.rowByRow) continue;
        for (let s = 0; s < setContexts.length; s++) current.rule.check(setContexts[s]);
      }
    });
    // Most tables have no finding: nothing to settle or sort.
    if (findings.length === 0) return { table, findings };
    const settled = settleFindings(findings).sort(compareFindings);
    return { table, findings: settled };
  });
}

const NO_CONTEXTS: readonly RuleContext[] = [];

/** A further set of targets seen as a table of its own, for the row-by-row rules. */
function setView(table: GoalTable, set: IndicatorSet): GoalTable {
  return {
    ...table,
    columns: set.columns,
    layout: set.layout,
    indicators: set.indicators,
    otherSets: [],
    continues: table.index,
  };
}

function withFilledRowsOnly(table: GoalTable): GoalTable {
  // Most tables have no blank placeholder row: their rows need no copying (told by a plain
  // loop, no callback called per row).
  const rows = table.indicators;
  for (let i = 0; i < rows.length; i++)
    if (!rows[i].filled) return { ...table, indicators: filledIndicators(table) };
  return table;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function addressOrder(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) return [0, 0];
  let col = 0;
  for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(match[2]), col];
}

/** Reading order: row, then column, then severity. */
export function compareFindings(a: Finding, b: Finding): number {
  const [rowA, colA] = addressOrder(a.address);
  const [rowB, colB] = addressOrder(b.address);
  return (
    rowA - rowB ||
    colA - colB ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Says why a row that looks like an indicator header gave no table (honest, not a guess). */
export function unreadableNote(snapshot: SheetSnapshot, header: UnreadableHeader): Finding {
  const key = `unreadable.${header.reason}` as const;
  const data = { row: header.row + 1 };
  return {
    ruleId: "recognize/unreadable-header",
    messageId: header.reason,
    severity: "info",
    sheet: snapshot.sheetName,
    address: toA1(header.row, snapshot.originCol),
    message: message(key, data),
    messageEn: message(key, data, "en"),
  };
}

/**
 * Says that only part of a sheet was checked, and what was left out: by the host, of a sheet
 * too big to hold, or by the grid, of merged areas overlapping as no sheet's can
 * (`leftOut`, which the sheet's recognition says).
 */
export function cutNote(snapshot: SheetSnapshot, leftOut = 0): Finding[] {
  const cut: SheetCut | undefined = leftOut
    ? { ...snapshot.cut, merges: (snapshot.cut?.merges ?? 0) + leftOut }
    : snapshot.cut;
  if (!cut) return [];
  const parts = (["rows", "columns", "longTexts", "formats", "merges"] as const).filter(
    (part) => cut[part]
  );
  if (parts.length === 0) return [];
  const say = (language: "zh" | "en") =>
    message(
      "read.cut",
      {
        sheet: snapshot.sheetName,
        what: parts
          .map((part) => message(`read.cut.${part}`, { count: cut[part] ?? 0 }, language))
          .join(language === "zh" ? "；" : "; "),
      },
      language
    );
  return [
    {
      ruleId: "read/sheet-cut",
      messageId: "cut",
      severity: "warning",
      sheet: snapshot.sheetName,
      address: toA1(snapshot.originRow, snapshot.originCol),
      message: say("zh"),
      messageEn: say("en"),
    },
  ];
}

/** Recognizes and checks every sheet of a workbook. */
export function checkWorkbook(
  snapshots: readonly SheetSnapshot[],
  options: CheckOptions = {}
): WorkbookResult {
  // One scope of text caches for the whole workbook: its sheets share labels and level names.
  return withTextCaches(() => checkSheets(snapshots, options));
}

/** Says that a hidden sheet was not checked, and how it is hidden. */
export function hiddenNote(snapshot: SheetSnapshot): Finding {
  const how = snapshot.hidden === "veryHidden" ? "read.veryHidden" : "read.hidden";
  const say = (language: "zh" | "en") =>
    message(
      "read.hiddenSheet",
      { sheet: snapshot.sheetName, how: message(how, {}, language) },
      language
    );
  return {
    ruleId: "read/hidden-sheet",
    messageId: "hidden",
    severity: "info",
    sheet: snapshot.sheetName,
    address: toA1(snapshot.originRow, snapshot.originCol),
    message: say("zh"),
    messageEn: say("en"),
  };
}

function checkSheets(snapshots: readonly SheetSnapshot[], options: CheckOptions): WorkbookResult {
  const profile = options.profile ?? options.config?.profile;
  const perSheet = snapshots.map((snapshot) => {
    if (snapshot.hidden && !options.includeHidden)
      return { sheet: snapshot.sheetName, tables: [], notes: [hiddenNote(snapshot)] };
    const { tables, unreadable, mergesLeftOut } = recognizeSheet(snapshot, { profile });
    return {
      sheet: snapshot.sheetName,
      tables,
      notes: [
        ...cutNote(snapshot, mergesLeftOut),
        ...unreadable.map((u) => unreadableNote(snapshot, u)),
      ],
    };
  });
  const allTables = perSheet.flatMap((sheet) => sheet.tables);
  const results = checkTables(allTables, options);
  const byTable = new Map(results.map((result) => [result.table, result]));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  for (const sheet of perSheet) for (const note of sheet.notes) counts[note.severity]++;
  return {
    sheets: perSheet.map((sheet) => ({
      sheet: sheet.sheet,
      tables: sheet.tables.map((table) => byTable.get(table) as TableResult),
      notes: sheet.notes,
    })),
    counts,
  };
}

/**
 * The pane's state and intents. Components render `state` and call intents; all
 * the work (reading, checking, marking) happens here through the domain and the host.
 */
import { checkWorkbook, compareFindings, SheetResult, WorkbookResult } from "../../domain/check";
import { Config } from "../../domain/config";
import { Finding, Severity } from "../../domain/findings";
import { findingKey, planMarks } from "../../domain/marks";
import { Language, MessageKey, t } from "../../domain/messages/catalog";
import { describeTable, TableReading } from "../../domain/inspect";
import { Grid } from "../../domain/grid";
import { recheckWorkbook } from "../../domain/incremental-check";
import { filledIndicators, FormKind, projectNameOf } from "../../domain/model";
import { SheetSnapshot } from "../../domain/snapshot";
import { findRule } from "../../domain/rules";
import { ScoreSummary, scoreSummary } from "../../domain/scoring/summary";
import { ScoringSettings } from "../../domain/scoring/settings";
import {
  Capabilities,
  Feature,
  HostMessageError,
  ReadProgress,
  SheetInfo,
  SheetVisibility,
  WorkbookHost,
  WorkbookReadProgress,
} from "../../hosts/host";
import { FixController } from "./fixes";
import { apartFrom, checkedFileOf, reportPlans } from "./report";
import { RuleSettingsController, storedConfig } from "./settings";

export const IGNORED_SETTING = "perfgoal.ignored";
/** Whether the pane re-checks as cells are edited (on unless stored false). */
export const LIVE_SETTING = "perfgoal.liveRecheck";
/** How long after the last edit the live re-check starts. */
export const LIVE_DEBOUNCE_MS = 600;

export interface FindingView {
  key: string;
  finding: Finding;
  ignored: boolean;
  /** Why a reviewer cares, from the rule's docs. */
  why: { zh: string; en: string } | undefined;
}

export interface TableView {
  index: number;
  sheet: string;
  name: string;
  range: string;
  form: FormKind;
  profile: string;
  indicatorCount: number;
  filledIndicatorCount: number;
  findings: FindingView[];
  /** A self-evaluation's points and scores (评分汇总); absent for the other forms. */
  scores?: ScoreSummary;
}

export type Counts = Record<Severity, number>;

/** A sheet of the workbook as the last check saw it. */
export interface SheetView {
  name: string;
  visibility: SheetVisibility;
  /** False for a hidden sheet left out of the check. */
  checked: boolean;
  tableCount: number;
  /** Counts of findings not ignored (notes included). */
  counts: Counts;
}

/** A check covers every visible sheet (and the hidden ones on request), or the active sheet. */
export type Scope = "workbook" | "sheet";

/** The progress of a read: blocks of one sheet, and for a workbook the sheets too. */
export type CheckProgress = ReadProgress & Partial<WorkbookReadProgress>;

export interface PaneState {
  status: "idle" | "checking" | "done" | "failed";
  error?: string;
  language: Language;
  /** What the result shown covers (the check under way's scope while checking). */
  scope: Scope;
  /** The sheet checked, for a sheet check. */
  sheetName?: string;
  /** The sheets of the result, in tab order; hidden ones unchecked unless asked for. */
  sheets: SheetView[];
  /** Hidden and very hidden sheets are checked too. */
  includeHidden: boolean;
  tables: TableView[];
  /** Said when a sheet has an indicator header that could not be read (instead of "none found"). */
  notes: Finding[];
  /** Counts of findings not ignored. */
  counts: Counts;
  filter: Record<Severity, boolean>;
  showIgnored: boolean;
  ignoredCount: number;
  markedCount: number;
  unavailable: Feature[];
  /** While sheets are read: how many sheets, and blocks of a big one, are done. */
  progress?: CheckProgress;
  /** The finding 下一个 / 上一个 stand on (its key). */
  currentKey?: string;
  /** What 下一个 / 上一个 step through: every finding shown, or those of one severity. */
  stepSeverity: Severity | "all";
  /** Groups folded in the list: `sheet:<name>` and `table:<sheet>!<range>`. */
  collapsed: string[];
  /** 边改边查: edits re-check the sheets they touch (and the workbook-level rules). */
  live: boolean;
  /** The last action's outcome, for the status line. */
  notice?: { key: "pane.marked" | "pane.cleared" | "pane.cancelled"; count: number };
  /** 导出审核意见 is under way. */
  exporting: boolean;
  /** What the last 导出审核意见 did, or why it failed. */
  exported?: { key: MessageKey; data: Record<string, string> };
}

const ALL_FEATURES: Feature[] = ["mergedAreas", "notes", "cellFills", "settings", "dataValidation"];

/** The id of a sheet's or a table's group in the list, for folding. */
export function sheetGroup(sheet: string): string {
  return `sheet:${sheet}`;
}
export function tableGroup(table: Pick<TableView, "sheet" | "range">): string {
  return `table:${table.sheet}!${table.range}`;
}

function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

/** Table views of a checked sheet, numbered from `firstIndex`. */
function tableViews(
  sheet: SheetResult,
  firstIndex: number,
  scoring?: ScoringSettings
): TableView[] {
  return sheet.tables.map(({ table, findings }, i) => ({
    ...withScores(scoreSummary(table, scoring)),
    index: firstIndex + i,
    sheet: table.sheet,
    name: projectNameOf(table),
    range: table.rangeA1,
    form: table.form,
    profile: table.profile,
    indicatorCount: table.indicators.length,
    filledIndicatorCount: filledIndicators(table).length,
    findings: findings.map((finding) => ({
      key: findingKey(finding),
      finding,
      ignored: false,
      why: findRule(finding.ruleId)?.meta.docs.why,
    })),
  }));
}

function withScores(scores: ScoreSummary | null): Pick<TableView, "scores"> {
  return scores ? { scores } : {};
}

function unavailableFeatures(capabilities: Capabilities): Feature[] {
  return ALL_FEATURES.filter((feature) => !capabilities[feature]);
}

/** Lets the pane paint (and take a click on 取消) between two blocks of a read. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The failure in the pane's language: host messages come from the catalogue. */
function reasonOf(error: unknown, language: Language): string {
  if (error instanceof HostMessageError) return t(error.key, error.data, language);
  return error instanceof Error ? error.message : String(error);
}

export class PaneController {
  private current: PaneState;
  private readonly listeners = new Set<() => void>();
  private findings: Finding[] = [];
  private unsubscribeSheet: () => void = () => undefined;
  /** The check under way, to cancel it. */
  private running: AbortController | null = null;
  /** What the pane showed before the check under way, to go back to on cancel. */
  private beforeCheck: Pick<PaneState, "status" | "error"> = { status: "idle" };
  /** 更改 / 全部更改 / 撤销更改 on the findings of the result. */
  readonly fixes: FixController;
  /** 规则设置: the config every check passes on (stored in the workbook). */
  readonly settings: RuleSettingsController;

  /**
   * `reportExport: false` leaves out the pane's 导出审核意见, for a page that offers its own
   * (the web page downloads the report).
   */
  constructor(
    private readonly host: WorkbookHost,
    language: Language = "zh",
    options: { reportExport?: boolean } = {}
  ) {
    this.reportExport = options.reportExport !== false;
    this.current = {
      status: "idle",
      language,
      scope: "workbook",
      sheets: [],
      includeHidden: false,
      tables: [],
      notes: [],
      counts: emptyCounts(),
      stepSeverity: "all",
      collapsed: [],
      filter: { error: true, warning: true, info: true },
      showIgnored: false,
      ignoredCount: 0,
      markedCount: host.markedCount(),
      unavailable: unavailableFeatures(host.capabilities),
      live: host.getSetting<unknown>(LIVE_SETTING) !== false,
      exporting: false,
    };
    this.fixes = new FixController(
      host,
      () => this.fixableFindings(),
      () => this.recheck(),
      (error) => reasonOf(error, this.current.language)
    );
    this.settings = new RuleSettingsController(host, () => this.current.language);
    this.seenConfig = this.settings.getSnapshot().config;
    this.settings.subscribe(() => this.onSettingsChanged());
  }

  /** The rule settings the result shown was checked with, as last seen. */
  private seenConfig: Config;
  /** The re-check the last settings change started (全部忽略 waits for it). */
  private settingsRecheck: Promise<void> = Promise.resolve();

  /**
   * A changed rule setting (switch, severity, profile, 全部忽略, import) makes the result
   * shown stale: check again what it covers, keeping the place in the list. A check under
   * way reads the settings when its read is done, so it needs nothing more.
   */
  private onSettingsChanged(): void {
    const { config } = this.settings.getSnapshot();
    if (config === this.seenConfig) return;
    this.seenConfig = config;
    if (this.current.status === "done") this.settingsRecheck = this.recheck(true);
  }

  /** The findings shown (not ignored) that carry a fix. */
  fixableFindings(): Finding[] {
    return this.current.tables
      .flatMap((table) => table.findings)
      .filter((view) => !view.ignored && view.finding.fix)
      .map((view) => view.finding);
  }

  /**
   * Checks again what the result covers: the workbook, or the active sheet; `keepView`
   * keeps the current finding and the folded groups.
   */
  recheck(keepView = false): Promise<void> {
    return this.current.scope === "workbook"
      ? this.checkWorkbook(this.current.includeHidden, keepView)
      : this.check(keepView);
  }

  get state(): PaneState {
    return this.current;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): PaneState => this.current;

  /** Starts listening for sheet switches; call once when the pane mounts. */
  start(): () => void {
    this.unsubscribeSheet = this.host.onSheetActivated(() => {
      // A sheet check follows the sheet the user is looking at. A workbook result already
      // covers every sheet: switching sheets (or stepping to a finding) keeps it.
      const settled = this.current.status === "done" || this.current.status === "failed";
      if (settled && this.current.scope === "sheet") void this.check();
    });
    const stopLive = this.startLive();
    return () => {
      this.unsubscribeSheet();
      stopLive();
    };
  }

  private update(patch: Partial<PaneState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }

  private ignoredKeys(): Set<string> {
    const stored = this.host.getSetting<unknown>(IGNORED_SETTING);
    return new Set(
      Array.isArray(stored) ? stored.filter((key): key is string => typeof key === "string") : []
    );
  }

  /** Rebuilds the views from the last findings and the stored ignore list. */
  private refreshViews(
    tables: TableView[] = this.current.tables,
    notes: Finding[] = this.current.notes
  ): void {
    const ignored = this.ignoredKeys();
    const counts = emptyCounts();
    const perSheet = new Map<string, Counts>();
    const count = (finding: Finding) => {
      counts[finding.severity]++;
      const sheet = perSheet.get(finding.sheet) ?? emptyCounts();
      sheet[finding.severity]++;
      perSheet.set(finding.sheet, sheet);
    };
    let ignoredCount = 0;
    const views = tables.map((table) => ({
      ...table,
      findings: table.findings.map((view) => {
        const isIgnored = ignored.has(view.key);
        if (isIgnored) ignoredCount++;
        else count(view.finding);
        return { ...view, ignored: isIgnored };
      }),
    }));
    for (const note of notes) count(note);
    const sheets = this.current.sheets.map((sheet) => ({
      ...sheet,
      counts: perSheet.get(sheet.name) ?? emptyCounts(),
    }));
    this.update({
      tables: views,
      notes,
      sheets,
      counts,
      ignoredCount,
      markedCount: this.host.markedCount(),
    });
  }

  setLanguage(language: Language): void {
    this.update({ language });
  }

  /** Checks every visible sheet (every sheet with `includeHidden`) as one workbook. */
  checkWorkbook(includeHidden = this.current.includeHidden, keepView = false): Promise<void> {
    return this.run(
      "workbook",
      async (signal, onProgress) => {
        const { sheets } = await this.host.listSheets();
        const wanted = sheets.filter((sheet) => includeHidden || sheet.visibility === "visible");
        const snapshots = await this.host.readSheets(
          wanted.map((sheet) => sheet.name),
          { signal, onProgress }
        );
        return { snapshots, sheets, includeHidden };
      },
      keepView
    );
  }

  /** Checks the active sheet alone (the workbook-level rules see only its tables). */
  check(keepView = false): Promise<void> {
    return this.run(
      "sheet",
      async (signal, onProgress) => {
        const snapshot = await this.host.readActiveSheet({ signal, onProgress });
        const sheets: SheetInfo[] = [{ name: snapshot.sheetName, visibility: "visible" }];
        return { snapshots: [snapshot], sheets, includeHidden: this.current.includeHidden };
      },
      keepView
    );
  }

  /** Reads (through `read`), checks and shows; a newer check or 取消 wins over this one. */
  private async run(
    scope: Scope,
    read: (
      signal: AbortSignal,
      onProgress: (progress: CheckProgress) => Promise<void>
    ) => Promise<{ snapshots: SheetSnapshot[]; sheets: SheetInfo[]; includeHidden: boolean }>,
    /** A live re-check keeps the current finding and the folded groups. */
    keepView = false,
    /** How the snapshots read are checked: in full, unless a re-check knows what changed. */
    checkRead: (snapshots: SheetSnapshot[], config: Config) => WorkbookResult = (
      snapshots,
      config
    ) => checkWorkbook(snapshots, { config })
  ): Promise<void> {
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    if (this.current.status !== "checking")
      this.beforeCheck = { status: this.current.status, error: this.current.error };
    this.update({ status: "checking", error: undefined, notice: undefined, progress: undefined });
    try {
      const { snapshots, sheets, includeHidden } = await read(run.signal, async (progress) => {
        if (run.signal.aborted) return;
        this.update({ progress });
        await nextTask();
      });
      // Cancelled while the last block was on its way: the pane went back already.
      if (run.signal.aborted) return;
      const config = storedConfig(this.host);
      const result = checkRead(snapshots, config);
      this.snapshots = snapshots;
      this.checked = { result, config };
      const tables: TableView[] = [];
      for (const sheet of result.sheets)
        tables.push(...tableViews(sheet, tables.length + 1, config.scoring));
      const checked = new Set(snapshots.map((snapshot) => snapshot.sheetName));
      this.running = null;
      this.findings = tables.flatMap((table) => table.findings.map((view) => view.finding));
      this.update({
        status: "done",
        scope,
        sheetName: scope === "sheet" ? snapshots[0]?.sheetName : undefined,
        sheets: sheets.map((sheet) => ({
          ...sheet,
          checked: checked.has(sheet.name),
          tableCount: tables.filter((table) => table.sheet === sheet.name).length,
          counts: emptyCounts(),
        })),
        includeHidden,
        progress: undefined,
        ...(keepView ? {} : { currentKey: undefined, collapsed: [] }),
      });
      this.refreshViews(
        tables,
        result.sheets.flatMap((sheet) => sheet.notes)
      );
    } catch (error) {
      if (run.signal.aborted) return;
      this.running = null;
      this.update({
        status: "failed",
        scope,
        error: reasonOf(error, this.current.language),
        progress: undefined,
      });
    }
  }

  /**
   * Stops the check under way before its next block; the pane goes back to what it
   * showed before (the earlier results, or the empty start), never to half a sheet.
   */
  cancelCheck(): void {
    const run = this.running;
    if (!run) return;
    run.abort();
    this.running = null;
    this.update({
      ...this.beforeCheck,
      progress: undefined,
      notice: { key: "pane.cancelled", count: 0 },
    });
  }

  /**
   * Selects the finding's cell, activating its sheet; on a hidden sheet (checked on
   * request) the finding only becomes the current one, as Excel cannot activate it.
   */
  async selectFinding(finding: Finding): Promise<void> {
    this.update({ currentKey: findingKey(finding) });
    const sheet = this.current.sheets.find((view) => view.name === finding.sheet);
    if (sheet && sheet.visibility !== "visible") return;
    await this.host.select(finding.sheet, finding.address);
  }

  /** The findings 下一个 / 上一个 step through, in reading order: sheet, row, column. */
  steppable(): FindingView[] {
    const { filter, stepSeverity, showIgnored } = this.current;
    const sheetOrder = new Map(this.current.sheets.map((sheet, i) => [sheet.name, i]));
    return this.current.tables
      .flatMap((table) => table.findings)
      .filter(
        ({ finding, ignored }) =>
          filter[finding.severity] &&
          (stepSeverity === "all" || finding.severity === stepSeverity) &&
          (showIgnored || !ignored)
      )
      .sort(
        (a, b) =>
          (sheetOrder.get(a.finding.sheet) ?? 0) - (sheetOrder.get(b.finding.sheet) ?? 0) ||
          compareFindings(a.finding, b.finding)
      );
  }

  /**
   * Selects the next (1) or previous (-1) finding after the current one, wrapping around
   * at either end; unfolds its groups so the list can show it.
   */
  async step(direction: 1 | -1): Promise<void> {
    const order = this.steppable();
    if (order.length === 0) return;
    const at = this.positionIn(order, direction);
    const view = order[(at + order.length) % order.length];
    const groups = new Set([sheetGroup(view.finding.sheet)]);
    const table = this.current.tables.find((t) => t.findings.some((f) => f.key === view.key));
    if (table) groups.add(tableGroup(table));
    this.update({ collapsed: this.current.collapsed.filter((group) => !groups.has(group)) });
    await this.selectFinding(view.finding);
  }

  /** Where a step from the current finding lands in `order` (may be -1 or order.length). */
  private positionIn(order: FindingView[], direction: 1 | -1): number {
    const key = this.current.currentKey;
    const index = order.findIndex((view) => view.key === key);
    if (index >= 0) return index + direction;
    // None yet (start at an end), or the current one is filtered out: go on from its place.
    const current = this.current.tables.flatMap((t) => t.findings).find((v) => v.key === key);
    if (!current) return direction > 0 ? 0 : order.length - 1;
    const sheetOrder = new Map(this.current.sheets.map((sheet, i) => [sheet.name, i]));
    const before = (view: FindingView) =>
      ((sheetOrder.get(view.finding.sheet) ?? 0) - (sheetOrder.get(current.finding.sheet) ?? 0) ||
        compareFindings(view.finding, current.finding)) < 0;
    const after = order.findIndex((view) => !before(view));
    const firstAfter = after < 0 ? order.length : after;
    return direction > 0 ? firstAfter : firstAfter - 1;
  }

  setStepSeverity(stepSeverity: Severity | "all"): void {
    this.update({ stepSeverity });
  }

  /** Folds or unfolds a sheet's or a table's group. */
  toggleGroup(group: string): void {
    const collapsed = this.current.collapsed;
    this.update({
      collapsed: collapsed.includes(group)
        ? collapsed.filter((g) => g !== group)
        : [...collapsed, group],
    });
  }

  /** Folds every table (the sheets stay open, listing their tables) or unfolds all. */
  setAllCollapsed(fold: boolean): void {
    this.update({ collapsed: fold ? this.current.tables.map(tableGroup) : [] });
  }

  /** Checks the workbook again with (or without) its hidden sheets. */
  setIncludeHidden(includeHidden: boolean): Promise<void> {
    this.update({ includeHidden });
    return this.checkWorkbook(includeHidden);
  }

  /**
   * How a table of the shown result was read (识别结果), worked out when the pane first shows
   * it: a check of a thousand tables would otherwise describe them all (some 30–60 ms) for
   * the one or two anyone opens. Undefined once the table is no longer in the result.
   */
  readingOf(view: TableView): TableReading | undefined {
    const known = this.readings.get(view);
    if (known) return known;
    const at = this.snapshots.findIndex((snapshot) => snapshot.sheetName === view.sheet);
    const table = this.checked?.result.sheets[at]?.tables.find(
      (result) => result.table.rangeA1 === view.range
    )?.table;
    if (!table) return undefined;
    const grid = new Grid(this.snapshots[at]);
    const reading = describeTable(table, (row, col) => grid.text(row, col));
    this.readings.set(view, reading);
    return reading;
  }

  async selectTable(table: TableView): Promise<void> {
    await this.host.select(table.sheet, table.range);
  }

  /** Selects one cell of a table (a figure of its 评分汇总); not on a hidden sheet. */
  async selectCell(sheetName: string, address: string): Promise<void> {
    const sheet = this.current.sheets.find((view) => view.name === sheetName);
    if (sheet && sheet.visibility !== "visible") return;
    await this.host.select(sheetName, address);
  }

  /** Marks the cells of the findings shown (not ignored, severity filter applied). */
  async mark(): Promise<void> {
    const ignored = this.ignoredKeys();
    const shown = this.findings.filter(
      (f) => this.current.filter[f.severity] && !ignored.has(findingKey(f))
    );
    const marks = planMarks(shown);
    await this.host.mark(marks);
    this.update({
      markedCount: this.host.markedCount(),
      notice: { key: "pane.marked", count: marks.length },
    });
  }

  async clearMarks(): Promise<void> {
    const count = await this.host.clearMarks();
    this.update({ markedCount: this.host.markedCount(), notice: { key: "pane.cleared", count } });
  }

  async ignore(view: FindingView): Promise<void> {
    const keys = this.ignoredKeys();
    keys.add(view.key);
    await this.host.setSetting(IGNORED_SETTING, [...keys]);
    this.refreshViews();
  }

  async unignore(view: FindingView): Promise<void> {
    const keys = this.ignoredKeys();
    keys.delete(view.key);
    await this.host.setSetting(IGNORED_SETTING, [...keys]);
    this.refreshViews();
  }

  /** 全部忽略: switches the rule off in the rule settings and checks again without it. */
  async ignoreRule(ruleId: string): Promise<void> {
    await this.settings.setEnabled(ruleId, false);
    await this.settingsRecheck;
  }

  async resetIgnored(): Promise<void> {
    await this.host.setSetting(IGNORED_SETTING, []);
    this.refreshViews();
  }

  toggleSeverity(severity: Severity): void {
    this.update({ filter: { ...this.current.filter, [severity]: !this.current.filter[severity] } });
  }

  setShowIgnored(showIgnored: boolean): void {
    this.update({ showIgnored });
  }

  /** Whether the pane offers 导出审核意见. */
  readonly reportExport: boolean;

  /** Whether 导出审核意见 can open a workbook of its own (else it adds sheets to this one). */
  get canOpenWorkbook(): boolean {
    return this.host.capabilities.newWorkbook === true && this.host.openWorkbook !== undefined;
  }

  /**
   * 导出审核意见: the last result (ignored findings left out) as the review report. Opened
   * as a workbook of its own where the host can, its cells linking to this workbook by
   * file name (they work once the report is saved beside it); with `asSheets`, or where
   * the host cannot, added to this workbook under free sheet names, linking to the cells.
   */
  async exportReport(asSheets = false): Promise<void> {
    if (!this.reportExport || this.current.status !== "done" || this.current.exporting) return;
    const { language } = this.current;
    const name = this.host.workbookName?.() ?? null;
    const file = name ?? t("pane.reportThisWorkbook", {}, language);
    const opensNew = !asSheets && this.canOpenWorkbook;
    const checked = checkedFileOf(this.current, file, opensNew ? (name ?? undefined) : "");
    if (!checked) return;
    this.update({ exporting: true, exported: undefined });
    try {
      let exported: PaneState["exported"];
      if (opensNew && this.host.openWorkbook) {
        await this.host.openWorkbook(reportPlans(checked, name !== null));
        exported = { key: name ? "pane.reportOpened" : "pane.reportOpenedNoLinks", data: {} };
      } else {
        const { sheets } = await this.host.listSheets();
        const taken = sheets.map((sheet) => sheet.name);
        const plans = apartFrom(reportPlans(checked, true), taken);
        for (const plan of plans) await this.host.applyLayout(plan);
        await this.host.select(plans[0].sheet, "A1");
        const names = plans.map((plan) => plan.sheet).join(t("pane.itemSeparator", {}, language));
        const key = asSheets ? "pane.reportAdded" : "pane.reportAddedNoNewWorkbook";
        exported = { key, data: { sheets: names } };
      }
      this.update({ exporting: false, exported });
    } catch (error) {
      const reason = reasonOf(error, language);
      this.update({ exporting: false, exported: { key: "pane.reportFailed", data: { reason } } });
    }
  }

  // ---- live re-check (边改边查) ----

  /** The snapshots the shown result was checked from, in its sheet order. */
  private snapshots: SheetSnapshot[] = [];
  /** The engine's result for `snapshots` and the config it was checked with. */
  private checked: { result: WorkbookResult; config: Config } | undefined;
  /** Readings (识别结果) already worked out, by the table's view. */
  private readonly readings = new WeakMap<TableView, TableReading>();
  /** Sheets edited since the last live re-check. */
  private readonly editedSheets = new Set<string>();
  private liveTimer: ReturnType<typeof setTimeout> | null = null;

  /** Listens for edits; each restarts the wait of LIVE_DEBOUNCE_MS before a re-check. */
  private startLive(): () => void {
    const unsubscribe = this.host.onValuesChanged(({ sheet }) => {
      if (!this.current.live || !this.covers(sheet)) return;
      this.editedSheets.add(sheet);
      this.scheduleLive();
    });
    return () => {
      unsubscribe();
      this.cancelLive();
    };
  }

  /** Whether the result shown covers the sheet (its edits can change the result). */
  private covers(sheet: string): boolean {
    if (this.current.status === "idle") return false;
    return this.current.scope === "sheet"
      ? this.current.sheetName === sheet
      : this.current.sheets.some((view) => view.name === sheet && view.checked);
  }

  private scheduleLive(): void {
    if (this.liveTimer) clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      this.liveTimer = null;
      // A check under way may have read the sheets before the edit: wait for it.
      if (this.current.status === "checking") this.scheduleLive();
      else void this.liveRecheck();
    }, LIVE_DEBOUNCE_MS);
  }

  private cancelLive(): void {
    if (this.liveTimer) clearTimeout(this.liveTimer);
    this.liveTimer = null;
    this.editedSheets.clear();
  }

  /**
   * Re-reads only the edited sheets and checks them with the other sheets' last
   * snapshots: only the tables an edit can reach are recognized and checked again, the
   * workbook-level rules on every table (`recheckWorkbook`); then re-marks, when cells are
   * marked, so the marks of findings gone are removed (their fill restored).
   */
  private async liveRecheck(): Promise<void> {
    const edited = [...this.editedSheets];
    this.editedSheets.clear();
    const scope = this.current.scope;
    const previous = this.snapshots;
    const checked = this.checked;
    const recheck = (snapshots: SheetSnapshot[], config: Config): WorkbookResult => {
      const sameConfig = checked && JSON.stringify(checked.config) === JSON.stringify(config);
      if (!checked || !sameConfig) return checkWorkbook(snapshots, { config });
      const changes = snapshots.flatMap((after, i) =>
        after === previous[i] ? [] : [{ before: previous[i], after }]
      );
      return recheckWorkbook(checked.result, changes, { config }).result;
    };
    const sheets = this.current.sheets.map(({ name, visibility }) => ({ name, visibility }));
    await this.run(
      scope,
      async (signal, onProgress) => {
        const fresh = await this.host.readSheets(edited, { signal, onProgress });
        const byName = new Map(fresh.map((snapshot) => [snapshot.sheetName, snapshot]));
        return {
          snapshots: previous.map((snapshot) => byName.get(snapshot.sheetName) ?? snapshot),
          sheets,
          includeHidden: this.current.includeHidden,
        };
      },
      true,
      recheck
    );
    if (this.current.status === "done" && this.host.markedCount() > 0) {
      await this.host.clearMarks();
      await this.mark();
    }
  }

  /** Turns 边改边查 on or off, stored with the workbook. */
  async setLive(live: boolean): Promise<void> {
    if (!live) this.cancelLive();
    this.update({ live });
    await this.host.setSetting(LIVE_SETTING, live);
  }
}

/**
 * The pane's state and intents. Components render `state` and call intents; all
 * the work (reading, checking, marking) happens here through the domain and the host.
 */
import { checkWorkbook } from "../../domain/check";
import { Finding, Severity } from "../../domain/findings";
import { findingKey, planMarks } from "../../domain/marks";
import { Language, t } from "../../domain/messages/catalog";
import { describeTables, TableReading } from "../../domain/inspect";
import { FormKind, projectNameOf } from "../../domain/model";
import { findRule } from "../../domain/rules";
import {
  Capabilities,
  Feature,
  HostMessageError,
  ReadProgress,
  WorkbookHost,
} from "../../hosts/host";

export const IGNORED_SETTING = "perfgoal.ignored";

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
  /** How the table was read (识别结果): header fields, column roles, what was not understood. */
  reading: TableReading;
  findings: FindingView[];
}

export type Counts = Record<Severity, number>;

export interface PaneState {
  status: "idle" | "checking" | "done" | "failed";
  error?: string;
  language: Language;
  sheetName?: string;
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
  /** While a big sheet is read in blocks: how many are done, of how many. */
  progress?: ReadProgress;
  /** The last action's outcome, for the status line. */
  notice?: { key: "pane.marked" | "pane.cleared" | "pane.cancelled"; count: number };
}

const ALL_FEATURES: Feature[] = ["mergedAreas", "notes", "cellFills", "settings", "dataValidation"];

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

  constructor(
    private readonly host: WorkbookHost,
    language: Language = "zh"
  ) {
    this.current = {
      status: "idle",
      language,
      tables: [],
      notes: [],
      counts: { error: 0, warning: 0, info: 0 },
      filter: { error: true, warning: true, info: true },
      showIgnored: false,
      ignoredCount: 0,
      markedCount: host.markedCount(),
      unavailable: unavailableFeatures(host.capabilities),
    };
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
      // Once the user has checked, the list follows the sheet they are looking at.
      if (this.current.status !== "idle" && this.current.status !== "checking") void this.check();
    });
    return () => this.unsubscribeSheet();
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
  private refreshViews(tables: TableView[] = this.current.tables): void {
    const ignored = this.ignoredKeys();
    const counts: Counts = { error: 0, warning: 0, info: 0 };
    let ignoredCount = 0;
    const views = tables.map((table) => ({
      ...table,
      findings: table.findings.map((view) => {
        const isIgnored = ignored.has(view.key);
        if (isIgnored) ignoredCount++;
        else counts[view.finding.severity]++;
        return { ...view, ignored: isIgnored };
      }),
    }));
    this.update({ tables: views, counts, ignoredCount, markedCount: this.host.markedCount() });
  }

  setLanguage(language: Language): void {
    this.update({ language });
  }

  async check(): Promise<void> {
    this.running?.abort();
    const run = new AbortController();
    this.running = run;
    if (this.current.status !== "checking")
      this.beforeCheck = { status: this.current.status, error: this.current.error };
    this.update({ status: "checking", error: undefined, notice: undefined, progress: undefined });
    try {
      const snapshot = await this.host.readActiveSheet({
        signal: run.signal,
        onProgress: async (progress) => {
          if (run.signal.aborted) return;
          this.update({ progress });
          await nextTask();
        },
      });
      // Cancelled while the last block was on its way: the pane went back already.
      if (run.signal.aborted) return;
      const result = checkWorkbook([snapshot]);
      const sheet = result.sheets[0];
      const readings = describeTables(
        snapshot,
        sheet.tables.map((t) => t.table)
      );
      const tables: TableView[] = sheet.tables.map(({ table, findings }, i) => ({
        index: i + 1,
        sheet: table.sheet,
        name: projectNameOf(table),
        range: table.rangeA1,
        form: table.form,
        profile: table.profile,
        indicatorCount: table.indicators.length,
        filledIndicatorCount: readings[i].filledIndicatorCount,
        reading: readings[i],
        findings: findings.map((finding) => ({
          key: findingKey(finding),
          finding,
          ignored: false,
          why: findRule(finding.ruleId)?.meta.docs.why,
        })),
      }));
      this.running = null;
      this.findings = tables.flatMap((table) => table.findings.map((view) => view.finding));
      this.update({
        status: "done",
        sheetName: snapshot.sheetName,
        notes: sheet.notes,
        progress: undefined,
      });
      this.refreshViews(tables);
    } catch (error) {
      if (run.signal.aborted) return;
      this.running = null;
      this.update({
        status: "failed",
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

  async selectFinding(finding: Finding): Promise<void> {
    await this.host.select(finding.sheet, finding.address);
  }

  async selectTable(table: TableView): Promise<void> {
    await this.host.select(table.sheet, table.range);
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
}

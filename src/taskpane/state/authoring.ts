/**
 * Authoring intents: insert a new table from a template (a goal table, or a
 * self-evaluation prefilled from a goal table of the workbook), fill in boilerplate and
 * scores with a preview the user applies in full or in part (a written score that differs
 * from the computed one only when ticked), undo the whole fill, and edit the phrase library
 * stored in the workbook. Domain plans, host writes.
 */
import {
  BoilerplateOptions,
  BoilerplatePlan,
  DEFAULT_PHRASES,
  EXPLANATION_SHEET,
  PhraseKey,
  PhraseLibrary,
  phraseLibrary,
  planBoilerplate,
  TableNote,
} from "../../domain/boilerplate";
import { CellEdit, LayoutPlan, PlanNotice } from "../../domain/edits";
import { filledIndicators, GoalTable, projectNameOf } from "../../domain/model";
import { recognizeSheet } from "../../domain/recognize";
import { ScoreKind } from "../../domain/scoring/fill";
import { parseA1, SheetSnapshot } from "../../domain/snapshot";
import { placeTemplate, planTemplate } from "../../domain/template";
import {
  planSelfEvaluationTemplate,
  selfEvaluationSize,
} from "../../domain/template/self-evaluation";
import { MessageKey } from "../../domain/messages/catalog";
import { withTextCaches } from "../../domain/text";
import { ProfileId } from "../../domain/vocabulary";
import { HostMessageError, WorkbookHost } from "../../hosts/host";
import type { Translate } from "../i18n";
import { reversedEdits } from "./edit-batches";
import { storedConfig } from "./settings";
import { StateStore } from "./store";

export const PHRASES_SETTING = "perfgoal.phrases";

/** A written score that differs from the computed one: its edit replaces it, when ticked. */
export interface ScoreChange {
  kind: ScoreKind;
  written: string;
  computed: string | number;
}

export interface PreviewItem {
  edit: CellEdit;
  selected: boolean;
  /** Set on a replacement of a differing score: unticked until the user consents. */
  score?: ScoreChange;
}

/** A goal table of the workbook that a self-evaluation can be prefilled from. */
export interface GoalTableChoice {
  /** `sheet#index`, what the view hands back. */
  key: string;
  sheet: string;
  index: number;
  range: string;
  name: string;
  profile: ProfileId;
}

export type TemplateForm = "project" | "selfEvaluation";

export interface TemplateRequest {
  /** A goal table (the default) or a self-evaluation. */
  form?: TemplateForm;
  /** A self-evaluation's goal table to copy the indicators and targets from (its profile wins). */
  approved?: GoalTableChoice;
  profile: ProfileId;
  projectName?: string;
  fundsTotal?: number;
  fundsFiscal?: number;
  fundsOther?: number;
}

/**
 * Why the last action failed: a host's refusal by its catalogue key, so that the pane shows
 * it in the language chosen now, or another error's own text.
 */
export type AuthoringFailure =
  { key: MessageKey; data: Record<string, string | number> } | { text: string };

/** A failure in the pane's language as it is now. */
export function failureText(failure: AuthoringFailure, text: Translate): string {
  return "key" in failure ? text(failure.key, failure.data) : failure.text;
}

function failureOf(error: unknown): AuthoringFailure {
  if (error instanceof HostMessageError) return { key: error.key, data: error.data };
  return { text: error instanceof Error ? error.message : String(error) };
}

export interface AuthoringState {
  busy: boolean;
  error?: AuthoringFailure;
  /** What the last action did, for the status line. */
  done?:
    | {
        kind: "inserted";
        sheet: string;
        address: string;
        newSheet: boolean;
        /** What the template assumed (a total taken as fiscal funds). */
        notices: PlanNotice[];
      }
    | {
        kind: "filled";
        count: number;
        /** The first cell written on 情况说明, when the fill wrote there: a link goes to it. */
        explanation?: { sheet: string; address: string };
      }
    | { kind: "undone"; count: number };
  preview: PreviewItem[] | null;
  /** Why tables of the preview got no 情况说明 (or got one anyway). */
  previewNotes: TableNote[];
  replaceRepeats: boolean;
  /** Goal tables of the workbook, active sheet first; null until looked for. */
  goalTables: GoalTableChoice[] | null;
  /** Write the 情况说明 also for tables with errors or without indicators. */
  explanationAnyway: boolean;
  /** The last fill as applied, for undo. */
  lastFill: CellEdit[] | null;
  library: PhraseLibrary;
}

const cellKey = (edit: Pick<CellEdit, "sheet" | "address">) => `${edit.sheet}!${edit.address}`;

/** Goal tables (not self-evaluations) with at least one filled indicator. */
function goalTablesIn(snapshots: readonly SheetSnapshot[]): GoalTable[] {
  return withTextCaches(() =>
    snapshots.flatMap((snapshot) => recognizeSheet(snapshot).tables)
  ).filter((table) => table.form !== "selfEvaluation" && filledIndicators(table).length > 0);
}

/**
 * The preview of a plan: the cells to fill, ticked unless the user unticked them before
 * (`kept`), then each differing score, ticked where the plan replaces it (the user consented).
 */
function previewOf(plan: BoilerplatePlan, kept: ReadonlyMap<string, boolean>): PreviewItem[] {
  const differing = new Set(plan.scoreDifferences.map(cellKey));
  const fills = plan.edits
    .filter((edit) => !differing.has(cellKey(edit)))
    .map((edit) => ({ edit, selected: kept.get(cellKey(edit)) ?? true }));
  const scores = plan.scoreDifferences.map((difference) => ({
    edit: difference.edit,
    selected: difference.replaced,
    score: {
      kind: difference.kind,
      written: difference.written,
      computed: difference.computed,
    },
  }));
  return [...fills, ...scores];
}

export class AuthoringController extends StateStore<AuthoringState> {
  /** What the last preview was planned from, to plan it again as scores are ticked. */
  private planned: { snapshots: SheetSnapshot[]; options: BoilerplateOptions } | null = null;

  constructor(private readonly host: WorkbookHost) {
    super({
      busy: false,
      preview: null,
      previewNotes: [],
      replaceRepeats: false,
      goalTables: null,
      explanationAnyway: false,
      lastFill: null,
      library: phraseLibrary(host.getSetting<unknown>(PHRASES_SETTING)),
    });
  }

  private async run(action: () => Promise<Partial<AuthoringState>>): Promise<void> {
    this.update({ busy: true, error: undefined, done: undefined });
    try {
      this.update({ ...(await action()), busy: false });
    } catch (error) {
      this.update({ busy: false, error: failureOf(error) });
    }
  }

  /** Looks for goal tables with indicators in the visible sheets, the active sheet's first. */
  findGoalTables(): Promise<void> {
    return this.run(async () => {
      const { sheets, active } = await this.host.listSheets();
      const names = sheets
        .filter((sheet) => sheet.visibility === "visible")
        .map((sheet) => sheet.name)
        .sort((a, b) => Number(b === active) - Number(a === active));
      const tables = goalTablesIn(await this.host.readSheets(names));
      const goalTables = tables.map((table) => ({
        key: `${table.sheet}#${table.index}`,
        sheet: table.sheet,
        index: table.index,
        range: table.rangeA1,
        name: projectNameOf(table),
        profile: table.profile,
      }));
      return { goalTables };
    });
  }

  /** The chosen goal table as it is now; a table no longer there is refused. */
  private async approvedTable(choice: GoalTableChoice): Promise<GoalTable> {
    const snapshot = await this.host.readSheet(choice.sheet);
    const table = goalTablesIn(snapshot ? [snapshot] : []).find((t) => t.index === choice.index);
    if (!table)
      throw new HostMessageError("author.goalTableGone", {
        sheet: choice.sheet,
        index: choice.index,
      });
    return table;
  }

  insertTemplate(request: TemplateRequest): Promise<void> {
    return this.run(async () => {
      const approved = request.approved && (await this.approvedTable(request.approved));
      const profile = approved?.profile ?? request.profile;
      const selection = await this.host.activeSelection();
      const snapshot = await this.host.readActiveSheet();
      const start = parseA1(selection.address.split(":")[0]) ?? { row: 0, col: 0 };
      const selfEvaluation = request.form === "selfEvaluation";
      const place = placeTemplate(
        profile,
        snapshot,
        start,
        selection.sheetNames,
        selfEvaluation
          ? { size: selfEvaluationSize(profile, approved), sheetName: "新项目绩效自评表" }
          : undefined
      );
      const at = { sheet: place.sheet, origin: place.origin };
      const plan: LayoutPlan = selfEvaluation
        ? planSelfEvaluationTemplate(profile, { ...request, ...at, approved })
        : planTemplate(profile, { ...request, ...at });
      await this.host.applyLayout(plan);
      return {
        done: {
          kind: "inserted",
          sheet: place.sheet,
          address: plan.focus,
          newSheet: place.newSheet,
          notices: plan.notices ?? [],
        },
      };
    });
  }

  setReplaceRepeats(replaceRepeats: boolean): void {
    this.update({ replaceRepeats });
  }

  setExplanationAnyway(explanationAnyway: boolean): void {
    this.update({ explanationAnyway });
  }

  /** Plans the fill for the active sheet and shows every cell it would write. */
  planFill(): Promise<void> {
    return this.run(async () => {
      const active = await this.host.readActiveSheet();
      const explanation =
        active.sheetName === EXPLANATION_SHEET
          ? null
          : await this.host.readSheet(EXPLANATION_SHEET);
      // Scored and recognized as the checks are: the workbook's profile and scoring.
      const config = storedConfig(this.host);
      const options: BoilerplateOptions = {
        library: this.current.library,
        replaceRepeats: this.current.replaceRepeats,
        explanationAnyway: this.current.explanationAnyway,
        profile: config.profile,
        scoring: config.scoring,
      };
      this.planned = { snapshots: explanation ? [active, explanation] : [active], options };
      // Every differing score starts unticked: replacing one is the user's choice.
      return this.replanned(new Map(), false);
    });
  }

  /**
   * The preview planned again with the scores the user consented to replace: the cells that
   * follow from them (the 总分) are computed from what will be there.
   */
  private replanned(
    kept: ReadonlyMap<string, boolean>,
    consent: ReadonlySet<string> | boolean
  ): Pick<AuthoringState, "preview" | "previewNotes"> {
    if (!this.planned) return { preview: null, previewNotes: [] };
    const { snapshots, options } = this.planned;
    const plan = planBoilerplate(snapshots, { ...options, replaceScores: consent });
    return { preview: previewOf(plan, kept), previewNotes: plan.notes };
  }

  /** The cells to fill as the user ticked them, and the differing scores ticked. */
  private ticks(): { kept: Map<string, boolean>; consent: Set<string> } {
    const preview = this.current.preview ?? [];
    const kept = new Map(
      preview.filter((item) => !item.score).map((item) => [cellKey(item.edit), item.selected])
    );
    const consent = new Set(
      preview.filter((item) => item.score && item.selected).map((item) => cellKey(item.edit))
    );
    return { kept, consent };
  }

  toggleItem(index: number): void {
    const item = this.current.preview?.[index];
    if (!item) return;
    if (item.score) {
      // Consent to replace a score changes what follows from it: plan again.
      const { kept, consent } = this.ticks();
      const key = cellKey(item.edit);
      if (item.selected) consent.delete(key);
      else consent.add(key);
      this.update(this.replanned(kept, consent));
      return;
    }
    const preview = this.current.preview?.map((other, i) =>
      i === index ? { ...other, selected: !other.selected } : other
    );
    this.update({ preview: preview ?? null });
  }

  /** Ticks or unticks every differing score of the preview (替换不一致的得分). */
  replaceAllScores(replace: boolean): void {
    if (this.current.preview) this.update(this.replanned(this.ticks().kept, replace));
  }

  /** Ticks or unticks the cells to fill; a differing score is replaced only when ticked itself. */
  selectAll(selected: boolean): void {
    const preview = this.current.preview?.map((item) =>
      item.score ? item : { ...item, selected }
    );
    this.update({ preview: preview ?? null });
  }

  cancelPreview(): void {
    this.planned = null;
    this.update({ preview: null, previewNotes: [] });
  }

  applyFill(): Promise<void> {
    return this.run(async () => {
      const chosen = (this.current.preview ?? [])
        .filter((item) => item.selected)
        .map((item) => item.edit);
      const applied = await this.host.applyEdits(chosen);
      const explanation = applied.find((edit) => edit.sheet === EXPLANATION_SHEET);
      this.planned = null;
      return {
        preview: null,
        previewNotes: [],
        lastFill: applied,
        done: {
          kind: "filled",
          count: applied.length,
          ...(explanation && {
            explanation: { sheet: explanation.sheet, address: explanation.address },
          }),
        },
      };
    });
  }

  /** Restores every cell of the last fill to exactly what it held before. */
  undoFill(): Promise<void> {
    return this.run(async () => {
      const applied = this.current.lastFill ?? [];
      const reverse = reversedEdits(applied);
      await this.host.applyEdits(reverse);
      return { lastFill: null, done: { kind: "undone", count: reverse.length } };
    });
  }

  /** Selects a cell the last action wrote (the link under its status), activating its sheet. */
  async goTo(sheet: string, address: string): Promise<void> {
    // Not through run(): the status with its link stays.
    try {
      await this.host.select(sheet, address);
    } catch (error) {
      this.update({ error: failureOf(error) });
    }
  }

  savePhrases(changes: Partial<Record<PhraseKey, string>>): Promise<void> {
    return this.run(async () => {
      const library = phraseLibrary({ ...this.current.library, ...changes });
      await this.host.setSetting(PHRASES_SETTING, library);
      return { library };
    });
  }

  resetPhrases(): Promise<void> {
    return this.run(async () => {
      await this.host.setSetting(PHRASES_SETTING, null);
      return { library: { ...DEFAULT_PHRASES } };
    });
  }
}

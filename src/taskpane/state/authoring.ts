/**
 * Authoring intents: insert a new table from a template, fill in boilerplate with a
 * preview the user applies in full or in part, undo the whole fill, and edit the
 * phrase library stored in the workbook. Domain plans, host writes.
 */
import {
  DEFAULT_PHRASES,
  EXPLANATION_SHEET,
  PhraseKey,
  PhraseLibrary,
  phraseLibrary,
  planBoilerplate,
  TableNote,
} from "../../domain/boilerplate";
import { CellEdit, PlanNotice } from "../../domain/edits";
import { parseA1 } from "../../domain/snapshot";
import { placeTemplate, planTemplate } from "../../domain/template";
import { ProfileId } from "../../domain/vocabulary";
import { WorkbookHost } from "../../hosts/host";
import { reversedEdits } from "./edit-batches";
import { StateStore } from "./store";

export const PHRASES_SETTING = "perfgoal.phrases";

export interface PreviewItem {
  edit: CellEdit;
  selected: boolean;
}

export interface TemplateRequest {
  profile: ProfileId;
  projectName?: string;
  fundsTotal?: number;
  fundsFiscal?: number;
  fundsOther?: number;
}

export interface AuthoringState {
  busy: boolean;
  error?: string;
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
  /** Write the 情况说明 also for tables with errors or without indicators. */
  explanationAnyway: boolean;
  /** The last fill as applied, for undo. */
  lastFill: CellEdit[] | null;
  library: PhraseLibrary;
}

export class AuthoringController extends StateStore<AuthoringState> {
  constructor(private readonly host: WorkbookHost) {
    super({
      busy: false,
      preview: null,
      previewNotes: [],
      replaceRepeats: false,
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
      this.update({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  insertTemplate(request: TemplateRequest): Promise<void> {
    return this.run(async () => {
      const selection = await this.host.activeSelection();
      const snapshot = await this.host.readActiveSheet();
      const start = parseA1(selection.address.split(":")[0]) ?? { row: 0, col: 0 };
      const place = placeTemplate(request.profile, snapshot, start, selection.sheetNames);
      const plan = planTemplate(request.profile, {
        ...request,
        sheet: place.sheet,
        origin: place.origin,
      });
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
      const plan = planBoilerplate(explanation ? [active, explanation] : [active], {
        library: this.current.library,
        replaceRepeats: this.current.replaceRepeats,
        explanationAnyway: this.current.explanationAnyway,
      });
      return {
        preview: plan.edits.map((edit) => ({ edit, selected: true })),
        previewNotes: plan.notes,
      };
    });
  }

  toggleItem(index: number): void {
    const preview = this.current.preview?.map((item, i) =>
      i === index ? { ...item, selected: !item.selected } : item
    );
    this.update({ preview: preview ?? null });
  }

  selectAll(selected: boolean): void {
    this.update({ preview: this.current.preview?.map((item) => ({ ...item, selected })) ?? null });
  }

  cancelPreview(): void {
    this.update({ preview: null, previewNotes: [] });
  }

  applyFill(): Promise<void> {
    return this.run(async () => {
      const chosen = (this.current.preview ?? [])
        .filter((item) => item.selected)
        .map((item) => item.edit);
      const applied = await this.host.applyEdits(chosen);
      const explanation = applied.find((edit) => edit.sheet === EXPLANATION_SHEET);
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
      this.update({ error: error instanceof Error ? error.message : String(error) });
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

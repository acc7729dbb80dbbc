/**
 * Fixes in the pane, spell-checker style: 更改 applies one finding's fix, 全部更改 every fix
 * of a rule in the result; each first shows every edit (cell, before → after) to confirm,
 * and 撤销更改 puts back every cell of the last batch. A cell changed since the plan is
 * left alone and named. After a write the pane checks again what it had checked.
 */
import { CellEdit } from "../../domain/edits";
import { Finding } from "../../domain/findings";
import { cellKey } from "../../domain/fix-findings";
import { applySkippingChanged, reversedEdits } from "./edit-batches";
import { StateStore } from "./store";
import { WorkbookHost } from "../../hosts/host";

export interface FixPreview {
  /** The rule of the batch, and the finding's cell for a single 更改. */
  ruleId: string;
  address?: string;
  edits: CellEdit[];
}

export interface FixState {
  busy: boolean;
  error?: string;
  preview: FixPreview | null;
  /** The last batch as written, for 撤销更改. */
  lastBatch: CellEdit[] | null;
  /** What the last action did: cells written (or restored) and cells left alone. */
  done?: { kind: "fixed" | "undone"; count: number; skipped: string[] };
}

/** The fixes' edits, one a cell (two findings may ask the same of one cell). */
function editsOf(findings: readonly Finding[]): CellEdit[] {
  const byCell = new Map<string, CellEdit>();
  for (const edit of findings.flatMap((finding) => finding.fix?.edits ?? []))
    if (!byCell.has(cellKey(edit))) byCell.set(cellKey(edit), edit);
  return [...byCell.values()];
}

export class FixController extends StateStore<FixState> {
  /**
   * `fixable` gives the findings shown whose fixes may be applied (not ignored);
   * `recheck` checks again what was checked; `reason` words a failure in the pane's language.
   */
  constructor(
    private readonly host: WorkbookHost,
    private readonly fixable: () => Finding[],
    private readonly recheck: () => Promise<void>,
    private readonly reason: (error: unknown) => string
  ) {
    super({ busy: false, preview: null, lastBatch: null });
  }

  /** Shows the edits of one finding's fix. */
  previewFinding(finding: Finding): void {
    if (!finding.fix) return;
    const edits = editsOf([finding]);
    this.update({
      preview: { ruleId: finding.ruleId, address: finding.address, edits },
      done: undefined,
      error: undefined,
    });
  }

  /** Shows the edits of every fix of the rule in the result. */
  previewRule(ruleId: string): void {
    const findings = this.fixable().filter((finding) => finding.ruleId === ruleId);
    this.update({
      preview: { ruleId, edits: editsOf(findings) },
      done: undefined,
      error: undefined,
    });
  }

  cancelPreview(): void {
    this.update({ preview: null });
  }

  /** Writes the previewed edits (not over a cell changed since), then checks again. */
  apply(): Promise<void> {
    const edits = this.current.preview?.edits ?? [];
    return this.run(async () => {
      const { applied, skipped } = await applySkippingChanged(this.host, edits);
      return {
        preview: null,
        lastBatch: applied.length > 0 ? applied : this.current.lastBatch,
        done: { kind: "fixed", count: applied.length, skipped },
      };
    });
  }

  /** Restores every cell of the last batch that still holds what was written, then checks again. */
  undo(): Promise<void> {
    const batch = this.current.lastBatch ?? [];
    return this.run(async () => {
      const { applied, skipped } = await applySkippingChanged(this.host, reversedEdits(batch));
      return { lastBatch: null, done: { kind: "undone", count: applied.length, skipped } };
    });
  }

  private async run(action: () => Promise<Partial<FixState>>): Promise<void> {
    this.update({ busy: true, error: undefined, done: undefined });
    let outcome: Partial<FixState>;
    try {
      outcome = await action();
    } catch (error) {
      this.update({ busy: false, error: this.reason(error) });
      return;
    }
    this.update(outcome);
    await this.recheck();
    this.update({ busy: false });
  }
}

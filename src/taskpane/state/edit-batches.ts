/**
 * Writing a batch of planned edits and undoing it, shared by the boilerplate fill and the
 * fixes: the host refuses a whole batch when one cell is not as planned, so a cell the user
 * changed since the plan is left out (and named) and the rest is written.
 */
import { CellEdit } from "../../domain/edits";
import { HostWriteError, WorkbookHost } from "../../hosts/host";

export interface BatchOutcome {
  /** The edits written, with `previous` set to what the cells held: for undo. */
  applied: CellEdit[];
  /** Cells left alone (`Sheet!A1`): changed since the plan, or now holding a formula. */
  skipped: string[];
}

const cellOf = (edit: Pick<CellEdit, "sheet" | "address">) => `${edit.sheet}!${edit.address}`;

/**
 * Writes the edits, leaving out each cell the host refuses; one more round trip per cell
 * left out, and at most as many tries as edits.
 */
export async function applySkippingChanged(
  host: WorkbookHost,
  edits: readonly CellEdit[]
): Promise<BatchOutcome> {
  let pending = edits.slice();
  const skipped: string[] = [];
  for (;;) {
    try {
      return { applied: await host.applyEdits(pending), skipped };
    } catch (error) {
      if (!(error instanceof HostWriteError)) throw error;
      const refused = cellOf(error);
      const rest = pending.filter((edit) => cellOf(edit) !== refused);
      // A refusal of a cell outside the batch is not the user's edit: report it as it is.
      if (rest.length === pending.length) throw error;
      skipped.push(refused);
      pending = rest;
    }
  }
}

/**
 * The edits that put back what the applied ones replaced, exactly: the old content (text
 * stays text), and only where the cell still holds what was written.
 */
export function reversedEdits(applied: readonly CellEdit[]): CellEdit[] {
  return applied.map((edit) => ({
    ...edit,
    // Plans write only into empty cells or over text and numbers, so that is what was there.
    value:
      typeof edit.previous === "string" || typeof edit.previous === "number" ? edit.previous : null,
    asText: typeof edit.previous === "string",
    previous: edit.value,
    overwrite: true,
  }));
}

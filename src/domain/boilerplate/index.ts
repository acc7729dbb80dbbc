/**
 * Fill boilerplate: 指标值确定依据 where empty, and a 绩效目标指标情况说明 per table,
 * below the table when there is room, else on a sheet `情况说明`. Planned edits only:
 * nothing non-empty is overwritten unless the user consented (replaceRepeats).
 */
import { CellEdit } from "../edits";
import { Grid } from "../grid";
import { GoalTable, projectNameOf } from "../model";
import { recognizeGrid } from "../recognize";
import { SheetSnapshot, toA1 } from "../snapshot";
import { ProfileId } from "../vocabulary";
import { planBasisFill } from "./basis";
import { explanationLines } from "./explanation";
import { PhraseLibrary } from "./phrases";

export { DEFAULT_PHRASES, PHRASE_KEYS, phraseLibrary } from "./phrases";
export type { PhraseKey, PhraseLibrary } from "./phrases";
export { explanationLines } from "./explanation";
export { planBasisFill } from "./basis";

export const EXPLANATION_SHEET = "情况说明";

export interface BoilerplateOptions {
  library: PhraseLibrary;
  basis?: boolean;
  explanation?: boolean;
  /** Replace a basis that only repeats the indicator (the user agreed). */
  replaceRepeats?: boolean;
  profile?: ProfileId;
}

export interface BoilerplatePlan {
  edits: CellEdit[];
  /** Sheets the host must create before applying the edits. */
  newSheets: string[];
  tables: GoalTable[];
}

function rowsEmpty(grid: Grid, top: number, bottom: number, left: number, right: number): boolean {
  for (let row = top; row <= bottom; row++) if (!grid.isRowEmpty(row, left, right)) return false;
  return true;
}

/** Where the section fits below the table: a blank row, then the lines, then nothing until the next table. */
function roomBelow(grid: Grid, table: GoalTable, nextTop: number, lines: number): number | null {
  const first = table.range.bottom + 2;
  const last = first + lines - 1;
  if (last >= nextTop - 1) return null;
  return rowsEmpty(grid, table.range.bottom + 1, last + 1, table.range.left, table.range.right)
    ? first
    : null;
}

function linesAt(sheet: string, row: number, col: number, lines: string[]): CellEdit[] {
  return lines.map((text, i) => ({
    sheet,
    address: toA1(row + i, col),
    value: text,
    asText: true,
    previous: null,
  }));
}

export function planBoilerplate(
  snapshots: readonly SheetSnapshot[],
  options: BoilerplateOptions
): BoilerplatePlan {
  const edits: CellEdit[] = [];
  const tables: GoalTable[] = [];
  const explanationSnapshot = snapshots.find((s) => s.sheetName === EXPLANATION_SHEET);
  // On the 情况说明 sheet, sections go after whatever it already holds.
  let fallbackRow = explanationSnapshot
    ? explanationSnapshot.originRow + explanationSnapshot.values.length + 1
    : 0;
  let usesFallback = false;
  for (const snapshot of snapshots) {
    if (snapshot.sheetName === EXPLANATION_SHEET) continue;
    const grid = new Grid(snapshot);
    const sheetTables = recognizeGrid(grid, { profile: options.profile }).tables;
    sheetTables.forEach((table, i) => {
      tables.push(table);
      const basisEdits =
        options.basis === false
          ? []
          : planBasisFill(table, options.library, { replaceRepeats: options.replaceRepeats });
      edits.push(...basisEdits);
      if (options.explanation === false) return;
      const newBasis = new Map(basisEdits.map((edit) => [edit.address, String(edit.value)]));
      const lines = explanationLines(table, options.library, newBasis);
      const next = sheetTables[i + 1];
      const nextTop = next ? (next.title?.row ?? next.range.top) : Number.POSITIVE_INFINITY;
      const row = roomBelow(grid, table, nextTop, lines.length);
      if (row !== null) {
        edits.push(...linesAt(table.sheet, row, table.range.left, lines));
        return;
      }
      usesFallback = true;
      const titled = [
        `${projectNameOf(table) || table.rangeA1}（${table.sheet}!${table.rangeA1}）${lines[0]}`,
        ...lines.slice(1),
      ];
      edits.push(...linesAt(EXPLANATION_SHEET, fallbackRow, 0, titled));
      fallbackRow += titled.length + 1;
    });
  }
  return {
    edits,
    newSheets: usesFallback && !explanationSnapshot ? [EXPLANATION_SHEET] : [],
    tables,
  };
}

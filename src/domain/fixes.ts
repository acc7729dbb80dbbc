/**
 * The plan that applies every fix of a workbook (the fixes themselves: fix-findings.ts).
 */
import { CheckOptions, checkWorkbook } from "./check";
import { CellEdit } from "./edits";
import { Finding } from "./findings";
import { cellKey, SYMBOL_DECIDERS } from "./fix-findings";
import { RULES } from "./rules";
import { parseA1, SheetSnapshot } from "./snapshot";

/** Every fix of the findings, filtered by rule: one consistent set of edits. */
export function fixesOf(findings: readonly Finding[], ruleIds?: readonly string[]): Finding[] {
  return findings.filter((f) => f.fix && (!ruleIds || ruleIds.includes(f.ruleId)));
}

/** The snapshots with the edits applied (copies; the given ones are left as they are). */
export function applyToSnapshots(
  snapshots: readonly SheetSnapshot[],
  edits: readonly CellEdit[]
): SheetSnapshot[] {
  return snapshots.map((snapshot) => {
    const mine = edits.filter((edit) => edit.sheet === snapshot.sheetName);
    if (mine.length === 0) return snapshot;
    const values = snapshot.values.map((row) => row.slice());
    const texts = snapshot.texts?.map((row) => row.slice());
    for (const edit of mine) {
      const cell = parseA1(edit.address);
      if (!cell) continue;
      const r = cell.row - snapshot.originRow;
      const c = cell.col - snapshot.originCol;
      if (r < 0 || c < 0) continue;
      while (values.length <= r) values.push([]);
      while (values[r].length <= c) values[r].push(null);
      values[r][c] = edit.value;
      if (texts) {
        while (texts.length <= r) texts.push([]);
        while (texts[r].length <= c) texts[r].push("");
        texts[r][c] = edit.value === null ? "" : String(edit.value);
      }
    }
    return { ...snapshot, values, texts };
  });
}

/** Fixing stops after this many rounds: a fix that keeps offering another is not followed. */
const MAX_ROUNDS = 10;

export interface FixPlan {
  /** One edit a cell: what it held at first (`previous`) and what it holds at the end. */
  edits: CellEdit[];
  /** The findings whose fixes were applied, round by round. */
  fixed: Finding[];
}

/**
 * Applies every fix (of `ruleIds`, or of all rules), checks again, and repeats while new
 * fixes appear (a fix withdrawn for a cell another fix took comes back in the next round).
 * With `ruleIds`, the other rules are not run, except those that decide a cell's symbol: a
 * spelling is not "fixed" on a cost row that needs ≤.
 */
export function planFixes(
  snapshots: readonly SheetSnapshot[],
  options: CheckOptions & { ruleIds?: readonly string[] } = {}
): FixPlan {
  const byCell = new Map<string, CellEdit>();
  const fixed: Finding[] = [];
  const { ruleIds } = options;
  const rules = ruleIds
    ? (options.rules ?? RULES).filter(
        (r) => ruleIds.includes(r.meta.id) || SYMBOL_DECIDERS.has(r.meta.id)
      )
    : options.rules;
  let current = snapshots.slice();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = checkWorkbook(current, { ...options, rules });
    const findings = result.sheets.flatMap((sheet) => sheet.tables.flatMap((t) => t.findings));
    const fixable = fixesOf(findings, ruleIds);
    if (fixable.length === 0) break;
    const edits = fixable.flatMap((finding) => finding.fix?.edits ?? []);
    for (const edit of edits) {
      const first = byCell.get(cellKey(edit));
      byCell.set(
        cellKey(edit),
        first ? { ...edit, previous: first.previous, overwrite: first.overwrite } : edit
      );
    }
    fixed.push(...fixable);
    current = applyToSnapshots(current, edits);
  }
  // A cell brought back to what it held is no edit.
  const edits = [...byCell.values()].filter((edit) => edit.value !== edit.previous);
  return { edits, fixed };
}

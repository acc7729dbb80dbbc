/** Lays a plan's edits and merges into a snapshot, as a host would: for tests of the domain's plans. */
import { CellEdit, LayoutPlan } from "../../src/domain/edits";
import { CellValue, parseA1, SheetSnapshot } from "../../src/domain/snapshot";

export function applyToSnapshot(
  snapshot: SheetSnapshot,
  edits: readonly CellEdit[],
  plan?: LayoutPlan
): SheetSnapshot {
  const values = snapshot.values.map((row) => [...row]);
  const texts = snapshot.texts?.map((row) => [...row]);
  for (const edit of edits) {
    if (edit.sheet !== snapshot.sheetName) continue;
    const cell = parseA1(edit.address);
    if (!cell) throw new Error(`bad address ${edit.address}`);
    const r = cell.row - snapshot.originRow;
    const c = cell.col - snapshot.originCol;
    if (r < 0 || c < 0) throw new Error(`${edit.address} lies before the snapshot's origin`);
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = edit.value as CellValue;
    if (texts) {
      while (texts.length <= r) texts.push([]);
      while (texts[r].length <= c) texts[r].push("");
      texts[r][c] = edit.value === null ? "" : String(edit.value);
    }
  }
  const width = Math.max(0, ...values.map((row) => row.length));
  for (const row of values) while (row.length < width) row.push(null);
  return {
    ...snapshot,
    values,
    texts,
    merges: snapshot.merges === null ? null : [...snapshot.merges, ...(plan?.merges ?? [])],
  };
}

/** Helpers for the Office adapter tests: a host on a fake workbook, and round-trip counting. */
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { MARK_FILLS, PlannedMark } from "../../src/domain/marks";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";
import { Severity } from "../../src/domain/findings";

export function hostOn(workbook: FakeWorkbook, options: { settings?: boolean } = {}) {
  return new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: options.settings === false ? null : workbook.settings,
  });
}

/** Runs an operation and reports how many context.sync() round trips it took. */
export async function syncsOf<T>(
  workbook: FakeWorkbook,
  operation: () => Promise<T>
): Promise<{ result: T; syncs: number }> {
  const before = workbook.syncCount;
  const result = await operation();
  return { result, syncs: workbook.syncCount - before };
}

export const SHEET = "绩效目标表";

/** A sheet of `rows × cols` text cells (every cell has a value, so the used range covers it). */
export function gridBook(rows: number, cols: number, apiVersion?: string): FakeWorkbook {
  const values: CellValue[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => `格${r}-${c}`)
  );
  return FakeWorkbook.fromSnapshots(
    [snapshotFromRows(SHEET, values), snapshotFromRows("其他", [["x"]])],
    { apiVersion }
  );
}

export function markOf(address: string, severity: Severity = "error", sheet = SHEET): PlannedMark {
  return {
    sheet,
    address,
    severity,
    fill: MARK_FILLS[severity],
    note: `绩效目标表助手：${address}`,
  };
}

/** Lets timers and event handlers run. */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

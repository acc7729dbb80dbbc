/** Helpers for the Office adapter tests: a host on a fake workbook, and round-trip counting. */
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { MARK_FILLS, PlannedMark } from "../../src/domain/marks";
import { CellValue, SheetSnapshot, snapshotFromRows } from "../../src/domain/snapshot";
import { Severity } from "../../src/domain/findings";
import { buildSheet, CLEAN_HEBEI, IndicatorSpec, TableSpec } from "../support/layouts";

/**
 * The Office adapter on a fake workbook; `run` stands in for Excel.run (to hold syncs),
 * `settings: false` for an Excel without document settings.
 */
export function hostOn(
  workbook: FakeWorkbook,
  options: { settings?: boolean; run?: FakeWorkbook["run"] } = {}
) {
  return new OfficeWorkbookHost({
    run: options.run ?? workbook.run,
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

/** Indicators of the clean sample, reworded per project so that every table has its own texts. */
function indicatorsOf(project: number): IndicatorSpec[] {
  const name = `项目${project + 1}`;
  return [
    ...CLEAN_HEBEI,
    { ...CLEAN_HEBEI[0], level3: "完成测绘宗地数", value: 20 + (project % 30), unit: "宗" },
  ].map((indicator) => ({
    ...indicator,
    level3: `${indicator.level3}（${name}）`,
    description: `${name}：${indicator.description}`,
    basis: `${name}${indicator.basis}`,
  }));
}

/**
 * A sheet of `count` stacked tables of eight indicators each, with their merges; every
 * table's first symbol is written `>=`, a finding to mark.
 */
export function stackedTables(count: number): SheetSnapshot {
  const tables: TableSpec[] = Array.from({ length: count }, (_, project) => ({
    title: [`${project + 1}、项目${project + 1}绩效目标表`],
    header: {
      projectName: `项目${project + 1}：土地征收组卷报批`,
      fundsTotal: 40 + (project % 20),
      fundsFiscal: 40 + (project % 20),
      goal: `完成项目${project + 1}年度土地转用征收组卷报批工作，保障重点项目用地需求。`,
    },
    indicators: indicatorsOf(project).map((indicator, i) =>
      i === 0 ? { ...indicator, symbol: ">=" } : indicator
    ),
  }));
  return buildSheet({ name: SHEET, tables }).snapshot;
}

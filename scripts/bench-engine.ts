/**
 * The engine's figures, each measured in the fresh process `bench.ts` starts for it
 * (`node --expose-gc bench-engine.js <mode> <tables> [runs]`); prints one JSON line.
 *
 *   scale: warm-up checks on their own workbooks, then `runs` checks, each of a new
 *          workbook of `tables` tables whose texts no earlier check saw; heap after GC
 *          (the snapshot, the result) and the process's peak RSS.
 *   cold:  loads the engine and checks one workbook once: what a fresh process pays.
 */
import { performance } from "perf_hooks";
import type { WorkbookResult } from "../src/domain/check";
import type { SheetSnapshot } from "../src/domain/snapshot";
import { benchWorkbook } from "./bench-workbook";

const MB = 1024 * 1024;

export interface ScaleFigures {
  tables: number;
  indicatorRows: number;
  /** What the engine found in the last run: every table is expected. */
  tablesFound: number;
  rowsFound: number;
  findings: number;
  /** checkWorkbook time of each measured run (after the warm-up), ms: wall and process CPU. */
  runsMs: number[];
  runsCpuMs: number[];
  /** Heap used after GC by the snapshot of one workbook, MB. */
  snapshotHeapMb: number;
  /** Heap used after GC that the check added: its result and any cache it filled, MB. */
  resultHeapMb: number;
  /** RSS once the modules were loaded, and the process's peak RSS (resourceUsage().maxRSS), MB. */
  startRssMb: number;
  peakRssMb: number;
}

export interface ColdFigures {
  tables: number;
  indicatorRows: number;
  /** Time to load the engine's modules, ms. */
  loadMs: number;
  /** The first checkWorkbook call, ms: wall and process CPU. */
  firstMs: number;
  firstCpuMs: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  gc();
  gc();
}

const heapUsed = () => process.memoryUsage().heapUsed;

/**
 * CPU time of the whole process (user + system, V8's GC and compiler threads included),
 * in ms: unlike wall time, barely changed by other processes on a busy machine.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function scale(tables: number, runs: number): ScaleFigures {
  // Loaded before the baseline, so module code counts in neither snapshot nor result.
  const { checkWorkbook } = require("../src/domain/check") as typeof import("../src/domain/check");
  const startRssMb = process.memoryUsage().rss / MB;
  // Warm-up on as many tables as one check of 1,000, in workbooks no bigger than measured.
  const warmUpTables = Math.min(tables, 1000);
  for (let done = 0; done < 1000; done += warmUpTables)
    checkWorkbook([benchWorkbook(warmUpTables).snapshot]);
  const runsMs: number[] = [];
  const runsCpuMs: number[] = [];
  let snapshotHeap = 0;
  let resultHeap = 0;
  let last: { result: WorkbookResult; rows: number } | null = null;
  for (let run = 0; run < runs; run++) {
    last = null;
    collectGarbage();
    const base = heapUsed();
    const workbook = benchWorkbook(tables);
    const snapshots: SheetSnapshot[] = [workbook.snapshot];
    collectGarbage();
    const withSnapshot = heapUsed();
    const start = performance.now();
    const startCpu = cpuMs();
    const result = checkWorkbook(snapshots);
    runsCpuMs.push(cpuMs() - startCpu);
    runsMs.push(performance.now() - start);
    collectGarbage();
    snapshotHeap = Math.max(snapshotHeap, withSnapshot - base);
    resultHeap = Math.max(resultHeap, heapUsed() - withSnapshot);
    last = { result, rows: workbook.indicatorRows };
  }
  const found = last?.result.sheets.flatMap((sheet) => sheet.tables) ?? [];
  const counts = last?.result.counts;
  return {
    tables,
    indicatorRows: last?.rows ?? 0,
    tablesFound: found.length,
    rowsFound: found.reduce((n, t) => n + t.table.indicators.length, 0),
    findings: counts ? counts.error + counts.warning + counts.info : 0,
    runsMs,
    runsCpuMs,
    snapshotHeapMb: snapshotHeap / MB,
    resultHeapMb: resultHeap / MB,
    startRssMb,
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  };
}

function cold(tables: number): ColdFigures {
  const workbook = benchWorkbook(tables);
  collectGarbage();
  const start = performance.now();
  const { checkWorkbook } = require("../src/domain/check") as typeof import("../src/domain/check");
  const loaded = performance.now();
  const loadedCpu = cpuMs();
  checkWorkbook([workbook.snapshot]);
  const checkedCpu = cpuMs();
  const checked = performance.now();
  return {
    tables,
    indicatorRows: workbook.indicatorRows,
    loadMs: loaded - start,
    firstMs: checked - loaded,
    firstCpuMs: checkedCpu - loadedCpu,
  };
}

if (require.main === module) {
  const [mode, tablesArg, runsArg] = process.argv.slice(2);
  const tables = Number(tablesArg);
  if (!Number.isInteger(tables) || tables < 1) throw new Error(`bad table count: ${tablesArg}`);
  if (mode === "scale") console.log(JSON.stringify(scale(tables, Number(runsArg ?? 3))));
  else if (mode === "cold") console.log(JSON.stringify(cold(tables)));
  else throw new Error(`unknown mode: ${mode}`);
}

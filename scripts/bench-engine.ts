/**
 * The engine's figures, each measured in the fresh process `bench.ts` starts for it
 * (`node <checkerFlags> --expose-gc bench-engine.js <mode> <tables> [runs]`, the flags of the
 * CLI's checking process); prints one JSON line.
 *
 *   scale:  warm-up checks on their own workbooks, then `runs` timed checks, each of a
 *           new workbook of `tables` tables whose texts no earlier check saw.
 *   memory: one check, as a CLI run makes it: heap after GC (the snapshot, what the
 *           check added) and the process's peak RSS.
 *   cold:   loads the engine and checks one workbook once: what a fresh process pays.
 *
 * No GC is forced before a timed check: V8 pays for a collection forced just before
 * (some 150 ms of a 1,000-table check), which no real check meets.
 */
import { performance } from "perf_hooks";
import type { WorkbookResult } from "../src/domain/check";
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
}

export interface MemoryFigures {
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

/**
 * Tables checked before measuring. Measured in one process, check after check of 1,000
 * tables: ~390, ~180, ~75, then 40–75 ms of CPU up to the twelfth or so, and ~36–45 ms from
 * there on but for a major collection every sixth check or so. After three checks, as this
 * once was, the timed runs still caught V8 settling.
 */
const WARM_UP_TABLES = 12_000;

function loadEngine() {
  return require("../src/domain/check") as typeof import("../src/domain/check");
}

function scale(tables: number, runs: number): ScaleFigures {
  const { checkWorkbook } = loadEngine();
  // Warm-up in workbooks no bigger than those measured, on texts of their own.
  const warmUpTables = Math.min(tables, 1000);
  for (let done = 0; done < WARM_UP_TABLES; done += warmUpTables)
    checkWorkbook([benchWorkbook(warmUpTables).snapshot]);
  const runsMs: number[] = [];
  const runsCpuMs: number[] = [];
  let last: { result: WorkbookResult; rows: number } | null = null;
  for (let run = 0; run < runs; run++) {
    last = null;
    const workbook = benchWorkbook(tables);
    const start = performance.now();
    const startCpu = cpuMs();
    const result = checkWorkbook([workbook.snapshot]);
    runsCpuMs.push(cpuMs() - startCpu);
    runsMs.push(performance.now() - start);
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
  };
}

function memory(tables: number): MemoryFigures {
  // Loaded before the baseline, so module code counts in neither snapshot nor result.
  const { checkWorkbook } = loadEngine();
  collectGarbage();
  const base = heapUsed();
  const startRssMb = process.memoryUsage().rss / MB;
  const workbook = benchWorkbook(tables);
  collectGarbage();
  const withSnapshot = heapUsed();
  const result = checkWorkbook([workbook.snapshot]);
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / MB;
  collectGarbage();
  const withResult = heapUsed();
  // Read after the measurement, so that the result is alive through it.
  if (result.sheets.length !== 1) throw new Error("the workbook has one sheet");
  return {
    snapshotHeapMb: (withSnapshot - base) / MB,
    resultHeapMb: (withResult - withSnapshot) / MB,
    startRssMb,
    peakRssMb,
  };
}

function cold(tables: number): ColdFigures {
  const workbook = benchWorkbook(tables);
  const start = performance.now();
  const { checkWorkbook } = loadEngine();
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
  else if (mode === "memory") console.log(JSON.stringify(memory(tables)));
  else if (mode === "cold") console.log(JSON.stringify(cold(tables)));
  else throw new Error(`unknown mode: ${mode}`);
}

/**
 * Benchmark: `npm run bench` (compiled, dist/scripts/bench.js), or `npx tsx scripts/bench.ts`.
 *
 * Every workbook is made by bench-workbook.ts with texts of its own, so no measured check
 * meets a text an earlier one cached. Each engine figure comes from a fresh process
 * (bench-engine.ts). Prints, with targets:
 *   - scaling: checkWorkbook (recognize + rules) on 100 … 20,000 tables: process CPU and
 *     wall time, rows/s and time per table (of CPU time, which other load on the machine
 *     barely changes), heap after GC and peak RSS; linearity and memory per 1,000 tables;
 *   - cold: loading the engine and its first check of 1,000 tables in a fresh process
 *     (also under Node's default flags: every other engine figure is taken under the V8
 *     flags of the CLI's checking process, where the engine runs);
 *     warm: rows/s at 1,000 tables after a warm-up on other texts;
 *   - the CLI against a bare SheetJS `XLSX.read` of the same 1,000-table file, fresh
 *     processes interleaved so that the machine's load hits both alike;
 *   - the web page's check of that file in headless Chromium against the CLI;
 *   - the pane: syncs, initial JavaScript, first render.
 *
 * Shorter: BENCH_SIZES=100,1000 (1,000 is always measured), BENCH_RUNS (checks per size),
 * BENCH_PROCESS_RUNS (CLI and bare load each), BENCH_BROWSER_RUNS.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import { checkerFlags } from "../src/cli/checker-process";
import { repoRoot } from "../test/support/paths";
import type { ColdFigures, MemoryFigures, ScaleFigures } from "./bench-engine";
import { paneFigures, WebCheck, webCheck, workbookLines } from "./bench-pane";
import { benchWorkbook, xlsxBytes } from "./bench-workbook";

const REFERENCE_TABLES = 1000;
const SIZES = sizesFromEnv(process.env.BENCH_SIZES) ?? [100, 1000, 5000, 20000];
const PROCESS_RUNS = positiveFromEnv(process.env.BENCH_PROCESS_RUNS) ?? 5;
/** Three, so that the web figure is a median, not the mean of two. */
const BROWSER_RUNS = positiveFromEnv(process.env.BENCH_BROWSER_RUNS) ?? 3;
const COLD_RUNS = 3;
/** A child that takes longer is stuck: the bench reports it rather than waiting on. */
const CHILD_TIMEOUT_MS = 10 * 60 * 1000;

const TARGET = {
  rowsPerSecond: 200_000,
  coldMs: 300,
  linearity: 1.2,
  mbPer1000Tables: 40,
  cliRatio: 1.0,
  webRatio: 1.5,
};

function positiveFromEnv(text: string | undefined): number | null {
  const n = Number(text);
  return text && Number.isInteger(n) && n > 0 ? n : null;
}

function sizesFromEnv(text: string | undefined): number[] | null {
  if (!text) return null;
  const sizes = text.split(",").map((part) => positiveFromEnv(part.trim()));
  if (sizes.some((n) => n === null)) throw new Error(`BENCH_SIZES: not a list of counts: ${text}`);
  return sizes as number[];
}

/**
 * Measured checks per size: fewer for big workbooks, where one takes seconds. A run that meets
 * a collection takes 1.3–2.5 times one that does not, at every size, and one run in three to
 * six meets one: out of three runs at 20,000 tables the median was 1,038 ms or 1,772 ms by
 * chance. Twenty-five at 1,000 tables, seven at 5,000 and five at 20,000 (some 30 s more).
 */
function runsFor(tables: number): number {
  return positiveFromEnv(process.env.BENCH_RUNS) ?? (tables <= 1000 ? 25 : tables <= 5000 ? 7 : 5);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs node with `args` in a fresh process; its wall time in ms and its stdout. */
function timeProcess(args: string[], cwd: string, okCodes: number[]) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    timeout: CHILD_TIMEOUT_MS,
  });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status ?? -1))
    throw new Error(
      `${args.join(" ")} exited with ${result.status ?? result.signal}: ${String(result.stderr).slice(0, 300)}`
    );
  return { ms, stdout: String(result.stdout) };
}

/**
 * bench-engine in a fresh process, compiled or under tsx alike, under the V8 flags of the
 * CLI's checking process (checkerFlags), where the engine runs in the product: its young
 * generation and its later optimizing change the figures (the first check of 1,000 tables
 * takes some 40 % less CPU under them). `nodeDefaults` leaves them out, for comparison.
 */
function engineChild<T>(root: string, args: string[], nodeDefaults = false): T {
  const script = join(__dirname, `bench-engine${__filename.endsWith(".ts") ? ".ts" : ".js"}`);
  const flags = nodeDefaults ? [] : checkerFlags();
  const { stdout } = timeProcess(
    [...process.execArgv, ...flags, "--expose-gc", script, ...args],
    root,
    [0]
  );
  return JSON.parse(stdout.trim().split("\n").pop() ?? "") as T;
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0].slice(0, 200);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const status = (ok: boolean) => (ok ? "PASS" : "MISS");

type Line = [figure: string, value: string, target: string, verdict: string];

function printTable(header: string[], lines: string[][], right: boolean[]): void {
  const rows = [header, ...lines];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd()
    );
}

interface SizeFigures extends ScaleFigures, MemoryFigures {
  /** Medians of the runs, ms. */
  wallMs: number;
  cpuMs: number;
  /** Indicator rows per second of CPU time. */
  rowsPerSecond: number;
  cpuMsPerTable: number;
  /** Peak RSS above the RSS at start, per 1,000 tables: snapshot and check together. */
  peakMbPer1000: number;
}

function scaling(root: string, sizes: number[]): SizeFigures[] {
  const figures: SizeFigures[] = [];
  for (const tables of sizes) {
    let f: ScaleFigures & MemoryFigures;
    try {
      f = {
        ...engineChild<ScaleFigures>(root, ["scale", String(tables), String(runsFor(tables))]),
        ...engineChild<MemoryFigures>(root, ["memory", String(tables)]),
      };
    } catch (error) {
      // Out of memory or out of time at one size: the other sizes still say something.
      console.log(`FAILED at ${fmt(tables)} tables: ${firstLine(error)}`);
      continue;
    }
    if (f.tablesFound !== f.tables || f.rowsFound !== f.indicatorRows)
      console.log(
        `WARNING: ${tables} tables: recognized ${f.tablesFound} tables / ${f.rowsFound} rows, ` +
          `expected ${f.tables} / ${f.indicatorRows}`
      );
    const cpuMs = median(f.runsCpuMs);
    figures.push({
      ...f,
      wallMs: median(f.runsMs),
      cpuMs,
      rowsPerSecond: f.indicatorRows / (cpuMs / 1000),
      cpuMsPerTable: cpuMs / tables,
      peakMbPer1000: (f.peakRssMb - f.startRssMb) / (tables / 1000),
    });
  }
  for (const line of [
    "Engine scaling: checkWorkbook (recognize + rules) on snapshots, fresh texts every run, after",
    "a warm-up of 12,000 tables on other texts; one fresh process per size, under the V8 flags of",
    "the CLI's checking process, where the engine runs in the product:",
    `  ${checkerFlags().join(" ")}`,
    "(its young generation of 64 MB adds ~130 MB of peak RSS to any workbook). Times are medians of",
    "the runs: CPU is the process's user + system time (V8's GC and compiler threads included),",
    "which other load on the machine barely changes; rows/s and ms/table are per CPU time.",
    "Memory, in another fresh process that checks once, as the CLI does: heap used after a",
    "forced GC; peak RSS, resourceUsage().maxRSS, and its rise above the RSS before the",
    "workbook was made (so it holds the snapshot and the check).",
  ])
    console.log(line);
  printTable(
    [
      "tables",
      "rows",
      "findings",
      "CPU ms, runs",
      "CPU ms",
      "wall ms",
      "rows/s",
      "ms/table",
      "heap: snapshot MB",
      "heap: added by check MB",
      "peak RSS MB",
      "peak RSS MB/1k tables",
    ],
    figures.map((f) => [
      fmt(f.tables),
      fmt(f.indicatorRows),
      fmt(f.findings),
      f.runsCpuMs.map((ms) => fmt(ms)).join(" / "),
      fmt(f.cpuMs),
      fmt(f.wallMs),
      fmt(f.rowsPerSecond),
      fmt(f.cpuMsPerTable, 3),
      fmt(f.snapshotHeapMb, 1),
      fmt(f.resultHeapMb, 1),
      `${fmt(f.peakRssMb)} (+${fmt(f.peakRssMb - f.startRssMb)})`,
      fmt(f.peakMbPer1000, 1),
    ]),
    new Array<boolean>(12).fill(true)
  );
  console.log("");
  return figures;
}

function engineLines(
  figures: SizeFigures[],
  colds: ColdFigures[],
  coldsUnderDefaults: ColdFigures[]
): Line[] {
  const reference = figures.find((f) => f.tables === REFERENCE_TABLES);
  const lines: Line[] = [];
  if (reference) {
    lines.push(
      [
        "engine warm, 1,000 tables, fresh texts (rows/s of CPU)",
        fmt(reference.rowsPerSecond),
        `≥ ${fmt(TARGET.rowsPerSecond)}`,
        status(reference.rowsPerSecond >= TARGET.rowsPerSecond),
      ],
      [
        "  check, median CPU / wall (ms)",
        `${fmt(reference.cpuMs)} / ${fmt(reference.wallMs)}`,
        "",
        "",
      ]
    );
    for (const f of figures.filter((f) => f.tables > REFERENCE_TABLES)) {
      const ratio = f.cpuMsPerTable / reference.cpuMsPerTable;
      lines.push([
        `linearity: CPU per table at ${fmt(f.tables)} ÷ at 1,000`,
        fmt(ratio, 2),
        `≤ ${TARGET.linearity}`,
        status(ratio <= TARGET.linearity),
      ]);
    }
  }
  const largest = figures.filter((f) => f.tables >= REFERENCE_TABLES).pop();
  if (largest) {
    lines.push([
      `memory per 1,000 tables: peak RSS rise at ${fmt(largest.tables)} (MB)`,
      fmt(largest.peakMbPer1000, 1),
      `≤ ${TARGET.mbPer1000Tables}`,
      status(largest.peakMbPer1000 <= TARGET.mbPer1000Tables),
    ]);
    const heapPer1000 =
      (largest.snapshotHeapMb + largest.resultHeapMb) / (largest.tables / REFERENCE_TABLES);
    lines.push(["  heap after GC, snapshot + added by check (MB)", fmt(heapPer1000, 1), "", ""]);
  }
  const firstCpuMs = median(colds.map((c) => c.firstCpuMs));
  lines.push(
    [
      "engine cold: first check of 1,000 tables (CPU ms)",
      fmt(firstCpuMs),
      `≤ ${TARGET.coldMs}`,
      status(firstCpuMs <= TARGET.coldMs),
    ],
    [
      "  wall (ms), and loading the engine before it",
      `${fmt(median(colds.map((c) => c.firstMs)))}, ${fmt(median(colds.map((c) => c.loadMs)))}`,
      "",
      "",
    ],
    [
      "  under Node's default flags: CPU / wall (ms)",
      `${fmt(median(coldsUnderDefaults.map((c) => c.firstCpuMs)))} / ${fmt(median(coldsUnderDefaults.map((c) => c.firstMs)))}`,
      "",
      "",
    ]
  );
  return lines;
}

/** Times one `perfgoal check <file> --format json` in a fresh process, or null when not built. */
function cliTimer(root: string, file: string): (() => number) | null {
  const bin = join(root, "bin", "perfgoal.js");
  if (!existsSync(join(root, "dist", "src", "cli", "main.js"))) return null;
  // Exit code 1 means "errors found", which this workbook has.
  return () => timeProcess([bin, "check", file, "--format", "json"], root, [0, 1]).ms;
}

/**
 * The bare SheetJS load: values, display texts and number formats, the options the reader's
 * SheetJS path has always asked for (it now renders texts itself, within bounds).
 */
const BARE_LOAD_OPTIONS = {
  type: "array",
  dense: true,
  cellNF: true,
  cellText: true,
  cellDates: false,
  cellHTML: false,
  cellStyles: false,
};

/** The bare SheetJS load and the CLI on the same file, interleaved, each in fresh processes. */
function cliLines(root: string, file: string, cli: (() => number) | null): Line[] {
  const xlsxPath = require.resolve("@e965/xlsx", { paths: [root] });
  const loadScript =
    `const XLSX = require(${JSON.stringify(xlsxPath)});` +
    `const bytes = new Uint8Array(require("fs").readFileSync(${JSON.stringify(file)}));` +
    `const t0 = performance.now();` +
    `XLSX.read(bytes, ${JSON.stringify(BARE_LOAD_OPTIONS)});` +
    `process.stdout.write(String(performance.now() - t0));`;
  const loads: Array<{ ms: number; stdout: string }> = [];
  const checks: number[] = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    loads.push(timeProcess(["-e", loadScript], root, [0]));
    if (cli) checks.push(cli());
  }
  const bareMs = median(loads.map((l) => l.ms));
  const lines: Line[] = [
    ["bare load: node + require + XLSX.read, wall (ms)", fmt(bareMs), "", ""],
    ["  of which XLSX.read (ms)", fmt(median(loads.map((l) => Number(l.stdout)))), "", ""],
  ];
  if (!cli) {
    lines.push(["CLI ÷ bare load", "CLI not built", `≤ ${TARGET.cliRatio}`, "SKIP"]);
    return lines;
  }
  const cliMs = median(checks);
  const ratio = cliMs / bareMs;
  lines.push(
    ["CLI check --format json, wall (ms)", fmt(cliMs), "", ""],
    [
      `CLI ÷ bare load (medians of ${PROCESS_RUNS}, interleaved)`,
      fmt(ratio, 2),
      `≤ ${fmt(TARGET.cliRatio, 1)}`,
      status(ratio <= TARGET.cliRatio),
    ]
  );
  return lines;
}

/**
 * `perfgoal fill` on the same file: its 142 blank bases are written and wrapped in the sheet,
 * and its 情况说明 laid out in a new one (a ~13,000-cell write). Once 21 s, when wrapping copied
 * the sheet for every cell it wrapped. Median of three fresh processes, each to a new file.
 */
function fillLines(root: string, file: string, dir: string): Line[] {
  const bin = join(root, "bin", "perfgoal.js");
  if (!existsSync(join(root, "dist", "src", "cli", "main.js")))
    return [["CLI fill --out, wall (ms)", "CLI not built", "", ""]];
  const runs = Array.from({ length: 3 }, (_, i) => {
    const out = join(dir, `filled-${i}.xlsx`);
    return timeProcess([bin, "fill", file, "--out", out], root, [0]).ms;
  });
  return [["CLI fill --out, wall (ms; median of 3)", fmt(median(runs)), "", ""]];
}

/** The web page against the CLI on the same file, a CLI run next to each browser run. */
async function webLines(root: string, file: string, cli: (() => number) | null): Promise<Line[]> {
  const label = "web page ÷ CLI, 1,000 tables";
  if (!cli) return [[label, "CLI not built", `≤ ${TARGET.webRatio}`, "SKIP"]];
  const web: WebCheck[] = [];
  const cliRuns: number[] = [];
  for (let i = 0; i < BROWSER_RUNS; i++) {
    const run = await webCheck(join(root, "dist", "web"), file).catch(
      (error: unknown) => `FAILED: ${firstLine(error)}`
    );
    if (typeof run === "string")
      return [[label, run, `≤ ${TARGET.webRatio}`, run.startsWith("FAILED") ? "FAIL" : "SKIP"]];
    web.push(run);
    cliRuns.push(cli());
  }
  const totalMs = median(web.map((w) => w.loadMs + w.checkMs));
  const driverMs = median(web.map((w) => w.driverLoadMs + w.driverCheckMs));
  const cliMs = median(cliRuns);
  return [
    ["web page: open the file + check, timed in the page (ms)", fmt(totalMs), "", ""],
    [
      "  open: file chosen to pane ready, on screen (ms)",
      fmt(median(web.map((w) => w.loadMs))),
      "",
      "",
    ],
    ["  check: click to verdict, on screen (ms)", fmt(median(web.map((w) => w.checkMs))), "", ""],
    ["  the same seen by the test driver (ms)", fmt(driverMs), "", ""],
    ["  CLI, run next to each (ms)", fmt(cliMs), "", ""],
    [
      `${label} (medians of ${BROWSER_RUNS})`,
      fmt(totalMs / cliMs, 2),
      `≤ ${TARGET.webRatio}`,
      status(totalMs / cliMs <= TARGET.webRatio),
    ],
  ];
}

async function paneLines(root: string): Promise<Line[]> {
  const pane = await paneFigures(root);
  const kib = (value: number | null) => (value === null ? "not built" : `${fmt(value, 1)} KiB`);
  return [
    [
      "pane: syncs to check the sample",
      String(pane.syncs.check),
      "1",
      status(pane.syncs.check === 1),
    ],
    // Marking reads the fills of just the cells it marks, then writes the marks.
    ["pane: more syncs to mark", String(pane.syncs.mark), "≤ 2", status(pane.syncs.mark <= 2)],
    ["pane: syncs to clear marks", String(pane.syncs.clear), "", ""],
    ...(["check", "mark", "clear"] as const).map((action): Line => {
      const figures = pane.bigSheet[action];
      return [
        `pane, 1,000 tables: ${action}, syncs / largest sync (MB)`,
        `${figures.syncs} / ${fmt(figures.maxBytes / 1e6, 2)}`,
        "≤ 4 MB a sync",
        status(figures.maxBytes <= 4_000_000),
      ];
    }),
    ...(await workbookLines(root)),
    [
      "pane: initial JS, taskpane.html (gzip)",
      kib(pane.initialGzipKiB.taskpane),
      "≤ 300 KiB",
      pane.initialGzipKiB.taskpane === null ? "SKIP" : status(pane.initialGzipKiB.taskpane <= 300),
    ],
    ["  preview page, index.html (gzip)", kib(pane.initialGzipKiB.preview), "", ""],
    [
      "pane: first render, headless Chromium (ms)",
      typeof pane.firstRenderMs === "number" ? fmt(pane.firstRenderMs) : pane.firstRenderMs,
      "< 1,000",
      typeof pane.firstRenderMs === "number" ? status(pane.firstRenderMs < 1000) : "SKIP",
    ],
  ];
}

async function main(): Promise<void> {
  const started = performance.now();
  const root = repoRoot();
  const load = () =>
    loadavg()
      .map((n) => fmt(n, 1))
      .join(" ");
  // Other work on the machine slows every figure: say how busy it was.
  console.log(`${cpus().length} cores, load average ${load()} (1, 5, 15 min) at the start\n`);
  const sizes = [...new Set([...SIZES, REFERENCE_TABLES])].sort((a, b) => a - b);
  const figures = scaling(root, sizes);
  const coldArgs = ["cold", String(REFERENCE_TABLES)];
  const colds = Array.from({ length: COLD_RUNS }, () => engineChild<ColdFigures>(root, coldArgs));
  const coldsUnderDefaults = Array.from({ length: COLD_RUNS }, () =>
    engineChild<ColdFigures>(root, coldArgs, true)
  );
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-bench-"));
  try {
    const workbook = benchWorkbook(REFERENCE_TABLES);
    const file = join(dir, "bench-1000-tables.xlsx");
    writeFileSync(file, xlsxBytes(workbook.snapshot));
    const { values, merges } = workbook.snapshot;
    console.log(
      `The 1,000-table file: ${fmt(workbook.indicatorRows)} indicator rows, ` +
        `${fmt(values.length)}×${values[0]?.length ?? 0} cells, ${fmt((merges ?? []).length)} merges, ` +
        `${fmt(statSync(file).size / 1024)} KB`
    );
    const cli = cliTimer(root, file);
    const lines: Line[] = [
      ...engineLines(figures, colds, coldsUnderDefaults),
      ...cliLines(root, file, cli),
      ...fillLines(root, file, dir),
      ...(await webLines(root, file, cli)),
      ...(await paneLines(root)),
    ];
    console.log("");
    printTable(["figure", "measured", "target", ""], lines, [false, true, false, false]);
    console.log(
      `\nbench took ${fmt((performance.now() - started) / 1000)} s; load average ${load()} at the end`
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

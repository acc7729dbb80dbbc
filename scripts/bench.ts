/**
 * Benchmark: `npx tsx scripts/bench.ts`, or `npm run bench` (compiled, dist/scripts/bench.js).
 *
 * Writes a workbook of 1,000 stacked 绩效目标表 (split layout, merged cells, percent
 * formats; about 8,000 indicator rows) to a temp dir, then measures
 *   (a) engine throughput: indicator rows per second for recognize + rules (checkWorkbook
 *       on the snapshots the file host reads), one core, best of 5 after a warm-up;
 *   (b) the CLI's total time (`perfgoal check <file> --format json`) against the bare load
 *       of the same file with XLSX.read, each the median of 3 fresh child processes.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { performance } from "perf_hooks";
import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../src/domain/check";
import { CellValue, SheetSnapshot } from "../src/domain/snapshot";
import { READ_OPTIONS, readWorkbookSnapshots } from "../src/hosts/xlsx/read";
import { paneFigures } from "./bench-pane";
import { repoRoot } from "../test/support/paths";
import { buildSheet, CLEAN_HEBEI, IndicatorSpec, TableSpec } from "../test/support/layouts";

const TABLES = 1000;
const ENGINE_RUNS = 5;
const PROCESS_RUNS = 3;
const TARGET_ROWS_PER_SECOND = 200_000;
const TARGET_CLI_RATIO = 1.25;

/** CLEAN_HEBEI reworded and renumbered per project, one extra count, every third in percent format. */
function indicatorsFor(project: number): IndicatorSpec[] {
  const name = `项目${project + 1}`;
  const percent = project % 3 === 0;
  const indicators: IndicatorSpec[] = CLEAN_HEBEI.map((ind) => {
    const varied: IndicatorSpec = {
      ...ind,
      level3: `${ind.level3}（${name}）`,
      description: `${name}：${ind.description}`,
      basis: `${name}${ind.basis}`,
    };
    if (typeof ind.value === "number" && ind.unit === "%") {
      const value = Math.min(100, ind.value - (project % 5));
      return percent
        ? { ...varied, value: value / 100, unit: "", percentFormat: true }
        : { ...varied, value };
    }
    if (typeof ind.value === "number") return { ...varied, value: ind.value + (project % 10) };
    return varied;
  });
  indicators.splice(1, 0, {
    level1: "产出指标",
    level2: "数量指标",
    level3: `完成测绘宗地数（${name}）`,
    description: `${name}：年度完成测绘的宗地数量`,
    symbol: "≥",
    value: 20 + (project % 30),
    unit: "宗",
    basis: `${name}根据年度工作计划`,
  });
  return indicators;
}

function tableFor(project: number): TableSpec {
  const fiscal = 40 + (project % 20);
  const other = project % 4;
  return {
    title: [`${project + 1}、项目${project + 1}绩效目标表`],
    header: {
      projectName: `项目${project + 1}：土地征收组卷报批`,
      fundsTotal: fiscal + other,
      fundsFiscal: fiscal,
      fundsOther: other || null,
      goal: `完成项目${project + 1}年度土地转用征收组卷报批工作，保障重点项目用地需求。`,
    },
    indicators: indicatorsFor(project),
  };
}

/** The snapshot as an .xlsx worksheet: values, number formats and merges. */
function toWorksheet(snapshot: SheetSnapshot): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let bottom = snapshot.originRow;
  let right = snapshot.originCol;
  snapshot.values.forEach((row, r) =>
    row.forEach((value: CellValue, c) => {
      if (value === null) return;
      const address = XLSX.utils.encode_cell({
        r: snapshot.originRow + r,
        c: snapshot.originCol + c,
      });
      const format = snapshot.numberFormats?.[r]?.[c];
      let cell: XLSX.CellObject;
      if (typeof value === "number") cell = { t: "n", v: value };
      else if (typeof value === "boolean") cell = { t: "b", v: value };
      else if (typeof value === "string") cell = { t: "s", v: value };
      else cell = { t: "e", v: 0x2a }; // the builder writes no errors; #N/A if it ever does
      if (format && format !== "General") cell.z = format;
      sheet[address] = cell;
      bottom = Math.max(bottom, snapshot.originRow + r);
      right = Math.max(right, snapshot.originCol + c);
    })
  );
  sheet["!ref"] = XLSX.utils.encode_range({
    s: { r: snapshot.originRow, c: snapshot.originCol },
    e: { r: bottom, c: right },
  });
  sheet["!merges"] = (snapshot.merges ?? []).map((m) => ({
    s: { r: m.top, c: m.left },
    e: { r: m.bottom, c: m.right },
  }));
  return sheet;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of a fresh node process, in ms; throws when it fails. */
function timeProcess(
  args: string[],
  cwd: string,
  okCodes: number[]
): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.error) throw result.error;
  if (!okCodes.includes(result.status ?? -1))
    throw new Error(
      `${args.join(" ")} exited with ${result.status ?? result.signal}: ${String(result.stderr).slice(0, 300)}`
    );
  return { ms, stdout: String(result.stdout) };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-bench-"));
  const file = join(dir, "bench-1000-tables.xlsx");
  try {
    // The workbook.
    let start = performance.now();
    const specs = Array.from({ length: TABLES }, (_, i) => tableFor(i));
    const { snapshot, tables } = buildSheet({ name: "绩效目标表", tables: specs, gap: 2 });
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, toWorksheet(snapshot), "绩效目标表");
    writeFileSync(
      file,
      XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true })
    );
    const expectedRows = tables.reduce((n, t) => n + t.indicatorRows.length, 0);
    const width = snapshot.values[0]?.length ?? 0;
    console.log(
      `workbook: ${fmt(TABLES)} tables, ${fmt(expectedRows)} indicator rows, ` +
        `${fmt(snapshot.values.length)}×${width} cells, ${fmt((snapshot.merges ?? []).length)} merges, ` +
        `${fmt(statSync(file).size / 1024)} KB, written in ${fmt(performance.now() - start)} ms`
    );

    // (a) Engine throughput on the snapshots the file host reads.
    start = performance.now();
    const snapshots = readWorkbookSnapshots(new Uint8Array(readFileSync(file)));
    const readMs = performance.now() - start;
    const warm = checkWorkbook(snapshots);
    const found = warm.sheets.flatMap((s) => s.tables);
    const rows = found.reduce((n, t) => n + t.table.indicators.length, 0);
    if (found.length !== TABLES || rows !== expectedRows)
      console.log(
        `WARNING: recognized ${found.length} tables / ${rows} rows, expected ${TABLES} / ${expectedRows}`
      );
    const runs: number[] = [];
    for (let i = 0; i < ENGINE_RUNS; i++) {
      const t0 = performance.now();
      checkWorkbook(snapshots);
      runs.push(performance.now() - t0);
    }
    const best = Math.min(...runs);
    const throughput = rows / (best / 1000);
    const { error, warning, info } = warm.counts;
    console.log(
      `engine: runs ${runs.map((ms) => fmt(ms)).join(" / ")} ms; ` +
        `findings ${error} errors, ${warning} warnings, ${info} infos; host read ${fmt(readMs)} ms`
    );

    // (b) Bare load and the CLI, each in fresh processes.
    const xlsxPath = require.resolve("@e965/xlsx", { paths: [root] });
    const loadScript =
      `const XLSX = require(${JSON.stringify(xlsxPath)});` +
      `const bytes = new Uint8Array(require("fs").readFileSync(${JSON.stringify(file)}));` +
      `const t0 = performance.now();` +
      `XLSX.read(bytes, ${JSON.stringify(READ_OPTIONS)});` +
      `process.stdout.write(String(performance.now() - t0));`;
    const loads = Array.from({ length: PROCESS_RUNS }, () =>
      timeProcess(["-e", loadScript], root, [0])
    );
    const bareMs = median(loads.map((l) => l.ms));
    const parseMs = median(loads.map((l) => Number(l.stdout)));

    const bin = join(root, "bin", "perfgoal.js");
    const built = existsSync(bin) && existsSync(join(root, "dist", "src", "cli", "main.js"));
    let cliMs: number | null = null;
    if (built) {
      // Exit code 1 means "errors found", which this workbook may well have.
      const cliRuns = Array.from({ length: PROCESS_RUNS }, () =>
        timeProcess([bin, "check", file, "--format", "json"], root, [0, 1])
      );
      cliMs = median(cliRuns.map((r) => r.ms));
    }

    // The figures.
    const status = (ok: boolean) => (ok ? "PASS" : "MISS");
    const lines: Array<[string, string, string, string]> = [
      [
        "engine throughput (indicator rows/s)",
        fmt(throughput),
        `≥ ${fmt(TARGET_ROWS_PER_SECOND)}`,
        status(throughput >= TARGET_ROWS_PER_SECOND),
      ],
      ["  best checkWorkbook run (ms)", fmt(best, 1), "", ""],
      ["bare load: node + XLSX.read, wall (ms)", fmt(bareMs), "", ""],
      ["  of which XLSX.read (ms)", fmt(parseMs), "", ""],
    ];
    if (cliMs === null) {
      lines.push([
        "CLI check --format json",
        "CLI not built",
        `≤ ${TARGET_CLI_RATIO} × load`,
        "SKIP",
      ]);
    } else {
      const ratio = cliMs / bareMs;
      lines.push(["CLI check --format json, wall (ms)", fmt(cliMs), "", ""]);
      lines.push([
        "CLI total / bare load",
        fmt(ratio, 2),
        `≤ ${TARGET_CLI_RATIO}`,
        status(ratio <= TARGET_CLI_RATIO),
      ]);
    }
    const pane = await paneFigures(root);
    const kib = (value: number | null) => (value === null ? "not built" : `${fmt(value, 1)} KiB`);
    lines.push(
      [
        "pane: syncs to check the sample",
        String(pane.syncs.check),
        "1",
        status(pane.syncs.check === 1),
      ],
      ["pane: more syncs to mark", String(pane.syncs.mark), "≤ 1", status(pane.syncs.mark <= 1)],
      ["pane: syncs to clear marks", String(pane.syncs.clear), "", ""],
      [
        "pane: initial JS, taskpane.html (gzip)",
        kib(pane.initialGzipKiB.taskpane),
        "≤ 300 KiB",
        pane.initialGzipKiB.taskpane === null
          ? "SKIP"
          : status(pane.initialGzipKiB.taskpane <= 300),
      ],
      ["  preview page, index.html (gzip)", kib(pane.initialGzipKiB.preview), "", ""],
      [
        "pane: first render, headless Chromium (ms)",
        typeof pane.firstRenderMs === "number" ? fmt(pane.firstRenderMs) : pane.firstRenderMs,
        "< 1,000",
        typeof pane.firstRenderMs === "number" ? status(pane.firstRenderMs < 1000) : "SKIP",
      ]
    );
    const widths = [0, 1, 2].map((i) => Math.max(...lines.map((l) => l[i].length)));
    console.log("");
    for (const line of lines)
      console.log(
        `${line[0].padEnd(widths[0])}  ${line[1].padStart(widths[1])}  ${line[2].padEnd(widths[2])}  ${line[3]}`
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

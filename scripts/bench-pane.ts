/**
 * The pane's figures for `npm run bench`: round trips, initial JavaScript size, first
 * render, the web page's check of a big workbook, whole-workbook checks and the live
 * re-check in the fake Excel. `npx tsx scripts/bench-pane.ts` prints the last two alone.
 */
import { existsSync, readFileSync } from "fs";
import { basename, join } from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { checkWorkbook } from "../src/domain/check";
import { recheckWorkbook } from "../src/domain/incremental-check";
import { SheetSnapshot } from "../src/domain/snapshot";
import { FakeWorkbook } from "../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../src/hosts/office";
import { readWorkbookSnapshots } from "../src/hosts/xlsx/read";
import { LIVE_DEBOUNCE_MS, PaneController } from "../src/taskpane/state/controller";
import { storedConfig } from "../src/taskpane/state/settings";
import { repoRoot } from "../test/support/paths";
import { benchWorkbook } from "./bench-workbook";

/** Syncs and the bytes each carried, for one action of the pane. */
export interface SyncFigures {
  syncs: number;
  maxBytes: number;
  totalBytes: number;
}

export interface PaneFigures {
  syncs: { check: number; mark: number; clear: number };
  /** The 1,000-table sheet in the fake Excel: each action's syncs and payload per sync. */
  bigSheet: { check: SyncFigures; mark: SyncFigures; clear: SyncFigures };
  /** Gzip size in KiB of the scripts each page loads up front, or null when not built. */
  initialGzipKiB: { taskpane: number | null; preview: number | null };
  /** Median ms from navigation to the pane's first render, or a reason it was not measured. */
  firstRenderMs: number | string;
}

async function roundTrips(root: string): Promise<PaneFigures["syncs"]> {
  const bytes = readFileSync(join(root, "test", "fixtures", "hebei-2020-stacked.xlsx"));
  const workbook = FakeWorkbook.fromSnapshots(readWorkbookSnapshots(new Uint8Array(bytes)));
  const host = new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  const controller = new PaneController(host);
  const step = async (action: () => Promise<void>) => {
    const before = workbook.syncCount;
    await action();
    return workbook.syncCount - before;
  };
  return {
    check: await step(() => controller.check()),
    mark: await step(() => controller.mark()),
    clear: await step(() => controller.clearMarks()),
  };
}

/** Check, mark and clear a 1,000-table sheet in the fake, which measures every sync. */
async function bigSheetSyncs(): Promise<PaneFigures["bigSheet"]> {
  const workbook = FakeWorkbook.fromSnapshots([benchWorkbook(1000).snapshot]);
  const controller = new PaneController(
    new OfficeWorkbookHost({
      run: workbook.run,
      isSetSupported: workbook.isSetSupported,
      settings: workbook.settings,
    })
  );
  const step = async (action: () => Promise<void>): Promise<SyncFigures> => {
    const before = workbook.syncPayloads.length;
    await action();
    const payloads = workbook.syncPayloads.slice(before);
    return {
      syncs: payloads.length,
      maxBytes: Math.max(0, ...payloads),
      totalBytes: payloads.reduce((sum, bytes) => sum + bytes, 0),
    };
  };
  return {
    check: await step(() => controller.check()),
    mark: await step(() => controller.mark()),
    clear: await step(() => controller.clearMarks()),
  };
}

function initialGzipKiB(webRoot: string, page: string): number | null {
  const html = join(webRoot, page);
  if (!existsSync(html)) return null;
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src) && !src.includes("office-js/"));
  const bytes = scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(webRoot, src)), { level: 9 }).length,
    0
  );
  return bytes / 1024;
}

async function firstRender(webRoot: string): Promise<number | string> {
  if (!existsSync(join(webRoot, "index.html"))) return "not built (npm run build:web)";
  if (!existsSync("/usr/bin/chromium")) return "no /usr/bin/chromium";
  const { openPreview } = await import("../test/browser/support");
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const session = await openPreview();
    try {
      await session.page.getByRole("button", { name: "检查当前工作表" }).waitFor();
      times.push((await session.page.evaluate("performance.now()")) as number);
    } finally {
      await session.close();
    }
  }
  return times.sort((a, b) => a - b)[1];
}

export interface WebCheck {
  /** From the file input's change event to the pane ready to check it, on screen, ms. */
  loadMs: number;
  /** From the click event on 检查当前工作表 to the verdict on screen, ms. */
  checkMs: number;
  /**
   * The same two as the test driver sees them from outside: with the file's transfer to the
   * page over the DevTools protocol and Playwright's checks before its click, which no user
   * waits for.
   */
  driverLoadMs: number;
  driverCheckMs: number;
}

/**
 * Installed in the page before the file is given: the time of the file input's change and
 * of the click (the events' own time stamps), and of the frame after the one that first
 * shows the file's name in the header, and the verdict in the pane (two animation frames:
 * the first runs before that frame is painted). A string, run as the page's own script.
 */
function pageTimer(fileName: string): string {
  return `(() => {
    const times = (window.__benchTimes = {});
    // Resolves once the time is taken: the driver awaits it (the page's policy forbids the
    // driver's own polling, which evaluates code).
    const whenShown = (key, shown) => new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => {
          times[key] = performance.now();
          resolve(times[key]);
        }));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // Each is looked for from its event on: a name or verdict shown before is not this one's.
    document.addEventListener("change", (e) => {
      if (times.change !== undefined) return;
      times.change = e.timeStamp;
      whenShown("opened", () => [...document.querySelectorAll("header")].some((h) =>
        (h.textContent || "").includes(${JSON.stringify(fileName)})));
    }, true);
    document.addEventListener("click", (e) => {
      if (times.click !== undefined) return;
      times.click = e.timeStamp;
      window.__benchVerdictShown = whenShown("verdict", () =>
        /(可以报送|暂不能报送)/.test(document.querySelector("aside")?.textContent || ""));
    }, true);
  })()`;
}

interface PageTimes {
  change?: number;
  click?: number;
  opened?: number;
  verdict?: number;
}

/** A workbook the page has not met yet can take a while: long, but not forever. */
const WEB_CHECK_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The preview page, in a fresh headless Chromium, opens `file` through its file input
 * and checks it, once the page is ready and its service worker installed; or the reason it
 * was not measured.
 */
export async function webCheck(webRoot: string, file: string): Promise<WebCheck | string> {
  if (!existsSync(join(webRoot, "index.html"))) return "not built (npm run build:web)";
  const { CHROMIUM, openPreview } = await import("../test/browser/support");
  if (!existsSync(CHROMIUM)) return `no ${CHROMIUM}`;
  const session = await openPreview();
  try {
    const { page } = session;
    page.setDefaultTimeout(WEB_CHECK_TIMEOUT_MS);
    // CSS and text locators: the accessibility tree of a page this big is slow to build.
    const checkButton = page.locator("aside button", { hasText: "检查当前工作表" });
    await checkButton.waitFor(); // the bundled sample is in: the page is ready
    // On a first visit the page then installs its offline copy, some 0.3 s of fetching and
    // compiling every script; a person's first file comes later than that.
    // Ten seconds at most: a page whose worker never installs is measured as it is.
    await page.evaluate(
      "Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 10000))])"
    );
    await page.evaluate(pageTimer(basename(file)));
    const start = performance.now();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.locator("header").getByText(basename(file), { exact: true }).waitFor();
    await checkButton.waitFor();
    const loaded = performance.now();
    await checkButton.click();
    await page
      .locator("aside")
      .getByText(/^(可以报送|暂不能报送)/)
      .waitFor();
    const checked = performance.now();
    // The frames after the verdict may still be on their way: wait for their time.
    await page.evaluate("window.__benchVerdictShown");
    const times = (await page.evaluate("window.__benchTimes")) as PageTimes;
    const { change, click, opened, verdict } = times;
    if (change === undefined || click === undefined || opened === undefined)
      throw new Error(`the page did not time the open and the click: ${JSON.stringify(times)}`);
    return {
      loadMs: opened - change,
      checkMs: (verdict ?? NaN) - click,
      driverLoadMs: loaded - start,
      driverCheckMs: checked - loaded,
    };
  } finally {
    await session.close();
  }
}

export async function paneFigures(root: string): Promise<PaneFigures> {
  const webRoot = join(root, "dist", "web");
  return {
    syncs: await roundTrips(root),
    bigSheet: await bigSheetSyncs(),
    initialGzipKiB: {
      taskpane: initialGzipKiB(webRoot, "taskpane.html"),
      preview: initialGzipKiB(webRoot, "index.html"),
    },
    firstRenderMs: await firstRender(webRoot),
  };
}

/** A whole-workbook check in the fake Excel: syncs, payloads, and the time it took. */
export interface WorkbookCheckFigures extends SyncFigures {
  sheets: number;
  tables: number;
  /** Median wall time of a check (read in the fake + engine), ms. */
  ms: number;
}

/** The live re-check after one cell edit on a 1,000-table sheet. */
export interface LiveFigures extends SyncFigures {
  /** Tables the re-check recognized and ran every rule on (the others kept their findings). */
  tablesChecked: number;
  /** Tables on the sheet. */
  tables: number;
  /** From the re-check's start (after the debounce) to its result on screen, ms. */
  ms: number;
  /**
   * The engine's part as the pane runs it: the incremental re-check of the re-read snapshot
   * (compare, recognize and check the affected tables, the workbook-level rules on all),
   * median ms of CPU.
   */
  engineCpuMs: number;
  /** The same snapshot checked in full (recognize + rules on every table), median ms of CPU. */
  fullCpuMs: number;
}

/** Runs `work` and gives its result with the process's CPU time it took, ms. */
function cpuTimed<T>(work: () => T): { value: T; cpuMs: number } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

function hostOn(workbook: FakeWorkbook): OfficeWorkbookHost {
  return new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** 检查工作簿 on `snapshots` in the fake: the last of `runs` checks' syncs, the median time. */
async function workbookCheck(snapshots: SheetSnapshot[], runs = 5): Promise<WorkbookCheckFigures> {
  const workbook = FakeWorkbook.fromSnapshots(snapshots);
  const controller = new PaneController(hostOn(workbook));
  const times: number[] = [];
  let payloads: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = workbook.syncPayloads.length;
    const start = performance.now();
    await controller.checkWorkbook();
    times.push(performance.now() - start);
    payloads = workbook.syncPayloads.slice(before);
  }
  if (controller.state.status !== "done") throw new Error(controller.state.error ?? "not checked");
  return {
    syncs: payloads.length,
    maxBytes: Math.max(0, ...payloads),
    totalBytes: payloads.reduce((sum, bytes) => sum + bytes, 0),
    sheets: controller.state.sheets.filter((sheet) => sheet.checked).length,
    tables: controller.state.tables.length,
    ms: median(times),
  };
}

/** The seed workbook (one project a sheet, 8 sheets) and 50 sheets of one table each. */
export async function workbookChecks(
  root: string
): Promise<{ seed: WorkbookCheckFigures; fifty: WorkbookCheckFigures }> {
  const bytes = readFileSync(join(root, "test", "fixtures", "hebei-2020-seed.xlsx"));
  const fifty = Array.from({ length: 50 }, (_, i) => ({
    ...benchWorkbook(1).snapshot,
    sheetName: `项目${i + 1}`,
  }));
  return {
    seed: await workbookCheck(readWorkbookSnapshots(new Uint8Array(bytes))),
    fifty: await workbookCheck(fifty),
  };
}

/**
 * 边改边查 on a 1,000-table sheet: one cell of a middle table is edited as the user would,
 * and the re-check that follows the debounce is timed from its start to its result.
 */
export async function liveRecheck(): Promise<LiveFigures> {
  const workbook = FakeWorkbook.fromSnapshots([benchWorkbook(1000).snapshot]);
  const host = hostOn(workbook);
  const controller = new PaneController(host);
  const stop = controller.start();
  try {
    await controller.checkWorkbook();
    const config = storedConfig(host);
    const table = controller.state.tables[500];
    const cell = table.findings[0]?.finding ?? {
      sheet: table.sheet,
      address: table.range.split(":")[0],
    };
    const [beforeEdit] = await host.readSheets([table.sheet]);
    let started = 0;
    let before = 0;
    const finished = new Promise<number>((resolve) => {
      const unsubscribe = controller.subscribe(() => {
        const { status } = controller.state;
        if (status === "checking" && started === 0) {
          started = performance.now();
          before = workbook.syncPayloads.length;
        } else if (status === "done" && started > 0) {
          unsubscribe();
          resolve(performance.now() - started);
        }
      });
    });
    workbook.setValue(cell.sheet, cell.address, "已修改");
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("no live re-check")), LIVE_DEBOUNCE_MS + 60_000)
    );
    const ms = await Promise.race([finished, timeout]);
    const payloads = workbook.syncPayloads.slice(before);
    // The engine's part, on the snapshot the re-check read, warm as in the pane: the
    // incremental re-check from the result before the edit, and a full check beside it.
    const [afterEdit] = await host.readSheets([cell.sheet]);
    const previous = checkWorkbook([beforeEdit], { config });
    const incremental: number[] = [];
    const full: number[] = [];
    let tablesChecked = 0;
    for (let run = 0; run < 5; run++) {
      const recheck = cpuTimed(() =>
        recheckWorkbook(previous, [{ before: beforeEdit, after: afterEdit }], { config })
      );
      incremental.push(recheck.cpuMs);
      tablesChecked = recheck.value.recheckedTables;
      full.push(cpuTimed(() => checkWorkbook([afterEdit], { config })).cpuMs);
    }
    return {
      syncs: payloads.length,
      maxBytes: Math.max(0, ...payloads),
      totalBytes: payloads.reduce((sum, bytes) => sum + bytes, 0),
      tablesChecked,
      tables: controller.state.tables.length,
      ms,
      engineCpuMs: median(incremental),
      fullCpuMs: median(full),
    };
  } finally {
    stop();
  }
}

/** The lines of the whole-workbook and live figures, as bench.ts prints them, with a verdict. */
export async function workbookLines(
  root: string
): Promise<Array<[figure: string, value: string, target: string, verdict: string]>> {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  const { seed, fifty } = await workbookChecks(root);
  const live = await liveRecheck();
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  const check = (label: string, f: WorkbookCheckFigures): [string, string, string, string] => [
    `pane: 检查工作簿, ${label} (${f.sheets} sheets, ${f.tables} tables): syncs / largest MB / ms`,
    `${f.syncs} / ${mb(f.maxBytes)} / ${Math.round(f.ms)}`,
    "≤ 4 MB a sync",
    verdict(f.maxBytes <= 4_000_000),
  ];
  return [
    check("seed", seed),
    check("50 sheets", fifty),
    [
      "pane: 边改边查 after one edit, 1,000 tables: syncs / largest MB / ms",
      `${live.syncs} / ${mb(live.maxBytes)} / ${Math.round(live.ms)}`,
      "≤ 4 MB a sync",
      verdict(live.maxBytes <= 4_000_000),
    ],
    [
      `  engine: re-check after the edit, CPU ms: incremental (${live.tablesChecked} of ${live.tables} tables re-checked, workbook-level rules on all) / full (ratio)`,
      `${Math.round(live.engineCpuMs)} / ${Math.round(live.fullCpuMs)} (${(live.engineCpuMs / live.fullCpuMs).toFixed(2)})`,
      "< 200, the affected tables only",
      verdict(live.engineCpuMs < 200 && live.tablesChecked <= 3),
    ],
  ];
}

if (require.main === module)
  workbookLines(repoRoot())
    .then((lines) => {
      for (const [figure, value, target, verdict] of lines)
        console.log(`${figure.padEnd(80)} ${value.padStart(18)}  ${target.padEnd(30)} ${verdict}`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });

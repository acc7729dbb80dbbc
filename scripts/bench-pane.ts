/**
 * The pane's figures for `npm run bench`: round trips, initial JavaScript size, first
 * render, and the web page's check of a big workbook.
 */
import { existsSync, readFileSync } from "fs";
import { basename, join } from "path";
import { gzipSync } from "zlib";
import { FakeWorkbook } from "../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../src/hosts/office";
import { readWorkbookSnapshots } from "../src/hosts/xlsx/read";
import { PaneController } from "../src/taskpane/state/controller";
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
      times.push(await session.page.evaluate(() => performance.now()));
    } finally {
      await session.close();
    }
  }
  return times.sort((a, b) => a - b)[1];
}

export interface WebCheck {
  /** From giving the page the file to the pane ready to check it, ms. */
  loadMs: number;
  /** From the click on 检查当前工作表 to the verdict on screen, ms. */
  checkMs: number;
}

/** A workbook the page has not met yet can take a while: long, but not forever. */
const WEB_CHECK_TIMEOUT_MS = 5 * 60 * 1000;

/**
 * The preview page, in a fresh headless Chromium, opens `file` through its file input
 * and checks it; or the reason it was not measured.
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
    return { loadMs: loaded - start, checkMs: performance.now() - loaded };
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

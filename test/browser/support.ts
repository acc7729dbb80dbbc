/** Headless Debian Chromium (never a downloaded browser) against the built preview. */
import { existsSync, writeFileSync } from "fs";
import { join } from "path";
import { Browser, chromium, Page } from "playwright-core";
import { fixturePath } from "../support/fixtures";
import { repoRoot } from "../support/paths";
import { scratchFolder } from "../support/scratch";

const { startServer } = require(join(repoRoot(), "scripts", "serve-preview.js")) as {
  startServer(options: {
    root: string;
    port: number;
  }): Promise<{ url: string; close(): Promise<void> }>;
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const WEB_ROOT = join(repoRoot(), "dist", "web");

export interface Session {
  browser: Browser;
  page: Page;
  origin: string;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * The page at `path` of the built preview, in a fresh browser; `beforeLoad` runs on the page
 * before it is loaded (to route its requests).
 */
export async function openPreview(
  path = "/",
  beforeLoad?: (page: Page) => Promise<unknown>
): Promise<Session> {
  if (!existsSync(join(WEB_ROOT, "index.html")))
    throw new Error("dist/web is missing: run npm run build:web first");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  const server = await startServer({ root: WEB_ROOT, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // Debian's Chromium 156 builds its omnibox popup (chrome://omnibox-popup.top-chrome) as it
      // starts: ~0.4 s of a core just as the page loads, which on two cores slowed the page's
      // first render from ~1.0 to ~1.7 s (medians of six, interleaved). No user meets it:
      // their browser was started before they opened the page.
      "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await beforeLoad?.(page);
  await page.goto(new URL(path, server.url).toString());
  return {
    browser,
    page,
    origin: new URL(server.url).origin,
    requests,
    errors,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The page once its bundled sample is in the grid. */
export async function openSample(): Promise<Session> {
  const session = await openPreview();
  return ready(session, () => session.page.locator('td[data-address="A1"]').waitFor());
}

/** The seed workbook (one project a sheet), as a person opens it in the page. */
export const SEED = fixturePath("hebei-2020-seed.xlsx");

/** The page with the seed workbook opened through its file input. */
export async function openSeed(): Promise<Session> {
  const session = await openSample();
  return ready(session, async () => {
    await session.page.locator('input[type="file"]').setInputFiles(SEED);
    await session.page.getByText("hebei-2020-seed.xlsx").waitFor();
  });
}

/** The session once `steps` are done; closed, so that no browser is left, if they fail. */
async function ready(session: Session, steps: () => Promise<unknown>): Promise<Session> {
  try {
    await steps();
    return session;
  } catch (error) {
    await session.close();
    throw error;
  }
}

/** Where files chosen by chooseFile are written: a folder of this test file's own. */
let chosen: string | undefined;

/** Gives the page's file input a file of these bytes under `name`, as a person choosing it would. */
export async function chooseFile(
  page: Page,
  name: string,
  bytes: Uint8Array | string
): Promise<void> {
  chosen ??= scratchFolder("perfgoal-chosen-").dir;
  const path = join(chosen, name);
  writeFileSync(path, bytes);
  await page.locator('input[type="file"]').setInputFiles(path);
}

/** Types `text` into the cell at `address` of the page's grid, as a person would, and waits for it. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`td[data-address="${address}"]`).dblclick();
  await page.getByLabel(address, { exact: true }).fill(text);
  await page.keyboard.press("Enter");
  await page.locator(`td[data-address="${address}"]`, { hasText: text }).waitFor();
}

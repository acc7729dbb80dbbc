/**
 * The web page offline, in headless Chromium: after one visit its service worker holds the
 * page, its scripts (the lazily loaded reader, writer and SheetJS too), the sample and the web
 * app manifest, so with the network off the page reloads, opens the sample and checks it.
 */
import { corpusWorkbookPath } from "../support/corpus";
import { seedXls } from "../support/hostile";
import { chooseFile, openPreview, openSample, Session } from "./support";

jest.setTimeout(90_000);

let session: Session;

beforeAll(async () => {
  session = await openSample();
});

afterAll(async () => {
  await session?.close();
});

it("registers its service worker once the sample is on screen, not before", async () => {
  const fresh = await openPreview("/", (page) =>
    page.addInitScript(() => {
      const calls: boolean[] = ((window as unknown as { registered: boolean[] }).registered = []);
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (url, options) => {
        calls.push(document.querySelector('td[data-address="A1"]') !== null);
        return register(url, options);
      };
    })
  );
  try {
    await fresh.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(fresh.page.evaluate("window.registered")).resolves.toEqual([true]);
  } finally {
    await fresh.close();
  }
});

it("is controlled by its service worker after the first visit", async () => {
  const { page } = session;
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]')?.getAttribute("href") ?? "";
    return (await fetch(link)).json();
  });
  expect(manifest).toMatchObject({ start_url: "./", display: "standalone" });
});

it("reloads, opens the sample and checks it with the network off", async () => {
  const { page } = session;
  await page.context().setOffline(true);
  // The network is really off: what the worker does not hold cannot be fetched.
  await expect(
    page.evaluate(() =>
      fetch("taskpane.html").then(
        () => "fetched",
        () => "failed"
      )
    )
  ).resolves.toBe("failed");
  await page.reload();
  await page.locator('td[data-address="A1"]').waitFor();
  await page.getByText("hebei-2020-stacked.xlsx").waitFor();
  await page.getByRole("button", { name: "检查工作簿" }).click();
  await page
    .getByText(/可以报送|暂不能报送/)
    .first()
    .waitFor();
  await page.context().setOffline(false);
});

it("keeps the reader's worker once used, and opens an .xls with it offline", async () => {
  const { page } = session;
  const open = async () => {
    const asked = page.waitForRequest(/\/read-worker\.js$/);
    await chooseFile(page, "种子.xls", seedXls());
    await asked;
    await page.locator("header").getByText("种子.xls", { exact: true }).waitFor();
  };
  // Not stored at install: only once an .xls needs it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await open();
  await expect(
    page.evaluate(
      async () => (await caches.match("read-worker.js", { ignoreSearch: true })) !== undefined
    )
  ).resolves.toBe(true);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('td[data-address="A1"]').waitFor();
  await open();
  await page.context().setOffline(false);
});

it("opens offline a workbook whose number format needs SheetJS, stored at install", async () => {
  const { page } = session;
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('td[data-address="A1"]').waitFor();
  await page
    .locator('input[type="file"]')
    .setInputFiles(corpusWorkbookPath("selfeval-shanghai-2022-putuo-tiyu"));
  await page.getByText("selfeval-shanghai-2022-putuo-tiyu.xlsx").waitFor();
  await expect(page.locator('td[data-address="E6"]').textContent()).resolves.toBe("215,457.6");
  await page.context().setOffline(false);
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

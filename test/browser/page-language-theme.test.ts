/**
 * The web page in headless Chromium: its own bar follows the pane's language switch, and the
 * page follows the system's dark theme as the pane follows Office's.
 */
import { openPreview, Session } from "./support";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  session = await openPreview();
  await session.page.locator('td[data-address="A1"]').waitFor();
});

afterAll(async () => {
  await session?.close();
});

/** The page's background: the Fluent provider's, which carries the theme's colours. */
function background(): Promise<string> {
  return session.page
    .locator("[data-theme]")
    .evaluate((element) => getComputedStyle(element).backgroundColor);
}

/** Relative luminance of an `rgb(r, g, b)` colour, 0 (black) to 255 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

it("translates the page's bar with the pane's language switch, and back", async () => {
  const { page } = session;
  const bar = page.locator("header").first();
  await expect(bar.textContent()).resolves.toContain("载入示例");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Load the sample" }).waitFor();
  const text = (await bar.textContent()) ?? "";
  expect(text).toContain("Performance goal assistant");
  expect(text).toContain("Open an .xlsx file:");
  expect(text).toContain("Save as .xlsx");
  expect(text).toContain("Export the review");
  expect(text).not.toMatch(/[\u4e00-\u9fff：]/);
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("en");
  await expect(page.title()).resolves.toMatch(/^Performance goal assistant/);
  // The grid keeps the workbook: the language switch does not reload it.
  await expect(page.locator('td[data-address="A1"]').textContent()).resolves.toBe(
    "一、土地转用征收组卷费用项目"
  );

  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("button", { name: "载入示例" }).waitFor();
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
});

it("follows the system's dark theme, and light again", async () => {
  const { page } = session;
  await page.emulateMedia({ colorScheme: "light" });
  await page.locator('[data-theme="light"]').waitFor();
  expect(luminance(await background())).toBeGreaterThan(200);

  await page.emulateMedia({ colorScheme: "dark" });
  await page.locator('[data-theme="dark"]').waitFor();
  expect(luminance(await background())).toBeLessThan(60);
  // The grid's cells are dark too, its headers as well.
  const cellBackground = await page
    .locator('td[data-address="B3"]')
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(luminance(cellBackground)).toBeLessThan(60);

  await page.emulateMedia({ colorScheme: "light" });
  await page.locator('[data-theme="light"]').waitFor();
});

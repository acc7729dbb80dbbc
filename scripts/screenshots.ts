/**
 * Takes the README's pictures of the web page in headless Chromium, as the browser tests
 * drive it: `npm run build:web`, then `npx tsx scripts/screenshots.ts`.
 *
 * - docs/preview.png: the seed workbook checked as a whole, the second finding selected;
 * - docs/preview-fill.png: the 新建与填写 tab with the fill's preview on the bundled sample.
 */
import { join } from "path";
import { openPreview, Session } from "../test/browser/support";
import { repoRoot } from "../test/support/paths";

const DOCS = join(repoRoot(), "docs");
const SEED = join(repoRoot(), "test", "fixtures", "hebei-2020-seed.xlsx");

/** Waits for the page's fonts and for a pause in layout before the picture. */
async function settle(session: Session): Promise<void> {
  await session.page.evaluate(() => document.fonts.ready.then(() => undefined));
  await session.page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  );
}

async function checkedWorkbook(file: string): Promise<void> {
  const session = await openPreview();
  try {
    const { page } = session;
    await page.locator('td[data-address="A1"]').waitFor();
    await page.locator('input[type="file"]').setInputFiles(SEED);
    await page.getByText("hebei-2020-seed.xlsx").first().waitFor();
    await page.getByRole("button", { name: "检查工作簿" }).click();
    await page.getByText(/整个工作簿 · \d+ 张工作表/).waitFor();
    await page.getByRole("button", { name: "下一个" }).click();
    await page.getByRole("button", { name: "下一个" }).click();
    await page.getByText("第 2/", { exact: false }).waitFor();
    // Tall enough to show the verdict, the legend and the selected finding together.
    await page.setViewportSize({ width: 1400, height: 1100 });
    await page.locator('[aria-current="true"]').scrollIntoViewIfNeeded();
    await settle(session);
    await page.screenshot({ path: file });
  } finally {
    await session.close();
  }
}

async function fillPreview(file: string): Promise<void> {
  const session = await openPreview();
  try {
    const { page } = session;
    await page.locator('td[data-address="A1"]').waitFor();
    await page.getByRole("tab", { name: "新建与填写" }).click();
    await page.getByRole("button", { name: "生成预览" }).click();
    await page
      .getByText(/^将写入 \d+ 个单元格$/)
      .first()
      .waitFor();
    // The pane scrolled to the fill section: its options and the first cells it would write.
    await page.locator("#fill-title").evaluate((title) => title.scrollIntoView({ block: "start" }));
    await settle(session);
    await page.screenshot({ path: file });
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const pictures: [string, (file: string) => Promise<void>][] = [
    ["preview.png", checkedWorkbook],
    ["preview-fill.png", fillPreview],
  ];
  for (const [name, take] of pictures) {
    const file = join(DOCS, name);
    await take(file);
    process.stdout.write(`wrote ${file}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

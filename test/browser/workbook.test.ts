/**
 * The preview in headless Chromium with the seed workbook (one project a sheet): check
 * the whole workbook, then step through the findings with 下一个 / 上一个 and F8, each
 * selecting its cell in the grid and activating its sheet.
 */
import { join } from "path";
import { repoRoot } from "../support/paths";
import { openPreview, Session } from "./support";

jest.setTimeout(60_000);

const SEED = join(repoRoot(), "test", "fixtures", "hebei-2020-seed.xlsx");

let session: Session;

beforeAll(async () => {
  session = await openPreview();
  await session.page.locator('td[data-address="A1"]').waitFor();
  await session.page.locator('input[type="file"]').setInputFiles(SEED);
  await session.page.getByText("hebei-2020-seed.xlsx").waitFor();
});

afterAll(async () => {
  await session?.close();
});

/** The sheet tab shown and the one selected cell of the grid. */
async function selected(): Promise<string> {
  const { page } = session;
  const cell = page.locator('td[aria-selected="true"]');
  await cell.first().waitFor();
  const sheet = await page.getByRole("tab", { selected: true }).first().textContent();
  const addresses = await cell.evaluateAll((cells) =>
    cells.map((c) => c.getAttribute("data-address"))
  );
  return `${sheet}!${addresses.join(",")}`;
}

/** Waits until the grid shows `expected` selected. */
async function expectSelected(expected: string) {
  await session.page.waitForFunction(
    ([sheet, address]) =>
      document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === sheet &&
      document.querySelector(`td[data-address="${address}"]`)?.getAttribute("aria-selected") ===
        "true",
    expected.split("!")
  );
  await expect(selected()).resolves.toBe(expected);
}

it("checks the whole workbook: not ready, eight sheets, the cross-sheet warnings", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "检查工作簿" }).click();
  await page.getByText("暂不能报送：有 1 个错误需要修改").waitFor();
  await expect(
    page
      .getByText("整个工作簿 · 8 张工作表 · 8 张表 · 1 个错误 · 32 个警告 · 21 个提示")
      .isVisible()
  ).resolves.toBe(true);
});

it("steps next, next, previous, selecting each cell", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "下一个" }).click();
  await expectSelected("项目1!E11");
  await page.getByRole("button", { name: "下一个" }).click();
  await expectSelected("项目1!E12");
  await page.getByRole("button", { name: "上一个" }).click();
  await expectSelected("项目1!E11");
  await expect(page.locator('[aria-current="true"]').getAttribute("data-finding")).resolves.toBe(
    "E11"
  );
});

it("goes to the error on another sheet, activating it, and back with Shift+F8", async () => {
  const { page } = session;
  await page.getByLabel("跳转范围").selectOption("error");
  await page.getByRole("button", { name: "下一个" }).focus();
  await page.keyboard.press("F8");
  await expectSelected("项目3!F13");
  await page.getByLabel("跳转范围").selectOption("all");
  await page.getByRole("button", { name: "下一个" }).focus();
  await page.keyboard.press("Shift+F8");
  await expectSelected("项目3!G11");
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

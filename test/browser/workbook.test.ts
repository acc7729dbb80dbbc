/**
 * The preview in headless Chromium with the seed workbook (one project a sheet): check
 * the whole workbook, then step through the findings with 下一个 / 上一个 and F8, each
 * selecting its cell in the grid and activating its sheet; change every 百分比 and undo.
 */
import { openSeed, Session } from "./support";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  session = await openSeed();
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

it("全部更改 for 百分比 writes every cell after a preview, and 撤销更改 puts each back", async () => {
  const { page } = session;
  // The grid shows 项目3, where G14 holds 百分比.
  const g14 = page.locator('td[data-address="G14"]');
  await expect(g14.textContent()).resolves.toBe("百分比");
  await page.getByRole("button", { name: "全部更改：单位写作“百分比”" }).click();
  await page.getByText("将更改 13 个单元格").waitFor();
  await expect(page.locator("[data-fix]").count()).resolves.toBe(13);
  await page.getByRole("button", { name: "确认更改" }).click();
  await page.getByText("已更改 13 个单元格并重新检查").waitFor();
  await page.waitForFunction(
    () => document.querySelector('td[data-address="G14"]')?.textContent === "%"
  );
  await expect(
    page.getByRole("button", { name: "全部更改：单位写作“百分比”" }).count()
  ).resolves.toBe(0);
  await page.getByRole("button", { name: "撤销更改" }).click();
  await page.getByText("已撤销，13 个单元格恢复原样").waitFor();
  await page.waitForFunction(
    () => document.querySelector('td[data-address="G14"]')?.textContent === "百分比"
  );
  await page.getByRole("button", { name: "全部更改：单位写作“百分比”" }).waitFor();
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

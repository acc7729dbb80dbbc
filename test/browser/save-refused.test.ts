/**
 * The web page refuses to save what would not read back, in headless Chromium: a real
 * self-evaluation whose cell M12 is damaged (its style's opening quote lost) opens and shows
 * its score; typed over, that cell would be written beside the damaged one, which a reader
 * still reads. Saving says so in one line and downloads nothing.
 */
import { unopenedAttributeQuote } from "../support/hostile";
import { chooseFile, openSample, Session } from "./support";

jest.setTimeout(90_000);

let session: Session;

beforeAll(async () => {
  session = await openSample();
});

afterAll(async () => {
  await session?.close();
});

it("opens the damaged self-evaluation, its score in the grid", async () => {
  await chooseFile(session.page, "自评表.xlsx", unopenedAttributeQuote());
  await session.page.locator("header").getByText("自评表.xlsx", { exact: true }).waitFor();
  await expect(session.page.locator('td[data-address="M12"]').textContent()).resolves.toBe("6.25");
});

it("refuses to save the score typed over, naming the cell, and downloads nothing", async () => {
  const { page } = session;
  const cell = page.locator('td[data-address="M12"]');
  await cell.dblclick();
  await page.getByLabel("M12", { exact: true }).fill("25");
  await page.keyboard.press("Enter");
  await page.locator('td[data-address="M12"]', { hasText: "25" }).waitFor();
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "保存为 .xlsx" }).click();
  const message =
    "无法保存：工作簿已损坏，无法写入：工作表“绩效自评表”的单元格 M12 写入后读出的内容与写入的不同，请在 Excel 或 WPS 中打开并另存后再试";
  await page.getByText(message, { exact: true }).waitFor();
  expect(downloads).toBe(0);
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

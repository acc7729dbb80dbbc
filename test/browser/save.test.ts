/**
 * The web page saves what it checked and edited, in headless Chromium: open the seed
 * workbook through the file input, check it, type into cells, 保存为 .xlsx, and read the
 * download back with the file host; then 导出审核意见 and read the report back; and a save
 * that would not read back is refused.
 */
import { readFileSync } from "fs";
import { Download } from "playwright-core";
import { t } from "../../src/domain/messages/catalog";
import { SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { cellValues } from "../support/fixtures";
import { unopenedAttributeQuote } from "../support/hostile";
import { chooseFile, openSeed, SEED, Session, typeInto } from "./support";

jest.setTimeout(90_000);

const original = readWorkbookSnapshots(readFileSync(SEED));
const SHEET = original[0].sheetName;

let session: Session;

beforeAll(async () => {
  session = await openSeed();
});

afterAll(async () => {
  await session?.close();
});

/** The last text cell of the first sheet outside merges (the seed has no empty cell to type into). */
function textCell(): string {
  const sheet = original[0];
  let found = "";
  sheet.values.forEach((values, r) =>
    values.forEach((value, c) => {
      const row = sheet.originRow + r;
      const col = sheet.originCol + c;
      const merged = (sheet.merges ?? []).some(
        (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right
      );
      if (typeof value === "string" && !merged && toA1(row, col) !== "E11") found = toA1(row, col);
    })
  );
  if (!found) throw new Error("the seed's first sheet has no text cell outside merges");
  return found;
}

async function downloaded(download: Download): Promise<SheetSnapshot[]> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return readWorkbookSnapshots(readFileSync(path));
}

it("saves the checked and edited workbook as .xlsx, other cells as they were", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "检查工作簿" }).click();
  await page.getByText(/暂不能报送/).waitFor();
  const other = textCell();
  await typeInto(page, "E11", "≥95%");
  await typeInto(page, other, "=1+2");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "保存为 .xlsx" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("hebei-2020-seed-已检查.xlsx");
  await page.getByText(/已保存 hebei-2020-seed-已检查\.xlsx：2 个单元格有改动/).waitFor();

  const saved = await downloaded(download);
  expect(saved.map((s) => s.sheetName)).toEqual(original.map((s) => s.sheetName));
  const expected = cellValues(original[0]);
  expected.set("E11", "≥95%");
  expected.set(other, "=1+2"); // text, never a formula
  expect(cellValues(saved[0])).toEqual(expected);
  for (let i = 1; i < original.length; i++)
    expect(cellValues(saved[i])).toEqual(cellValues(original[i]));
  expect(saved[0].sheetName).toBe(SHEET);
});

it("exports the review report of the last check as a workbook", async () => {
  const { page } = session;
  const summary = await page
    .getByText(/\d+ 个错误 · \d+ 个警告 · \d+ 个提示/)
    .first()
    .textContent();
  const [errors, warnings, infos] = (
    /(\d+) 个错误 · (\d+) 个警告 · (\d+) 个提示/.exec(summary ?? "") ?? []
  )
    .slice(1)
    .map(Number);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "导出审核意见" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("hebei-2020-seed-审核意见.xlsx");
  const report = await downloaded(download);
  const detail = report.find((s) => s.sheetName === t("report.sheetDetail"));
  expect(detail).toBeDefined();
  const labels = detail?.values.flat() ?? [];
  const count = (label: string) => labels.filter((value) => value === label).length;
  expect([
    count(t("severity.error")),
    count(t("severity.warning")),
    count(t("severity.info")),
  ]).toEqual([errors, warnings, infos]);
  expect(errors).toBeGreaterThan(0);
});

it("refuses to save a cell of a damaged sheet that would not read back, downloading nothing", async () => {
  // A real self-evaluation whose M12 lost its style's opening quote: the page reads its score,
  // and a value typed over it would be written beside the damaged cell, which a reader still reads.
  const { page } = session;
  await chooseFile(page, "自评表.xlsx", unopenedAttributeQuote());
  await page.locator("header").getByText("自评表.xlsx", { exact: true }).waitFor();
  await expect(page.locator('td[data-address="M12"]').textContent()).resolves.toBe("6.25");
  await typeInto(page, "M12", "25");
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "保存为 .xlsx" }).click();
  await page
    .getByText(
      "无法保存：工作簿已损坏，无法写入：工作表“绩效自评表”的单元格 M12 写入后读出的内容与写入的不同，请在 Excel 或 WPS 中打开并另存后再试",
      { exact: true }
    )
    .waitFor();
  expect(downloads).toBe(0);
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

/**
 * Files the page cannot open: each says why in one message, in the page's language only,
 * and the page raises no error; a good workbook opens after them. A sheet the reader could
 * hold only in part opens with a notice of what was left out.
 */
import { readFileSync } from "fs";
import * as XLSX from "@e965/xlsx";
import {
  bombWorkbook,
  damagedPropertiesXls,
  damagedWorkbook,
  encryptedOpenDocument,
  encryptedXls,
  encryptedWorkbook,
  farApartCells,
  mergesSideBySide,
  noSheetsListed,
  overlappingMerges,
  sameSheetNames,
} from "../support/hostile";
import { chooseFile, openSample, SEED, Session } from "./support";

jest.setTimeout(120_000);

let session: Session;

beforeAll(async () => {
  session = await openSample();
});
afterAll(() => session?.close());

function openFile(name: string, bytes: Uint8Array | string): Promise<void> {
  return chooseFile(session.page, name, bytes);
}

it.each<[string, () => Promise<Uint8Array> | Uint8Array | string, string]>([
  [
    "加密.xlsx",
    encryptedWorkbook,
    "无法打开文件：工作簿设有打开密码（已加密），请去除密码后再检查",
  ],
  ["加密.xls", encryptedXls, "无法打开文件：工作簿设有打开密码（已加密），请去除密码后再检查"],
  [
    "加密.ods",
    encryptedOpenDocument,
    "无法打开文件：工作簿设有打开密码（已加密），请去除密码后再检查",
  ],
  [
    "炸弹.xlsx",
    () => bombWorkbook("true"),
    "无法打开文件：工作簿中的 xl/worksheets/sheet1.xml 解压后约 601 MB，超过单个部件 256 MB 的上限，未读取",
  ],
  [
    "网页.xls",
    () => "<html><body><table><tr><td>项目名称</td></tr></table></body></html>",
    "无法打开文件：这是网页（HTML）格式的表格，不是工作簿：请在 Excel 或 WPS 中打开，另存为 .xlsx 后再检查",
  ],
  [
    "同名.xlsx",
    sameSheetNames,
    "无法打开文件：工作簿中有两张名为“项目1”的工作表，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查",
  ],
  [
    "无表.xlsx",
    noSheetsListed,
    "无法打开文件：工作簿中没有工作表，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查",
  ],
  [
    "文本.xlsx",
    () => "项目名称,一级指标\n",
    "无法打开文件：不是 .xlsx 工作簿（文件内容不是 ZIP 压缩包）",
  ],
])("%s: one message, in Chinese only", async (name, bytes, message) => {
  await openFile(name, await bytes());
  const shown = session.page.getByText(message, { exact: true });
  await shown.waitFor();
  await expect(shown.textContent()).resolves.toBe(message);
});

it("a damaged workbook: called damaged, in Chinese only", async () => {
  await openFile("损坏.xlsx", damagedWorkbook());
  const shown = session.page.getByText(/^无法打开文件：工作簿已损坏，无法解压：/);
  await shown.waitFor();
  await expect(shown.textContent()).resolves.not.toContain(" / ");
});

it("overlapping merged areas, which Excel repairs on opening: one message", async () => {
  await openFile("重叠合并.xlsx", overlappingMerges());
  const message =
    "无法打开文件：工作表“Sheet1”中有相互重叠的合并单元格，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查";
  await session.page.getByText(message, { exact: true }).waitFor();
});

it("a good workbook opens after them, the message gone", async () => {
  await openFile("好.xlsx", readFileSync(SEED));
  await session.page.getByText("好.xlsx").waitFor();
  await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
});

it("an .ods, which the file dialog offers beside Excel's and WPS's workbooks, opens", async () => {
  const input = session.page.locator('input[type="file"]');
  await expect(input.getAttribute("accept")).resolves.toBe(".xlsx,.xlsm,.xls,.xlsb,.et,.ods");
  const seed = XLSX.read(readFileSync(SEED), { cellNF: true });
  await openFile("好.ods", XLSX.write(seed, { type: "buffer", bookType: "ods" }) as Buffer);
  await session.page.getByText("好.ods").waitFor();
  await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
});

it("an XML Spreadsheet (Excel 2003 XML) saved as .xls opens", async () => {
  const seed = XLSX.read(readFileSync(SEED), { cellNF: true });
  const xml = XLSX.write(seed, { type: "string", bookType: "xlml" }) as string;
  await openFile("导出.xls", xml);
  await session.page.getByText("导出.xls").waitFor();
  await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
});

it("an .xls whose document properties claim 2^31 properties opens, without them", async () => {
  await openFile("属性.xls", damagedPropertiesXls());
  await session.page.getByText("属性.xls").waitFor();
  await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
});

it("a sheet too big to hold opens, and the page says what was left out", async () => {
  await openFile("远.xlsx", farApartCells());
  await session.page.getByText("远.xlsx").waitFor();
  const message =
    "工作表“Sheet1”过大，只检查了其中一部分：超出上限的 2 行未读取；超出上限的 1 列未读取";
  await session.page.getByText(message, { exact: true }).waitFor();
});

it("a sheet of 98,304 merged areas side by side opens and checks", async () => {
  await openFile("并排.xlsx", mergesSideBySide());
  await session.page.getByText("并排.xlsx").waitFor();
  await expect(session.page.getByText(/^无法打开文件/).count()).resolves.toBe(0);
  await session.page.locator("aside button", { hasText: "检查当前工作表" }).click();
  await session.page.locator("aside").getByText("本工作表中没有找到绩效目标表").waitFor();
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

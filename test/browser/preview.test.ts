/**
 * The preview in headless Chromium: check the bundled sample, see the eight tables,
 * jump to a finding's cell, mark, clear, and nothing requested outside the page's origin.
 */
import { openPreview, Session } from "./support";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  session = await openPreview();
});

afterAll(async () => {
  await session?.close();
});

const ERROR_FILL = "rgb(255, 199, 206)"; // MARK_FILLS.error, #FFC7CE

function cell(address: string) {
  return session.page.locator(`td[data-address="${address}"]`);
}

it("loads the bundled sample into the grid", async () => {
  await cell("A1").waitFor();
  await expect(cell("A1").textContent()).resolves.toBe("一、土地转用征收组卷费用项目");
  await expect(cell("F48").textContent()).resolves.toBe("100");
});

it("checks the sheet and lists the eight tables with their findings", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "检查当前工作表" }).click();
  await page.locator("[data-table]").first().waitFor();
  // The list renders the rows in view; with the tables folded all eight are.
  await page.getByRole("button", { name: "全部折叠" }).click();
  const ranges = await page
    .locator("[data-table]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-table")));
  expect(ranges).toEqual([
    "A3:H15",
    "A20:H32",
    "A37:H49",
    "A54:H66",
    "A71:H83",
    "A88:H100",
    "A105:H117",
    "A122:H134",
  ]);
  await expect(page.getByText("暂不能报送：有 1 个错误需要修改").isVisible()).resolves.toBe(true);
  await page.getByRole("button", { name: "全部展开" }).click();
  // Errors only: 下一个 goes to the one error and the list shows it.
  await page.getByLabel("跳转范围").selectOption("error");
  await page.getByRole("button", { name: "下一个" }).click();
  await expect(
    page.getByText("定性与定量混写：“形成数据库”的符号为“文字描述”，值却是 100").isVisible()
  ).resolves.toBe(true);
});

it("selects a finding's cell in the grid when the finding is clicked", async () => {
  const { page } = session;
  await page.locator('td[data-address="A1"]').click();
  await page.getByRole("button", { name: /^定位到单元格 F48/ }).click();
  await page.locator('td[data-address="F48"][aria-selected="true"]').waitFor();
  await expect(page.locator('td[aria-selected="true"]').count()).resolves.toBe(1);
});

it("marks the findings' cells and clears the marks exactly", async () => {
  const { page } = session;
  const before = await cell("F48").evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.getByRole("button", { name: "在表中标记" }).click();
  await page.getByText(/^已标记 \d+ 个单元格$/).waitFor();
  await expect(cell("F48").evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
    ERROR_FILL
  );
  await expect(cell("F48").getAttribute("title")).resolves.toContain("定性与定量混写");
  await expect(page.getByText(/报送前请点击“清除标记”/).isVisible()).resolves.toBe(true);

  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/^已清除 \d+ 处标记/).waitFor();
  await expect(cell("F48").evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
    before
  );
  await expect(cell("F48").getAttribute("title")).resolves.toBeNull();
});

it("ignores a finding and keeps it out of the counts until restored", async () => {
  const { page } = session;
  const item = page.locator('[data-finding="F48"]');
  await item.getByRole("button", { name: "忽略" }).click();
  await page.getByText("可以报送：没有错误").waitFor();
  await page.getByRole("button", { name: "全部取消忽略" }).click();
  await page.getByText("暂不能报送：有 1 个错误需要修改").waitFor();
});

it("raised no error in the page", () => {
  expect(session.errors).toEqual([]);
});

it("requests nothing outside its own origin", () => {
  const outside = session.requests.filter(
    (url) => !url.startsWith(session.origin) && !url.startsWith("data:")
  );
  expect(outside).toEqual([]);
  expect(session.requests.some((url) => url.endsWith("/samples/hebei-2020-stacked.xlsx"))).toBe(
    true
  );
});

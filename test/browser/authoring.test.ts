/** The preview in headless Chromium: insert a template, fill the boilerplate, see the text, undo. */
import { openSample, Session } from "./support";

jest.setTimeout(60_000);

let session: Session;

beforeAll(async () => {
  session = await openSample();
  await session.page.getByRole("tab", { name: "新建与填写" }).click();
});

afterAll(async () => {
  await session?.close();
});

it("fills the boilerplate after a preview, shows the text in the sheet, and undoes it", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "生成预览" }).click();
  const heading = page.getByText(/^将写入 \d+ 个单元格$/);
  await heading.waitFor();
  const count = Number(/\d+/.exec((await heading.textContent()) ?? "")?.[0]);
  expect(count).toBeGreaterThan(8);
  await page.getByRole("button", { name: `应用所选 (${count})` }).click();
  await page.getByText(`已写入 ${count} 个单元格`).waitFor();

  await page.getByRole("tab", { name: "情况说明" }).click();
  await expect(page.locator('td[data-address="A1"]').textContent()).resolves.toContain(
    "绩效目标指标情况说明"
  );
  await expect(page.locator('td[data-address="A7"]').textContent()).resolves.toMatch(
    /^该项目共设置 4 项绩效指标/
  );

  await page.getByRole("button", { name: "撤销填写" }).click();
  await page.getByText(`已撤销，${count} 个单元格恢复原样`).waitFor();
  await expect(page.locator('td[data-address="A1"]').textContent()).resolves.toBe("");
});

it("inserts a template at the selected empty cell and lands on the first cell to fill", async () => {
  const { page } = session;
  await page.getByRole("tab", { name: "绩效目标表" }).click();
  await page
    .locator('td[data-address="J1"]')
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  // The sample's own sheet is full where a table would go: the template goes to a new sheet.
  await page.locator('td[data-address="B2"]').click();
  await page.getByLabel("项目名称（可选）").fill("耕地保护项目");
  await page.getByRole("button", { name: "插入模板" }).click();
  await page.getByText(/^已在“新项目绩效目标表”插入模板，光标位于 C11$/).waitFor();
  await expect(page.locator('td[data-address="B2"]').textContent()).resolves.toBe("耕地保护项目");
  await page.locator('td[data-address="C11"][aria-selected="true"]').waitFor();
});

it("lets a person type into the new table, and the check sees it", async () => {
  const { page } = session;
  await page.locator('td[data-address="B3"]').dblclick();
  await page.getByLabel("B3", { exact: true }).fill("承德高新区国土资源分局");
  await page.keyboard.press("Enter");
  await expect(page.locator('td[data-address="B3"]').textContent()).resolves.toBe(
    "承德高新区国土资源分局"
  );
  await page.getByRole("tab", { name: "检查" }).click();
  await page.getByRole("button", { name: "检查当前工作表" }).click();
  await page.getByText(/工作表“新项目绩效目标表”/).waitFor();
  await expect(page.getByText("“主管部门”为空，必须填写").count()).resolves.toBe(0);
  await expect(page.getByText("“年度目标”为空，必须填写").count()).resolves.toBe(1);
});

it("raised no error and requested nothing outside its origin", () => {
  expect(session.errors).toEqual([]);
  expect(
    session.requests.filter((url) => !url.startsWith(session.origin) && !url.startsWith("data:"))
  ).toEqual([]);
});

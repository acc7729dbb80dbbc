/**
 * The web page opens a real self-evaluation from the corpus (稷山县 2020, 建档立卡个人缴费
 * 县级配套资金), checks it and shows its 评分汇总 beside the findings; a figure selects its
 * cell in the grid.
 */
import { join } from "path";
import { repoRoot } from "../support/paths";
import { openPreview, Session } from "./support";

jest.setTimeout(60_000);

const FILE = "selfeval-shanxi-2020-jishan-yibao.xlsx";
const WORKBOOK = join(repoRoot(), "test", "fixtures", "real", FILE);

let session: Session;

beforeAll(async () => {
  session = await openPreview();
  await session.page.locator('td[data-address="A1"]').waitFor();
  await session.page.locator('input[type="file"]').setInputFiles(WORKBOOK);
  await session.page.getByText(FILE).waitFor();
});

afterAll(async () => {
  await session?.close();
});

it("shows the score summary of the self-evaluation, and a figure selects its cell", async () => {
  const { page } = session;
  await page.getByRole("button", { name: "检查工作簿" }).click();
  const summary = page.getByRole("group", { name: "评分汇总" });
  await summary.waitFor();
  const text = await summary.textContent();
  // The 总分 row says 94; the scores written add up to 9 + 48 + 27 + 9 = 93.
  for (const figure of [
    "得分 94 / 100",
    "各项合计 93 / 100",
    "预算执行 9 / 10",
    "产出 48 / 50",
    "效益 27 / 30",
    "满意度 9 / 10",
    "未满分指标 3 项",
  ])
    expect(text).toContain(figure);

  await summary.getByRole("button", { name: "得分 94 / 100，选中 H19" }).click();
  await page.waitForFunction(
    () => document.querySelector('td[data-address="H19"]')?.getAttribute("aria-selected") === "true"
  );
  await summary.getByRole("button", { name: "效益 27 / 30，选中 B17" }).click();
  await page.waitForFunction(
    () => document.querySelector('td[data-address="B17"]')?.getAttribute("aria-selected") === "true"
  );
  await summary
    .getByRole("button", { name: /^未满分：指标1:全县参合人数 得分 13 \/ 15，选中 H13$/ })
    .click();
  await page.waitForFunction(
    () => document.querySelector('td[data-address="H13"]')?.getAttribute("aria-selected") === "true"
  );
  expect(session.errors).toEqual([]);
});

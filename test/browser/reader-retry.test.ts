/**
 * The page asks for its workbook reader once, as the first file is asked for: when the
 * reader's scripts cannot be loaded (a page offline before they were stored), the file is
 * refused in one line, and the next file asks for them again.
 */
import { readFileSync } from "fs";
import { basename, join } from "path";
import { openPreview, Session, WEB_ROOT } from "./support";

jest.setTimeout(60_000);

let session: Session;
let blocked = true;
const refused: string[] = [];

beforeAll(async () => {
  // The scripts the page loads at once; the others are those loaded on demand.
  const initial = readFileSync(join(WEB_ROOT, "index.html"), "utf8");
  session = await openPreview("/", (page) =>
    page.route(/\/\d+\.[0-9a-f]+\.js$/, async (route) => {
      const name = basename(new URL(route.request().url()).pathname);
      if (!blocked || initial.includes(name)) return route.continue();
      refused.push(name);
      return route.abort();
    })
  );
});

afterAll(async () => {
  await session?.close();
});

it("refuses the sample in one line while the reader's scripts cannot be loaded", async () => {
  await session.page.getByText(/^无法打开文件：/).waitFor();
  expect(refused.length).toBeGreaterThan(0);
  await expect(session.page.locator('td[data-address="A1"]').count()).resolves.toBe(0);
});

it("opens the sample once they can be", async () => {
  blocked = false;
  await session.page.getByRole("button", { name: "载入示例" }).click();
  await session.page.locator('td[data-address="A1"]').waitFor();
  await expect(session.page.getByText(/^无法打开文件：/).count()).resolves.toBe(0);
});

/**
 * The page loads SheetJS (a megabyte) only for a workbook that needs it: the bundled sample
 * opens without it; a real self-evaluation with a `#,##0.0` amount loads it and shows the
 * amount as Excel does; and a save whose read-back needs it loads it first.
 */
import { readFileSync } from "fs";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { cellValues } from "../support/fixtures";
import { corpusWorkbookPath } from "../support/corpus";
import { replacedIn, withPartsEdited } from "../support/hostile";
import { chooseFile, openSample, SEED, Session, typeInto } from "./support";

jest.setTimeout(90_000);

const SHEETJS_CHUNK = /\/sheetjs\.[0-9a-f]+\.js$/;

const sheetjsLoads = (session: Session) =>
  session.requests.filter((url) => SHEETJS_CHUNK.test(url)).length;

/**
 * The seed with its cell E11 in a format of its own, `#,##0.0`: the text it holds shows as it
 * is, while a number typed there needs SheetJS's formatter.
 */
function seedWithAmountFormat(): Uint8Array {
  return withPartsEdited(readFileSync(SEED), {
    "xl/styles.xml": (xml) => {
      const format = '<numFmts count="1"><numFmt numFmtId="200" formatCode="#,##0.0"/></numFmts>';
      const style =
        '<xf numFmtId="200" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1"/>';
      const withFormat = replacedIn(xml, /(<styleSheet[^>]*>)/, `$1${format}`);
      const counted = replacedIn(withFormat, '<cellXfs count="5">', '<cellXfs count="6">');
      return replacedIn(counted, "</cellXfs>", `${style}</cellXfs>`);
    },
    "xl/worksheets/sheet1.xml": (xml) =>
      replacedIn(xml, '<c r="E11" s="4" t="s">', '<c r="E11" s="5" t="s">'),
  });
}

/**
 * The sample opened in a page of the group's own, so that neither group finds SheetJS loaded
 * by the other; the session is read once its page is open.
 */
function pageOfItsOwn(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSample();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error("the page did not open");
    return session;
  };
}

describe("opening", () => {
  const opened = pageOfItsOwn();

  it("opens the sample without loading SheetJS", () => {
    const session = opened();
    expect(sheetjsLoads(session)).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it("loads it for a number format the page does not write itself, and shows the cell as Excel does", async () => {
    const session = opened();
    const { page } = session;
    await page
      .locator('input[type="file"]')
      .setInputFiles(corpusWorkbookPath("selfeval-shanghai-2022-putuo-tiyu"));
    await page.getByText("selfeval-shanghai-2022-putuo-tiyu.xlsx").waitFor();
    await expect(page.locator('td[data-address="E6"]').textContent()).resolves.toBe("215,457.6");
    expect(sheetjsLoads(session)).toBe(1);
    expect(session.errors).toEqual([]);
  });
});

describe("saving", () => {
  const opened = pageOfItsOwn();

  it("loads it before a save whose read-back renders a format the file opened without", async () => {
    const session = opened();
    const { page } = session;
    await chooseFile(page, "金额.xlsx", seedWithAmountFormat());
    await page.locator("header").getByText("金额.xlsx", { exact: true }).waitFor();
    expect(sheetjsLoads(session)).toBe(0);
    await typeInto(page, "E11", "1234.5");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "保存为 .xlsx" }).click(),
    ]);
    const path = await download.path();
    if (!path) throw new Error(`download failed: ${await download.failure()}`);
    const saved = readWorkbookSnapshots(readFileSync(path));
    expect(cellValues(saved[0]).get("E11")).toBe(1234.5);
    expect(saved[0].texts?.[10]?.[4]).toBe("1,234.5");
    expect(sheetjsLoads(session)).toBe(1);
    expect(session.errors).toEqual([]);
  });
});

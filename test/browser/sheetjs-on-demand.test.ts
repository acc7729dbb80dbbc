/**
 * The page loads SheetJS (a megabyte) only for a workbook that needs it: the bundled sample
 * opens without it; a real self-evaluation with a `#,##0.0` amount loads it and shows the
 * amount as Excel does. A save reads the written file back for its values, which needs SheetJS
 * only for a package the direct reader leaves to it (a date cell, `t="d"`): then it is loaded.
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

/** The seed with a date cell (`t="d"`) at Z1, which the direct reader leaves to SheetJS. */
function seedWithDateCell(): Uint8Array {
  return withPartsEdited(readFileSync(SEED), {
    "xl/worksheets/sheet1.xml": (xml) =>
      replacedIn(xml, "</row>", '<c r="Z1" t="d"><v>2024-01-01T00:00:00Z</v></c></row>'),
  });
}

/** Types `value` into `address`, saves, and reads the download as the CLI would. */
async function typeAndSave(session: Session, address: string, value: string) {
  const { page } = session;
  await typeInto(page, address, value);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "保存为 .xlsx" }).click(),
  ]);
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return readWorkbookSnapshots(readFileSync(path));
}

describe("saving", () => {
  const opened = pageOfItsOwn();

  it("reads the written file back without SheetJS, even where a format would need it to show", async () => {
    const session = opened();
    await chooseFile(session.page, "金额.xlsx", seedWithAmountFormat());
    await session.page.locator("header").getByText("金额.xlsx", { exact: true }).waitFor();
    const saved = await typeAndSave(session, "E11", "1234.5");
    expect(cellValues(saved[0]).get("E11")).toBe(1234.5);
    expect(saved[0].texts?.[10]?.[4]).toBe("1,234.5");
    expect(sheetjsLoads(session)).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it("loads it for the read-back of a package the direct reader leaves to SheetJS", async () => {
    const session = opened();
    await chooseFile(session.page, "日期.xlsx", seedWithDateCell());
    await session.page.locator("header").getByText("日期.xlsx", { exact: true }).waitFor();
    // The page read the file in its worker, with the worker's own copy of SheetJS.
    expect(sheetjsLoads(session)).toBe(0);
    const saved = await typeAndSave(session, "E11", "1234.5");
    expect(cellValues(saved[0]).get("E11")).toBe(1234.5);
    expect(sheetjsLoads(session)).toBe(1);
    expect(session.errors).toEqual([]);
  });
});

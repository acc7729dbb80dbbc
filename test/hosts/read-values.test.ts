/**
 * The writer's read-back reads values only (readWorkbookValues). In the web page, where SheetJS
 * is loaded on demand (sheetjs-library.browser.ts, put in its place here as webpack does), it
 * reads a workbook whose number formats need SheetJS to show without loading it, the same
 * values as the full reading; a package the direct reader leaves to SheetJS is read once
 * SheetJS is loaded (withSheetJSWhenNeeded).
 */
import { readFileSync } from "fs";
import { corpusWorkbookPath } from "../support/corpus";
import { packageBytes, worksheetXml } from "../support/xlsx-package";

jest.mock("../../src/hosts/xlsx/sheetjs-library", () =>
  jest.requireActual("../../src/hosts/xlsx/sheetjs-library.browser")
);

type Read = typeof import("../../src/hosts/xlsx/read");
type WhenNeeded = typeof import("../../src/hosts/xlsx/sheetjs-when-needed");
type NotLoaded = typeof import("../../src/hosts/xlsx/sheetjs-not-loaded");
type Library = typeof import("../../src/hosts/xlsx/sheetjs-library.browser");

/** The modules as a page starts with them: SheetJS not loaded. */
function freshPage(): Read & WhenNeeded & NotLoaded & Library {
  jest.resetModules();
  return {
    ...(require("../../src/hosts/xlsx/read") as Read),
    ...(require("../../src/hosts/xlsx/sheetjs-when-needed") as WhenNeeded),
    ...(require("../../src/hosts/xlsx/sheetjs-not-loaded") as NotLoaded),
    ...(require("../../src/hosts/xlsx/sheetjs-library") as Library),
  };
}

/** A self-evaluation whose E6 is in `#,##0.0`, a format only SheetJS's formatter renders. */
const PUTUO = () => readFileSync(corpusWorkbookPath("selfeval-shanghai-2022-putuo-tiyu"));

/** A sheet with a date cell (`t="d"`), which the direct reader leaves to SheetJS. */
const WITH_DATE_CELL = () =>
  packageBytes({
    sheets: [
      {
        name: "表",
        xml: worksheetXml(
          '<row r="1"><c r="A1" t="d"><v>2024-01-01T00:00:00Z</v></c><c r="B1"><v>7</v></c></row>'
        ),
      },
    ],
  });

it("reads values without SheetJS where showing them needs it, the values of the full reading", async () => {
  const page = freshPage();
  expect(() => page.readWorkbookSnapshots(PUTUO())).toThrow(page.SheetJSNotLoaded);
  const values = page.readWorkbookValues(PUTUO());
  expect(() => page.loadedSheetJS()).toThrow(page.SheetJSNotLoaded);
  await page.sheetjsReady();
  const full = page.readWorkbookSnapshots(PUTUO());
  expect(full[0].texts?.[5]?.[4]).toBe("215,457.6");
  expect(values.map((sheet) => sheet.values)).toEqual(full.map((sheet) => sheet.values));
  expect(values.map((sheet) => sheet.sheetName)).toEqual(full.map((sheet) => sheet.sheetName));
});

it("reads a package the direct reader leaves to SheetJS once SheetJS is loaded", async () => {
  const page = freshPage();
  let tries = 0;
  const sheets = await page.withSheetJSWhenNeeded(() => {
    tries++;
    return page.readWorkbookValues(WITH_DATE_CELL());
  });
  expect(tries).toBe(2);
  expect(sheets[0].values[0][1]).toBe(7);
  expect(() => page.loadedSheetJS()).not.toThrow();
});

it("passes on any other failure, tried once", async () => {
  const page = freshPage();
  let tries = 0;
  const failing = page.withSheetJSWhenNeeded(() => {
    tries++;
    // A ZIP signature and nothing after it: a damaged package, refused by the direct reader.
    return page.readWorkbookValues(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]));
  });
  await expect(failing).rejects.toThrow(page.WorkbookReadError);
  expect(tries).toBe(1);
});

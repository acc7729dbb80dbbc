/**
 * The web page's SheetJS (sheetjs-library.browser.ts): not there until loaded, and a load
 * that failed (a page offline) is tried again by the next file that needs it.
 */
let failLoads = 0;

jest.mock("@e965/xlsx", () => {
  if (failLoads > 0) {
    failLoads--;
    throw new Error("Loading chunk sheetjs failed");
  }
  return jest.requireActual("@e965/xlsx");
});

type Library = typeof import("../../src/hosts/xlsx/sheetjs-library.browser");
type NotLoaded = typeof import("../../src/hosts/xlsx/sheetjs-not-loaded").SheetJSNotLoaded;

/** The module as a page starts with it, and the error it throws (of the same module registry). */
function freshLibrary(): Library & { SheetJSNotLoaded: NotLoaded } {
  // SheetJS too is required afresh when next loaded, as by a page loading it again.
  jest.resetModules();
  return {
    ...(require("../../src/hosts/xlsx/sheetjs-library.browser") as Library),
    SheetJSNotLoaded: (
      require("../../src/hosts/xlsx/sheetjs-not-loaded") as { SheetJSNotLoaded: NotLoaded }
    ).SheetJSNotLoaded,
  };
}

it("says it is not loaded until it is", async () => {
  const { loadedSheetJS, sheetjsReady, SheetJSNotLoaded } = freshLibrary();
  expect(() => loadedSheetJS()).toThrow(SheetJSNotLoaded);
  await sheetjsReady();
  expect(loadedSheetJS().SSF).toBeDefined();
});

it("loads it again after a load that failed", async () => {
  const { loadedSheetJS, sheetjsReady, SheetJSNotLoaded } = freshLibrary();
  failLoads = 1;
  await expect(sheetjsReady()).rejects.toThrow("Loading chunk sheetjs failed");
  expect(() => loadedSheetJS()).toThrow(SheetJSNotLoaded);
  await sheetjsReady();
  expect(loadedSheetJS().SSF).toBeDefined();
});

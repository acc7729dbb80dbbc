/**
 * Work that may need SheetJS, which the web page loads only on demand: done once, and if it
 * stopped for want of SheetJS (SheetJSNotLoaded), done again once SheetJS is loaded. The work
 * must leave nothing half done when it stops (reading a file, writing new bytes). In Node
 * SheetJS is always at hand, and the work is done once.
 */
import { sheetjsReady } from "./sheetjs-library";
import { SheetJSNotLoaded } from "./sheetjs-not-loaded";

export async function withSheetJSWhenNeeded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SheetJSNotLoaded)) throw error;
    await sheetjsReady();
    return work();
  }
}

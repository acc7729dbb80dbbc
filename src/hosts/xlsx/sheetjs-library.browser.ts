/**
 * SheetJS in the web page, in sheetjs-library.ts's place (webpack.config.js): a chunk of its
 * own, loaded when first asked for. Most workbooks never ask: the direct reader needs it only
 * for a number format it does not write itself, and .xls and the like are read in a worker
 * that brings its own copy. Until it is loaded, `loadedSheetJS` throws SheetJSNotLoaded.
 */
import type * as XLSX from "@e965/xlsx";
import { SheetJSNotLoaded } from "./sheetjs-not-loaded";

let library: typeof XLSX | undefined;
let loading: Promise<void> | undefined;

export function loadedSheetJS(): typeof XLSX {
  if (!library) throw new SheetJSNotLoaded();
  return library;
}

/** Loads SheetJS; a load that failed (a page offline) is tried again by the next call. */
export function sheetjsReady(): Promise<void> {
  if (library) return Promise.resolve();
  loading ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx").then(
    (loaded) => {
      library = loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}

/** A script that bundles SheetJS itself (the page's read worker) gives it here. */
export function provideSheetJS(loaded: typeof XLSX): void {
  library = loaded;
}

/**
 * Thrown where SheetJS is needed before the web page has loaded it (sheetjs-library.browser.ts):
 * whoever can wait loads it (`sheetjsReady`) and reads again. Never thrown in Node.
 */
export class SheetJSNotLoaded extends Error {
  constructor() {
    super("SheetJS is not loaded yet");
    this.name = "SheetJSNotLoaded";
  }
}

/** An in-memory Excel for tests and the browser preview: the part of Office.js the adapter uses. */
export { FakeWorkbook, DEFAULT_API_VERSION } from "./workbook";
export type { CellStyleView, CellView, FakeWorkbookOptions, ValidationView } from "./workbook";
export { FakeOfficeError } from "./errors";
export type { FakeErrorCode } from "./errors";
export { FakeSettings } from "./settings";
export { anyOverlap } from "./overlap";
export { PAYLOAD_LIMIT_BYTES } from "./payload";
export type { PageLayoutData, SheetVisibilityData } from "./model";

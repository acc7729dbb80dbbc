/** The Office.js host: `new OfficeWorkbookHost(officeDeps())` inside Excel. */
export { OfficeWorkbookHost } from "./host";
export { officeDeps } from "./deps";
export type { OfficeDeps, SettingsStore } from "./deps";
export { MARKS_SETTING } from "./records";
export type { MarkRecord } from "./records";

/** What the Office adapter needs from its surroundings: real Office, or the fake Excel. */

export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  /**
   * `status` is `"succeeded"` or `"failed"` at run time; @types/office-js declares
   * `AsyncResultStatus` as a numeric enum, so `unknown` here lets the real object fit.
   */
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export interface OfficeDeps {
  /** `Excel.run`, or the fake's `run`. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.document.settings`, or null where the host has none. */
  settings: SettingsStore | null;
  /** `Excel.createWorkbook` (ExcelApi 1.8): opens a base64 .xlsx as a new workbook. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** `Office.context.document.url`: the workbook's path or web address, empty before a save. */
  documentUrl?: () => string | null;
}

/** The dependencies inside a real Office host (call after `Office.onReady`). */
export function officeDeps(): OfficeDeps {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: Office.context.document?.settings ?? null,
    createWorkbook: Office.context.requirements.isSetSupported("ExcelApi", "1.8")
      ? (base64) => Excel.createWorkbook(base64)
      : undefined,
    documentUrl: () => Office.context.document?.url ?? null,
  };
}

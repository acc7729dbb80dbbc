/**
 * The contract between the pane and a workbook host (Office.js, or the fake Excel of
 * the tests and the preview). Hosts read and apply; they decide nothing.
 */
import { PlannedMark } from "../domain/marks";
import { SheetSnapshot } from "../domain/snapshot";

/** A feature a host may lack, and the catalogue key of the reason shown in the pane. */
export type Feature = "mergedAreas" | "notes" | "cellFills" | "settings";

export interface Capabilities {
  /** Merged areas can be read (ExcelApi 1.13); without them merged cells look empty. */
  mergedAreas: boolean;
  /** Cell notes can be written (ExcelApi 1.18). */
  notes: boolean;
  /** Per-cell fills can be read (ExcelApi 1.9), so marks restore the original fill. */
  cellFills: boolean;
  /** Document settings persist ignored findings and marks with the workbook. */
  settings: boolean;
}

export interface WorkbookHost {
  readonly capabilities: Capabilities;
  /** The active sheet's used range as a snapshot, in one round trip. */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** Selects a cell or range on a sheet, activating the sheet. */
  select(sheet: string, address: string): Promise<void>;
  /** Colours cells (and adds notes where supported), remembering what was there before. */
  mark(marks: readonly PlannedMark[]): Promise<void>;
  /** Restores every marked cell exactly as it was; returns how many cells were restored. */
  clearMarks(): Promise<number>;
  /** How many cells carry marks now (also after the workbook was closed and reopened). */
  markedCount(): number;
  /** A value stored in the workbook (ignored findings, the phrase library). */
  getSetting<T>(key: string): T | undefined;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Calls back when the user switches sheets; returns the unsubscribe function. */
  onSheetActivated(handler: () => void): () => void;
}

/**
 * The contract between the pane and a workbook host (Office.js, or the fake Excel of
 * the tests and the preview). Hosts read and apply; they decide nothing.
 */
import { CellEdit, LayoutPlan } from "../domain/edits";
import { PlannedMark } from "../domain/marks";
import { MessageKey, t } from "../domain/messages/catalog";
import { SheetSnapshot } from "../domain/snapshot";

/** A feature a host may lack, and the catalogue key of the reason shown in the pane. */
export type Feature = "mergedAreas" | "notes" | "cellFills" | "settings" | "dataValidation";

export interface Capabilities {
  /** Merged areas can be read (ExcelApi 1.13); without them merged cells look empty. */
  mergedAreas: boolean;
  /** Cell notes can be written (ExcelApi 1.18). */
  notes: boolean;
  /** Per-cell fills can be read (ExcelApi 1.9), so marks restore the original fill. */
  cellFills: boolean;
  /** Document settings persist ignored findings and marks with the workbook. */
  settings: boolean;
  /** New tables get drop-down lists (ExcelApi 1.8); without them the cells are plain. */
  dataValidation: boolean;
  /** A new workbook can be opened from planned sheets (`openWorkbook`, ExcelApi 1.8). */
  newWorkbook?: boolean;
}

/** Why a write was refused: nothing was written. */
export type WriteRefusal =
  /** A target cell has content and the edit has no `overwrite: true`. */
  | "occupied"
  /** The cell no longer holds the edit's `previous`: the sheet changed since the plan. */
  | "changed"
  /** The cell holds a formula: writing over it could not be undone exactly. */
  | "formula"
  /** The area of a new table has content or merged cells. */
  | "areaOccupied";

/** How far a sheet read in blocks has come: `done` of `total` blocks (the total may be revised). */
export interface ReadProgress {
  done: number;
  total: number;
}

export interface ReadOptions {
  /** Told before the first block and after each; the read waits for a returned promise. */
  onProgress?: (progress: ReadProgress) => void | Promise<void>;
  /** Aborting stops the read before its next block, with a `ReadCancelledError`. */
  signal?: AbortSignal;
}

/** A sheet's visibility: hidden sheets can be unhidden by the user, very hidden ones only by code. */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** How far a read of several sheets has come: sheets done, and the blocks of the one being read. */
export interface WorkbookReadProgress extends ReadProgress {
  /** The sheet being read (the last one once all are read). */
  sheet: string;
  sheetsDone: number;
  sheetCount: number;
}

export interface WorkbookReadOptions {
  /** Told before each sheet, after each block of a big one, and once all are read. */
  onProgress?: (progress: WorkbookReadProgress) => void | Promise<void>;
  /** Aborting stops the read before its next sync, with a `ReadCancelledError`. */
  signal?: AbortSignal;
}

/** The read was cancelled through its signal; nothing was changed. */
export class ReadCancelledError extends Error {
  constructor() {
    super("the read was cancelled");
    this.name = "ReadCancelledError";
  }
}

/**
 * A failure to tell the user, from the message catalogue: the message is in Chinese,
 * the pane shows `key` in its own language.
 */
export class HostMessageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly data: Record<string, string | number> = {}
  ) {
    super(t(key, data, "zh"));
    this.name = "HostMessageError";
  }
}

/**
 * A write the host refused before changing anything; the message is from the catalogue.
 * `sheet` and `address` name the first offending cell (or the area, for `areaOccupied`).
 */
export class HostWriteError extends HostMessageError {
  constructor(
    readonly reason: WriteRefusal,
    readonly sheet: string,
    readonly address: string
  ) {
    super(`host.refused.${reason}`, { address });
    this.name = "HostWriteError";
  }
}

/** Cells whose values changed: a sheet by name and an A1 range on it. */
export interface ValuesChange {
  sheet: string;
  address: string;
}

export interface WorkbookHost {
  readonly capabilities: Capabilities;
  /** The selected cell or range of the active sheet, and every sheet's name, in one round trip. */
  activeSelection(): Promise<{ sheet: string; address: string; sheetNames: string[] }>;
  /**
   * The active sheet's used range as a snapshot: one round trip for a small sheet, else
   * row blocks that each stay under the host's payload limit, with progress and cancel.
   */
  readActiveSheet(options?: ReadOptions): Promise<SheetSnapshot>;
  /** Every sheet in tab order with its visibility, and the active sheet's name: one round trip. */
  listSheets(): Promise<{ sheets: SheetInfo[]; active: string }>;
  /**
   * Several sheets by name, in the given order: the first rows of small sheets travel
   * together (as many as the payload limit allows), big ones then follow in row blocks,
   * every sync under the payload limit. A sheet gone since it was listed fails the read
   * with a `HostMessageError`.
   */
  readSheets(names: readonly string[], options?: WorkbookReadOptions): Promise<SheetSnapshot[]>;
  /** A sheet by name, like `readActiveSheet`; null when the workbook has no such sheet. */
  readSheet(name: string, options?: ReadOptions): Promise<SheetSnapshot | null>;
  /**
   * Writes single-cell edits, creating missing sheets. Refuses the whole batch (a
   * `HostWriteError`, nothing written) when a target cell has content without
   * `overwrite: true`, or no longer holds `previous` when it has. Text marked `asText`, or
   * starting with `=`, `+`, `-` or `@`, is stored as text. Returns the edits with `previous`
   * set to what the cells held: applying them reversed, value and previous swapped and
   * `overwrite: true`, undoes the write.
   */
  applyEdits(edits: readonly CellEdit[]): Promise<CellEdit[]>;
  /**
   * Lays down a new block (values, merges, styles, column widths, drop-down lists where
   * supported) and selects `plan.focus`, creating the sheet if missing. Refuses with a
   * `HostWriteError` when any cell of the block is not empty.
   */
  applyLayout(plan: LayoutPlan): Promise<void>;
  /**
   * Opens the planned sheets as a new workbook of its own, unsaved, leaving this one as it
   * is (where `capabilities.newWorkbook`).
   */
  openWorkbook?(plans: LayoutPlan[]): Promise<void>;
  /** The workbook's file name (`报送稿.xlsx`), or null when it has none yet or it is unknown. */
  workbookName?(): string | null;
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
  /**
   * Calls back when cell values change (typing, pasting, another add-in), with the
   * sheet's name and the range; the host's own `applyEdits` / `applyLayout` writes are
   * left out. Returns the unsubscribe function; a host without events never calls back.
   */
  onValuesChanged(handler: (change: ValuesChange) => void): () => void;
}

/**
 * Saving the page's workbook: the cells the user and the pane changed since the file was
 * opened, written into the opened file's own bytes by the patch writer, so every part
 * that no edit touches stays byte for byte as it was. Sheets the pane added (a template,
 * 情况说明) are appended with the layouts that made them, holding the cells as they are now.
 * Marks (fills) and notes are the pane's working state and are not saved.
 */
import { CellEdit, LayoutPlan } from "../domain/edits";
import { CellRange, CellValue, parseRangeA1, toA1 } from "../domain/snapshot";
import { CellView, FakeWorkbook } from "../hosts/fake-excel";
import { applyEditsToWorkbook } from "../hosts/xlsx/patch";
import { workbookStem } from "../hosts/xlsx/workbook-files";

export interface WorkbookChanges {
  /** Cell edits on the opened sheets and on the added ones. */
  edits: CellEdit[];
  /** One layout per added sheet (its cells come as edits). */
  newSheets: LayoutPlan[];
}

function union(a: CellRange | null, b: CellRange | null): CellRange | null {
  if (!a || !b) return a ?? b;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function usedRange(workbook: FakeWorkbook, sheet: string): CellRange | null {
  const address = workbook.usedAddress(sheet);
  return address === null ? null : parseRangeA1(address);
}

/** What a cell holds, as the writer takes it: a formula typed in the grid is kept as its text. */
function written(view: CellView): string | number | null {
  if (view.formula !== null) return view.formula;
  if (view.value === "") return null;
  return typeof view.value === "boolean" ? String(view.value).toUpperCase() : view.value;
}

function previousValue(view: CellView | undefined): CellValue {
  if (!view || view.value === "") return null;
  return view.value;
}

function sameCell(a: CellView, b: CellView): boolean {
  return a.value === b.value && a.formula === b.formula;
}

/** The cells of `sheet` that differ from `before` (every non-empty cell when there is none). */
function sheetEdits(current: FakeWorkbook, sheet: string, before: FakeWorkbook | null): CellEdit[] {
  const range = union(usedRange(current, sheet), before && usedRange(before, sheet));
  if (!range) return [];
  const edits: CellEdit[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const address = toA1(row, col);
      const now = current.cell(sheet, address);
      const then = before?.cell(sheet, address);
      if (then ? sameCell(now, then) : now.value === "") continue;
      const value = written(now);
      edits.push({
        sheet,
        address,
        value,
        asText: typeof value === "string",
        previous: previousValue(then),
        overwrite: true,
      });
    }
  }
  return edits;
}

/** A layout for a sheet added without one (cells written straight to a new sheet). */
function plainLayout(workbook: FakeWorkbook, sheet: string): LayoutPlan {
  return {
    sheet,
    origin: { row: 0, col: 0 },
    rows: 1,
    cols: 1,
    edits: [],
    merges: workbook
      .merges(sheet)
      .map(parseRangeA1)
      .filter((range): range is CellRange => range !== null),
    styles: [],
    validations: [],
    columnWidths: {},
    focus: "A1",
  };
}

/**
 * What changed from `opened` (the workbook as read from the file, kept aside) to
 * `current`; `layouts` are the layouts the pane applied, in order.
 */
export function changesSinceOpened(
  opened: FakeWorkbook,
  current: FakeWorkbook,
  layouts: readonly LayoutPlan[]
): WorkbookChanges {
  const openedSheets = new Set(opened.sheetNames);
  const edits: CellEdit[] = [];
  const newSheets: LayoutPlan[] = [];
  for (const sheet of current.sheetNames) {
    if (openedSheets.has(sheet)) {
      edits.push(...sheetEdits(current, sheet, opened));
      continue;
    }
    const plans = layouts.filter((plan) => plan.sheet === sheet);
    // The cells are written as they are now, so the layouts bring only their looks.
    newSheets.push(
      ...(plans.length
        ? plans.map((plan) => ({ ...plan, edits: [] }))
        : [plainLayout(current, sheet)])
    );
    edits.push(...sheetEdits(current, sheet, null));
  }
  return { edits, newSheets };
}

/** The opened file's bytes with the changes written in, and the changes. Throws WorkbookWriteError. */
export function savedWorkbook(
  bytes: Uint8Array,
  opened: FakeWorkbook,
  current: FakeWorkbook,
  layouts: readonly LayoutPlan[]
): { bytes: Uint8Array; changes: WorkbookChanges } {
  const changes = changesSinceOpened(opened, current, layouts);
  return {
    bytes: applyEditsToWorkbook(bytes, changes.edits, { newSheets: changes.newSheets }),
    changes,
  };
}

/** `表.xlsx` → `表-已检查.xlsx`; the extension is always .xlsx (the writer's format). */
export function savedFileName(name: string, suffix: string): string {
  const stem = workbookStem(name);
  return `${stem}${suffix}.${/\.xlsm$/i.test(name) ? "xlsm" : "xlsx"}`;
}

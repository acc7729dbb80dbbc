/**
 * Ways a province lays out the same form that change no finding: the form placed lower and
 * further right, a column two cells wide (merged on every row), labels and level names
 * spaced out to fill their cells, an emptied row inside the indicator grid. Each gives the
 * changed sheet and where a cell of the original now stands.
 */
import { isKnownLevelName } from "../../src/domain/vocabulary";
import { columnKeyOf, isHeaderLabel } from "../../src/domain/recognize/labels";
import { normalizeLabel } from "../../src/domain/text";
import { CellRange, CellValue, SheetSnapshot } from "../../src/domain/snapshot";

export interface Moved {
  sheet: SheetSnapshot;
  row: (row: number) => number;
  col: (col: number) => number;
}

const same = (n: number) => n;

function copy(sheet: SheetSnapshot): SheetSnapshot {
  return JSON.parse(JSON.stringify(sheet)) as SheetSnapshot;
}

/** The sheet `rows` lower and `cols` further right. */
export function shifted(sheet: SheetSnapshot, rows: number, cols: number): Moved {
  const moved = copy(sheet);
  moved.originRow += rows;
  moved.originCol += cols;
  moved.merges =
    sheet.merges?.map((m) => ({
      top: m.top + rows,
      bottom: m.bottom + rows,
      left: m.left + cols,
      right: m.right + cols,
    })) ?? null;
  return { sheet: moved, row: (r) => r + rows, col: (c) => c + cols };
}

/**
 * Column `at` (of the sheet) two cells wide: a column inserted after it, merged with it on
 * every row its own merges do not already cover, as a wide column of a form is drawn.
 */
export function widened(sheet: SheetSnapshot, at: number): Moved {
  const moved = copy(sheet);
  const local = at - moved.originCol;
  const insert = <T>(rows: T[][] | undefined, blank: T) =>
    rows?.forEach((row) => {
      if (row.length > local) row.splice(local + 1, 0, blank);
    });
  insert<CellValue>(moved.values, null);
  insert(moved.texts, "");
  insert(moved.numberFormats, "General");
  const covered = new Set<number>();
  const merges: CellRange[] = (sheet.merges ?? []).map((m) => {
    if (m.left <= at && m.right >= at) for (let r = m.top; r <= m.bottom; r++) covered.add(r);
    return {
      ...m,
      left: m.left > at ? m.left + 1 : m.left,
      right: m.right >= at ? m.right + 1 : m.right,
    };
  });
  moved.values.forEach((row, r) => {
    const sheetRow = moved.originRow + r;
    if (row.length > local + 1 && !covered.has(sheetRow))
      merges.push({ top: sheetRow, bottom: sheetRow, left: at, right: at + 1 });
  });
  moved.merges = sheet.merges === null ? null : merges;
  return { sheet: moved, row: same, col: (c) => (c > at ? c + 1 : c) };
}

/** Whether a text is a label or a level name: the words forms space out. */
function isLabelWord(text: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,8}$/.test(text)) return false;
  const label = normalizeLabel(text);
  return isHeaderLabel(label) || columnKeyOf(label) !== undefined || isKnownLevelName(text);
}

/** Every label and level name spaced out, `spaces` between its characters (`项 目 名 称`). */
export function spacedOut(sheet: SheetSnapshot, spaces: number): Moved {
  const gap = " ".repeat(spaces);
  const spaced = <T>(value: T): T =>
    typeof value === "string" && isLabelWord(value) ? (Array.from(value).join(gap) as T) : value;
  const moved = copy(sheet);
  moved.values = moved.values.map((row) => row.map(spaced));
  moved.texts = moved.texts?.map((row) => row.map(spaced));
  return { sheet: moved, row: same, col: same };
}

/**
 * An empty row inserted after row `after` (of the sheet), as a person empties a row: merges
 * that cross it grow over it.
 */
export function emptyRowAfter(sheet: SheetSnapshot, after: number): Moved {
  const moved = copy(sheet);
  const local = after - moved.originRow;
  const width = Math.max(0, ...moved.values.map((row) => row.length));
  moved.values.splice(local + 1, 0, new Array<CellValue>(width).fill(null));
  moved.texts?.splice(local + 1, 0, new Array<string>(width).fill(""));
  moved.numberFormats?.splice(local + 1, 0, new Array<string>(width).fill("General"));
  moved.merges =
    sheet.merges?.map((m) => ({
      ...m,
      top: m.top > after ? m.top + 1 : m.top,
      bottom: m.bottom > after ? m.bottom + 1 : m.bottom,
    })) ?? null;
  return { sheet: moved, row: (r) => (r > after ? r + 1 : r), col: same };
}

/** The sheet's rows from the sheet's first row and column, as a stacked sheet holds them. */
function fromA1<T>(sheet: SheetSnapshot, rows: T[][], blank: T): T[][] {
  const above = Array.from({ length: sheet.originRow }, (): T[] => []);
  const left = new Array<T>(sheet.originCol).fill(blank);
  return [...above, ...rows.map((row) => [...left, ...row])];
}

/**
 * Two forms on one sheet, the second `gap` blank rows under the first, as a department sends
 * its project tables; `second` tells where a cell of the second form now stands.
 */
export function stacked(first: SheetSnapshot, second: SheetSnapshot, gap: number) {
  const offset = first.originRow + first.values.length + gap;
  const gapRows = <T>(): T[][] => Array.from({ length: gap }, (): T[] => []);
  const texts = (sheet: SheetSnapshot) =>
    sheet.texts ??
    sheet.values.map((row) =>
      row.map((value) =>
        value === null ? "" : typeof value === "object" ? value.error : String(value)
      )
    );
  const formats = (sheet: SheetSnapshot) =>
    sheet.numberFormats ?? sheet.values.map((row) => row.map(() => "General"));
  const values = [
    ...fromA1<CellValue>(first, first.values, null),
    ...gapRows<CellValue>(),
    ...fromA1<CellValue>(second, second.values, null),
  ];
  const shown = [
    ...fromA1(first, texts(first), ""),
    ...gapRows<string>(),
    ...fromA1(second, texts(second), ""),
  ];
  const numberFormats = [
    ...fromA1(first, formats(first), "General"),
    ...gapRows<string>(),
    ...fromA1(second, formats(second), "General"),
  ];
  const width = Math.max(0, ...values.map((row) => row.length));
  const pad = <T>(rows: T[][], blank: T) =>
    rows.forEach((row) => {
      while (row.length < width) row.push(blank);
    });
  pad(values, null);
  pad(shown, "");
  pad(numberFormats, "General");
  const sheet: SheetSnapshot = {
    sheetName: first.sheetName,
    originRow: 0,
    originCol: 0,
    values,
    texts: shown,
    numberFormats,
    merges: [
      ...(first.merges ?? []),
      ...(second.merges ?? []).map((m) => ({
        ...m,
        top: m.top + offset,
        bottom: m.bottom + offset,
      })),
    ],
  };
  return { sheet, second: { row: (r: number) => r + offset, col: same } };
}

/** Every digit and `%` written as text typed full-width (`≥９５％`), as a full-width input mode types them. */
export function fullWidthDigits(sheet: SheetSnapshot): Moved {
  const wide = (text: string) =>
    text.replace(/[0-9%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  const moved = copy(sheet);
  moved.values = moved.values.map((row, r) =>
    row.map((value, c) => {
      if (typeof value !== "string") return value;
      const typed = wide(value);
      if (moved.texts?.[r]) moved.texts[r][c] = typed;
      return typed;
    })
  );
  return { sheet: moved, row: same, col: same };
}

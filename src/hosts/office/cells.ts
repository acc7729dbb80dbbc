/** Conversions between Office's range data and the domain's snapshot types. */
import { CellRange, CellValue, parseRangeA1 } from "../../domain/snapshot";

/** The colour Office reports for a cell without fill (its pattern is then `None`). */
export const NO_FILL_COLOR = "#FFFFFF";

/** One `values` entry with its `valueTypes` entry: errors arrive as strings like `#N/A`. */
export function toCellValue(value: unknown, type: unknown): CellValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

/** Splits `A, B` on commas outside single-quoted sheet names. */
function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < list.length; i++) {
    const ch = list.charCodeAt(i);
    if (ch === 0x27)
      quoted = !quoted; // '
    else if (ch === 0x2c && !quoted) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((part) => part !== "");
}

/** `Sheet1!B3:H20` or `'My sheet'!B3` to 0-based coordinates; null when unreadable. */
export function rangeOfAddress(address: string): CellRange | null {
  return parseRangeA1(address.slice(address.lastIndexOf("!") + 1));
}

/** A RangeAreas address (`Sheet1!A1:B2, Sheet1!D1:D4`) to rectangles. */
export function rangesOfAreas(address: string): CellRange[] {
  return splitAreas(address)
    .map(rangeOfAddress)
    .filter((range): range is CellRange => range !== null);
}

/** A cell's fill from `getCellProperties`: null when it has none. */
export function fillOfProperties(properties: Excel.CellProperties | undefined): string | null {
  const fill = properties?.format?.fill;
  if (!fill || fill.pattern === "None" || typeof fill.color !== "string") return null;
  return fill.color;
}

/** A cell's fill from `format.fill.color` alone (before ExcelApi 1.9): white reads as none. */
export function fillOfColor(color: string | null | undefined): string | null {
  return !color || sameColor(color, NO_FILL_COLOR) ? null : color;
}

export function sameColor(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toUpperCase() === b.trim().toUpperCase();
}

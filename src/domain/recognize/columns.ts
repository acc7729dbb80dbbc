/** Finds indicator header rows (一级指标 · 二级指标 · 三级指标 …) and maps their columns. */
import { Grid } from "../grid";
import { IndicatorColumns, ValueLayout } from "../model";
import { ColumnKey, columnKeyOf, SPLIT_LABELS } from "./labels";

export interface IndicatorHeader {
  row: number;
  /** Rows the header takes: 2 when 符号 · 值 · 单位 stand on the row below. */
  height: number;
  layout: ValueLayout;
  columns: IndicatorColumns;
  left: number;
  right: number;
}

/** Cheap test before the full parse: does any cell in the row read 一级指标? */
function hasLevel1Label(grid: Grid, row: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) {
    const value = grid.value(row, c);
    // Most cells are not labels: look at the raw text before normalizing it.
    if (typeof value !== "string" || !value.includes("级")) continue;
    if (columnKeyOf(grid.label(row, c)) === "level1") return true;
  }
  return false;
}

function readSplitColumns(grid: Grid, row: number, valueCol: number, limit: number) {
  let symbol: number | undefined;
  let value: number | undefined;
  let unit: number | undefined;
  for (let c = valueCol; c <= limit; c++) {
    const label = grid.label(row, c);
    if (symbol === undefined && SPLIT_LABELS.symbol(label)) symbol = c;
    else if (value === undefined && SPLIT_LABELS.value(label)) value = c;
    else if (unit === undefined && SPLIT_LABELS.unit(label)) unit = c;
  }
  if (symbol === undefined || unit === undefined) return undefined;
  if (value === undefined) {
    // An unlabelled 值 column must sit between 符号 and 单位, as in every form seen.
    if (unit - symbol !== 2) return undefined;
    value = symbol + 1;
  }
  return { symbol, value, unit };
}

export function parseIndicatorHeader(grid: Grid, row: number): IndicatorHeader | undefined {
  if (!hasLevel1Label(grid, row)) return undefined;
  const found: Partial<Record<ColumnKey, number>> = {};
  for (let c = grid.left; c <= grid.right; c++) {
    const key = columnKeyOf(grid.label(row, c));
    if (key !== undefined && found[key] === undefined) found[key] = c;
  }
  const { level1, level2, level3 } = found;
  if (level1 === undefined || level2 === undefined || level3 === undefined) return undefined;
  if (!(level1 < level2 && level2 < level3)) return undefined;
  // The side label (`绩效指标`) only counts left of 一级指标; `说明` only right of the value.
  if (found.side !== undefined && found.side > level1) delete found.side;
  const valueCol = found.value ?? found.midTerm;
  if (valueCol === undefined) return undefined;

  const nextColumn = (after: number): number => {
    const candidates = Object.values(found).filter(
      (c): c is number => c !== undefined && c > after
    );
    return candidates.length ? Math.min(...candidates) - 1 : Math.min(grid.right, after + 3);
  };
  const split =
    row + 1 <= grid.bottom
      ? readSplitColumns(grid, row + 1, valueCol, Math.min(grid.right, nextColumn(valueCol)))
      : undefined;
  const columns: IndicatorColumns = {
    sequence: found.sequence,
    side: found.side,
    level1,
    level2,
    level3,
    description: found.description,
    value: split ? split.value : valueCol,
    symbol: split?.symbol,
    unit: split?.unit,
    midTerm: found.value !== undefined ? found.midTerm : undefined,
    basis: found.basis,
    remark: found.remark,
  };
  const used = Object.values(columns).filter((c): c is number => c !== undefined);
  return {
    row,
    height: split ? 2 : subHeaderBelow(grid, row, used) ? 2 : 1,
    layout: split ? "split" : "single",
    columns,
    left: Math.min(...used),
    right: Math.max(...used),
  };
}

/** A second header row without 符号/单位 (e.g. `年度` · `中长期` under 指标值) still belongs to the header. */
function subHeaderBelow(grid: Grid, row: number, columns: number[]): boolean {
  if (row + 1 > grid.bottom) return false;
  let labels = 0;
  for (const c of columns) {
    const label = grid.label(row + 1, c);
    if (label === "") continue;
    if (/^(年度|中长期|年度指标值|中长期指标值|值|单位|符号)$/.test(label)) labels++;
    else return false;
  }
  return labels > 0;
}

export function findIndicatorHeaders(grid: Grid): IndicatorHeader[] {
  const headers: IndicatorHeader[] = [];
  for (let row = grid.top; row <= grid.bottom; row++) {
    const header = parseIndicatorHeader(grid, row);
    if (header) {
      headers.push(header);
      row += header.height - 1;
    }
  }
  return headers;
}

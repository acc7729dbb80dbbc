/** Reads the indicator rows below an indicator header until the block ends. */
import { Grid } from "../grid";
import { Field, IndicatorColumns, IndicatorRow, ValueLayout } from "../model";
import { readSingleTarget, readSplitTarget, TargetCell } from "../values/target";
import { isFooterText, isHeaderLabel, isHeadingText } from "./labels";
import { normalizeLabel } from "../text";
import { isKnownLevelName } from "../vocabulary";

/** Columns whose content makes a row an indicator row (序号, 备注 and the side label do not). */
function contentColumns(columns: IndicatorColumns): number[] {
  const { level1, level2, level3, description, symbol, value, unit, midTerm, basis } = columns;
  return [level1, level2, level3, description, symbol, value, unit, midTerm, basis].filter(
    (c): c is number => c !== undefined
  );
}

type RowKind = "indicator" | "blank" | "end";

function classify(
  grid: Grid,
  row: number,
  columns: number[],
  isHeaderRow: (row: number) => boolean
): RowKind {
  if (isHeaderRow(row)) return "end";
  let first: string | undefined;
  let nonEmpty = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const text = grid.text(row, c);
    if (text === "") continue;
    nonEmpty++;
    first ??= text;
  }
  if (first === undefined) return "blank";
  // The usual case, a row that starts with a level name, needs no further look.
  if (isKnownLevelName(first)) return "indicator";
  const firstLabel = normalizeLabel(first);
  if (isFooterText(first) || isFooterText(firstLabel)) return "end";
  if (isHeaderLabel(firstLabel)) return "end";
  if (nonEmpty === 1 && isHeadingText(firstLabel)) return "end";
  return columns.some((c) => !grid.isEmpty(row, c)) ? "indicator" : "blank";
}

function targetCell(grid: Grid, row: number, col: number): TargetCell {
  return {
    value: grid.value(row, col),
    text: grid.text(row, col),
    percentFormatted: grid.isPercentFormatted(row, col),
  };
}

/** A level cell, or the merged cell above it that holds the value. */
function levelField(
  grid: Grid,
  row: number,
  col: number,
  previous: Field | undefined
): { field: Field; inherited: boolean } {
  if (!grid.isEmpty(row, col)) return { field: grid.field(row, col), inherited: false };
  const merge = grid.mergeCoveringCell(row, col);
  // A merge that starts above the snapshot holds no readable text: treat it as no merge.
  const holder =
    merge && merge.top < row && grid.contains(merge.top, merge.left) ? merge : undefined;
  if (holder) {
    // The rows of one merged level share the holder's field.
    const shared = previous?.row === holder.top && previous.col === holder.left;
    return { field: shared ? previous : grid.field(holder.top, holder.left), inherited: true };
  }
  // A blank cell that starts its own merged area is blank; any other blank continues the row above.
  if ((!merge || merge.top < row) && previous) return { field: previous, inherited: true };
  return { field: grid.field(row, col), inherited: false };
}

export function readIndicatorRows(
  grid: Grid,
  firstRow: number,
  columns: IndicatorColumns,
  layout: ValueLayout,
  isHeaderRow: (row: number) => boolean
): IndicatorRow[] {
  const content = contentColumns(columns);
  const rows: IndicatorRow[] = [];
  let previous: IndicatorRow | undefined;
  for (let row = firstRow; row <= grid.bottom; row++) {
    const kind = classify(grid, row, content, isHeaderRow);
    if (kind === "end") break;
    if (kind === "blank") continue;
    const level1 = levelField(grid, row, columns.level1, previous?.level1);
    const level2 = levelField(
      grid,
      row,
      columns.level2,
      level1.inherited ? previous?.level2 : undefined
    );
    const valueCol = columns.value;
    const symbolCol = columns.symbol ?? valueCol;
    const unitCol = columns.unit ?? valueCol;
    const target =
      layout === "split"
        ? readSplitTarget(
            targetCell(grid, row, symbolCol),
            targetCell(grid, row, valueCol),
            targetCell(grid, row, unitCol)
          )
        : readSingleTarget(targetCell(grid, row, valueCol));
    const indicator: IndicatorRow = {
      row,
      level1: level1.field,
      level1Inherited: level1.inherited,
      level2: level2.field,
      level2Inherited: level2.inherited,
      level3: grid.field(row, columns.level3),
      description:
        columns.description !== undefined ? grid.field(row, columns.description) : undefined,
      symbol: grid.field(row, symbolCol),
      value: grid.field(row, valueCol),
      unit: grid.field(row, unitCol),
      basis: columns.basis !== undefined ? grid.field(row, columns.basis) : undefined,
      target,
    };
    rows.push(indicator);
    previous = indicator;
  }
  return rows;
}

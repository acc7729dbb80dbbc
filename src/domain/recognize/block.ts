/** Reads the indicator rows below an indicator header until the block ends. */
import { Grid } from "../grid";
import { Field, IndicatorColumns, IndicatorRow, ValueLayout } from "../model";
import {
  readSingleTarget,
  readSplitTarget,
  readSymbolAndValue,
  readValueAndUnit,
  Target,
  TargetCell,
} from "../values/target";
import { isFooterText, isHeaderLabel, isHeadingText, labelCore, pointsIn } from "./labels";
import { normalizeLabel, toHalfWidth, withoutSpaces } from "../text";
import { matchLeadingSymbol } from "../values/symbols";
import { isKnownLevelName, isUnit } from "../vocabulary";

/** Columns whose content makes a row an indicator row (序号, 备注 and the side label do not). */
function contentColumns(columns: IndicatorColumns): number[] {
  const { level1, level2, level3, description, symbol, value, unit, midTerm, basis } = columns;
  const { actual, score, reason } = columns;
  return [
    level1,
    level2,
    level3,
    description,
    symbol,
    value,
    unit,
    midTerm,
    basis,
    actual,
    score,
    reason,
  ].filter((c): c is number => c !== undefined);
}

/** Cells that hold nothing a person wrote for this indicator (`—` in an unused cell). */
function isPlaceholderText(text: string): boolean {
  return /^[—–\-－/／\\…、.。]*$/.test(text) || /^(具体指标|三级指标|指标\d*)$/.test(text);
}

type RowKind = "indicator" | "blank" | "end";

function classify(
  grid: Grid,
  row: number,
  columns: number[],
  level3Col: number,
  afterBlank: boolean,
  isHeaderRow: (row: number) => boolean
): RowKind {
  if (isHeaderRow(row)) return "end";
  let first: string | undefined;
  let firstCol = grid.left;
  let nonEmpty = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const text = grid.text(row, c);
    if (text === "") continue;
    nonEmpty++;
    if (first === undefined) {
      first = text;
      firstCol = c;
    }
  }
  if (first === undefined) return "blank";
  // The usual case, a row that starts with a level name, needs no further look.
  if (isKnownLevelName(first)) return "indicator";
  const firstLabel = normalizeLabel(first);
  if (isFooterText(first) || isFooterText(firstLabel)) return "end";
  if (isHeaderLabel(firstLabel) || (firstLabel.length <= 12 && isTotalRow(firstLabel)))
    return "end";
  if (nonEmpty === 1 && isHeadingText(firstLabel)) return "end";
  // After blank rows, a lone text that names no level is the next table's heading.
  if (nonEmpty === 1 && afterBlank && !isLevelLike(firstLabel)) return "end";
  // A label left of the names that is no level, with no name beside it (`其他需要说明事项`).
  if (
    firstCol < level3Col &&
    grid.isEmpty(row, level3Col) &&
    /[\u4e00-\u9fff]{2}/.test(firstLabel) &&
    !isLevelLike(firstLabel)
  )
    return "end";
  return columns.some((c) => !grid.isEmpty(row, c)) ? "indicator" : "blank";
}

/** The 总分 / 合计 row under a self-evaluation's indicators. */
function isTotalRow(label: string): boolean {
  return /^(总分|合计|总计|得分合计|评分合计|总得分)(\(\d+分?\))?$/.test(label);
}

/** A level name of any vocabulary, known or not (`结果指标`, `产出指标(50分)`). */
function isLevelLike(label: string): boolean {
  return /指标(\(.*\))?$/.test(label) || isKnownLevelName(labelCore(label));
}

function targetCell(grid: Grid, row: number, col: number): TargetCell {
  return {
    value: grid.value(row, col),
    text: grid.text(row, col),
    percentFormatted: grid.isPercentFormatted(row, col),
  };
}

/**
 * A level cell, or the merged cell above it that holds the value. The level is inherited
 * exactly when the field returned stands on a row above this one.
 */
function levelField(grid: Grid, row: number, col: number, previous: Field | undefined): Field {
  if (!grid.isEmpty(row, col)) return grid.field(row, col);
  const merge = grid.mergeCoveringCell(row, col);
  // A merge that starts above the snapshot holds no readable text: treat it as no merge.
  const holder =
    merge && merge.top < row && grid.contains(merge.top, merge.left) ? merge : undefined;
  if (holder) {
    // The rows of one merged level share the holder's field.
    const shared = previous?.row === holder.top && previous.col === holder.left;
    return shared ? previous : grid.field(holder.top, holder.left);
  }
  // A level merged over its rows ends with its merge: a blank cell below it is blank.
  const ended = previous ? grid.mergeStartingAt(previous.row, previous.col) : undefined;
  if (!merge && ended && ended.bottom < row) return grid.field(row, col);
  // A blank cell that starts its own merged area is blank; any other blank continues the row above.
  if ((!merge || merge.top < row) && previous) return previous;
  return grid.field(row, col);
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
  let afterBlank = false;
  for (let row = firstRow; row <= grid.bottom; row++) {
    const kind = classify(grid, row, content, columns.level3, afterBlank, isHeaderRow);
    if (kind === "end") break;
    afterBlank = kind === "blank";
    if (kind === "blank") continue;
    const indicator = readRowAt(grid, row, columns, layout, previous);
    rows.push(indicator);
    previous = indicator;
  }
  return rows;
}

function readTarget(
  grid: Grid,
  row: number,
  layout: ValueLayout,
  symbolCol: number,
  valueCol: number,
  unitCol: number
) {
  if (layout === "split")
    return readSplitTarget(
      targetCell(grid, row, symbolCol),
      targetCell(grid, row, valueCol),
      targetCell(grid, row, unitCol)
    );
  if (layout === "valueUnit")
    return readValueAndUnit(targetCell(grid, row, valueCol), targetCell(grid, row, unitCol));
  if (layout === "symbolValue")
    return readSymbolAndValue(targetCell(grid, row, symbolCol), targetCell(grid, row, valueCol));
  return readSingleTarget(targetCell(grid, row, valueCol));
}

/**
 * `开展修复工程(个)` · `1`: the unit the name states in brackets is the number's unit. Some
 * templates state the comparison there too (`种公猪(≥头)`, `公猪舍(≥**平方米)`).
 */
function withUnitFromName(target: Target, name: string): Target {
  if (target.number === null || target.unit !== "") return target;
  const stated = /\(([^()]{1,12})\)$/.exec(withoutSpaces(toHalfWidth(name)))?.[1];
  if (!stated) return target;
  if (isUnit(stated)) return { ...target, unit: stated, unitIsUnit: true, unitFromName: true };
  const lead = matchLeadingSymbol(stated);
  // After the symbol: the template's stars (or no number at all), then the unit.
  const unit = lead ? stated.slice(lead.length).replace(/^\*+/, "") : "";
  if (!lead || unit === "" || !isUnit(unit)) return target;
  const named = { ...target, unit, unitIsUnit: true, unitFromName: true };
  if (target.comparator !== null || target.qualitativeMarker !== null) return named;
  return { ...named, comparator: lead.comparator, comparatorFromName: true };
}

/** A row is filled when it names its indicator or writes a target; else it is a placeholder. */
function isFilled(grid: Grid, row: number, name: string, targetCols: readonly number[]): boolean {
  if (name !== "" && !isPlaceholderText(name)) return true;
  return targetCols.some((c) => {
    const text = grid.text(row, c);
    return text !== "" && !isPlaceholderText(text);
  });
}

/** A grid without level columns: the level is blank, at the name's cell. */
function blankLevel(grid: Grid, row: number, nameCol: number): Field {
  return { ...grid.field(row, nameCol), value: null, text: "" };
}

function optionalField(grid: Grid, row: number, col: number | undefined): Field | undefined {
  return col !== undefined ? grid.field(row, col) : undefined;
}

/** One indicator row read with the given columns (`previous`: the row above, for merged levels). */
export function readRowAt(
  grid: Grid,
  row: number,
  columns: IndicatorColumns,
  layout: ValueLayout,
  previous: IndicatorRow | undefined
): IndicatorRow {
  const level1 =
    columns.level1 !== undefined
      ? levelField(grid, row, columns.level1, previous?.level1)
      : blankLevel(grid, row, columns.level3);
  const level1Inherited = level1.row !== row;
  const level2 =
    columns.level2 !== undefined
      ? levelField(grid, row, columns.level2, level1Inherited ? previous?.level2 : undefined)
      : blankLevel(grid, row, columns.level3);
  const valueCol = columns.value;
  const symbolCol = columns.symbol ?? valueCol;
  const unitCol = columns.unit ?? valueCol;
  const level3 = grid.field(row, columns.level3);
  const target = withUnitFromName(
    readTarget(grid, row, layout, symbolCol, valueCol, unitCol),
    level3.text
  );
  const indicator: IndicatorRow = {
    row,
    level1,
    level1Inherited,
    level2,
    level2Inherited: level2.row !== row,
    level3,
    description: optionalField(grid, row, columns.description),
    symbol: grid.field(row, symbolCol),
    value: grid.field(row, valueCol),
    unit: grid.field(row, unitCol),
    basis: optionalField(grid, row, columns.basis),
    kind: optionalField(grid, row, columns.kind),
    weight: optionalField(grid, row, columns.weight),
    actual: optionalField(grid, row, columns.actual),
    score: optionalField(grid, row, columns.score),
    reason: optionalField(grid, row, columns.reason),
    filled: isFilled(grid, row, level3.text, [symbolCol, valueCol, unitCol]),
    level1Points: pointsIn(level1.text),
    target,
  };
  return indicator;
}

/**
 * The same rows read again with another set's columns: a target per area, or the annual
 * set standing beside the long-term one. Rows keep their position in the grid.
 */
export function readRowsAgain(
  grid: Grid,
  rows: readonly IndicatorRow[],
  columns: IndicatorColumns,
  layout: ValueLayout
): IndicatorRow[] {
  const again: IndicatorRow[] = [];
  for (const row of rows)
    again.push(readRowAt(grid, row.row, columns, layout, again[again.length - 1]));
  return again;
}

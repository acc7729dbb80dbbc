/** Reads the indicator rows below an indicator header until the block ends. */
import { acrossRows, Grid, isPercentFormat } from "../grid";
import { Field, IndicatorColumns, IndicatorRow, ValueLayout, withContent } from "../model";
import {
  emptyTarget,
  readSingleTarget,
  readSplitTarget,
  readSymbolAndValue,
  readValueAndUnit,
  Target,
  TargetCell,
} from "../values/target";
import {
  endsWithWordOrNote,
  isFooterText,
  isHeaderLabel,
  isHeadingText,
  isNumberingOnly,
  labelCore,
  pointsIn,
} from "./labels";
import { CellRange } from "../snapshot";
import { isFullWidthDigit, normalizeLabel, toHalfWidth, withoutSpaces } from "../text";
import { matchLeadingSymbol } from "../values/symbols";
import { isFirstLevelName, isKnownLevelName, isSecondLevelName, isUnit } from "../vocabulary";
import { withCentredFirstLevel } from "./centred-level";

/** The roles whose content makes a row an indicator row (序号, 备注 and the side label do not). */
const CONTENT_ROLES = [
  "level1",
  "level2",
  "level3",
  "description",
  "symbol",
  "value",
  "unit",
  "midTerm",
  "basis",
  "actual",
  "score",
  "reason",
] as const;

/** The table's columns of the content roles, in their order. */
function contentColumns(columns: IndicatorColumns): number[] {
  const content: number[] = [];
  for (let i = 0; i < CONTENT_ROLES.length; i++) {
    const col = columns[CONTENT_ROLES[i]];
    if (col !== undefined) content.push(col);
  }
  return content;
}

/** The marks a person leaves in an unused cell (`—`, `/`, `…`), by code. */
const PLACEHOLDER_MARKS = new Set(Array.from("—–-－/／\\…、.。", (mark) => mark.charCodeAt(0)));

/**
 * Cells that hold nothing a person wrote for this indicator (`—` in an unused cell, a
 * template's numbering `1.` with no name after it).
 */
function isPlaceholderText(text: string): boolean {
  if (isStandInLevelLabel(text)) return true;
  let marksOnly = true;
  for (let i = 0; i < text.length && marksOnly; i++)
    marksOnly = PLACEHOLDER_MARKS.has(text.charCodeAt(i));
  return marksOnly || isNumberedIndicator(text) || isNumberingOnly(withHalfWidthLead(text));
}

/** The text with its full-width characters folded when it starts with a full-width digit (`１.`). */
function withHalfWidthLead(text: string): string {
  return isFullWidthDigit(text.charCodeAt(0)) ? toHalfWidth(text) : text;
}

/** `具体指标`, `三级指标` (maybe spaced out, `具 体 指 标`): the template's words in a name cell. */
function isStandInLevelLabel(text: string): boolean {
  const first = text.charCodeAt(0);
  // 具, 三: most names start otherwise, and are not folded.
  if (first !== 0x5177 && first !== 0x4e09) return false;
  const bare = text.length > 4 ? withoutSpaces(text) : text;
  return bare === "具体指标" || bare === "三级指标";
}

/** `指标`, `指标1`, `指标12`, `指标2:` (银川 2021): a template's stand-in name. */
function isNumberedIndicator(text: string): boolean {
  if (!text.startsWith("指标")) return false;
  // A separator left after the number: `指标2:`, `指标2：`, `指标2、`.
  const last = text.charCodeAt(text.length - 1);
  const end = text.length > 2 && STAND_IN_SEPARATORS.includes(last) ? text.length - 1 : text.length;
  for (let i = 2; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x30 || code > 0x39) && !isFullWidthDigit(code)) return false;
  }
  return true;
}

/** `:`, `：`, `、`, `.`, `．` */
const STAND_IN_SEPARATORS = [0x3a, 0xff1a, 0x3001, 0x2e, 0xff0e];

type RowKind = "indicator" | "blank" | "end";

/**
 * What a row is to the block. The first written cell decides most rows: a level name
 * continues the block, a footer, a header label or a heading ends it.
 */
function classify(
  grid: Grid,
  row: number,
  reading: RowReading,
  afterBlank: boolean,
  isHeaderRow: (row: number) => boolean
): RowKind {
  if (isHeaderRow(row)) return "end";
  const firstCol = grid.firstWrittenCol(row);
  if (firstCol < 0) return "blank";
  const first = grid.text(row, firstCol);
  // A row under merged levels starts with its indicator's name, which seldom names a level:
  // a name column is a content column, so the row is an indicator row unless a test below
  // ends the block, and only then does it matter whether the name is a level's.
  if (firstCol === reading.columns.level3)
    return endsBlock(grid, row, firstCol, first, reading, afterBlank) && !isKnownLevelName(first)
      ? "end"
      : "indicator";
  // The usual case, a row that starts with a level name, needs no further look.
  if (isKnownLevelName(first)) return "indicator";
  if (endsBlock(grid, row, firstCol, first, reading, afterBlank)) return "end";
  // A first written cell in a content column is content enough.
  return reading.content.includes(firstCol) || hasContent(grid, row, reading.content)
    ? "indicator"
    : "blank";
}

/**
 * Whether a row that starts with `first` (no level name) ends the block. No row under a level
 * merged down from above does: it lies inside the grid (a row emptied there, a name left blank
 * beside a target that reads as a date, a numbered name without its target).
 */
function endsBlock(
  grid: Grid,
  row: number,
  firstCol: number,
  first: string,
  reading: RowReading,
  afterBlank: boolean
): boolean {
  return (
    readsAsEnd(grid, row, firstCol, first, reading, afterBlank) &&
    !underMergedLevel(grid, row, reading)
  );
}

/** Whether the row's first written cell, and what stands beside it, read as the grid's end. */
function readsAsEnd(
  grid: Grid,
  row: number,
  firstCol: number,
  first: string,
  reading: RowReading,
  afterBlank: boolean
): boolean {
  const firstLabel = normalizeLabel(first);
  if (isFooterText(first) || (firstLabel !== first && isFooterText(firstLabel))) return true;
  if (isHeaderLabel(firstLabel) || (firstLabel.length <= 12 && isTotalRow(firstLabel))) return true;
  // Whether the first written cell stands alone: read only now, for the tests that ask it.
  const alone = grid.firstWrittenCol(row, firstCol + 1) < 0;
  // A heading has words after its numbering: a lone `2.` is a template's stand-in name. A
  // numbered name alone in the name column right of the levels is an indicator whose target
  // was left blank (`2.培训人数`), not a heading.
  if (
    alone &&
    isHeadingText(firstLabel) &&
    !isNumberingOnly(firstLabel) &&
    !(firstCol === reading.columns.level3 && isRightOfLevels(firstCol, reading))
  )
    return true;
  // After blank rows, a lone text that names no level is the next table's heading.
  if (alone && afterBlank && !isLevelLike(firstLabel)) return true;
  // A label left of the names that is no level, with no name beside it (`其他需要说明事项`),
  // nor a second level (a first level of its own words over `制度指标`, its name left blank).
  const level3Col = reading.columns.level3;
  return (
    firstCol < level3Col &&
    grid.isEmpty(row, level3Col) &&
    /[\u4e00-\u9fff]{2}/.test(firstLabel) &&
    !isLevelLike(firstLabel) &&
    !hasSecondLevelBeside(grid, row, firstCol, reading)
  );
}

/** Whether the row's second level column, right of `firstCol`, holds a level's name. */
function hasSecondLevelBeside(
  grid: Grid,
  row: number,
  firstCol: number,
  reading: RowReading
): boolean {
  const { level2 } = reading.columns;
  return level2 !== undefined && level2 > firstCol && isLevelLike(grid.label(row, level2));
}

/** Whether a level column stands left of the column. */
function isRightOfLevels(col: number, reading: RowReading): boolean {
  const { level1, level2 } = reading.columns;
  return (level1 !== undefined && level1 < col) || (level2 !== undefined && level2 < col);
}

/** Whether a level column's cell on the row lies in a merge holding its text above. */
function underMergedLevel(grid: Grid, row: number, reading: RowReading): boolean {
  const { level1, level2 } = reading.columns;
  return (
    (level1 !== undefined && mergedFromAbove(grid, row, level1)) ||
    (level2 !== undefined && mergedFromAbove(grid, row, level2))
  );
}

function hasContent(grid: Grid, row: number, columns: readonly number[]): boolean {
  for (const col of columns) if (!grid.isEmpty(row, col)) return true;
  return false;
}

/** The 总分 / 合计 row under a self-evaluation's indicators. */
function isTotalRow(label: string): boolean {
  return /^(总分|合计|总计|得分合计|评分合计|总得分)(\(\d+分?\))?$/.test(label);
}

/** A level name of any vocabulary, known or not (`结果指标`, `产出指标(50分)`). */
function isLevelLike(label: string): boolean {
  return endsWithWordOrNote(label, "指标") || isKnownLevelName(labelCore(label));
}

/** What reading a row needs from the table's columns, worked out once per table. */
interface RowReading {
  columns: IndicatorColumns;
  layout: ValueLayout;
  /** Columns whose content makes a row an indicator row. */
  content: readonly number[];
  /**
   * The 符号, 值 and 单位 columns: one column for all three in the single layout, none in a
   * scoring table.
   */
  symbolCol: number | undefined;
  unitCol: number | undefined;
}

function rowReading(columns: IndicatorColumns, layout: ValueLayout): RowReading {
  return {
    columns,
    layout,
    content: contentColumns(columns),
    symbolCol: columns.symbol ?? columns.value,
    unitCol: columns.unit ?? columns.value,
  };
}

export function readIndicatorRows(
  grid: Grid,
  firstRow: number,
  columns: IndicatorColumns,
  layout: ValueLayout,
  isHeaderRow: (row: number) => boolean
): IndicatorRow[] {
  const reading = rowReading(columns, layout);
  const rows: IndicatorRow[] = [];
  let previous: IndicatorRow | undefined;
  let afterBlank = false;
  const headings: LevelHeadings | undefined = hasLevelColumns(columns) ? undefined : {};
  for (let row = firstRow; row <= grid.bottom; row++) {
    const kind = classify(grid, row, reading, afterBlank, isHeaderRow);
    if (kind === "end") break;
    afterBlank = kind === "blank";
    if (kind === "blank") continue;
    if (headings && readLevelHeading(grid, row, reading, headings)) continue;
    previous = readRowAt(grid, row, reading, previous, headings);
    rows.push(previous);
  }
  return withCentredFirstLevel(grid, rows, columns);
}

function hasLevelColumns(columns: IndicatorColumns): boolean {
  return columns.level1 !== undefined || columns.level2 !== undefined;
}

/**
 * The levels a grid without level columns writes as heading rows over its indicators
 * (`一、产出指标`, then `1.数量指标`, each alone in the name column): the last of each seen.
 */
interface LevelHeadings {
  level1?: Field;
  level2?: Field;
}

/**
 * Whether the row is a level heading (a known level's name alone in its row, in the name
 * column or left of it, as a 序号 column merged across), taken into `headings`: a first
 * level starts its own second levels anew.
 */
function readLevelHeading(
  grid: Grid,
  row: number,
  reading: RowReading,
  headings: LevelHeadings
): boolean {
  const col = grid.firstWrittenCol(row);
  if (col > reading.columns.level3 || grid.firstWrittenCol(row, col + 1) >= 0) return false;
  const text = grid.text(row, col);
  if (!isKnownLevelName(text)) return false;
  if (isFirstLevelName(text)) {
    headings.level1 = grid.field(row, col);
    headings.level2 = undefined;
  } else headings.level2 = grid.field(row, col);
  return true;
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
  const reading = rowReading(columns, layout);
  const again: IndicatorRow[] = [];
  for (const row of rows) again.push(readRowAt(grid, row.row, reading, again[again.length - 1]));
  return again;
}

/**
 * A level cell, or the merged cell above it that holds the value. The level is inherited
 * exactly when the field returned stands on a row above this one.
 */
function levelField(grid: Grid, row: number, col: number, previous: Field | undefined): Field {
  if (!grid.isEmpty(row, col)) return grid.field(row, col);
  const merge = acrossRows(grid.mergeCoveringCell(row, col));
  const holder = merge && holdsFromAbove(grid, row, merge) ? merge : undefined;
  if (holder) {
    // The rows of one merged level share the holder's field.
    const shared = previous?.row === holder.top && previous.col === holder.left;
    return shared ? previous : grid.field(holder.top, holder.left);
  }
  // A level merged over its rows ends with its merge: a blank cell below it is blank.
  const ended = previous ? acrossRows(grid.mergeStartingAt(previous.row, previous.col)) : undefined;
  if (!merge && ended && ended.bottom < row) return grid.field(row, col);
  // A blank cell that starts its own merged area is blank; any other blank continues the row above.
  if ((!merge || merge.top < row) && previous) return previous;
  return grid.field(row, col);
}

/** A grid without level columns: the level is blank, at the name's cell. */
function blankLevel(grid: Grid, row: number, nameCol: number): Field {
  return withContent(grid.field(row, nameCol), null, "");
}

/**
 * The second level a name begins with in a form that has no column for it (湖南 2017's
 * department form: `成本指标:全年预算全额用于保障教育教学`), else a blank level at the name.
 */
function secondLevelInName(grid: Grid, row: number, nameCol: number): Field {
  const name = grid.field(row, nameCol);
  const colon = name.text.search(/[:：]/);
  const level = colon > 1 && colon <= 12 ? name.text.slice(0, colon).trim() : "";
  return level !== "" && isSecondLevelName(level)
    ? withContent(name, level, level)
    : withContent(name, null, "");
}

function optionalField(grid: Grid, row: number, col: number | undefined): Field | undefined {
  return col !== undefined ? grid.field(row, col) : undefined;
}

/**
 * One indicator row read with the table's columns (`previous`: the row above, for merged
 * levels; `headings`: the levels of a grid without level columns, from its heading rows).
 */
function readRowAt(
  grid: Grid,
  row: number,
  reading: RowReading,
  previous: IndicatorRow | undefined,
  headings?: LevelHeadings
): IndicatorRow {
  const { columns } = reading;
  const level1 =
    columns.level1 !== undefined
      ? levelField(grid, row, columns.level1, previous?.level1)
      : (headings?.level1 ?? blankLevel(grid, row, columns.level3));
  const level1Inherited = level1.row !== row;
  const level2 =
    columns.level2 !== undefined
      ? levelField(grid, row, columns.level2, level1Inherited ? previous?.level2 : undefined)
      : (headings?.level2 ?? secondLevelInName(grid, row, columns.level3));
  const level3 = grid.field(row, columns.level3);
  // One field for one cell: in the single layout 符号, 值 and 单位 are the value's cell. A
  // scoring table sets no target: its rows' target is blank, at the name.
  const value =
    columns.value !== undefined ? grid.field(row, columns.value) : withContent(level3, null, "");
  const symbol = targetField(grid, row, reading.symbolCol, columns.value, value);
  const unit = targetField(grid, row, reading.unitCol, columns.value, value);
  return {
    row,
    level1,
    level1Inherited,
    level2,
    level2Inherited: level2.row !== row,
    level3,
    description: optionalField(grid, row, columns.description),
    symbol,
    value,
    unit,
    basis: optionalField(grid, row, columns.basis),
    kind: optionalField(grid, row, columns.kind),
    weight: optionalField(grid, row, columns.weight),
    actual: optionalField(grid, row, columns.actual),
    score: optionalField(grid, row, columns.score),
    reason: optionalField(grid, row, columns.reason),
    filled: isFilled(level3.text, symbol.text, value.text, unit.text),
    valueMerged:
      value.text === "" && columns.value !== undefined && mergedFromAbove(grid, row, columns.value),
    // Rows under one merged first level share its field, and so its points.
    level1Points:
      previous !== undefined && previous.level1 === level1
        ? previous.level1Points
        : pointsIn(level1.text),
    target: withUnitFromName(readTarget(grid, reading, symbol, value, unit), level3.text),
  };
}

/** Whether the cell lies in a merge that holds its text on a row above it (holdsFromAbove). */
function mergedFromAbove(grid: Grid, row: number, col: number): boolean {
  const merge = grid.mergeCoveringCell(row, col);
  return merge !== undefined && holdsFromAbove(grid, row, merge);
}

/**
 * Whether a merge covering a cell of `row` starts on a row above it, inside the snapshot: a
 * merge that starts above the snapshot holds no readable text, and counts as no merge.
 */
function holdsFromAbove(grid: Grid, row: number, merge: CellRange): boolean {
  return merge.top < row && grid.contains(merge.top, merge.left);
}

/** The 符号 or 单位 cell: the 值 cell's own field when they are one column, or there is none. */
function targetField(
  grid: Grid,
  row: number,
  col: number | undefined,
  valueCol: number | undefined,
  value: Field
): Field {
  return col === undefined || col === valueCol ? value : grid.field(row, col);
}

/** The row's target, from the texts of its 符号 and 单位 cells and its 值 cell. */
function readTarget(
  grid: Grid,
  reading: RowReading,
  symbol: Field,
  value: Field,
  unit: Field
): Target {
  if (reading.layout === "none") return emptyTarget();
  const cell: TargetCell = {
    value: value.value,
    text: value.text,
    percentFormatted:
      typeof value.value === "number" && isPercentFormat(grid.format(value.row, value.col)),
  };
  switch (reading.layout) {
    case "split":
      return readSplitTarget(symbol.text, cell, unit.text);
    case "valueUnit":
      return readValueAndUnit(cell, unit.text);
    case "symbolValue":
      return readSymbolAndValue(symbol.text, cell);
    case "single":
      return readSingleTarget(cell);
  }
}

/**
 * `开展修复工程(个)` · `1`: the unit the name states in brackets is the number's unit. Some
 * templates state the comparison there too (`种公猪(≥头)`, `公猪舍(≥**平方米)`).
 */
function withUnitFromName(target: Target, name: string): Target {
  if (target.number === null || target.unit !== "" || !endsWithBracket(name)) return target;
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

/** The name (trimmed) ends with `)` or `）`, as one that states its unit must. */
function endsWithBracket(name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  return last === 0x29 || last === 0xff09;
}

/** A row is filled when it names its indicator or writes a target; else it is a placeholder. */
function isFilled(name: string, symbol: string, value: string, unit: string): boolean {
  return isWritten(name) || isWritten(symbol) || isWritten(value) || isWritten(unit);
}

function isWritten(text: string): boolean {
  return text !== "" && !isPlaceholderText(text);
}

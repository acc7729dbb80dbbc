/**
 * Finds indicator header rows (一级指标 · 二级指标 · 三级指标 …) and gives each column a
 * role from the words of its label, over one or two header rows.
 */
import { Grid } from "../grid";
import { IndicatorColumns, TargetColumns, UnknownColumn, ValueLayout } from "../model";
import { CellRange } from "../snapshot";
import { readSymbolCell } from "../values/symbols";
import { isFirstLevelName, isKnownLevelName, isSecondLevelName } from "../vocabulary";
import { isSpace, memoize, normalizeLabel, withoutSpaces } from "../text";
import { ColumnKey, columnKeyOf, isFooterText, isHeadingText, labelCore } from "./labels";

/** Another set of target columns in the same header (see IndicatorSet). */
export interface SetColumns {
  labelRow: number;
  labelCol: number;
  columns: TargetColumns;
  layout: ValueLayout;
}

export interface IndicatorHeader {
  row: number;
  otherSets: SetColumns[];
  /** Rows the header takes: 2 when a second row (符号 · 值 · 单位, 年度 · 中长期) stands below. */
  height: number;
  layout: ValueLayout;
  columns: IndicatorColumns;
  unknownColumns: UnknownColumn[];
  left: number;
  right: number;
}

/** A row that looks like an indicator header but could not be read, and why. */
export interface UnreadableHeader {
  row: number;
  reason: "noValueColumn" | "noNameColumn";
}

/** The column each role is given in a header (undefined: none), in one object of fixed shape. */
type Roles = Record<ColumnKey, number | undefined>;

function noRoles(): Roles {
  return {
    sequence: undefined,
    side: undefined,
    level1: undefined,
    level2: undefined,
    level3: undefined,
    description: undefined,
    symbol: undefined,
    value: undefined,
    unit: undefined,
    midTerm: undefined,
    kind: undefined,
    weight: undefined,
    basis: undefined,
    standard: undefined,
    actual: undefined,
    score: undefined,
    reason: undefined,
    history: undefined,
    remark: undefined,
  };
}

// The loops below go over a Roles object's own keys (`for … in`), which reads its fields as
// fast as by name: every Roles object has the same shape.

/** The rightmost column given a role, and of `others`; -Infinity when none. */
function rightmost(roles: Partial<Roles>, others: readonly number[] = []): number {
  let right = -Infinity;
  for (const key in roles) {
    const col = roles[key as ColumnKey];
    if (col !== undefined && col > right) right = col;
  }
  for (let i = 0; i < others.length; i++) if (others[i] > right) right = others[i];
  return right;
}

/** The leftmost column given a role; Infinity when none. */
function leftmost(roles: Partial<Roles>): number {
  let left = Infinity;
  for (const key in roles) {
    const col = roles[key as ColumnKey];
    if (col !== undefined && col < left) left = col;
  }
  return left;
}

function givesRole(roles: Partial<Roles>, col: number): boolean {
  for (const key in roles) if (roles[key as ColumnKey] === col) return true;
  return false;
}

/** Roles a second header row may give (under a spanning 指标值, 分值 …). */
const SUB_ROLES = new Set<ColumnKey>([
  "symbol",
  "value",
  "unit",
  "midTerm",
  "kind",
  "weight",
  "actual",
  "score",
  "reason",
  "basis",
  "standard",
  "description",
  "history",
]);

/** Whether a cell's raw text can open an indicator header: 一级…, a name column, a side label. */
const opensHeader = memoize((raw: string): boolean => {
  const key = columnKeyOf(normalizeLabel(raw));
  return key === "level1" || key === "level3" || key === "side";
});

/** Labels opening a header are short, even with spaces and a bracketed note inside. */
const LONGEST_OPENER = 40;

/** What a row's raw texts may hold (rowProspects), as bits. */
export const MAY_OPEN_HEADER = 1;
export const MAY_NAME_PROSE = 2;

/**
 * The cheap test before any parse, in one pass over a row's raw texts: whether a cell may open
 * an indicator header (it reads 一级…, or names the indicator column), and whether one holds
 * 绩 where a prose grid's label may stand (parseProseGrid). Most rows hold neither.
 */
export function rowProspects(grid: Grid, row: number): number {
  const values = grid.rowValues(row);
  // A prose grid's label has two more columns right of it.
  const lastProseCol = grid.right - 2 - grid.left;
  let prospects = 0;
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    if (typeof value !== "string") continue;
    if (c <= lastProseCol && value.includes("绩")) prospects |= MAY_NAME_PROSE;
    // Most cells are not labels: their raw text fails a test of a few characters, made
    // before normalizing it or asking a cache.
    if (
      (prospects & MAY_OPEN_HEADER) === 0 &&
      value.length <= LONGEST_OPENER &&
      mayOpenHeader(value) &&
      holdsLevelWord(value) &&
      opensHeader(value)
    )
      prospects |= MAY_OPEN_HEADER;
  }
  return prospects;
}

/** A CJK ideograph: what normalizing and reducing a label (labelParts) keep as it is. */
function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** The last characters of the labels that open a header: 一级, 一级绩效, 指标, 指标名称, 指标项目, 绩效指标体系. */
const OPENER_ENDS = "级效标称项目系";

/**
 * By character code, 1 for an ideograph that is none of OPENER_ENDS. Asked of the last
 * character of nearly every text of a sheet: one look, where a test of the range and one of
 * a set are two calls each time until the check's code is optimized.
 */
const ENDS_NO_OPENER = new Uint8Array(0x10000).fill(1, 0x4e00, 0xa000);
for (const end of OPENER_ENDS) ENDS_NO_OPENER[end.charCodeAt(0)] = 0;

/**
 * The words a label opening a header may put right before 指标 (年度指标, 绩效指标, 具体指标 …):
 * the first character of each, by its second.
 */
const WORD_BEFORE_INDICATOR = new Map(
  ["绩效", "具体", "细化", "项目", "年度", "长期", "评价"].map((word) => [
    word.charCodeAt(1),
    word.charCodeAt(0),
  ])
);

/**
 * Whether a raw text may open a header (opensHeader), told from a few of its characters. Such
 * a label ends as one of OPENER_ENDS, and holds 级 (一级, 三级) or 指 with nothing but those
 * words before it (指标名称, 年度指标 …). Level names (产出指标, 满意度指标), in every indicator
 * row, and most other texts fail it. Reducing a label drops only spaces, marks, numbering and
 * brackets, which end in no ideograph: any other character at the end or before 指 may be such.
 * 级 and each 指 are found by the engine's own search, at its speed even before the check's
 * code is optimized.
 */
export function mayOpenHeader(raw: string): boolean {
  if (ENDS_NO_OPENER[raw.charCodeAt(raw.length - 1)] === 1) return false;
  if (raw.includes("级")) return true;
  for (let i = raw.indexOf("指"); i >= 0; i = raw.indexOf("指", i + 1)) {
    const before = i > 0 ? raw.charCodeAt(i - 1) : 0;
    if (!isIdeograph(before)) return true;
    const first = WORD_BEFORE_INDICATOR.get(before);
    if (first === undefined) continue;
    const twoBefore = i > 1 ? raw.charCodeAt(i - 2) : 0;
    if (twoBefore === first || !isIdeograph(twoBefore)) return true;
  }
  return false;
}

/** Whether a text holds 级 or 指标, also spaced out to fill its cell (`指 标 名 称`). */
function holdsLevelWord(text: string): boolean {
  if (text.includes("级") || text.includes("指标")) return true;
  for (let i = text.indexOf("指"); i >= 0; i = text.indexOf("指", i + 1)) {
    let next = i + 1;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === STANDARD) return true;
  }
  return false;
}

/** 标, as in 指标. */
const STANDARD = "标".charCodeAt(0);

/** The label a column shows in a header row: its own, or that of a merge reaching down into it. */
function headerLabel(grid: Grid, row: number, col: number): string {
  const own = grid.label(row, col);
  return own !== "" ? own : labelReachingDown(grid, row, grid.mergeCoveringCell(row, col));
}

/** The label of a merge covering a blank cell of `row` from above; "" when it starts on it. */
function labelReachingDown(grid: Grid, row: number, merge: CellRange | undefined): string {
  return merge && merge.top < row && grid.contains(merge.top, merge.left)
    ? grid.label(merge.top, merge.left)
    : "";
}

/** The roles a second set of targets beside the first repeats. */
type RepeatedRole = "level2" | "level3" | "value" | "actual";
const REPEATED_ROLES = new Set<ColumnKey>(["level2", "level3", "value", "actual"]);
const isRepeatedRole = (key: ColumnKey): key is RepeatedRole => REPEATED_ROLES.has(key);

interface RowRoles {
  found: Roles;
  /** The second level, name, target and actual columns again, right of the first set. */
  repeats: Partial<Record<RepeatedRole, number>>;
  /** A second column with the side label's words (`绩效指标` · `指标`): the indicator's name. */
  secondSide?: number;
  unknown: number[];
}

/** Roles a label on the row above may give a column the header row leaves blank. */
const ABOVE_ROLES = new Set<ColumnKey>([...SUB_ROLES, "remark", "midTerm"]);

/** The label standing above a blank header cell (`实际完成值` over an unmerged two-row header). */
function labelAbove(grid: Grid, row: number, col: number): string {
  if (row - 1 < grid.top) return "";
  const label = grid.label(row - 1, col);
  const key = label === "" ? undefined : columnKeyOf(label);
  return key !== undefined && ABOVE_ROLES.has(key) ? label : "";
}

/** Roles that belong right of the indicator's names; left of them the words are a side label. */
const TARGET_ROLES = new Set<ColumnKey>([
  "description",
  "symbol",
  "value",
  "unit",
  "kind",
  "weight",
  "midTerm",
  "basis",
  "standard",
  "actual",
  "score",
  "reason",
  "history",
  "remark",
]);

function rolesOf(grid: Grid, row: number, from: number, to: number): RowRoles {
  const found = noRoles();
  const repeats: RowRoles["repeats"] = {};
  const unknown: number[] = [];
  let secondSide: number | undefined;
  // The first level or name column: target roles are only taken right of it.
  let namesStart: number | undefined;
  for (let c = from; c <= to; c++) {
    const own = grid.label(row, c);
    const merge = own === "" ? grid.mergeCoveringCell(row, c) : undefined;
    const label =
      own !== "" ? own : labelReachingDown(grid, row, merge) || labelAbove(grid, row, c);
    if (label === "") continue;
    const key = columnKeyOf(label);
    if (key === undefined) {
      if (own !== "") unknown.push(c);
      continue;
    }
    // A label merged across several columns names the first of them.
    if (merge && merge.left !== c) continue;
    if (TARGET_ROLES.has(key) && namesStart === undefined) {
      // `绩效目标` over the rows, left of 一级指标: a side label, whatever its words.
      found.side ??= c;
      continue;
    }
    if (key === "level1" || key === "level2" || key === "level3") namesStart ??= c;
    if (key === "side" && found.side !== undefined && own !== "" && namesStart === undefined) {
      secondSide ??= c;
      namesStart = c;
      continue;
    }
    // Right of the names and their target, 评价指标 names a second indicator per row (江苏
    // 2016: 目标名称 · 目标值 · 评价指标 · 标准值): the names of a set beside the first.
    if (key === "side" && found.level3 !== undefined && found.value !== undefined && own !== "") {
      repeats.level3 ??= c;
      continue;
    }
    if (found[key] === undefined) found[key] = c;
    else if (isRepeatedRole(key) && own !== "") repeats[key] ??= c;
  }
  return { found, repeats, secondSide, unknown };
}

/** The second header row, when every label on it names a column role. */
function subHeader(grid: Grid, row: number, from: number, to: number): Roles | undefined {
  if (row > grid.bottom) return undefined;
  const roles = noRoles();
  let labels = 0;
  for (let c = from; c <= to; c++) {
    const own = grid.label(row, c);
    if (own === "") continue;
    const key = columnKeyOf(own);
    if (key === undefined || !SUB_ROLES.has(key)) return undefined;
    labels++;
    // Of two scores (河北: 单项指标得分 · 权重占比 · 单项指标折算得分), the weighted one counts.
    if (roles[key] === undefined || (key === "score" && own.includes("折算"))) roles[key] = c;
  }
  return labels > 0 ? roles : undefined;
}

/**
 * A grid that lists indicators without levels (重庆: 绩效指标 · 指标名称 · 指标权重 · 计量单位 ·
 * 指标性质 · 指标值): a name column, a target column, and at least one more target role.
 */
function listsWithoutLevels(found: Roles, secondSide?: number): boolean {
  const name = found.level3 ?? found.description ?? secondSide;
  if (name === undefined || found.value === undefined || found.value < name) return false;
  const { unit, kind, symbol, weight, standard, basis } = found;
  return [unit, kind, symbol, weight, standard, basis].some((c) => c !== undefined);
}

/**
 * A header of the second and third levels and a target column right of them, with no first
 * level (大庆: `二级指标 · 三级指标` under a spanning `指标名称`, beside `本年度计划水平` merged
 * down over both header rows). Read only when nothing is written left of the second level in
 * the rows below but a 序号: a first level standing there under another label would be lost.
 */
function namesLevelsBelowTheFirst(grid: Grid, row: number, found: Roles): boolean {
  const { level2, level3, value } = found;
  if (level2 === undefined || level3 === undefined || value === undefined) return false;
  if (!(level2 < level3 && level3 < value)) return false;
  const last = lastSampledRow(grid, row + 1);
  for (let r = row + 1; r <= last; r++)
    for (let c = grid.left; c < level2; c++)
      if (c !== found.sequence && grid.text(r, c) !== "") return false;
  return true;
}

/**
 * A row that names the second and third levels but no first level and no column of targets
 * (`二级指标 · 三级指标` under a spanning `指标名称`, its targets headed in words the reader
 * does not know) is not read as a table, but is told as an indicator header the checker
 * could not read: the sheet is then not passed over in silence. Inside a table
 * that was read (a two-row header's second row), the note is dropped.
 */
function levelsWithoutTargets(found: Roles, row: number): HeaderParse {
  if (found.level2 === undefined || found.level3 === undefined) return undefined;
  if (found.value !== undefined || found.midTerm !== undefined) return undefined;
  return { kind: "unreadable", unreadable: { row, reason: "noValueColumn" } };
}

/**
 * A scoring table's header (部门整体支出绩效评价评分表, 岳阳 2019: `三级指标 · 评分标准 · 分值 ·
 * 自评得分`): no target column, each row scored by the standard written beside its name.
 */
function isScoringHeader(found: Roles): boolean {
  const { level3, standard, weight, score } = found;
  if (level3 === undefined || standard === undefined) return false;
  return weight !== undefined && score !== undefined && standard > level3;
}

/**
 * Forms with two level columns only (鄂州: 一级指标 holds 数量指标 · 质量指标, 二级指标 the
 * indicator names): when the first column holds second-level names, every level moves down one.
 */
function shiftLevels(grid: Grid, headerRow: number, found: Roles) {
  const { level1, level2 } = found;
  if (level1 === undefined || level2 === undefined) return;
  const { second, first } = levelNamesBelow(grid, headerRow, level1);
  if (second === 0 || second <= first) return;
  found.level3 = level2;
  found.level2 = level1;
  found.level1 = undefined;
}

/**
 * The period's targets and the year's, each after its own 二级 · 三级 (东莞 2022: 实施周期指标值,
 * then 二级 · 三级 · 当年度指标值): two sets side by side, as setBeside reads them, the period's
 * first.
 */
function periodSetBeside(found: Roles, repeats: RowRoles["repeats"]) {
  const { midTerm, value } = found;
  const name = repeats.level3 ?? repeats.level2;
  if (midTerm === undefined || value === undefined || name === undefined) return;
  if (repeats.value !== undefined || !(midTerm < name && name < value)) return;
  repeats.value = value;
  found.value = midTerm;
  found.midTerm = undefined;
}

/**
 * 中期 and 年度 side by side (二级 · 三级 · 指标值, then 二级 · 三级 · 指标值 again): the second
 * set's columns, sharing the first level.
 */
function setBeside(
  columns: IndicatorColumns,
  repeats: RowRoles["repeats"]
): { label: number; columns: TargetColumns } | undefined {
  const { value } = repeats;
  const name = repeats.level3 ?? repeats.level2;
  const first = columns.value;
  if (value === undefined || name === undefined || first === undefined) return undefined;
  if (name <= first || value <= name) return undefined;
  return {
    label: repeats.level2 ?? name,
    columns: {
      level1: columns.level1,
      level2:
        repeats.level2 !== undefined && repeats.level3 !== undefined
          ? repeats.level2
          : columns.level2,
      level3: repeats.level3 ?? repeats.level2 ?? columns.level3,
      value,
      // The set's own 完成值, right of its target (江苏 2016: 评价指标值).
      actual: repeats.actual !== undefined && repeats.actual > value ? repeats.actual : undefined,
    },
  };
}

/** A place, as the columns of a target per area are headed (`西坪镇尧山村`, `笏石街道办`, `新罗区`). */
function isPlaceName(label: string): boolean {
  return /^[\u4e00-\u9fff]{2,12}(省|市|区|县|旗|州|镇|乡|村|街道|街道办|办事处|社区|管委会)$/.test(
    labelCore(label)
  );
}

/** Whether the cell lies in a merged area that starts at another cell. */
function isInsideMergeOf(grid: Grid, row: number, col: number): boolean {
  const merge = grid.mergeCoveringCell(row, col);
  return merge !== undefined && (merge.top !== row || merge.left !== col);
}

/**
 * Where the host cannot tell merged areas: the label's cell and the blank cells right of it on
 * its row, as far as a merge over them would reach.
 */
function blankCellsAfter(grid: Grid, row: number, col: number): CellRange | undefined {
  if (grid.mergesKnown) return undefined;
  let right = col;
  while (right < grid.right && grid.isEmpty(row, right + 1)) right++;
  return { top: row, bottom: row, left: col, right };
}

/**
 * 区域目标值 spanning one column per area, the areas named on the row below (新罗区 · 永定区 …):
 * the columns of the areas, the first of which is read as the target. Empty when not so.
 */
function areaColumns(grid: Grid, row: number, value: number | undefined): number[] {
  if (value === undefined || row + 1 > grid.bottom) return [];
  const span = grid.mergeStartingAt(row, value) ?? blankCellsAfter(grid, row, value);
  if (!span || span.right === span.left) return [];
  const areas: number[] = [];
  for (let c = grid.left; c <= grid.right; c++) {
    const text = grid.text(row + 1, c);
    const inside = c >= span.left && c <= span.right;
    if (text === "") {
      // An area's name may span two cells: the second is part of it, not a blank under the span.
      if (inside && !isInsideMergeOf(grid, row + 1, c)) return [];
      continue;
    }
    // Only names under the span, and no figures: a row of indicators would have them.
    if (!inside || /[\d≥≤=<>%]/.test(text)) return [];
    areas.push(c);
  }
  return areas;
}

/**
 * The older Fujian template heads its two level columns with one label (`绩效目标` over
 * 投入 · 成本目标): a side label spanning two cells, with level names below, is the levels.
 */
function levelsUnderSideLabel(grid: Grid, headerRow: number, found: Roles) {
  const { side } = found;
  if (side === undefined) return;
  const span = grid.mergeStartingAt(headerRow, side) ?? blankCellsAfter(grid, headerRow, side);
  if (!span || span.bottom !== headerRow || headerRow + 1 > grid.bottom) return;
  // Two cells under it, either maybe merged over two columns of its own.
  const second = grid.cellRight(headerRow + 1, span.left) + 1;
  if (second > span.right || grid.cellRight(headerRow + 1, second) !== span.right) return;
  const last = lastSampledRow(grid, headerRow + 1);
  const levelLike = (col: number) => {
    for (let r = headerRow + 1; r <= last; r++) {
      const text = grid.text(r, col);
      if (text !== "") return /^[\u4e00-\u9fff]{2,10}$/.test(withoutSpaces(text));
    }
    return false;
  };
  if (!levelLike(span.left) || !levelLike(second)) return;
  found.level1 = span.left;
  found.level2 = second;
  found.side = undefined;
}

/**
 * The column just left of 二级指标 headed by a level label the reader does not know, one
 * character lost (舒城 2023: `级指标`): the first level. Taken off `unknown`.
 */
function firstLevelUnderOddLabel(grid: Grid, row: number, found: Roles, unknown: number[]) {
  const { level1, level2 } = found;
  if (level1 !== undefined || level2 === undefined) return;
  // The cell just left of 二级指标, which may be merged over two columns.
  const col = grid.cellLeft(row, level2 - 1);
  const at = unknown.indexOf(col);
  if (at < 0 || !/^级(绩效)?指标/.test(labelCore(grid.label(row, col)))) return;
  unknown.splice(at, 1);
  found.level1 = col;
}

/**
 * A column left of the names, headed by words taken for a side label (临海 2024: `指标类型`
 * over 产出指标 · 效益指标 · 满意度指标), whose own texts below are at least half first-level
 * names (海南 2018: 产出指标 · 成效指标): the first level.
 */
function firstLevelsInSideColumn(grid: Grid, headerRow: number, found: Roles) {
  const { side, level3 } = found;
  if (side === undefined || level3 === undefined || side >= level3) return;
  if (found.level1 !== undefined || found.level2 !== undefined) return;
  // A second header row writes neither the names nor this column (海南 2018: 指标类型 · 绩效指标
  // merged down over the row of 优 · 良 · 中 · 差, which merges unknown leave blank alike).
  const below = headerRow + 1;
  const lastHeaderRow =
    below <= grid.bottom && grid.isEmpty(below, level3) && grid.isEmpty(below, side)
      ? below
      : headerRow;
  if (!holdsOwnText(grid, lastHeaderRow, side)) return;
  const { first, written } = levelNamesBelow(grid, lastHeaderRow, side);
  if (first * 2 < written) return;
  found.level1 = side;
  found.side = undefined;
}

/**
 * A grid listing indicators without level labels whose column left of the names holds second
 * levels under words the reader does not know (宁晋: `评价指标 · 评价内容 · 指标名称`, 质量指标 ·
 * 时效指标 under 评价内容): that column is the second level, and a side label's column left of
 * it that holds its own text in the rows, not a label merged down from the header, the first.
 * The column is taken off `unknown`: it is read.
 */
function levelsLeftOfNames(grid: Grid, headerRow: number, found: Roles, unknown: number[]) {
  const names = found.level3;
  if (names === undefined || found.level1 !== undefined || found.level2 !== undefined) return;
  const col = grid.cellLeft(headerRow, names - 1);
  const at = unknown.indexOf(col);
  if (at < 0 || !holdsSecondLevels(grid, headerRow, col)) return;
  unknown.splice(at, 1);
  found.level2 = col;
  const { side } = found;
  if (side !== undefined && side < col && holdsOwnText(grid, headerRow, side)) {
    found.level1 = side;
    found.side = undefined;
  }
}

/**
 * Whether at least half the texts below the header in a column name second levels, more of
 * them than name first levels (one left blank, as a form sent back for it has, counts for neither).
 */
function holdsSecondLevels(grid: Grid, headerRow: number, col: number): boolean {
  const { second, first, written } = levelNamesBelow(grid, headerRow, col);
  return second > first && second * 2 >= written;
}

/**
 * Of the texts in a column's sampled rows below the header: how many name a second level,
 * how many a first level, and how many are written at all.
 */
function levelNamesBelow(grid: Grid, headerRow: number, col: number) {
  let second = 0;
  let first = 0;
  let written = 0;
  const last = lastSampledRow(grid, headerRow + 1);
  for (let r = headerRow + 1; r <= last; r++) {
    const text = grid.text(r, col);
    if (text === "") continue;
    written++;
    // A first level's name counts as one even where another profile has it second
    // (产出指标 under the 中央预算内投资 template's 实施效果指标).
    if (isFirstLevelName(text)) first++;
    else if (isSecondLevelName(text)) second++;
  }
  return { second, first, written };
}

/**
 * Whether the first row below the header writes the column's cell, not a merge from above, or
 * leaves blank a cell merged down over its rows (a level left blank, 临海 2024's first) in a
 * column whose other rows write texts of their own.
 */
function holdsOwnText(grid: Grid, headerRow: number, col: number): boolean {
  const first = headerRow + 1;
  if (first > grid.bottom) return false;
  if (grid.text(first, col) !== "") return true;
  const merge = grid.mergeStartingAt(first, col);
  if (merge === undefined || merge.bottom === first) return false;
  return !grid.isColumnEmpty(col, merge.bottom + 1, lastSampledRow(grid, first));
}

/** How many rows below the header are sampled to see what a column holds. */
const SAMPLE_ROWS = 12;

/**
 * The last row sampled from `firstRow` on: SAMPLE_ROWS at most, and none past where the next
 * table on the sheet may begin: the first blank row after a written one (a row emptied inside
 * the grid, under a merge from above, does not end it), a heading alone on its row, or a row
 * that may open an indicator header.
 */
function lastSampledRow(grid: Grid, firstRow: number): number {
  const last = Math.min(grid.bottom, firstRow + SAMPLE_ROWS - 1);
  let written = false;
  for (let r = firstRow; r <= last; r++) {
    const first = grid.firstWrittenCol(r);
    const blank = first < 0 && !grid.isCrossedFromAbove(r);
    if (blank && written) return r - 1;
    if (r > firstRow && first >= 0 && startsNextTable(grid, r, first)) return r - 1;
    written ||= !blank;
  }
  return last;
}

/**
 * A heading alone on its row (`2019年度…绩效评价指标表`), a note under the grid alone on its
 * row (`注:以预算批复的绩效目标为准填列。`), or a row that may open a header.
 */
function startsNextTable(grid: Grid, row: number, first: number): boolean {
  if ((rowProspects(grid, row) & MAY_OPEN_HEADER) !== 0) return true;
  if (grid.firstWrittenCol(row, first + 1) >= 0) return false;
  const text = grid.text(row, first);
  return !isKnownLevelName(text) && (isHeadingText(normalizeLabel(text)) || isFooterText(text));
}

/**
 * 指标性质 / 指标方向 columns hold comparisons (`≥`, `=`) in some provinces and `定量` /
 * `正向` in others: the cells below decide whether the column is the symbol or the kind.
 */
function settleSymbolColumn(grid: Grid, headerRow: number, firstRow: number, found: Roles) {
  if (found.kind === undefined && found.symbol === undefined) return;
  const kindLabel = found.kind !== undefined ? headerLabel(grid, headerRow, found.kind) : "";
  // A column labelled 符号, with no kind column beside it, is the symbol: nothing to sample.
  if (found.kind === undefined && found.symbol !== undefined) {
    const below = grid.label(headerRow + 1, found.symbol);
    const own = headerLabel(grid, headerRow, found.symbol);
    if (labelCore(below || own) === "符号") return;
  }
  const last = lastSampledRow(grid, firstRow);
  const tally = (col: number) => {
    let comparisons = 0;
    let other = 0;
    for (let r = firstRow; r <= last; r++) {
      const reading = readSymbolCell(grid.text(r, col));
      if (reading.kind === "comparator") comparisons++;
      else if (reading.kind === "unknown") other++;
    }
    return { comparisons, other };
  };
  // A 符号 / 方向 column that holds 正向 · 反向 says the kind, not the comparison.
  if (found.symbol !== undefined) {
    const { comparisons, other } = tally(found.symbol);
    if (other > comparisons) {
      found.kind ??= found.symbol;
      found.symbol = undefined;
    }
  }
  if (found.symbol === undefined && found.kind !== undefined) {
    const { comparisons, other } = tally(found.kind);
    // A 指标性质 column left blank in every row is where these forms write the comparison.
    const blankNature = comparisons === 0 && other === 0 && /性质/.test(kindLabel);
    if ((comparisons > 0 && comparisons >= other) || blankNature) {
      found.symbol = found.kind;
      found.kind = undefined;
    }
  }
}

export type HeaderParse =
  | { kind: "header"; header: IndicatorHeader }
  | { kind: "unreadable"; unreadable: UnreadableHeader }
  | undefined;

/**
 * The full parse of a row that may be a header, kept apart from the cheap test asked of every
 * row (rowProspects): the closures below make each call set up their scope.
 */
function readIndicatorHeader(grid: Grid, row: number): HeaderParse {
  const { found, repeats, secondSide, unknown } = rolesOf(grid, row, grid.left, grid.right);
  firstLevelsInSideColumn(grid, row, found);
  firstLevelUnderOddLabel(grid, row, found, unknown);
  const { level1, level2 } = found;
  // Without a 三级指标 column, the indicator's own words stand under 指标内容 (or 指标名称).
  if (found.level3 === undefined && found.description !== undefined) {
    found.level3 = found.description;
    found.description = undefined;
  }
  if (level1 === undefined) {
    if (listsWithoutLevels(found, secondSide)) {
      found.level3 ??= secondSide;
      levelsUnderSideLabel(grid, row, found);
      levelsLeftOfNames(grid, row, found, unknown);
      // The names under a second side label (海南 2018: 指标类型 · 绩效指标).
      firstLevelsInSideColumn(grid, row, found);
    } else if (!namesLevelsBelowTheFirst(grid, row, found)) return levelsWithoutTargets(found, row);
  } else if (level2 === undefined) {
    // A first level and the names, no second level (临海 2024: 指标类型 · 指标名称).
    if (found.level3 === undefined || found.level3 < level1) return undefined;
  } else if (!(level1 < level2)) return undefined;
  // The side label (`绩效指标`) only counts left of 一级指标.
  if (found.side !== undefined && level1 !== undefined && found.side > level1)
    found.side = undefined;
  if (found.level3 === undefined && level1 !== undefined && level2 !== undefined)
    shiftLevels(grid, row, found);
  if (found.level3 === undefined || (found.level2 !== undefined && found.level3 < found.level2))
    return { kind: "unreadable", unreadable: { row, reason: "noNameColumn" } };

  let right = rightmost(found, unknown);
  // The last label may span columns of its own (河北: 自评得分 over three score columns): its
  // sub-labels are read too when they all give roles, else the row is read as far as before.
  const lastSpan = grid.mergeStartingAt(row, right);
  const sub =
    (lastSpan &&
      lastSpan.right > right &&
      subHeader(grid, row + 1, found.level3 + 1, lastSpan.right)) ||
    subHeader(grid, row + 1, found.level3 + 1, right);
  if (sub) {
    // Roles on the second row refine the spanning labels above them: `指标值` spanning
    // `年度 · 中长期`, or spanning `符号 · 值 · 单位`, gives way to them.
    // In one pass: each role the second row gives takes its column there; another role it
    // may give, left on one of those columns, is dropped (the second row names each column once).
    for (const r in found) {
      const role = r as ColumnKey;
      const below = sub[role];
      const col = found[role];
      if (below !== undefined) found[role] = below;
      else if (col !== undefined && SUB_ROLES.has(role) && givesRole(sub, col))
        found[role] = undefined;
    }
    // An unlabelled 值 column between 符号 and 单位, as in every split form seen.
    if (found.symbol !== undefined && found.unit !== undefined && found.value === undefined) {
      const between = grid.cellRight(row + 1, found.symbol) + 1;
      if (grid.cellRight(row + 1, between) + 1 === found.unit) found.value = between;
    }
  }
  // Targets per area: named on the row below a spanning 区域目标值, or in the header itself.
  let areas = sub ? [] : areaColumns(grid, row, found.value);
  const areaLabelRow = areas.length > 0 ? 1 : 0;
  if (found.value === undefined && found.midTerm === undefined) {
    const names = found.description ?? found.level3;
    areas = unknown.filter((c) => c > names && isPlaceName(grid.label(row, c)));
    if (areas.length > 0) found.value = areas[0];
    for (const c of areas) unknown.splice(unknown.indexOf(c), 1);
  }
  const height = sub || areaLabelRow === 1 ? 2 : 1;
  settleSymbolColumn(grid, row, row + height, found);
  periodSetBeside(found, repeats);
  const valueCol = found.value ?? found.midTerm;
  const scoring = valueCol === undefined && isScoringHeader(found);
  if (valueCol === undefined && !scoring)
    return { kind: "unreadable", unreadable: { row, reason: "noValueColumn" } };
  right = rightmost(found, unknown);

  const split = found.symbol !== undefined && found.unit !== undefined;
  const layout: ValueLayout = scoring
    ? "none"
    : split
      ? "split"
      : found.unit !== undefined
        ? "valueUnit"
        : found.symbol !== undefined
          ? "symbolValue"
          : "single";
  const columns: IndicatorColumns = {
    sequence: found.sequence,
    side: found.side,
    level1: found.level1,
    level2: found.level2,
    level3: found.level3,
    description: found.description,
    symbol: found.symbol,
    value: valueCol,
    unit: found.unit,
    midTerm: found.value !== undefined ? found.midTerm : undefined,
    kind: found.kind,
    weight: found.weight,
    basis: found.basis,
    standard: found.standard,
    actual: found.actual,
    score: found.score,
    reason: found.reason,
    history: found.history,
    remark: found.remark,
  };
  const left = leftmost(columns);
  const unknownColumns = unknown
    .filter((c) => c > left && c <= right && !givesRole(columns, c))
    .map((col) => ({ col, label: grid.field(row, col) }));
  const otherSets: SetColumns[] = areas.slice(1).map((col) => ({
    labelRow: row + areaLabelRow,
    labelCol: col,
    columns: { ...columns, value: col },
    layout,
  }));
  const beside = setBeside(columns, repeats);
  if (beside)
    otherSets.push({
      labelRow: row,
      labelCol: beside.label,
      columns: beside.columns,
      layout: "single",
    });
  // The table spans its columns not understood too (targets per area among them).
  let spanned = rightmost(columns);
  for (const { col } of unknownColumns) spanned = Math.max(spanned, col);
  for (const set of otherSets) spanned = Math.max(spanned, set.columns.value);
  return {
    kind: "header",
    header: {
      row,
      otherSets,
      height,
      layout,
      columns,
      unknownColumns,
      left,
      right: spanned,
    },
  };
}

/**
 * A grid with no header row, its indicators written as prose (湖南 2017 部门整体支出表):
 * `部门整体支出年度绩效指标` over the rows, a first level, then `质量指标：…` in one cell.
 * Read with the first level and the prose as name and target; the rules say what is missing.
 */
export function parseProseGrid(grid: Grid, row: number): IndicatorHeader | undefined {
  const values = grid.rowValues(row);
  for (let c = grid.left; c + 2 <= grid.right && c - grid.left < values.length; c++) {
    // Most cells are not this label: look at the raw text before normalizing it.
    const raw = values[c - grid.left];
    if (typeof raw !== "string" || !raw.includes("绩") || !/绩\s*效\s*指\s*标/.test(raw)) continue;
    const label = labelCore(grid.label(row, c));
    if (!/绩效指标$/.test(label) || label.length > 14) continue;
    const merge = grid.mergeStartingAt(row, c);
    const next = (merge?.right ?? c) + 1;
    if (!isFirstLevelName(grid.text(row, next))) return undefined;
    const prose = grid.cellRight(row, next) + 1;
    const text = grid.text(row, prose);
    if (withoutSpaces(text).length < 12 || isSecondLevelName(text)) return undefined;
    // The paragraph fills the rest of the row: a grid with more columns is no prose grid.
    const end = grid.cellRight(row, prose);
    for (let after = end + 1; after <= grid.right; after++)
      if (!grid.isEmpty(row, after)) return undefined;
    const columns: IndicatorColumns = { side: c, level1: next, level3: prose, value: prose };
    return {
      row,
      height: 0,
      layout: "single",
      columns,
      unknownColumns: [],
      otherSets: [],
      left: c,
      // A merge may reach past the cells the host read: the table ends with the sheet.
      right: Math.min(end, grid.right),
    };
  }
  return undefined;
}

/** Indicator headers from row `from` down (rows above it are context, read only by a header). */
export function findIndicatorHeaders(
  grid: Grid,
  from = grid.top
): {
  headers: IndicatorHeader[];
  unreadable: UnreadableHeader[];
} {
  const headers: IndicatorHeader[] = [];
  const unreadable: UnreadableHeader[] = [];
  for (let row = from; row <= grid.bottom; row++) {
    const prospects = rowProspects(grid, row);
    if (prospects === 0) continue;
    const parsed = (prospects & MAY_OPEN_HEADER) !== 0 ? readIndicatorHeader(grid, row) : undefined;
    if (parsed?.kind === "header") {
      headers.push(parsed.header);
      row += parsed.header.height - 1;
    } else if (parsed?.kind === "unreadable") {
      unreadable.push(parsed.unreadable);
    } else if ((prospects & MAY_NAME_PROSE) !== 0) {
      const prose = parseProseGrid(grid, row);
      if (prose) {
        headers.push(prose);
        // Its rows are read from here on: the next header comes after them.
        while (
          row + 1 <= grid.bottom &&
          grid.mergeCoveringCell(row + 1, prose.left)?.top === prose.row
        )
          row++;
      }
    }
  }
  return { headers, unreadable };
}

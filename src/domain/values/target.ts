/**
 * The value parser: reads an indicator's target (符号 · 值 · 单位, or one
 * 指标值 cell such as `≥95%`) into symbol, number and unit.
 */
import { CellValue, isCellError } from "../snapshot";
import { tidy, toHalfWidth, withoutListNumber, withoutSpaces } from "../text";
import { isUnit, QUALITATIVE_MARKERS, QUALITATIVE_WORDS, TIME_UNITS } from "../vocabulary";
import { Comparator, matchLeadingSymbol, matchTrailingSymbol, readSymbolCell } from "./symbols";

/** One cell as the parser sees it. */
export interface TargetCell {
  value: CellValue;
  text: string;
  percentFormatted: boolean;
}

export interface Target {
  /** The comparison, when one is written. */
  comparator: Comparator | null;
  /** The comparison was written in a non-canonical spelling (`>=`, `＞＝`, `不低于`). */
  comparatorSpelling: string | null;
  /** `文字描述` / `定性` was written as the symbol. */
  qualitativeMarker: string | null;
  /** Text in the symbol cell that is neither a comparison nor a marker. */
  unknownSymbol: string | null;
  number: number | null;
  /** The value as written when it is present but not a number (`十二`, `#N/A`). */
  invalidNumber: string | null;
  /**
   * A range's upper bound (`90-110人`, `95%~100%`, `≥90%且≤100%`), whose lower bound is
   * `number`: both bounds are written, so the range needs no symbol. Null for one number.
   */
  upperBound: number | null;
  /** The unit, `%` for percent-formatted cells. Empty when none. */
  unit: string;
  /** A unit written in the value cell itself that differs from the unit column (`30万元` · `%`). */
  valueUnit?: string;
  /** The unit was taken from the indicator's name (`开展修复工程(个)`), not from a cell. */
  unitFromName?: boolean;
  /** The comparison was taken from the indicator's name (`种公猪(≥头)`), not from a cell. */
  comparatorFromName?: boolean;
  /** Whether `unit` is a known unit or compound of known units. */
  unitIsUnit: boolean;
  /** The number came from a cell formatted as percent (0.95 shown as 95%). */
  percentFormatted: boolean;
  /** A date or deadline target (`2021年12月31日前`). */
  deadline: boolean;
  /** A described target (`好`, `完成数据库`, text in the 单位 column of a qualitative row). */
  qualitativeText: string | null;
}

const NUMBER_AT_START = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const DATE_TEXT = /(\d{2,4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
const CHINESE_NUMBER = /^[零〇一二两三四五六七八九十百千万亿点]+(个|次|项|人|%)?$/;
const DEADLINE_WORDS = /(前|之前|以前|内|以内|底|末|止|完成)$/;
/**
 * A span of time and 内 after it (`3个工作日内`, `5天内`, `2小时内`, `3个月内`): at most that
 * span. Not `12月内` or `2023年内`, which name a month or a year: deadlines.
 */
const WITHIN_A_TIME = /^\d+(?:\.\d+)?(?:个工作日|工作日|天|日|小时|分钟|周|个月)内$/;
/** A date followed by its deadline word, with more words after (`12月底到位`, `6月前完成`). */
const DATE_THEN_DEADLINE = /(年|月|日)(底|末|前|之前|以前|内|以内|上旬|中旬|下旬)/;
/**
 * What follows a range's lower bound: its unit or none, a dash, ~, 至 or 到, the upper bound
 * and its unit or none (`-110人`, `%-100%`, `%至100%`).
 */
const RANGE_END = /^(\D*?)(?:-|~|～|〜|—|–|至|到)(\d+(?:\.\d+)?)(\D*)$/;
/** What follows a first bound when a second comparison is joined to it (`%且≤100%`). */
const SECOND_BOUND = /^(\D*?)(?:并且|且|同时|,|，|;|；)(.+)$/;
const NUMBER_THEN_UNIT = /^(\d+(?:\.\d+)?)(\D*)$/;
const TIME_WORDS = new Set([...TIME_UNITS, "周", "季度", "小时", "分钟"]);

/**
 * The target's text without a list's number in front (`1.按时完成`, `2、≥95%`): the number counts
 * nothing. Kept when only a unit follows (`2.个`, a number with a stray mark).
 */
function withoutListNumberBeforeWords(text: string): string {
  const rest = withoutListNumber(text);
  return rest !== text && isUnit(rest) ? text : rest;
}

/** A target with nothing read yet. */
export function emptyTarget(): Target {
  return {
    comparator: null,
    comparatorSpelling: null,
    qualitativeMarker: null,
    unknownSymbol: null,
    number: null,
    invalidNumber: null,
    upperBound: null,
    unit: "",
    unitIsUnit: false,
    percentFormatted: false,
    deadline: false,
    qualitativeText: null,
  };
}

export function isDeadlineText(text: string): boolean {
  const folded = withoutSpaces(toHalfWidth(text));
  return (
    DATE_TEXT.test(folded) &&
    (DEADLINE_WORDS.test(folded) || /^\d{4}[-/.年]/.test(folded) || DATE_THEN_DEADLINE.test(folded))
  );
}

function setUnit(target: Target, unitText: string): void {
  // An empty 单位 cell (every row whose target is a percentage or a text) needs no folding.
  let unit = unitText === "" ? "" : withoutSpaces(toHalfWidth(tidy(unitText)));
  // `%(百分比)`: a unit with its name beside it in brackets; `(亩)`: a unit in brackets.
  const aliased = unit.endsWith(")") ? /^(.*?)\((.+)\)$/.exec(unit) : null;
  if (aliased && isUnit(aliased[1])) unit = aliased[1];
  else if (aliased && aliased[1] === "" && isUnit(aliased[2])) unit = aliased[2];
  target.unit = unit;
  target.unitIsUnit = unit !== "" && isUnit(unit);
}

/**
 * Reads free text such as `≥95%`, `≤1700元/亩`, `12`, `95%以上`, `2021年12月31日前`, `好`
 * into the target (the symbol part only when no symbol was read yet).
 */
function readText(target: Target, raw: string): void {
  let text = withoutListNumberBeforeWords(withoutSpaces(toHalfWidth(raw)));
  if (text === "") return;
  if (target.comparator === null && target.qualitativeMarker === null) {
    const lead = matchLeadingSymbol(text);
    if (lead) {
      target.comparator = lead.comparator;
      target.comparatorSpelling = lead.spelling === lead.comparator ? null : lead.spelling;
      text = text.slice(lead.length);
      if (text === "") return;
    } else {
      const trail = matchTrailingSymbol(text);
      if (trail && NUMBER_AT_START.test(text)) {
        target.comparator = trail.comparator;
        target.comparatorSpelling = trail.spelling;
        text = text.slice(0, text.length - trail.length);
      } else if (WITHIN_A_TIME.test(text)) {
        // `3个工作日内`, `5天内`: within a time, at most it.
        target.comparator = "≤";
        target.comparatorSpelling = "内";
        text = text.slice(0, -1);
      }
    }
  }
  if (isDeadlineText(text)) {
    target.deadline = true;
    target.qualitativeText = tidy(raw);
    return;
  }
  const numberMatch = NUMBER_AT_START.exec(text);
  if (numberMatch) {
    target.number = Number(numberMatch[0].replace(/,/g, ""));
    let rest = text.slice(numberMatch[0].length);
    if (rest !== "") {
      const range = readRangeEnd(target, rest);
      if (range !== null) rest = range;
    }
    if (rest !== "" && target.unit === "") setUnit(target, rest);
    return;
  }
  if (isUnit(text) && !TIME_WORDS.has(text)) {
    // `公里`, `万人`, `%`: a unit and no number (陕西 2020), the number left out. A time word
    // alone (`年度`, `季度`) says how often or by when, in words.
    if (target.unit === "") setUnit(target, text);
    return;
  }
  if (QUALITATIVE_WORDS.includes(text)) target.qualitativeText = tidy(raw);
  else if (target.comparator !== null || CHINESE_NUMBER.test(text))
    target.invalidNumber = tidy(raw);
  else target.qualitativeText = tidy(raw);
}

/**
 * Reads the rest of a range after its lower bound (`target.number`) into the target: `-110人`
 * after 90, `%且≤100%` after ≥90. Returns the range's unit (the one written at either end),
 * or null, changing nothing, when the rest is no range: units that differ, bounds the wrong
 * way round, a dash after a written comparison (`≥90-100`).
 */
function readRangeEnd(target: Target, rest: string): string | null {
  const lower = target.number;
  if (lower === null) return null;
  const first = target.comparator;
  if (first === null) {
    const plain = RANGE_END.exec(rest);
    return plain && takeRange(target, lower, plain[1], Number(plain[2]), plain[3]);
  }
  // `≥90%且≤100%` or `≤100%且≥90%`: two comparisons facing each other.
  const joined = SECOND_BOUND.exec(rest);
  const second = joined && matchLeadingSymbol(joined[2]);
  const bound = joined && second && NUMBER_THEN_UNIT.exec(joined[2].slice(second.length));
  if (!joined || !second || !bound) return null;
  const upward = first === "≥" || first === ">";
  const downward = first === "≤" || first === "<";
  const facing = upward
    ? second.comparator === "≤" || second.comparator === "<"
    : downward && (second.comparator === "≥" || second.comparator === ">");
  if (!facing) return null;
  const other = Number(bound[1]);
  const unit = upward
    ? takeRange(target, lower, joined[1], other, bound[2])
    : takeRange(target, other, bound[2], lower, joined[1]);
  if (unit !== null) {
    target.comparator = null;
    target.comparatorSpelling = null;
  }
  return unit;
}

function takeRange(
  target: Target,
  low: number,
  lowUnit: string,
  high: number,
  highUnit: string
): string | null {
  if (high < low || (lowUnit !== "" && highUnit !== "" && lowUnit !== highUnit)) return null;
  target.number = low;
  target.upperBound = high;
  return highUnit !== "" ? highUnit : lowUnit;
}

/** Reads the split layout: the 符号 cell's text, the 值 cell, the 单位 cell's text. */
export function readSplitTarget(symbol: string, value: TargetCell, unit: string): Target {
  const target = emptyTarget();
  const reading = readSymbolCell(symbol);
  if (reading.kind === "comparator") {
    target.comparator = reading.comparator;
    target.comparatorSpelling = reading.spelling;
    if (reading.rest !== "") readText(target, reading.rest);
  } else if (reading.kind === "qualitative") {
    target.qualitativeMarker = reading.marker;
  } else if (reading.kind === "unknown") {
    target.unknownSymbol = reading.text;
  }
  setUnit(target, unit);
  readValueCell(target, value);
  if (
    target.qualitativeText !== null &&
    target.unitIsUnit &&
    target.qualitativeMarker === null &&
    !target.deadline
  ) {
    // `十二 · 个`: a unit makes the row quantitative, so the text should have been a number.
    target.invalidNumber = target.qualitativeText;
    target.qualitativeText = null;
  }
  if (target.number === null && target.invalidNumber === null && target.qualitativeText === null) {
    // The seed's habit: a qualitative row puts its target text in the 单位 column.
    if (target.unit !== "" && !target.unitIsUnit && target.comparator === null) {
      target.qualitativeText = unit.trim();
    }
  }
  return target;
}

/** Reads one 指标值 cell (`≥95%`, `好`, `2021年12月31日前`). */
export function readSingleTarget(cell: TargetCell): Target {
  const target = emptyTarget();
  const text = withoutSpaces(toHalfWidth(cell.text));
  const marker = qualitativeMarkerAtStart(text);
  if (marker !== undefined) {
    target.qualitativeMarker = marker;
    const rest = text.slice(marker.length).replace(/^[:：]/, "");
    if (rest !== "") readText(target, rest);
    return target;
  }
  readValueCell(target, cell);
  return target;
}

function qualitativeMarkerAtStart(text: string): string | undefined {
  for (const marker of QUALITATIVE_MARKERS) if (text.startsWith(marker)) return marker;
  return undefined;
}

/** Reads a 符号 or 指标方向 cell's text (`≥`) and the 指标值 cell beside it (`95%`). */
export function readSymbolAndValue(symbol: string, value: TargetCell): Target {
  const target = readSingleTarget(value);
  if (target.comparator !== null || target.qualitativeMarker !== null) return target;
  const reading = readSymbolCell(symbol);
  if (reading.kind === "comparator") {
    target.comparator = reading.comparator;
    target.comparatorSpelling = reading.spelling;
  } else if (reading.kind === "qualitative") {
    target.qualitativeMarker = reading.marker;
  }
  // Other words there (`是/否`, `正向`) say how to read the target, not what it is.
  return target;
}

/** Reads a 指标值 cell (`≥95`) with the text of its own unit column (`%`). */
export function readValueAndUnit(value: TargetCell, unit: string): Target {
  const target = readSingleTarget(value);
  const unitText = withoutSpaces(toHalfWidth(tidy(unit)));
  // `—` or `/` in the unit column of a qualitative row says "no unit".
  if (unitText === "" || isDashesOrSlashes(unitText)) return target;
  if (target.unit !== "" && target.unit !== unitText) target.valueUnit = target.unit;
  setUnit(target, unitText);
  const text = target.qualitativeText;
  if (text !== null && target.unitIsUnit && !target.deadline && CHINESE_NUMBER.test(text)) {
    // `十二` · `个`: a unit makes the row quantitative, so the text should have been a number.
    target.invalidNumber = text;
    target.qualitativeText = null;
  }
  return target;
}

function isDashesOrSlashes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // — – - /
    if (code !== 0x2014 && code !== 0x2013 && code !== 0x2d && code !== 0x2f) return false;
  }
  return true;
}

function readValueCell(target: Target, cell: TargetCell): void {
  const { value } = cell;
  if (typeof value === "number") {
    if (cell.percentFormatted) {
      target.number = Math.round(value * 100 * 1e9) / 1e9;
      target.percentFormatted = true;
      if (target.unit === "") setUnit(target, "%");
    } else {
      target.number = value;
      readShownWithNumber(target, value, cell.text);
    }
    return;
  }
  if (isCellError(value)) {
    target.invalidNumber = value.error;
    return;
  }
  if (typeof value === "boolean") {
    target.invalidNumber = cell.text;
    return;
  }
  readText(target, cell.text);
}

/**
 * A number whose format shows a unit or a comparison beside it (`0"人"`, `G/通用格式"万元"`,
 * `"≥"0`): what the cell shows counts, as a reviewer reads it. Taken only where the text
 * shows this number (a date's text shows another) and nothing else gave the target a unit or
 * a comparison.
 */
function readShownWithNumber(target: Target, value: number, text: string): void {
  if (!hasWordOrSymbol(text)) return;
  const shown = emptyTarget();
  readText(shown, text);
  if (shown.number === null || shown.deadline || !showsNumber(shown.number, value)) return;
  if (target.comparator === null && shown.comparator !== null) {
    target.comparator = shown.comparator;
    target.comparatorSpelling = shown.comparatorSpelling;
  }
  if (target.unit === "" && shown.unit !== "") setUnit(target, shown.unit);
}

/** Whether a number's text holds more than digits, signs, separators and spaces. */
function hasWordOrSymbol(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!((c >= "0" && c <= "9") || c === "." || c === "," || c === "-" || c === " ")) return true;
  }
  return false;
}

/** Whether `shown` is `value` as a format shows it: rounded, to a hundredth of itself at most. */
function showsNumber(shown: number, value: number): boolean {
  return Math.abs(shown - value) <= Math.max(Math.abs(value) * 0.01, 0.5);
}

/** The target's number as written: `95`, or a range's bounds, `90-110`. */
export function numberText(target: Target): string {
  if (target.number === null) return "";
  return target.upperBound !== null ? `${target.number}-${target.upperBound}` : `${target.number}`;
}

/** True when the row carries a number target. */
export function isQuantitative(target: Target): boolean {
  return target.number !== null || target.invalidNumber !== null || target.comparator !== null;
}

/** True when the row describes its target in words (a marker, or text and no number). */
export function isQualitative(target: Target): boolean {
  return (
    target.qualitativeMarker !== null ||
    (target.qualitativeText !== null && !target.deadline && target.number === null)
  );
}

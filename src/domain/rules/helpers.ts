/** What several rules ask of an indicator row. */
import { Field, GoalTable, IndicatorRow, sameCell } from "../model";
import { numberText, Target } from "../values/target";
import { kindOfRowIn, lastHintedCode, tableFacts } from "../row-facts";
import { Category, FirstLevel } from "../vocabulary";
import {
  isSpace,
  normalizeForComparison,
  sameForComparison,
  tidy,
  toHalfWidth,
  withoutListNumber,
} from "../text";
import { isCellError } from "../snapshot";
import { Bilingual } from "../findings";
import { CATALOG } from "../messages/catalog";

/**
 * Whether the table's levels are held to the profile's vocabulary: not in a grid without
 * level columns, nor in a scoring table (layout `none`), whose levels are those of its
 * province's evaluation framework (湖南 投入 · 过程, 安徽 规划 · 执行).
 */
export function levelsAreJudged(table: GoalTable): boolean {
  return table.columns.level1 !== undefined && table.layout !== "none";
}

export function categoryOf(table: GoalTable, row: IndicatorRow): Category | undefined {
  return kindOfRowIn(table, row).category;
}

export function firstLevelOf(table: GoalTable, row: IndicatorRow): FirstLevel | undefined {
  return kindOfRowIn(table, row).firstLevel;
}

export function isSatisfaction(table: GoalTable, row: IndicatorRow): boolean {
  return kindOfRowIn(table, row).satisfaction;
}

/** The table's cost indicators (first level the cost level, or second a cost category), in order. */
export function costRows(table: GoalTable): readonly IndicatorRow[] {
  return tableFacts(table).rowsThatAre("cost");
}

/** The table's satisfaction indicators (isSatisfaction), in order. */
export function satisfactionRows(table: GoalTable): readonly IndicatorRow[] {
  return tableFacts(table).rowsThatAre("satisfaction");
}

/** The table's indicators of the category (categoryOf), in order. */
export function rowsOfCategory(table: GoalTable, category: Category): readonly IndicatorRow[] {
  return tableFacts(table).rowsOfCategory(category);
}

export function isPercentUnit(unit: string): boolean {
  return unit === "%" || unit === "百分比";
}

/** A unit of shares: percent or per mille (`%`, `百分比`, `‰`, `千分比`). */
export function isShareUnit(unit: string): boolean {
  return isPercentUnit(unit) || unit === "‰" || unit === "千分比";
}

/** The target as a person reads it: `≥ 12 个`, `= 100 百分比`. */
export function describeTarget(target: Target): string {
  const parts = [
    target.comparator ?? target.qualitativeMarker ?? "",
    target.number !== null ? numberText(target) : (target.invalidNumber ?? ""),
    target.unit,
  ];
  return tidy(parts.filter((p) => p !== "").join(" "));
}

/**
 * How a message names the indicator: by the name a person knows it by (its third-level name,
 * else its description), or, for a row with neither, by its row number (`unnamedRow`, which
 * words the message by `unnamedWording`).
 */
export function indicatorName(row: IndicatorRow): { name: string } | { unnamedRow: number } {
  const name = tidy(row.level3.text || row.description?.text || "");
  return name ? { name } : { unnamedRow: row.row + 1 };
}

/**
 * A message for a row without a name: the quoted `{name}` becomes the row and its blank
 * role ("第 11 行（三级指标为空）"), so the row number never reads as a name.
 */
export function unnamedWording(template: Bilingual): Bilingual {
  return {
    zh: template.zh.replace("“{name}”", CATALOG["message.unnamedRow"].zh),
    en: template.en.replace('"{name}"', CATALOG["message.unnamedRow"].en),
  };
}

/** True when a row carries any target content in its value cells. */
export function hasTargetContent(row: IndicatorRow): boolean {
  return row.symbol.text !== "" || row.value.text !== "" || row.unit.text !== "";
}

/** The amount in the cell, or null when it is not a number. `48万元` and `1,200` read as numbers. */
export function readAmount(field: Field): number | null {
  const { value } = field;
  if (typeof value === "number") return value;
  if (value === null || typeof value === "boolean" || isCellError(value)) return null;
  const text = toHalfWidth(value)
    .replace(/\s+/g, "")
    .replace(/(万元|元)$/, "");
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ""));
}

export function formatAmount(amount: number): string {
  return String(Math.round(amount * 1e6) / 1e6);
}

/** A field's text in the form free text is compared in. */
export function comparisonKey(field: Field | undefined): string {
  return field ? normalizeForComparison(field.text) : "";
}

/** Whether the basis only repeats the indicator's name or its description (punctuation and spaces aside). */
export function basisRepeats(row: IndicatorRow): "name" | "description" | null {
  const basis = row.basis?.text ?? "";
  // Texts that end in different hinted characters (lastHintedCode) are told apart at once,
  // without comparing them; a basis with such a character is not empty.
  const last = lastHintedCode(basis);
  if (last < 0 && sameForComparison(basis, "")) return null;
  const name = row.level3.text;
  if (lastHintedCode(name) === last && sameForComparison(basis, name)) return "name";
  const description = row.description?.text;
  if (
    description !== undefined &&
    lastHintedCode(description) === last &&
    sameForComparison(basis, description)
  )
    return "description";
  return null;
}

/**
 * Whether the text holds more than `count` characters besides those isSpace tells of:
 * read only as far as it takes to find them.
 */
export function holdsMoreThan(text: string, count: number): boolean {
  if (text.length <= count) return false;
  let held = 0;
  for (let i = 0; i < text.length; i++)
    if (!isSpace(text.charCodeAt(i)) && ++held > count) return true;
  return false;
}

/** Two amounts equal to the 0.01 (万元) they are written in. */
export const closeAmounts = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

/** Whether some of the amounts (at least one) add up to the total: fund lines may nest (其中…). */
export function someAddUpTo(total: number, amounts: number[]): boolean {
  const count = Math.min(amounts.length, 12);
  for (let mask = 1; mask < 1 << count; mask++) {
    let sum = 0;
    for (let i = 0; i < count; i++) if (mask & (1 << i)) sum += amounts[i];
    if (closeAmounts(sum, total)) return true;
  }
  return false;
}

/**
 * Whether a cell of the row says only the indicator's name again, in a cell of its own: a
 * target (霍邱 2022: 巩固拓展脱贫攻坚成果 under that name) or an actual (宜兴 2016). Names under
 * four characters are left out: a word or two (`及时`) may also be what is meant.
 */
export function repeatsName(row: IndicatorRow, cell: Field): boolean {
  const name = withoutListNumber(row.level3.text);
  return name.length >= 4 && !sameCell(cell, row.level3) && sameForComparison(cell.text, name);
}

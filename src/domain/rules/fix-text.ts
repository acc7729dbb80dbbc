/**
 * Texts that fixes write: a cell's content with one part rewritten and the rest as written.
 * Each returns null when the cell is not plain text of the expected shape (no certain fix).
 */
import { Field } from "../model";
import { toHalfWidth } from "../text";
import { Comparator, matchLeadingSymbol, matchTrailingSymbol } from "../values/symbols";

/** The cell's text, trimmed, when it holds text. */
function textOf(field: Field): string | null {
  return typeof field.value === "string" && field.value.trim() !== "" ? field.value.trim() : null;
}

/**
 * The cell with its comparison symbol `from` (leading, as `>=` `＞＝` `不低于`, or trailing
 * after a number, as `95%以上`) written as `to` in front: `>=95%` → `≥95%`, `95%以上` → `≥95%`.
 */
export function withComparator(field: Field, from: Comparator, to: Comparator): string | null {
  const text = textOf(field);
  if (text === null) return null;
  // Half-width folding maps one character to one, so lengths carry over to the text.
  const folded = toHalfWidth(text);
  const lead = matchLeadingSymbol(folded);
  if (lead) return lead.comparator === from ? to + text.slice(lead.length) : null;
  const trail = matchTrailingSymbol(folded);
  if (!trail || trail.comparator !== from || !/^\d/.test(folded)) return null;
  return to + text.slice(0, text.length - trail.length).trimEnd();
}

/** The cell with its unit `百分比` (ending the text) written as `%`. */
export function withPercentSign(field: Field): string | null {
  const text = textOf(field);
  if (text === null || !text.endsWith("百分比") || text.indexOf("百分比") !== text.length - 3)
    return null;
  return `${text.slice(0, -3)}%`;
}

/** The cell without its leading and trailing spaces. */
export function trimmed(field: Field): string | null {
  return textOf(field);
}

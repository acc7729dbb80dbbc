/** Reads a funds amount as written (`30`, `1,200`, `48万元`, `5000元`, `6923.36万元(其中…)`) in 万元. */
import { CellValue, isCellError } from "../snapshot";
import { toHalfWidth } from "../text";

export type AmountUnit = "万元" | "元";

const AMOUNT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/**
 * The amount in 万元, or null when the cell is not an amount. A bare number is in
 * `unit` (the unit the label or its group states, 万元 when none); `元` is converted.
 */
export function readAmountIn(
  value: CellValue,
  text: string,
  unit: AmountUnit = "万元"
): number | null {
  if (typeof value === "number") return unit === "元" ? value / 10000 : value;
  if (value === null || typeof value === "boolean" || isCellError(value)) return null;
  const folded = toHalfWidth(text)
    .replace(/\s+/g, "")
    .replace(/^(总额|合计|金额|共计)[:：]?/, "")
    .replace(/^(人民币|¥|￥)/, "");
  const match = AMOUNT.exec(folded);
  if (!match) return null;
  const amount = Number(match[0].replace(/,/g, ""));
  // What follows the number: its unit, then perhaps a bracketed breakdown.
  const rest = folded.slice(match[0].length).replace(/\(.*$/, "");
  if (rest === "万元" || rest === "万") return amount;
  if (rest === "元") return amount / 10000;
  if (rest === "亿元") return amount * 10000;
  if (rest === "") return unit === "元" ? amount / 10000 : amount;
  return null;
}

/** The unit a label states in brackets (`资金情况(万元)`, `金额（元）`). */
export function amountUnitOf(qualifiers: string[]): AmountUnit | undefined {
  for (const q of qualifiers) {
    if (/^(单位:)?万元$/.test(q)) return "万元";
    if (/^(单位:)?元$/.test(q)) return "元";
  }
  return undefined;
}

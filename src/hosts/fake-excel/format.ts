/** Display text as Excel would show it, for the few number formats the tables use. */
import { CellValue, isCellError } from "../../domain/snapshot";

export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const percent = /^0(?:\.(0+))?%$/.exec(numberFormat);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^0(?:\.(0+))?$/.exec(numberFormat);
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

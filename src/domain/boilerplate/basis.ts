/**
 * Fills 指标值确定依据 from the phrase library, by each indicator's second level: only on
 * rows with a name and a target, so a placeholder row keeps asking to be filled in.
 */
import { CellEdit } from "../edits";
import { GoalTable } from "../model";
import { basisRepeats, categoryOf } from "../rules/helpers";
import { isFinishedIndicator } from "./explanation";
import { PhraseLibrary } from "./phrases";

export interface BasisOptions {
  /** Also replace a basis that only repeats the indicator's name or description (the user's consent). */
  replaceRepeats?: boolean;
}

export function planBasisFill(
  table: GoalTable,
  library: PhraseLibrary,
  options: BasisOptions = {}
): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const row of table.indicators) {
    const basis = row.basis;
    if (!basis || !isFinishedIndicator(row)) continue;
    const empty = basis.text === "";
    const replace = !empty && options.replaceRepeats === true && basisRepeats(row) !== null;
    if (!empty && !replace) continue;
    const phrase = library[categoryOf(table, row) ?? "default"];
    edits.push({
      sheet: table.sheet,
      address: basis.address,
      value: phrase,
      asText: true,
      wrap: true,
      previous: basis.value,
      ...(replace ? { overwrite: true } : {}),
    });
  }
  return edits;
}

/** Fills 指标值确定依据 from the phrase library, by each indicator's second level. */
import { CellEdit } from "../edits";
import { GoalTable } from "../model";
import { basisRepeats, categoryOf } from "../rules/helpers";
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
    if (!basis) continue;
    const empty = basis.text === "";
    const replace = !empty && options.replaceRepeats === true && basisRepeats(row) !== null;
    if (!empty && !replace) continue;
    const phrase = library[categoryOf(table, row) ?? "default"];
    edits.push({
      sheet: table.sheet,
      address: basis.address,
      value: phrase,
      asText: true,
      previous: basis.value,
      ...(replace ? { overwrite: true } : {}),
    });
  }
  return edits;
}

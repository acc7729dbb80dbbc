/**
 * The fixes on findings (ESLint-style): a rule's fix as planned cell edits, and one finding
 * per cell and concern, with fixes that never conflict.
 */
import { CellEdit } from "./edits";
import { Finding, FindingFix, SEVERITIES } from "./findings";
import { FixEdit } from "./rules/rule";
import { CellValue } from "./snapshot";

function isBlank(value: CellValue): boolean {
  return value === null || value === "";
}

/** A rule's fix as cell edits of the sheet; none when it would change nothing. */
export function fixOf(
  sheet: string,
  edits: readonly FixEdit[],
  finding: Finding
): FindingFix | undefined {
  const planned: CellEdit[] = edits
    .filter(({ field, value }) => field.value !== value)
    .map(({ field, value }) => ({
      sheet,
      address: field.address,
      value,
      // Text stays text: `=`, `+`, `-`, `@` or digits never become a formula or a number.
      asText: typeof value === "string",
      previous: field.value,
      // The rule's fix is the replacement the finding asks for: consent to rewrite the cell.
      overwrite: !isBlank(field.value),
    }));
  if (planned.length === 0) return undefined;
  const described = (edit: CellEdit) => `${edit.address} → ${String(edit.value)}`;
  return {
    edits: planned,
    description: {
      zh: finding.suggestion ?? planned.map(described).join("；"),
      en: finding.suggestionEn ?? planned.map(described).join("; "),
    },
  };
}

/**
 * Rules whose finding asks for another symbol in a cell: the symbol-spelling finding on that
 * cell would contradict them (`改为 ≤` beside `改为“≥”`), and their fix writes the canonical
 * symbol anyway, so it is dropped.
 */
export const SYMBOL_DECIDERS = new Set(["cost/target", "indicator/rate-at-least-100"]);
const SPELLING_RULE = "style/symbol-spelling";

export const cellKey = (edit: CellEdit) => `${edit.sheet}!${edit.address}`;

/**
 * One finding per cell and concern, and fixes that never conflict. Precedence: a finding
 * that decides a cell's symbol drops the spelling finding at that cell; then, cell by cell,
 * the fix of the more severe finding (at equal severity, the rule listed first) keeps the
 * cell, and a fix that would write it otherwise is withdrawn (its finding stays; applying
 * the fixes and checking again offers it anew). `findings` are one table's, in rule order.
 */
export function settleFindings(findings: Finding[]): Finding[] {
  // Most tables' findings hold no fix and no spelling finding: nothing to settle.
  if (!findings.some((f) => f.fix || f.ruleId === SPELLING_RULE)) return findings;
  const decided = new Set(
    findings.filter((f) => SYMBOL_DECIDERS.has(f.ruleId)).map((f) => `${f.sheet}!${f.address}`)
  );
  const kept = findings.filter(
    (f) => f.ruleId !== SPELLING_RULE || !decided.has(`${f.sheet}!${f.address}`)
  );
  const claimed = new Map<string, CellEdit["value"]>();
  for (const severity of SEVERITIES) {
    for (const finding of kept) {
      if (finding.severity !== severity || !finding.fix) continue;
      const edits = finding.fix.edits;
      if (edits.some((e) => claimed.has(cellKey(e)) && claimed.get(cellKey(e)) !== e.value)) {
        delete finding.fix;
        continue;
      }
      for (const edit of edits) claimed.set(cellKey(edit), edit.value);
    }
  }
  return kept;
}

/**
 * Fill boilerplate from finished tables only: 指标值确定依据 where empty on rows with a
 * name and a target, and a 绩效目标指标情况说明 per table without errors and with filled
 * indicators (or anyway, when the user asks), on the sheet `情况说明`, laid out to print;
 * a self-evaluation's computed scores (scoring/fill.ts).
 * Planned edits only: nothing non-empty is overwritten unless the user consented
 * (replaceRepeats, replaceScores).
 */
import { checkTables } from "../check";
import { CellEdit, LayoutPlan } from "../edits";
import { Finding } from "../findings";
import { Grid } from "../grid";
import { MessageKey, t } from "../messages/catalog";
import { GoalTable, projectNameOf } from "../model";
import { recognizeGrid } from "../recognize";
import { parseA1, SheetSnapshot } from "../snapshot";
import { ProfileId } from "../vocabulary";
import { planScoreFill, ScoreDifference } from "../scoring/fill";
import { DEFAULT_SCORING, ScoringSettings } from "../scoring/settings";
import { planBasisFill } from "./basis";
import { ExplanationLine, explanationSection, isFinishedIndicator, subjectOf } from "./explanation";
import { PhraseLibrary } from "./phrases";
import { EXPLANATION_SHEET, explanationSheetPlan, laySections } from "./sheet";

export { DEFAULT_PHRASES, PHRASE_KEYS, phraseLibrary } from "./phrases";
export type { PhraseKey, PhraseLibrary } from "./phrases";
export {
  EXPLANATION_TITLE,
  explanationLines,
  explanationSection,
  isFinishedIndicator,
} from "./explanation";
export type { ExplanationLine } from "./explanation";
export { planBasisFill } from "./basis";
export { EXPLANATION_SHEET, EXPLANATION_WIDTH } from "./sheet";

export interface BoilerplateOptions {
  library: PhraseLibrary;
  basis?: boolean;
  explanation?: boolean;
  /** Write the 情况说明 also for tables with errors or without filled indicators. */
  explanationAnyway?: boolean;
  /** Replace a basis that only repeats the indicator (the user agreed). */
  replaceRepeats?: boolean;
  profile?: ProfileId;
  /**
   * Self-evaluations: replace written scores that differ from the computed ones (the user
   * agreed): all, or the cells named (`Sheet!A1`).
   */
  replaceScores?: boolean | ReadonlySet<string>;
  /** How self-evaluations are scored; the defaults when absent. */
  scoring?: ScoringSettings;
}

/** Why a table got no 情况说明, or that it got one although unfinished (asked anyway). */
export interface TableNote {
  sheet: string;
  index: number;
  reason: "errors" | "noIndicators";
  errors: number;
  written: boolean;
  /** The catalogue message and its data, for a host that speaks the user's language. */
  key: MessageKey;
  data: Record<string, string | number>;
  message: string;
  messageEn: string;
}

export interface BoilerplatePlan {
  edits: CellEdit[];
  /** Sheets the host must create before applying the edits. */
  newSheets: string[];
  /** How to lay down each new sheet (its edits are also in `edits`), for hosts that can. */
  layouts: LayoutPlan[];
  tables: GoalTable[];
  /** One per table whose 情况说明 was held back, or written anyway. */
  notes: TableNote[];
  /** Self-evaluations: written values that differ from the computed scores. */
  scoreDifferences: ScoreDifference[];
}

function tableNote(
  table: GoalTable,
  reason: TableNote["reason"],
  errors: number,
  written: boolean
): TableNote {
  const key: MessageKey = written
    ? "fill.anyway"
    : reason === "errors"
      ? "fill.skipErrors"
      : "fill.skipEmpty";
  const data = {
    sheet: table.sheet,
    index: table.index,
    name: projectNameOf(table) || t("cli.unnamed"),
    count: errors,
  };
  return {
    sheet: table.sheet,
    index: table.index,
    reason,
    errors,
    written,
    key,
    data,
    message: t(key, data),
    messageEn: t(key, data, "en"),
  };
}

/**
 * Rows whose target the prose must not quote: a row with an error anywhere, or a warning
 * about its target cells (a word in 单位, a number without its symbol).
 */
function defectiveRows(table: GoalTable, findings: readonly Finding[]): Set<number> {
  const targetRow = new Map<string, number>();
  for (const row of table.indicators)
    for (const cell of [row.symbol, row.value, row.unit]) targetRow.set(cell.address, row.row);
  const rows = new Set<number>();
  for (const finding of findings) {
    const row =
      finding.severity === "error"
        ? parseA1(finding.address)?.row
        : finding.severity === "warning"
          ? targetRow.get(finding.address)
          : undefined;
    if (row !== undefined) rows.add(row);
  }
  return rows;
}

/** The section of one table, its title naming what the table is for (else where it stands). */
function titledSection(table: GoalTable, lines: ExplanationLine[]): ExplanationLine[] {
  const title = (text: string) =>
    projectNameOf(table)
      ? `${subjectOf(table)}${text}`
      : `${text}（${table.sheet} 表 ${table.index}）`;
  return lines.map((line) => (line.kind === "title" ? { ...line, text: title(line.text) } : line));
}

export function planBoilerplate(
  snapshots: readonly SheetSnapshot[],
  options: BoilerplateOptions
): BoilerplatePlan {
  const explanationSnapshot = snapshots.find((s) => s.sheetName === EXPLANATION_SHEET);
  const tables = snapshots
    .filter((snapshot) => snapshot !== explanationSnapshot)
    .flatMap((snapshot) => recognizeGrid(new Grid(snapshot), { profile: options.profile }).tables);
  const results = checkTables(tables, { profile: options.profile });
  const edits: CellEdit[] = [];
  const sections: ExplanationLine[][] = [];
  const notes: TableNote[] = [];
  const scoreDifferences: ScoreDifference[] = [];
  for (const { table, findings } of results) {
    // A self-evaluation gets its scores computed; a 情况说明 is a goal table's.
    if (table.form === "selfEvaluation") {
      const scores = planScoreFill(table, {
        scoring: options.scoring ?? DEFAULT_SCORING,
        replaceScores: options.replaceScores,
      });
      edits.push(...scores.edits);
      scoreDifferences.push(...scores.differences);
      continue;
    }
    const basisEdits =
      options.basis === false
        ? []
        : planBasisFill(table, options.library, { replaceRepeats: options.replaceRepeats });
    edits.push(...basisEdits);
    // A second indicator set shares its header with the table it continues: one section.
    if (options.explanation === false || table.continues !== undefined) continue;
    const errors = findings.filter((f) => f.severity === "error");
    const finished = table.indicators.some(isFinishedIndicator);
    if (errors.length > 0 || !finished) {
      const reason = errors.length > 0 ? "errors" : "noIndicators";
      notes.push(tableNote(table, reason, errors.length, options.explanationAnyway === true));
      if (!options.explanationAnyway) continue;
    }
    const newBasis = new Map(basisEdits.map((edit) => [edit.address, String(edit.value)]));
    sections.push(
      titledSection(
        table,
        explanationSection(table, options.library, {
          newBasis,
          defectiveRows: defectiveRows(table, findings),
        })
      )
    );
  }
  if (sections.length === 0)
    return { edits, newSheets: [], layouts: [], tables, notes, scoreDifferences };
  // On an existing 情况说明 sheet, sections go after whatever it already holds.
  const firstRow = explanationSnapshot
    ? explanationSnapshot.originRow + explanationSnapshot.values.length + 1
    : 0;
  const laid = laySections(sections, firstRow);
  // An existing sheet keeps its looks: the prose is only wrapped there.
  edits.push(...(explanationSnapshot ? laid.edits.map((e) => ({ ...e, wrap: true })) : laid.edits));
  return explanationSnapshot
    ? { edits, newSheets: [], layouts: [], tables, notes, scoreDifferences }
    : {
        edits,
        newSheets: [EXPLANATION_SHEET],
        layouts: [explanationSheetPlan(laid)],
        tables,
        notes,
        scoreDifferences,
      };
}

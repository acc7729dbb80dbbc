/** The shape of a rule module and the context its check receives. */
import { Field, GoalTable } from "../model";
import { Bilingual, RuleMeta } from "../findings";
import { PROFILE_IDS } from "../vocabulary";
import { ScoringSettings } from "../scoring/settings";

export interface Report {
  /** The cell a person must change. */
  address: string;
  messageId: string;
  data?: Record<string, string | number>;
  /** A suggestion template id in the rule's messages, or a literal text in both languages. */
  suggestion?: { messageId: string; data?: Record<string, string | number> } | Bilingual;
  /** A certain fix: cells of the table's sheet and what each should hold (meta `fixable`). */
  fix?: FixEdit[];
}

/** One cell a fix rewrites; the field's value is what the cell holds now. */
export interface FixEdit {
  field: Field;
  value: string | number;
}

export interface RuleContext {
  /** The table as recognized, with only its filled indicator rows (blank placeholders left out). */
  table: GoalTable;
  /** The same table with every row of its grid, placeholder rows included. */
  fullTable: GoalTable;
  /** Every table of the workbook, in reading order (sheets, then rows); `table` is among them. */
  workbook: readonly GoalTable[];
  /** How self-evaluations are scored: the defaults, or the config's `scoring`. */
  scoring: ScoringSettings;
  /**
   * Approved goal tables to hold self-evaluations against (`--goals`), besides the goal
   * tables of the workbook itself. Empty when none were given.
   */
  approvedGoals: readonly GoalTable[];
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export const BOTH_PROFILES = PROFILE_IDS;

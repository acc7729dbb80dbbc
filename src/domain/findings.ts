/** Findings: what the engine reports, one cell each. */
import type { CellEdit } from "./edits";
import { FormKind } from "./model";
import { ProfileId } from "./vocabulary";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A text in both languages; zh-CN is what users read first. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages, for translation. */
  messageId: string;
  severity: Severity;
  sheet: string;
  /** The one cell a person must change, e.g. `G12`. */
  address: string;
  /** Plain Chinese, quoting the content. */
  message: string;
  messageEn: string;
  suggestion?: string;
  suggestionEn?: string;
  /** A change that resolves the finding, offered only where it needs no judgement. */
  fix?: FindingFix;
}

/**
 * Planned cell edits that resolve a finding (ESLint-style). Each edit holds the cell's value
 * when planned (`previous`), so a host never writes over a cell changed since.
 */
export interface FindingFix {
  edits: CellEdit[];
  description: Bilingual;
}

export interface RuleDocs {
  description: Bilingual;
  /** Why a reviewer cares: shown as the finding's why-fix text. */
  why: Bilingual;
}

export interface RuleMeta {
  /** Stable id, `group/name`. */
  id: string;
  severity: Severity;
  docs: RuleDocs;
  profiles: readonly ProfileId[];
  /**
   * The rule judges a table as a whole (its categories, its duplicates), not row by row:
   * it is not run again on a table's further sets of targets.
   */
  wholeTable?: boolean;
  /**
   * The rule reads other tables of the workbook (`context.workbook`): an edit anywhere in
   * the workbook can change its findings on any table, so a re-check after an edit runs it
   * on every table.
   */
  readsWorkbook?: boolean;
  /** The rule offers fixes (planned cell edits) for some of its findings. */
  fixable?: boolean;
  /** The form kinds the rule applies to; every form when absent. */
  forms?: readonly FormKind[];
  /** Message templates by message id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, Bilingual>;
}

/** `\w`: an ASCII letter, digit or `_`. */
function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    code === 0x5f
  );
}

/** The template with each `{key}` of `data` filled in; other braces stay as written. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  let out = "";
  let copied = 0;
  let open = template.indexOf("{");
  while (open !== -1) {
    let end = open + 1;
    while (end < template.length && isWordCode(template.charCodeAt(end))) end++;
    if (end === open + 1 || template.charCodeAt(end) !== 0x7d) {
      open = template.indexOf("{", open + 1);
      continue;
    }
    const key = template.slice(open + 1, end);
    if (key in data) {
      out += template.slice(copied, open) + String(data[key]);
      copied = end + 1;
    }
    open = template.indexOf("{", end + 1);
  }
  return copied === 0 ? template : out + template.slice(copied);
}

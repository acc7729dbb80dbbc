import { GoalTable, IndicatorRow } from "../model";
import { quote } from "../text";
import { HintTable, nameHint, tableFacts } from "../row-facts";
import { comparisonKey } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** An indicator is copied when name, description and basis all match another table's row. */
function fingerprint(row: IndicatorRow): string | undefined {
  const description = comparisonKey(row.description);
  const basis = comparisonKey(row.basis);
  if (description.length + basis.length < 8) return undefined; // too little text to call it a copy
  return [comparisonKey(row.level3), description, basis].join("|");
}

/**
 * The workbook's rows by name, each fingerprint's first row among them, filled table by
 * table in workbook order as far as the check has come. Rows are grouped by the hint of
 * their name (comparisonHint), no text folded: a row alone with its hint has a name of its
 * own and is never a copy; fingerprints are made only for rows whose hints meet, once per
 * row. A row is held by its number in the order rows were added, which says its table: no
 * object per row.
 */
class FirstOccurrences {
  /**
   * By name hint: the number of the one row added with it, or (as its bitwise not, a
   * negative number) the place in `byFingerprint` of each fingerprint's first row.
   */
  private readonly byHint: HintTable;
  private readonly byFingerprint: Array<Map<string, number>> = [];
  /**
   * The rows added, in workbook order: the position of each one's table, its place among
   * that table's rows, and the number of the first row added before it with its
   * fingerprint (NONE: none), in lists made at the size of the workbook's rows (no list
   * grows, and the collector has no row to trace in them).
   */
  private readonly tableOfRow: Int32Array;
  private readonly placeOfRow: Int32Array;
  private readonly firstBefore: Int32Array;
  /** By table position: the number of its first row. */
  private readonly firstRowOf: Int32Array;
  private added = 0;
  private readonly position = new Map<GoalTable, number>();
  private filled = 0;

  constructor(private readonly workbook: readonly GoalTable[]) {
    let rows = 0;
    workbook.forEach((table, index) => {
      this.position.set(table, index);
      rows += table.indicators.length;
    });
    this.byHint = new HintTable(rows);
    this.tableOfRow = new Int32Array(rows);
    this.placeOfRow = new Int32Array(rows);
    this.firstBefore = new Int32Array(rows);
    this.firstRowOf = new Int32Array(workbook.length);
  }

  /** The row added as number `added`. */
  private rowAt(added: number): IndicatorRow {
    return this.workbook[this.tableOfRow[added]].indicators[this.placeOfRow[added]];
  }

  positionOf(table: GoalTable): number | undefined {
    return this.position.get(table);
  }

  /**
   * Adds the rows of the tables up to `position`, those not added yet: the table at
   * `position` is the one being checked, whose facts hold its rows' name hints.
   */
  fillUpTo(position: number): void {
    for (; this.filled <= position; this.filled++) {
      const table = this.workbook[this.filled];
      const rows = table.indicators;
      const hints = this.filled === position ? tableFacts(table).nameHints : undefined;
      this.firstRowOf[this.filled] = this.added;
      for (let i = 0; i < rows.length; i++) {
        this.tableOfRow[this.added] = this.filled;
        this.placeOfRow[this.added] = i;
        this.firstBefore[this.added] = this.add(this.added++, hints ? hints[i] : nameHint(rows[i]));
      }
    }
  }

  /** Adds the row; the number of the first row added before it with its fingerprint, or NONE. */
  private add(added: number, hint: number): number {
    const held = this.byHint.getOrSet(hint, added);
    if (held === undefined) return NONE;
    if (held < 0) return this.addFirst(this.byFingerprint[~held], added);
    const byFingerprint = new Map<string, number>();
    this.addFirst(byFingerprint, held);
    this.byHint.set(hint, ~this.byFingerprint.length);
    this.byFingerprint.push(byFingerprint);
    return this.addFirst(byFingerprint, added);
  }

  /** Holds the row as its fingerprint's first unless a row before it is; that one, or NONE. */
  private addFirst(byFingerprint: Map<string, number>, added: number): number {
    const key = fingerprint(this.rowAt(added));
    if (key === undefined) return NONE;
    const first = byFingerprint.get(key);
    if (first !== undefined) return first;
    byFingerprint.set(key, added);
    return NONE;
  }

  /**
   * The first row added with the fingerprint of the row at `place` in the table at
   * `position` (added already), and the position of its table.
   */
  firstOf(position: number, place: number): { row: IndicatorRow; position: number } | undefined {
    const first = this.firstBefore[this.firstRowOf[position] + place];
    return first === NONE
      ? undefined
      : { row: this.rowAt(first), position: this.tableOfRow[first] };
  }
}

/** No row: rows are numbered from 0. */
const NONE = -1;

/** Each workbook's first occurrences: the rule runs once per table of the same workbook. */
const occurrencesByWorkbook = new WeakMap<readonly GoalTable[], FirstOccurrences>();

function firstOccurrences(workbook: readonly GoalTable[]): FirstOccurrences {
  let found = occurrencesByWorkbook.get(workbook);
  if (!found) occurrencesByWorkbook.set(workbook, (found = new FirstOccurrences(workbook)));
  return found;
}

const rule: Rule = {
  meta: {
    id: "workbook/copied-indicator",
    severity: "warning",
    readsWorkbook: true,
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "指标与工作簿中另一张表的指标逐字相同（名称、描述和依据）",
        en: "An indicator is copied verbatim (name, description, basis) from another table in the workbook",
      },
      why: {
        zh: "照抄其他项目的指标往往带着别的项目的内容，审核人会要求按本项目重写。",
        en: "Copied indicators carry another project's content; reviewers ask for them to be rewritten for this project.",
      },
    },
    messages: {
      copied: {
        zh: "指标照抄：“{name}”与“{other}”表（{sheet}!{address}）逐字相同",
        en: '"{name}" is copied verbatim from table "{other}" ({sheet}!{address})',
      },
      suggestRewrite: {
        zh: "按本项目的实际内容重写指标描述和依据",
        en: "rewrite the description and basis for this project",
      },
    },
  },
  check({ table, workbook, report }) {
    const first = firstOccurrences(workbook);
    const position = first.positionOf(table);
    if (position === undefined) return;
    // The tables before this one, and this one while its rows are at hand.
    first.fillUpTo(position);
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const source = first.firstOf(position, i);
      if (!source || source.position >= position) continue;
      const row = rows[i];
      const other = workbook[source.position];
      report({
        address: (row.description ?? row.level3).address,
        messageId: "copied",
        data: {
          name: quote(row.level3.text),
          other: quote(other.header.projectName?.value.text || other.rangeA1),
          sheet: other.sheet,
          address: source.row.level3.address,
        },
        suggestion: { messageId: "suggestRewrite" },
      });
    }
  },
};
export default rule;

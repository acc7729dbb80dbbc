import { GoalTable, IndicatorRow } from "../model";
import { quote } from "../text";
import { comparisonHint, factsOf } from "../row-facts";
import { comparisonKey } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** An indicator is copied when name, description and basis all match another table's row. */
function fingerprint(row: IndicatorRow): string | undefined {
  const description = comparisonKey(row.description);
  const basis = comparisonKey(row.basis);
  if (description.length + basis.length < 8) return undefined; // too little text to call it a copy
  return [comparisonKey(row.level3), description, basis].join("|");
}

interface Occurrence {
  row: IndicatorRow;
  name: string;
  sheet: string;
  position: number;
}

/**
 * The workbook's rows by name, each fingerprint's first row among them, filled table by
 * table in workbook order as far as the check has come. Rows are grouped by the hint of
 * their name (comparisonHint), no text folded: a row alone with its hint has a name of its
 * own and is never a copy; fingerprints are made only for rows whose hints meet.
 */
class FirstOccurrences {
  /** By name hint: the one row seen with it, or each fingerprint's first row. */
  private readonly byHint = new Map<number, Occurrence | Map<string, Occurrence>>();
  private readonly position = new Map<GoalTable, number>();
  private filled = 0;

  constructor(private readonly workbook: readonly GoalTable[]) {
    workbook.forEach((table, index) => this.position.set(table, index));
  }

  positionOf(table: GoalTable): number | undefined {
    return this.position.get(table);
  }

  /**
   * Adds the rows of the tables up to `position`, those not added yet: the table at
   * `position` is the one being checked, whose rows' facts hold their name hints.
   */
  fillUpTo(position: number): void {
    for (; this.filled <= position; this.filled++) {
      const table = this.workbook[this.filled];
      const name = table.header.projectName?.value.text || table.rangeA1;
      for (const row of table.indicators) {
        const hint =
          this.filled === position ? factsOf(row).nameHint : comparisonHint(row.level3.text);
        this.add({ row, name, sheet: table.sheet, position: this.filled }, hint);
      }
    }
  }

  private add(occurrence: Occurrence, hint: number): void {
    const held = this.byHint.get(hint);
    if (held === undefined) this.byHint.set(hint, occurrence);
    else if (held instanceof Map) addFirst(held, occurrence);
    else {
      const byFingerprint = new Map<string, Occurrence>();
      addFirst(byFingerprint, held);
      addFirst(byFingerprint, occurrence);
      this.byHint.set(hint, byFingerprint);
    }
  }

  /** The first row added with the fingerprint of a row of the table being checked. */
  firstOf(row: IndicatorRow): Occurrence | undefined {
    const held = this.byHint.get(factsOf(row).nameHint);
    if (held === undefined || (!(held instanceof Map) && held.row === row)) return undefined;
    const key = fingerprint(row);
    if (key === undefined) return undefined;
    if (held instanceof Map) return held.get(key);
    return fingerprint(held.row) === key ? held : undefined;
  }
}

function addFirst(byFingerprint: Map<string, Occurrence>, occurrence: Occurrence): void {
  const key = fingerprint(occurrence.row);
  if (key !== undefined && !byFingerprint.has(key)) byFingerprint.set(key, occurrence);
}

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
    for (const row of table.indicators) {
      const source = first.firstOf(row);
      if (!source || source.position >= position) continue;
      report({
        address: (row.description ?? row.level3).address,
        messageId: "copied",
        data: {
          name: quote(row.level3.text),
          other: quote(source.name),
          sheet: source.sheet,
          address: source.row.level3.address,
        },
        suggestion: { messageId: "suggestRewrite" },
      });
    }
  },
};
export default rule;

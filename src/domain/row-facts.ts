/**
 * What the rules ask of an indicator row again and again (what its levels name, its name
 * as free text is compared), worked out once per row while its table is checked and shared
 * by every rule. The facts are dropped with the table's check, so a result never carries them.
 */
import { IndicatorRow } from "./model";
import { normalizeForComparison } from "./text";
import { LevelNames, levelNamesOf } from "./vocabulary";

export class RowFacts {
  private level1Names: LevelNames | undefined = undefined;
  private level2Names: LevelNames | undefined = undefined;
  private nameComparisonKey: string | undefined = undefined;

  constructor(private readonly row: IndicatorRow) {}

  /** What the 一级指标 names, in every profile. */
  get level1(): LevelNames {
    return (this.level1Names ??= levelNamesOf(this.row.level1.text));
  }

  /** What the 二级指标 names, in every profile. */
  get level2(): LevelNames {
    return (this.level2Names ??= levelNamesOf(this.row.level2.text));
  }

  /** The third-level name in the form free text is compared in (normalizeForComparison). */
  get nameKey(): string {
    return (this.nameComparisonKey ??= normalizeForComparison(this.row.level3.text));
  }
}

/** The facts of the rows of the table being checked: kept while its rules run, then dropped. */
let factsByRow: Map<IndicatorRow, RowFacts> | undefined;

/** Runs the rules of one table with its rows' facts shared among them, and drops the facts after. */
export function withRowFacts<T>(run: () => T): T {
  const outer = factsByRow;
  factsByRow = new Map();
  try {
    return run();
  } finally {
    factsByRow = outer;
  }
}

/** The row's facts: made on first asking while a table is checked, fresh each time otherwise. */
export function factsOf(row: IndicatorRow): RowFacts {
  const held = factsByRow?.get(row);
  if (held) return held;
  const facts = new RowFacts(row);
  factsByRow?.set(row, facts);
  return facts;
}

/**
 * What the rules ask of an indicator row again and again (what its levels name, its name
 * as free text is compared), worked out once per row and kept on the row. Rows are never
 * changed once read, so the facts hold as long as the row does, and go with it.
 */
import { IndicatorRow } from "./model";
import { comparisonForm } from "./text";
import { LevelNames, levelNamesOf } from "./vocabulary";

const FACTS = Symbol("row facts");

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

  /** The third-level name in the form free text is compared in (comparisonForm). */
  get nameKey(): string {
    return (this.nameComparisonKey ??= comparisonForm(this.row.level3.text));
  }
}

type WithFacts = IndicatorRow & { [FACTS]?: RowFacts };

/** The row's facts, made on first asking; not enumerable, so no copy or output of the row shows them. */
export function factsOf(row: IndicatorRow): RowFacts {
  const held = (row as WithFacts)[FACTS];
  if (held) return held;
  const facts = new RowFacts(row);
  Object.defineProperty(row, FACTS, { value: facts });
  return facts;
}

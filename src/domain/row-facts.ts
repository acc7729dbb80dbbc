/**
 * What the rules ask of an indicator row again and again (what its levels name, what kind of
 * indicator it is, a hint of its name as free text is compared), worked out once per row
 * while its table is checked and shared by every rule, and the table's rows sorted by kind.
 * The facts are dropped with the table's check, so a result never carries them.
 */
import { GoalTable, IndicatorRow } from "./model";
import { sameForComparison } from "./text";
import { Category, FirstLevel, LevelNames, levelNamesOf, ProfileId } from "./vocabulary";

/** What a row is in one profile: the kind of its first level and the category of its second. */
export interface RowKind {
  profile: ProfileId;
  /** The profile's first level the 一级指标 names, if any. */
  first: LevelNames["first"][ProfileId];
  /** The profile's second level the 二级指标 names (and the first level it belongs to), if any. */
  second: LevelNames["second"][ProfileId];
  firstLevel: FirstLevel | undefined;
  category: Category | undefined;
  /** A satisfaction indicator, by its first level or its second. */
  satisfaction: boolean;
  /** A cost indicator: its first level is the cost level, or its second a cost category. */
  cost: boolean;
}

export class RowFacts {
  private level1Names: LevelNames | undefined = undefined;
  private level2Names: LevelNames | undefined = undefined;
  private nameComparisonHint: number | undefined = undefined;
  /** The kind in the profile last asked (a table's rows are all asked in its profile). */
  private kind: RowKind | undefined = undefined;

  constructor(private readonly row: IndicatorRow) {}

  /** What the 一级指标 names, in every profile. */
  get level1(): LevelNames {
    return (this.level1Names ??= levelNamesOf(this.row.level1.text));
  }

  /** What the 二级指标 names, in every profile. */
  get level2(): LevelNames {
    return (this.level2Names ??= levelNamesOf(this.row.level2.text));
  }

  /**
   * What the row is in the profile: asked by most rules, worked out once. Rows whose levels
   * name the same share one kind (a table repeats a few level names over all its rows).
   */
  kindIn(profile: ProfileId): RowKind {
    const held = this.kind;
    if (held !== undefined && held.profile === profile) return held;
    const level1 = this.level1;
    const level2 = this.level2;
    const byLevel2 = KINDS.get(level1);
    const shared = byLevel2?.get(level2);
    if (shared !== undefined && shared.profile === profile) return (this.kind = shared);
    const kind = kindOf(profile, level1, level2);
    if (byLevel2) byLevel2.set(level2, kind);
    else KINDS.set(level1, new WeakMap([[level2, kind]]));
    return (this.kind = kind);
  }

  /** The third-level name's comparisonHint: rows whose hints differ have different names. */
  get nameHint(): number {
    return (this.nameComparisonHint ??= comparisonHint(this.row.level3.text));
  }
}

/**
 * Rows' kinds by what their first and second levels name (the answers of levelNamesOf, shared
 * by the texts of a check), each kept in the profile last asked. Weak on both levels: the
 * answers of one check go with its caches, and the shared NOT_A_LEVEL answer holds none of
 * them.
 */
const KINDS = new WeakMap<LevelNames, WeakMap<LevelNames, RowKind>>();

function kindOf(profile: ProfileId, level1: LevelNames, level2: LevelNames): RowKind {
  const first = level1.first[profile];
  const second = level2.second[profile];
  const firstLevel = first?.kind;
  const category = second?.entry.category;
  return {
    profile,
    first,
    second,
    firstLevel,
    category,
    satisfaction: firstLevel === "satisfaction" || category === "satisfaction",
    cost: firstLevel === "cost" || category === "cost" || (category?.endsWith("-cost") ?? false),
  };
}

/** A CJK ideograph: never changed or left out when free text is compared. */
const isIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * A number that two texts share whenever they read the same as free text (sameForComparison),
 * worked out without making a string: texts with different hints differ, and only texts with
 * equal hints need comparing. It hashes the ideographs and digits, the characters comparing
 * keeps as they are (full-width digits as their ASCII twins) whatever else it folds or drops.
 */
export function comparisonHint(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) code -= 0xfee0;
    else if (!isIdeograph(code) && (code < 0x30 || code > 0x39)) continue;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  // A small integer, which a Map keys without boxing it.
  return hash & 0x3fffffff;
}

/**
 * Whether two texts may read the same as free text: false when the last characters their
 * comparisonHints hash differ, found from the end in a step or two, no text folded.
 */
export function mayReadSame(a: string, b: string): boolean {
  return lastHintedCode(a) === lastHintedCode(b);
}

/** The last character comparisonHint hashes (full-width digits as ASCII), or -1. */
function lastHintedCode(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0;
    if (isIdeograph(code) || (code >= 0x30 && code <= 0x39)) return code;
  }
  return -1;
}

/** Whether two rows' third-level names read the same as free text. */
export function sameName(a: IndicatorRow, b: IndicatorRow): boolean {
  return sameForComparison(a.level3.text, b.level3.text);
}

/**
 * The first row of each third-level name, names compared as free text: rows are told apart
 * by their name hints first, and only rows whose hints meet have their names compared.
 */
export class FirstRowByName {
  /** By hint: the first row of the one name seen with it, or of each such name. */
  private readonly byHint = new Map<number, IndicatorRow | IndicatorRow[]>();

  /** The first row added with the same name as `row`; undefined when `row` is its name's first. */
  firstOrAdd(row: IndicatorRow, hint = factsOf(row).nameHint): IndicatorRow | undefined {
    const held = this.byHint.get(hint);
    if (held === undefined) {
      this.byHint.set(hint, row);
      return undefined;
    }
    if (!Array.isArray(held)) {
      if (sameName(held, row)) return held;
      this.byHint.set(hint, [held, row]);
      return undefined;
    }
    const first = held.find((other) => sameName(other, row));
    if (first === undefined) held.push(row);
    return first;
  }
}

/**
 * A table's rows by what they are in its profile, sorted once for the rules that look only
 * at some kinds of rows (cost, satisfaction, one category): they skip the others unasked.
 */
export interface RowsByKind {
  cost: IndicatorRow[];
  satisfaction: IndicatorRow[];
  byCategory: Partial<Record<Category, IndicatorRow[]>>;
}

/** What is worked out while one table's rules run: its rows' facts, its rows by kind. */
interface Scope {
  factsByRow: Map<IndicatorRow, RowFacts>;
  /** By table: the table checked and its further sets of targets, each seen as a table. */
  rowsByTable: Map<GoalTable, RowsByKind>;
}

let scope: Scope | undefined;

/** Runs the rules of one table with its rows' facts shared among them, and drops the facts after. */
export function withRowFacts<T>(run: () => T): T {
  const outer = scope;
  scope = { factsByRow: new Map(), rowsByTable: new Map() };
  try {
    return run();
  } finally {
    scope = outer;
  }
}

/** The row's facts: made on first asking while a table is checked, fresh each time otherwise. */
export function factsOf(row: IndicatorRow): RowFacts {
  const held = scope?.factsByRow.get(row);
  if (held) return held;
  const facts = new RowFacts(row);
  scope?.factsByRow.set(row, facts);
  return facts;
}

/** The table's rows by kind, in order: sorted on first asking while the table is checked. */
export function rowsByKind(table: GoalTable): RowsByKind {
  const held = scope?.rowsByTable.get(table);
  if (held) return held;
  // Two passes, so that each list is made at its size: a table has a handful of rows of
  // each kind, and a list grown by push would hold room for many more.
  const rows = table.indicators;
  const kinds = kindsScratch;
  kinds.length = rows.length;
  let costs = 0;
  let satisfactions = 0;
  for (let i = 0; i < rows.length; i++) {
    const kind = (kinds[i] = factsOf(rows[i]).kindIn(table.profile));
    if (kind.cost) costs++;
    if (kind.satisfaction) satisfactions++;
  }
  const sorted: RowsByKind = {
    cost: new Array<IndicatorRow>(costs),
    satisfaction: new Array<IndicatorRow>(satisfactions),
    byCategory: {},
  };
  costs = 0;
  satisfactions = 0;
  for (let i = 0; i < rows.length; i++) {
    const kind = kinds[i];
    if (kind.cost) sorted.cost[costs++] = rows[i];
    if (kind.satisfaction) sorted.satisfaction[satisfactions++] = rows[i];
    const category = kind.category;
    if (category && !sorted.byCategory[category])
      sorted.byCategory[category] = rowsOfCategory(rows, kinds, i, category);
  }
  kinds.length = 0;
  scope?.rowsByTable.set(table, sorted);
  return sorted;
}

/** The kinds of a table's rows while rowsByKind sorts them: one list for every table. */
const kindsScratch: RowKind[] = [];

/** The rows from `first` on whose kind is of the category, `first` being the first such row. */
function rowsOfCategory(
  rows: readonly IndicatorRow[],
  kinds: readonly RowKind[],
  first: number,
  category: Category
): IndicatorRow[] {
  let count = 0;
  for (let i = first; i < rows.length; i++) if (kinds[i].category === category) count++;
  const found = new Array<IndicatorRow>(count);
  count = 0;
  for (let i = first; i < rows.length; i++)
    if (kinds[i].category === category) found[count++] = rows[i];
  return found;
}

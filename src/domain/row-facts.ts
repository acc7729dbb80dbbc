/**
 * What the rules ask of a table's indicator rows again and again (what kind of indicator each
 * is, a hint of its name as free text is compared), worked out once per table while it is
 * checked and shared by every rule. The facts are dropped with the table's check, so a
 * result never carries them.
 */
import { GoalTable, IndicatorRow } from "./model";
import { sameForComparison, withoutListNumber } from "./text";
import {
  Category,
  FirstLevel,
  LevelNames,
  levelNamesOf,
  NOT_A_LEVEL,
  ProfileId,
} from "./vocabulary";

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

const NO_ROWS: readonly IndicatorRow[] = Object.freeze([]);

/** Rows few enough for their names to be compared pairwise. */
export const FEW_ROWS = 16;

/**
 * What the rules ask of one table's rows, each fact worked out once for all its rows, on
 * first asking, and kept by the row's position in the table: no object or map entry per row.
 */
export class TableFacts {
  private kindList: RowKind[] | undefined = undefined;
  private hintList: number[] | undefined = undefined;
  /** In a long table: each row's first row of the same name (firstSameNameBefore). */
  private firstOfName: Array<IndicatorRow | undefined> | undefined = undefined;
  /** Just past the row last asked about: rules read a table's rows in order. */
  private next = 0;

  constructor(readonly table: GoalTable) {}

  /** What each row is in the table's profile, by position. */
  get kinds(): readonly RowKind[] {
    return (this.kindList ??= kindsOfRows(this.table));
  }

  /** Each row's third-level name's comparisonHint, by position. */
  get nameHints(): readonly number[] {
    if (this.hintList) return this.hintList;
    const rows = this.table.indicators;
    const hints = new Array<number>(rows.length);
    for (let i = 0; i < rows.length; i++) hints[i] = nameHint(rows[i]);
    return (this.hintList = hints);
  }

  /**
   * The first row before the one at `position` whose third-level name reads the same as its
   * name. A table of a handful of rows compares their name hints pairwise, with no map; a
   * longer one groups all its rows by hint once (FirstRowByName).
   */
  firstSameNameBefore(position: number): IndicatorRow | undefined {
    const rows = this.table.indicators;
    const hints = this.nameHints;
    if (rows.length > FEW_ROWS) {
      if (!this.firstOfName) {
        const firstRows = new FirstRowByName();
        this.firstOfName = rows.map((row, i) => firstRows.firstOrAdd(row, hints[i]));
      }
      return this.firstOfName[position];
    }
    const hint = hints[position];
    for (let i = 0; i < position; i++)
      if (hints[i] === hint && sameName(rows[i], rows[position])) return rows[i];
    return undefined;
  }

  /**
   * Whether the row at `position` is scored against a standard rather than held to a target:
   * every row of a scoring table (layout `none`), and the evaluation framework's 决策 and 过程.
   */
  scoredByStandard(position: number): boolean {
    return this.table.layout === "none" || this.kinds[position].first?.scoredByStandard === true;
  }

  /** The rows that are cost indicators, or satisfaction ones, in order. */
  rowsThatAre(flag: "cost" | "satisfaction"): readonly IndicatorRow[] {
    const rows = this.table.indicators;
    const kinds = this.kinds;
    let found: IndicatorRow[] | undefined;
    for (let i = 0; i < rows.length; i++) if (kinds[i][flag]) (found ??= []).push(rows[i]);
    return found ?? NO_ROWS;
  }

  /** The rows of the category, in order (none: a shared empty list). */
  rowsOfCategory(category: Category): readonly IndicatorRow[] {
    const rows = this.table.indicators;
    const kinds = this.kinds;
    let found: IndicatorRow[] | undefined;
    for (let i = 0; i < rows.length; i++)
      if (kinds[i].category === category) (found ??= []).push(rows[i]);
    return found ?? NO_ROWS;
  }

  /** What the row is in the table's profile: one of the table's rows, or any row asked alone. */
  kindOf(row: IndicatorRow): RowKind {
    const rows = this.table.indicators;
    // The row after the one last asked, most of the time; else it is looked for.
    const at = rows[this.next] === row ? this.next : rows.indexOf(row);
    if (at < 0) return kindOfRow(this.table.profile, row);
    this.next = at + 1;
    return this.kinds[at];
  }
}

/**
 * The kinds of a table's rows. A row under the same level texts as the row before it (a
 * merged level cell, or the same name written again) has its kind, and a level text the row
 * before had is not read again: most rows share their first level with the row before.
 */
function kindsOfRows(table: GoalTable): RowKind[] {
  const rows = table.indicators;
  const kinds = new Array<RowKind>(rows.length);
  let level1Text: string | undefined;
  let level2Text: string | undefined;
  // Replaced at the first row, whose texts no row before had.
  let level1 = NOT_A_LEVEL;
  let level2 = NOT_A_LEVEL;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const text1 = row.level1.text;
    const text2 = row.level2.text;
    if (text1 === level1Text && text2 === level2Text) {
      kinds[i] = kinds[i - 1];
      continue;
    }
    if (text1 !== level1Text) level1 = levelNamesOf((level1Text = text1));
    if (text2 !== level2Text) level2 = levelNamesOf((level2Text = text2));
    kinds[i] = sharedKind(table.profile, level1, level2);
  }
  return kinds;
}

/** What a row is in the profile, its level texts read alone. */
function kindOfRow(profile: ProfileId, row: IndicatorRow): RowKind {
  return sharedKind(profile, levelNamesOf(row.level1.text), levelNamesOf(row.level2.text));
}

/**
 * The kind of rows whose levels name these in the profile: rows whose levels name the same
 * share one kind (a table repeats a few level names over all its rows, a workbook over all
 * its tables).
 */
function sharedKind(profile: ProfileId, level1: LevelNames, level2: LevelNames): RowKind {
  const byLevel2 = KINDS.get(level1);
  const shared = byLevel2?.get(level2);
  if (shared !== undefined && shared.profile === profile) return shared;
  const kind = newKind(profile, level1, level2);
  if (byLevel2) byLevel2.set(level2, kind);
  else KINDS.set(level1, new WeakMap([[level2, kind]]));
  return kind;
}

/**
 * Rows' kinds by what their first and second levels name (the answers of levelNamesOf, shared
 * by the texts of a check), each kept in the profile last asked. Weak on both levels: the
 * answers of one check go with its caches, and the shared NOT_A_LEVEL answer holds none of
 * them.
 */
const KINDS = new WeakMap<LevelNames, WeakMap<LevelNames, RowKind>>();

function newKind(profile: ProfileId, level1: LevelNames, level2: LevelNames): RowKind {
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

/**
 * CJK ideographs (U+4E00–U+9FFF): never changed or left out when free text is compared.
 * Tested in the loops below as written, not by a call per character.
 */
const FIRST_IDEOGRAPH = 0x4e00;
const LAST_IDEOGRAPH = 0x9fff;

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
    else if ((code < FIRST_IDEOGRAPH || code > LAST_IDEOGRAPH) && (code < 0x30 || code > 0x39))
      continue;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  // A small integer, which a Map keys without boxing it.
  return hash & 0x3fffffff;
}

/**
 * The hint of a text with no character comparisonHint hashes: a text whose hint differs has
 * some, and never compares as empty (blank, or only spaces and punctuation).
 */
export const HINT_OF_NOTHING = comparisonHint("");

/**
 * The last character comparisonHint hashes (full-width digits as ASCII), or -1: texts whose
 * last ones differ never read the same (told from the end in a step or two, no text folded),
 * and a text with one never compares as empty.
 */
export function lastHintedCode(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19) return code - 0xfee0;
    if ((code >= FIRST_IDEOGRAPH && code <= LAST_IDEOGRAPH) || (code >= 0x30 && code <= 0x39))
      return code;
  }
  return -1;
}

/** Whether two rows' third-level names read the same as free text. */
export function sameName(a: IndicatorRow, b: IndicatorRow): boolean {
  return sameForComparison(withoutListNumber(a.level3.text), withoutListNumber(b.level3.text));
}

/**
 * The comparisonHint of a row's third-level name, without the list's number in front of it
 * (`1.培训人数` and `3.培训人数` name one indicator).
 */
export function nameHint(row: IndicatorRow): number {
  return comparisonHint(withoutListNumber(row.level3.text));
}

/**
 * Whole numbers by name hint (comparisonHint: from 0 to 2^30), kept in two typed arrays:
 * a workbook's thousands of rows are indexed by hint with no map entry per row. Hints are
 * hashes already, so their low bits place them; a taken place passes to the next.
 */
export class HintTable {
  private hints: Int32Array;
  private values: Int32Array;
  private size = 0;

  /** Made for about `expected` hints (a workbook's rows), so that it seldom has to grow. */
  constructor(expected = 32) {
    let places = 64;
    while (places < expected * 2) places *= 2;
    this.hints = new Int32Array(places).fill(EMPTY);
    this.values = new Int32Array(places);
  }

  /** The number held for the hint, or undefined. */
  get(hint: number): number | undefined {
    const mask = this.hints.length - 1;
    for (let at = hint & mask; ; at = (at + 1) & mask) {
      const held = this.hints[at];
      if (held === hint) return this.values[at];
      if (held === EMPTY) return undefined;
    }
  }

  /**
   * The number held for the hint, or undefined after holding `value` for it: a first hint
   * is told and held in one look.
   */
  getOrSet(hint: number, value: number): number | undefined {
    const mask = this.hints.length - 1;
    let at = hint & mask;
    for (let held = this.hints[at]; held !== EMPTY; held = this.hints[at]) {
      if (held === hint) return this.values[at];
      at = (at + 1) & mask;
    }
    this.hints[at] = hint;
    this.values[at] = value;
    if (++this.size * 2 > this.hints.length) this.grow();
    return undefined;
  }

  /** Holds `value` (a 32-bit integer) for the hint, in place of any number held before. */
  set(hint: number, value: number): void {
    const mask = this.hints.length - 1;
    let at = hint & mask;
    while (this.hints[at] !== hint && this.hints[at] !== EMPTY) at = (at + 1) & mask;
    this.values[at] = value;
    if (this.hints[at] === hint) return;
    this.hints[at] = hint;
    // At most half the places taken: a hint not held is told in a step or two.
    if (++this.size * 2 > this.hints.length) this.grow();
  }

  private grow(): void {
    const { hints, values } = this;
    this.hints = new Int32Array(hints.length * 2).fill(EMPTY);
    this.values = new Int32Array(hints.length * 2);
    this.size = 0;
    for (let i = 0; i < hints.length; i++) if (hints[i] !== EMPTY) this.set(hints[i], values[i]);
  }
}

/** A free place of a HintTable: no hint is negative. */
const EMPTY = -1;

/**
 * The first row of each third-level name, names compared as free text: rows are told apart
 * by their name hints first, and only rows whose hints meet have their names compared.
 */
export class FirstRowByName {
  /** By hint: the first row of the one name seen with it, or of each such name. */
  private readonly byHint = new Map<number, IndicatorRow | IndicatorRow[]>();

  /** The first row added with the same name as `row`; undefined when `row` is its name's first. */
  firstOrAdd(row: IndicatorRow, hint = nameHint(row)): IndicatorRow | undefined {
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
 * The facts of the tables whose rules run now: the table checked and its further sets of
 * targets, each seen as a table (a handful, looked through).
 */
let scope: TableFacts[] | undefined;

/** Runs the rules of one table with its rows' facts shared among them, and drops the facts after. */
export function withRowFacts<T>(run: () => T): T {
  const outer = scope;
  scope = [];
  try {
    return run();
  } finally {
    scope = outer;
  }
}

/** The table's facts: made on first asking while a table is checked, fresh each time otherwise. */
export function tableFacts(table: GoalTable): TableFacts {
  if (scope === undefined) return new TableFacts(table);
  for (let i = 0; i < scope.length; i++) if (scope[i].table === table) return scope[i];
  const facts = new TableFacts(table);
  scope.push(facts);
  return facts;
}

/** What the row of the table is in its profile (outside a table's check, worked out alone). */
export function kindOfRowIn(table: GoalTable, row: IndicatorRow): RowKind {
  return scope === undefined ? kindOfRow(table.profile, row) : tableFacts(table).kindOf(row);
}

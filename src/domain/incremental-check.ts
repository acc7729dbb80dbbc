/**
 * The re-check after an edit (边改边查): only the tables an edit can touch are recognized and
 * checked again, the workbook-level rules (`readsWorkbook`) run on every table, and the
 * rest of the previous result is kept. The result equals a full `checkWorkbook` of the new
 * snapshots; where that cannot be shown cheaply, the edited sheet is read again whole.
 */
import {
  checkTablesAmong,
  CheckOptions,
  compareFindings,
  cutNote,
  SheetResult,
  TableResult,
  unreadableNote,
  WorkbookResult,
} from "./check";
import { Finding, Severity } from "./findings";
import { GoalTable } from "./model";
import { mergesLeftOut } from "./grid";
import { recognizeSheet } from "./recognize";
import { RULES } from "./rules";
import { Rule } from "./rules/rule";
import { CellRange, SheetSnapshot } from "./snapshot";
import { withTextCaches } from "./text";

/** One sheet as the previous result read it and as it is now. */
export interface SheetChange {
  before: SheetSnapshot;
  after: SheetSnapshot;
}

export interface Recheck {
  result: WorkbookResult;
  /** Tables recognized again and checked by every rule (the others kept their findings). */
  recheckedTables: number;
  /** Sheets that had to be read again whole. */
  wholeSheets: string[];
}

/** Rows above the first row looked at that a header still reads (a label over a blank cell). */
const CONTEXT_ABOVE = 4;
/** Rows under an indicator header that decide its layout (`SAMPLE_ROWS` of the recognizer). */
const ROWS_SAMPLED_BELOW = 12;
/** More changed rows than this and the sheet is read again whole: a sort, a paste, a fill. */
const MOST_CHANGED_ROWS = 200;

const UNREADABLE_RULE = "recognize/unreadable-header";

/**
 * Checks the workbook again after `changes`, from `previous`, the result of the `before`
 * snapshots with the same options. Sheets not named in `changes` are unchanged.
 */
export function recheckWorkbook(
  previous: WorkbookResult,
  changes: readonly SheetChange[],
  options: CheckOptions = {}
): Recheck {
  return withTextCaches(() => recheck(previous, changes, options));
}

interface SheetReading {
  sheet: string;
  tables: GoalTable[];
  notes: Finding[];
  /** The previous result of each table kept as it was (a renumbered table maps to its old one). */
  kept: Map<GoalTable, TableResult>;
}

function recheck(
  previous: WorkbookResult,
  changes: readonly SheetChange[],
  options: CheckOptions
): Recheck {
  const profile = options.profile ?? options.config?.profile;
  const wholeSheets: string[] = [];
  const readings: SheetReading[] = previous.sheets.map((sheet) => keptAsWas(sheet));
  for (const change of changes) {
    const at = previous.sheets.findIndex((sheet) => sheet.sheet === change.after.sheetName);
    const old = at >= 0 ? previous.sheets[at] : undefined;
    let reading = old && rereadSheet(old, change, profile);
    if (!reading) {
      reading = wholeSheet(change.after, profile);
      wholeSheets.push(reading.sheet);
    }
    if (at >= 0) readings[at] = reading;
    else readings.push(reading);
  }
  const tables = readings.flatMap((reading) => reading.tables);
  const keptFrom = new Map<GoalTable, TableResult>();
  for (const reading of readings)
    for (const [table, result] of reading.kept) keptFrom.set(table, result);
  const fresh: number[] = [];
  const kept: number[] = [];
  tables.forEach((table, i) => (keptFrom.has(table) ? kept : fresh).push(i));

  const results = new Map<GoalTable, TableResult>();
  for (const result of checkTablesAmong(tables, fresh, options)) results.set(result.table, result);
  // A kept table keeps its findings unless a workbook-level rule now says something else of it.
  const readsWorkbook = (rule: Rule) => rule.meta.readsWorkbook === true;
  const workbookLevel = checkTablesAmong(tables, kept, options, readsWorkbook);
  const changedKept: number[] = [];
  const fromWorkbookRule = isWorkbookLevel(options);
  workbookLevel.forEach((now, k) => {
    const table = tables[kept[k]];
    const before = keptFrom.get(table) as TableResult;
    if (sameFindings(now.findings, before.findings.filter(fromWorkbookRule)))
      results.set(table, { table, findings: before.findings });
    else changedKept.push(kept[k]);
  });
  for (const result of checkTablesAmong(tables, changedKept, options))
    results.set(result.table, result);

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const sheets: SheetResult[] = readings.map((reading) => ({
    sheet: reading.sheet,
    tables: reading.tables.map((table) => results.get(table) as TableResult),
    notes: reading.notes,
  }));
  for (const sheet of sheets) {
    for (const table of sheet.tables) for (const f of table.findings) counts[f.severity]++;
    for (const note of sheet.notes) counts[note.severity]++;
  }
  return {
    result: { sheets, counts },
    recheckedTables: fresh.length + changedKept.length,
    wholeSheets,
  };
}

function keptAsWas(sheet: SheetResult): SheetReading {
  return {
    sheet: sheet.sheet,
    tables: sheet.tables.map((result) => result.table),
    notes: sheet.notes,
    kept: new Map(sheet.tables.map((result) => [result.table, result])),
  };
}

/** The ids of the rules that read the workbook, as the rules in use declare them. */
function isWorkbookLevel(options: CheckOptions): (finding: Finding) => boolean {
  const ids = new Set(
    (options.rules ?? RULES).filter((rule) => rule.meta.readsWorkbook).map((r) => r.meta.id)
  );
  return (finding) => ids.has(finding.ruleId);
}

function findingKey(finding: Finding): string {
  return [
    finding.ruleId,
    finding.severity,
    finding.address,
    finding.message,
    finding.suggestion ?? "",
    finding.fix ? JSON.stringify(finding.fix) : "",
  ].join("\u0000");
}

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  const keys = a.map(findingKey).sort();
  const others = b.map(findingKey).sort();
  return keys.every((key, i) => key === others[i]);
}

function wholeSheet(snapshot: SheetSnapshot, profile: CheckOptions["profile"]): SheetReading {
  const { tables, unreadable, mergesLeftOut } = recognizeSheet(snapshot, { profile });
  return {
    sheet: snapshot.sheetName,
    tables,
    notes: [
      ...cutNote(snapshot, mergesLeftOut),
      ...unreadable.map((u) => unreadableNote(snapshot, u)),
    ],
    kept: new Map(),
  };
}

/**
 * The sheet read again around its changed rows: the tables whose rows or the gaps beside
 * them changed, with one unchanged table on each side as an anchor. Undefined when the
 * change cannot be confined (the sheet is then read whole).
 */
function rereadSheet(
  old: SheetResult,
  { before, after }: SheetChange,
  profile: CheckOptions["profile"]
): SheetReading | undefined {
  const rows = changedRows(before, after);
  if (rows === "all" || rows.length > MOST_CHANGED_ROWS) return undefined;
  if (rows.length === 0) return keptAsWas(old);
  const tables = old.tables.map((result) => result.table);
  if (tables.length === 0) return undefined;
  const window = windowAround(tables, rows, after);
  if (!window) return undefined;
  const { first, last, from, to } = window;
  const recognized = recognizeSheet(windowSnapshot(after, from, to), { profile, from });
  const found = recognized.tables;
  const anchorsBelow = last + 1 - window.below;
  if (found.length < (window.above ? 1 : 0) + window.below) return undefined;
  // The anchors must come out as they were: then nothing outside the window moved.
  if (window.above && !sameTable(found[0], tables[first])) return undefined;
  for (let k = anchorsBelow; k <= last; k++) {
    const now = found[found.length - (last - k) - 1];
    if (!sameTable(now, tables[k])) return undefined;
  }
  const shift = found.length - (last - first + 1);
  const renumber = (table: GoalTable, by: number): GoalTable =>
    by === 0
      ? table
      : {
          ...table,
          index: table.index + by,
          ...(table.continues !== undefined ? { continues: table.continues + by } : {}),
        };
  const kept = new Map<GoalTable, TableResult>();
  const keptAbove = old.tables.slice(0, first);
  const keptBelow = old.tables.slice(last + 1).map((result) => {
    const table = renumber(result.table, shift);
    kept.set(table, result);
    return table;
  });
  for (const result of keptAbove) kept.set(result.table, result);
  const newTables = [
    ...keptAbove.map((result) => result.table),
    ...found.map((table) => renumber(table, first)),
    ...keptBelow,
  ];
  const inTable = (row: number) =>
    newTables.some((table) => row >= table.range.top && row <= table.range.bottom);
  const outside = old.notes.filter((note) => {
    if (note.ruleId !== UNREADABLE_RULE) return false;
    const row = rowOf(note.address);
    return row < from || row > to;
  });
  const inside = recognized.unreadable
    .filter((u) => u.row >= from && u.row <= to && !inTable(u.row))
    .map((u) => unreadableNote(after, u));
  const unreadable = [...outside, ...inside].sort(compareFindings);
  return {
    sheet: after.sheetName,
    tables: newTables,
    // The window's grid is not the sheet's: the sheet's merges are counted on their own.
    notes: [...cutNote(after, mergesLeftOut(after)), ...unreadable],
    kept,
  };
}

interface Window {
  /** Positions of the first and last old table inside the window (anchors included). */
  first: number;
  last: number;
  /** Whether `first` is an anchor above the changed tables. */
  above: boolean;
  /** How many tables at the end are anchors below the changed tables. */
  below: number;
  /** Sheet rows of the window: tables are looked for from `from`, read down to `to`. */
  from: number;
  to: number;
}

/**
 * The rows to read again. A table is affected when a changed row lies in it or in the gap
 * to its neighbours (a row typed under a table can make it grow, one above it can be its
 * title; a header typed in a gap makes a new table). The window reaches one unaffected
 * table further on each side: its rows decide where the affected tables end and begin.
 */
function windowAround(
  tables: readonly GoalTable[],
  rows: readonly number[],
  after: SheetSnapshot
): Window | undefined {
  const sheetBottom = after.originRow + after.values.length - 1;
  const n = tables.length;
  const territoryTop = (i: number) => (i > 0 ? tables[i - 1].range.bottom + 1 : -Infinity);
  const territoryBottom = (i: number) => (i < n - 1 ? tables[i + 1].range.top - 1 : Infinity);
  let firstAffected = n;
  let lastAffected = -1;
  for (let i = 0; i < n; i++) {
    const top = Math.min(territoryTop(i), tables[i].range.top);
    const bottom = Math.max(territoryBottom(i), tables[i].range.bottom);
    if (rows.some((row) => row >= top && row <= bottom)) {
      firstAffected = Math.min(firstAffected, i);
      lastAffected = i;
    }
  }
  if (lastAffected < 0) return undefined;
  // The anchor above must not continue the table before it: the window starts at its floor.
  let first = firstAffected - 1;
  while (first >= 0 && tables[first].continues !== undefined) first--;
  const above = first >= 0;
  if (!above) first = 0;
  const from = first > 0 ? tables[first - 1].range.bottom + 1 : after.originRow;
  // Below: anchors until the window holds the rows the last affected header samples.
  const toBefore = (next: number) => (next < n ? tables[next].indicatorHeaderRow - 1 : sheetBottom);
  let last = lastAffected;
  const sampled = tables[lastAffected].indicatorHeaderRow + ROWS_SAMPLED_BELOW;
  while (last < n - 1 && (last === lastAffected || toBefore(last + 1) < sampled)) last++;
  return {
    first,
    last,
    above,
    below: last - lastAffected,
    from,
    to: Math.min(sheetBottom, toBefore(last + 1)),
  };
}

/** The rows `from - CONTEXT_ABOVE` … `to` of the snapshot, as wide as the whole sheet. */
function windowSnapshot(snapshot: SheetSnapshot, from: number, to: number): SheetSnapshot {
  const top = Math.max(snapshot.originRow, from - CONTEXT_ABOVE);
  const start = top - snapshot.originRow;
  const end = to - snapshot.originRow + 1;
  const values = snapshot.values.slice(start, end);
  // The grid's right edge is its widest row: keep the sheet's, or headers scan fewer columns.
  const width = snapshot.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  if (values.length > 0 && (values[0]?.length ?? 0) < width)
    values[0] = [
      ...(values[0] ?? []),
      ...new Array<null>(width - (values[0]?.length ?? 0)).fill(null),
    ];
  const inside = (range: CellRange) => range.bottom >= top && range.top <= to;
  return {
    sheetName: snapshot.sheetName,
    originRow: top,
    originCol: snapshot.originCol,
    values,
    ...(snapshot.texts ? { texts: snapshot.texts.slice(start, end) } : {}),
    ...(snapshot.numberFormats ? { numberFormats: snapshot.numberFormats.slice(start, end) } : {}),
    merges: snapshot.merges ? snapshot.merges.filter(inside) : null,
  };
}

/** A table as recognized again equals the old one, but for its place in the sheet's count. */
function sameTable(now: GoalTable, old: GoalTable): boolean {
  const plain = (table: GoalTable) =>
    JSON.stringify({ ...table, index: 0, continues: table.continues !== undefined });
  return plain(now) === plain(old);
}

function rowOf(address: string): number {
  const match = /(\d+)$/.exec(address);
  return match ? Number(match[1]) - 1 : -1;
}

/**
 * The sheet rows whose cells, display texts, formats or merged areas differ, or "all"
 * when the sheet moved (another origin, another cut) and rows cannot be compared.
 */
export function changedRows(before: SheetSnapshot, after: SheetSnapshot): number[] | "all" {
  if (before.originRow !== after.originRow || before.originCol !== after.originCol) return "all";
  if (JSON.stringify(before.cut ?? {}) !== JSON.stringify(after.cut ?? {})) return "all";
  if ((before.merges === null) !== (after.merges === null)) return "all";
  const changed = new Set<number>();
  const height = Math.max(before.values.length, after.values.length);
  for (let r = 0; r < height; r++) {
    if (
      !sameRow(before.values[r], after.values[r]) ||
      !sameRow(before.texts?.[r], after.texts?.[r]) ||
      !sameRow(before.numberFormats?.[r], after.numberFormats?.[r])
    )
      changed.add(after.originRow + r);
  }
  if (sameMerges(before.merges ?? [], after.merges ?? []))
    return [...changed].sort((a, b) => a - b);
  const key = (range: CellRange) => `${range.top},${range.left},${range.bottom},${range.right}`;
  const beforeMerges = new Set((before.merges ?? []).map(key));
  const afterMerges = new Set((after.merges ?? []).map(key));
  const moved = [
    ...(before.merges ?? []).filter((range) => !afterMerges.has(key(range))),
    ...(after.merges ?? []).filter((range) => !beforeMerges.has(key(range))),
  ];
  for (const range of moved) {
    if (range.bottom - range.top > MOST_CHANGED_ROWS) return "all";
    for (let row = range.top; row <= range.bottom; row++) changed.add(row);
  }
  return [...changed].sort((a, b) => a - b);
}

/** The same merged areas in the same order (a sheet read twice lists them alike). */
function sameMerges(a: readonly CellRange[], b: readonly CellRange[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.top !== y.top || x.left !== y.left || x.bottom !== y.bottom || x.right !== y.right)
      return false;
  }
  return true;
}

type Cell = string | number | boolean | null | { error: string } | undefined;

function sameRow(a: readonly Cell[] | undefined, b: readonly Cell[] | undefined): boolean {
  if (a === b) return true;
  const length = Math.max(a?.length ?? 0, b?.length ?? 0);
  for (let c = 0; c < length; c++) {
    const x = a?.[c] ?? null;
    const y = b?.[c] ?? null;
    if (x === y) continue;
    if (typeof x === "object" && typeof y === "object" && x && y && x.error === y.error) continue;
    return false;
  }
  return true;
}

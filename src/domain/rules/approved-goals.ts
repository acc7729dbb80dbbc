/**
 * A self-evaluation held against its approved goal table (issue 11): the same project's
 * goal table, found in the workbook or among the approved goals given beside it, and each
 * self-evaluated indicator paired with the approved one.
 */
import { filledIndicators, GoalTable, IndicatorRow, projectNameOf, sameCell } from "../model";
import { normalizeForComparison, toHalfWidth } from "../text";
import { levelKey } from "../text";
import { comparisonKey } from "./helpers";

/** A project's name as names are matched: no spaces or brackets, no trailing 项目. */
export function projectKey(name: string): string {
  let key = toHalfWidth(name).replace(/[\s()[\]{}<>《》〈〉「」『』【】〔〕]/g, "");
  // A loop, not a pattern: `(项目)+$` tried every 项目 of a long name again to its end.
  while (key.endsWith("项目")) key = key.slice(0, -2);
  return key;
}

/** Goal tables by project key, built once per list of tables. */
const goalsByList = new WeakMap<readonly GoalTable[], Map<string, GoalTable[]>>();

function goalsByName(tables: readonly GoalTable[]): Map<string, GoalTable[]> {
  let byName = goalsByList.get(tables);
  if (byName) return byName;
  byName = new Map();
  for (const table of tables) {
    if (table.form === "selfEvaluation") continue;
    const key = projectKey(projectNameOf(table));
    if (key === "") continue;
    const list = byName.get(key);
    if (list) list.push(table);
    else byName.set(key, [table]);
  }
  goalsByList.set(tables, byName);
  return byName;
}

/** One self-evaluated indicator and the approved indicator it stands for. */
export interface IndicatorPair {
  row: IndicatorRow;
  approved: IndicatorRow;
}

export interface ApprovedMatch {
  goal: GoalTable;
  pairs: IndicatorPair[];
  /** Approved indicators no self-evaluated one stands for. */
  missing: IndicatorRow[];
}

const nameOf = (row: IndicatorRow) => comparisonKey(row.level3);

/**
 * Pairs each indicator with the approved one of the same third-level name; what is left,
 * by position, where the approved indicator at the same place is still free and of the same
 * second level.
 */
export function pairIndicators(
  rows: readonly IndicatorRow[],
  approvedRows: readonly IndicatorRow[]
): { pairs: IndicatorPair[]; missing: IndicatorRow[] } {
  const free = new Map<string, IndicatorRow[]>();
  for (const approved of approvedRows) {
    const key = nameOf(approved);
    if (key === "") continue;
    const list = free.get(key);
    if (list) list.push(approved);
    else free.set(key, [approved]);
  }
  const taken = new Set<IndicatorRow>();
  const paired: Array<IndicatorRow | undefined> = rows.map((row) => {
    const approved = free.get(nameOf(row))?.shift();
    if (approved) taken.add(approved);
    return approved;
  });
  rows.forEach((row, i) => {
    const approved = approvedRows[i];
    if (paired[i] || !approved || taken.has(approved)) return;
    const level2 = levelKey(row.level2.text);
    const approvedLevel2 = levelKey(approved.level2.text);
    if (level2 !== "" && approvedLevel2 !== "" && level2 !== approvedLevel2) return;
    paired[i] = approved;
    taken.add(approved);
  });
  const pairs: IndicatorPair[] = [];
  rows.forEach((row, i) => {
    const approved = paired[i];
    if (approved) pairs.push({ row, approved });
  });
  return { pairs, missing: approvedRows.filter((row) => !taken.has(row)) };
}

/**
 * The approved goal table of a self-evaluation's project, with its indicators paired:
 * among the goal tables of that name (the workbook's first, then those given beside it),
 * the one that shares the most indicator names. Undefined when there is none.
 */
export function approvedMatch(
  table: GoalTable,
  workbook: readonly GoalTable[],
  approvedGoals: readonly GoalTable[]
): ApprovedMatch | undefined {
  const key = projectKey(projectNameOf(table));
  if (key === "") return undefined;
  const candidates = [
    ...(goalsByName(workbook).get(key) ?? []),
    ...(goalsByName(approvedGoals).get(key) ?? []),
  ];
  const rows = filledIndicators(table);
  let best: ApprovedMatch | undefined;
  let bestShared = -1;
  for (const goal of candidates) {
    const approvedRows = filledIndicators(goal);
    const { pairs, missing } = pairIndicators(rows, approvedRows);
    const names = new Set(approvedRows.map(nameOf));
    const shared = rows.filter((row) => names.has(nameOf(row))).length;
    if (shared > bestShared) {
      best = { goal, pairs, missing };
      bestShared = shared;
    }
  }
  return best;
}

/** A target as written across its cells (`≥` `95` `%`, or the one cell `≥95%`). */
export function targetAsWritten(row: IndicatorRow): string {
  const cells = [row.symbol, row.value, row.unit].filter(
    (cell, i, all) => all.findIndex((other) => sameCell(other, cell)) === i
  );
  return cells
    .map((cell) => cell.text)
    .join("")
    .trim();
}

/** Free text in the form targets are compared in. */
export function textKey(text: string): string {
  return normalizeForComparison(text);
}

/**
 * A workbook's goal tables as approved goals for self-evaluations of other workbooks: the
 * self-evaluations left out, and of each indicator only what the matching reads (its long
 * texts left out, since the tables go to every file checked). Each sheet is named as Excel
 * names a sheet of another workbook (`[目标.xlsx]目标表`), so a finding says where to look.
 * The goals are plain data, every field's address written out: they are passed to other
 * processes, and a copy between processes keeps only an object's own properties.
 */
export function asApprovedGoals(tables: readonly GoalTable[], workbookName: string): GoalTable[] {
  const goals = tables
    .filter((table) => table.form !== "selfEvaluation")
    .map((table) => ({
      ...table,
      sheet: `[${workbookName}]${table.sheet}`,
      fundSources: [],
      unknownColumns: [],
      otherSets: [],
      indicators: filledIndicators(table).map((row) => {
        const kept = { ...row };
        delete kept.description;
        delete kept.basis;
        return kept;
      }),
    }));
  return JSON.parse(JSON.stringify(goals)) as GoalTable[];
}

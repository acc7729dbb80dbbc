/**
 * How each table was read: form, profile, range, every header field with its cell, every
 * column's role with the label it matched, and what was not understood. This is what
 * `perfgoal inspect` prints and the pane's 识别结果 view shows: how a user reports a new
 * dialect, and how one is debugged.
 */
import {
  Field,
  filledIndicators,
  FormKind,
  FundsColumn,
  FundsLineKind,
  GoalTable,
  HeaderField,
  HeaderKey,
  projectNameOf,
  SelfEvaluationParts,
} from "./model";
import { Grid } from "./grid";
import { recognizeGrid, RecognizeOptions } from "./recognize";
import { UnreadableHeader } from "./recognize/columns";
import { columnLetters, parseA1, SheetSnapshot, toA1 } from "./snapshot";
import { ProfileId } from "./vocabulary";

export interface CellReading {
  address: string;
  text: string;
}

export interface FieldReading {
  field: HeaderKey | "fundSource";
  label: CellReading;
  value: CellReading;
  /** Fund lines: the amount read, in 万元. */
  amount?: number | null;
}

export interface ColumnReading {
  role: string;
  column: string;
  /** The header label that gave the role (the cell under a spanning label for 符号 · 值 · 单位). */
  label: CellReading;
}

export interface TableReading {
  sheet: string;
  index: number;
  range: string;
  form: FormKind;
  profile: ProfileId;
  profileSource: "detected" | "given";
  projectName: string;
  title?: CellReading;
  header: FieldReading[];
  indicatorHeaderRow: number;
  layout: GoalTable["layout"];
  columns: ColumnReading[];
  unknownColumns: CellReading[];
  /** Further sets of targets over the same rows: each named by its label, its target column. */
  otherSets: Array<{ label: CellReading; column: string }>;
  indicatorCount: number;
  filledIndicatorCount: number;
  /** A self-evaluation's funds block, goal pair and total row, as read. */
  selfEvaluation?: SelfEvaluationReading;
}

export interface SelfEvaluationReading {
  funds: Array<{
    kind: FundsLineKind;
    label: CellReading;
    cells: Array<{ column: FundsColumn; cell: CellReading }>;
  }>;
  goal?: { expected: CellReading; actual: CellReading };
  total?: { label: CellReading; points?: CellReading; score?: CellReading };
}

export interface UnreadableReading {
  row: number;
  reason: UnreadableHeader["reason"];
}

function cell(field: Field): CellReading {
  return { address: field.address, text: field.text };
}

function fieldReading(key: HeaderKey | "fundSource", field: HeaderField): FieldReading {
  const reading: FieldReading = { field: key, label: cell(field.label), value: cell(field.value) };
  if (field.amount !== undefined) reading.amount = field.amount;
  return reading;
}

const FUNDS_COLUMNS: readonly FundsColumn[] = [
  "initialBudget",
  "budget",
  "executed",
  "points",
  "rate",
  "score",
  "reason",
];

function selfEvaluationReading(parts: SelfEvaluationParts): SelfEvaluationReading {
  const funds = (parts.funds?.lines ?? []).map((line) => ({
    kind: line.kind,
    label: cell(line.label),
    cells: FUNDS_COLUMNS.flatMap((column) => {
      const field = line[column];
      return field ? [{ column, cell: cell(field) }] : [];
    }),
  }));
  const { goal, total } = parts;
  return {
    funds,
    ...(goal ? { goal: { expected: cell(goal.expected), actual: cell(goal.actual) } } : {}),
    ...(total
      ? {
          total: {
            label: cell(total.label),
            ...(total.points ? { points: cell(total.points) } : {}),
            ...(total.score ? { score: cell(total.score) } : {}),
          },
        }
      : {}),
  };
}

/**
 * The label a column's role came from: on the header row, or the one above it (a label
 * standing over a two-row header), or below it (符号 · 值 · 单位 under a spanning 指标值).
 */
function labelOf(table: GoalTable, col: number, texts: (row: number, col: number) => string) {
  const row = table.indicatorHeaderRow;
  const twoRows = (table.indicators[0]?.row ?? row + 2) > row + 1;
  for (const at of twoRows ? [row + 1, row, row - 1] : [row, row - 1]) {
    const text = texts(at, col);
    if (text !== "") return { address: toA1(at, col), text };
  }
  return { address: toA1(row, col), text: "" };
}

export function describeTable(
  table: GoalTable,
  texts: (row: number, col: number) => string
): TableReading {
  const header = (Object.entries(table.header) as Array<[HeaderKey, HeaderField]>)
    .map(([key, field]) => fieldReading(key, field))
    .concat(table.fundSources.map((field) => fieldReading("fundSource", field)))
    .sort((a, b) => compareAddress(a.label.address, b.label.address));
  const columns = Object.entries(table.columns)
    .filter((entry): entry is [string, number] => typeof entry[1] === "number")
    .sort((a, b) => a[1] - b[1])
    .map(([role, col]) => ({
      role,
      column: columnLetters(col),
      label: labelOf(table, col, texts),
    }));
  return {
    sheet: table.sheet,
    index: table.index,
    range: table.rangeA1,
    form: table.form,
    profile: table.profile,
    profileSource: table.profileSource,
    projectName: projectNameOf(table),
    ...(table.title ? { title: cell(table.title) } : {}),
    header,
    indicatorHeaderRow: table.indicatorHeaderRow + 1,
    layout: table.layout,
    columns,
    unknownColumns: table.unknownColumns.map((u) => cell(u.label)),
    otherSets: table.otherSets.map((set) => ({
      label: cell(set.label),
      column: columnLetters(set.columns.value),
    })),
    indicatorCount: table.indicators.length,
    filledIndicatorCount: filledIndicators(table).length,
    ...(table.selfEvaluation
      ? { selfEvaluation: selfEvaluationReading(table.selfEvaluation) }
      : {}),
  };
}

/** Reading order: row, then column. */
function compareAddress(a: string, b: string): number {
  const first = parseA1(a);
  const second = parseA1(b);
  if (!first || !second) return 0;
  return first.row - second.row || first.col - second.col;
}

export interface SheetReading {
  sheet: string;
  tables: TableReading[];
  unreadable: UnreadableReading[];
}

/** How every sheet of a workbook was read. */
export function inspectWorkbook(
  snapshots: readonly SheetSnapshot[],
  options: RecognizeOptions = {}
): SheetReading[] {
  return snapshots.map((snapshot) => {
    const grid = new Grid(snapshot);
    const { tables, unreadable } = recognizeGrid(grid, options);
    return {
      sheet: snapshot.sheetName,
      tables: tables.map((table) => describeTable(table, (r, c) => grid.text(r, c))),
      unreadable: unreadable.map((u) => ({ row: u.row + 1, reason: u.reason })),
    };
  });
}

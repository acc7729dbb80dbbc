/**
 * A self-evaluation's score summary (issue 11): the points and score of budget execution
 * and of each first level, the total as written and as summed, and the indicators short
 * of full marks, each with the cell that holds it, so a reviewer sees at a glance where
 * the 100 points went. Parts the table does not have are null.
 */
import {
  Field,
  filledIndicators,
  GoalTable,
  IndicatorRow,
  SelfEvaluationFundsLine,
} from "../model";
import { levelKey, toHalfWidth } from "../text";
import { findFirstLevel, FirstLevel, ProfileId } from "../vocabulary";
import { DEFAULT_SCORING, ScoringSettings } from "./settings";

/** Points (分值) and score (得分) as written, with their cells where the table has them. */
export interface ScoreFigures {
  points: number | null;
  score: number | null;
  pointsCell?: Field;
  scoreCell?: Field;
}

/** One first level (产出, 效益, 满意度 …) and the indicators under it. */
export interface LevelScore {
  /** The level's name without `指标` and its points (`产出`); "" for a grid without levels. */
  name: string;
  /** Which first level of the profile it is, when the name is one (效果指标 is none). */
  kind?: FirstLevel;
  /** The level's first cell, where its name (and any points) is written. */
  cell?: Field;
  /** The points the name states (`产出指标(50分)`), else null. */
  statedPoints: number | null;
  /** The sum of the indicators' points, null when none is a number. */
  points: number | null;
  /** The sum of the indicators' scores, null when none is a number. */
  score: number | null;
  /** Filled indicator rows under the level. */
  indicatorCount: number;
}

/** An indicator whose score is below its points. */
export interface Shortfall {
  /** The indicator's row, 0-based as in IndicatorRow. */
  row: number;
  /** The indicator's name cell (三级指标). */
  name: Field;
  points: number;
  score: number;
  scoreCell: Field;
  /** The 偏差原因 cell, when the grid has that column. */
  reason?: Field;
}

export interface ScoreSummary {
  /** The budget-execution line (年度资金总额), null without a funds block. */
  budget: ScoreFigures | null;
  levels: LevelScore[];
  /** The 总分 row as written, null without one. */
  total: ScoreFigures | null;
  /** Budget and indicator points and scores added up; a part is null when nothing adds to it. */
  summed: { points: number | null; score: number | null };
  /**
   * Indicators short of full marks; null when the grid has no 分值 or no 得分 column, or no
   * indicator has a number in both.
   */
  shortfalls: Shortfall[] | null;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A cell's number: a numeric cell, or text that is a plain number (`10`, `８.５`, `90分`,
 * `1,000`). Blank cells and fillers (`—`, `/`) read as null.
 */
export function pointsOf(field: Field | undefined): number | null {
  if (!field) return null;
  if (typeof field.value === "number") return Number.isFinite(field.value) ? field.value : null;
  return pointsInText(field.text);
}

/** A text's number of points, as pointsOf reads a cell's text (`８.５`, `90分`, `1,000`). */
export function pointsInText(raw: string): number | null {
  const text = toHalfWidth(raw).replace(/\s+/g, "").replace(/,/g, "").replace(/分$/, "");
  return PLAIN_NUMBER.test(text) ? Number(text) : null;
}

function figures(points: Field | undefined, score: Field | undefined): ScoreFigures {
  const result: ScoreFigures = { points: pointsOf(points), score: pointsOf(score) };
  if (points) result.pointsCell = points;
  if (score) result.scoreCell = score;
  return result;
}

/** Adds the numbers among the values; null when there is none. */
function sumOf(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((value): value is number => value !== null);
  if (numbers.length === 0) return null;
  // Rounded past the decimals anyone writes, so 8.62 + 90 is 98.62 and not 98.62000000000001.
  return Math.round(numbers.reduce((sum, value) => sum + value, 0) * 1e6) / 1e6;
}

/** The line budget execution is scored on: 年度资金总额, else the block's first line. */
function budgetLine(table: GoalTable): SelfEvaluationFundsLine | undefined {
  const lines = table.selfEvaluation?.funds?.lines ?? [];
  return lines.find((line) => line.kind === "total") ?? lines[0];
}

function levelsOf(rows: readonly IndicatorRow[], profile: ProfileId): LevelScore[] {
  const byName = new Map<string, { rows: IndicatorRow[]; first: IndicatorRow; name: string }>();
  for (const row of rows) {
    // The same level may be written twice, in cells merged apart (效益指标 over two blocks).
    // Levels written as points only (`(50分)`, `(30分)`) have no name to share: each is its cell.
    const name = levelKey(row.level1.text);
    const key = name === "" && row.level1.text !== "" ? `@${row.level1.address}` : name;
    const group = byName.get(key);
    if (group) group.rows.push(row);
    else byName.set(key, { rows: [row], first: row, name });
  }
  return [...byName.values()].map(({ rows: levelRows, first, name }) => {
    const level: LevelScore = {
      name,
      statedPoints: levelRows.find((row) => row.level1Points !== undefined)?.level1Points ?? null,
      points: sumOf(levelRows.map((row) => pointsOf(row.weight))),
      score: sumOf(levelRows.map((row) => pointsOf(row.score))),
      indicatorCount: levelRows.length,
    };
    const kind = findFirstLevel(profile, first.level1.text)?.kind;
    if (kind) level.kind = kind;
    if (first.level1.text) level.cell = first.level1;
    return level;
  });
}

function shortfallsOf(
  table: GoalTable,
  rows: readonly IndicatorRow[],
  tolerance: number
): Shortfall[] | null {
  if (table.columns.weight === undefined || table.columns.score === undefined) return null;
  const shortfalls: Shortfall[] = [];
  for (const row of rows) {
    const points = pointsOf(row.weight);
    const score = pointsOf(row.score);
    if (points === null || score === null || !row.score || score >= points - tolerance) continue;
    const shortfall: Shortfall = {
      row: row.row,
      name: row.level3,
      points,
      score,
      scoreCell: row.score,
    };
    if (row.reason) shortfall.reason = row.reason;
    shortfalls.push(shortfall);
  }
  // No indicator has both numbers yet (an unfilled form): nothing to count.
  return rows.some(isScored) ? shortfalls : null;
}

function isScored(row: IndicatorRow): boolean {
  return pointsOf(row.weight) !== null && pointsOf(row.score) !== null;
}

/** The summary of a self-evaluation; null for the other forms. */
export function scoreSummary(
  table: GoalTable,
  settings: ScoringSettings = DEFAULT_SCORING
): ScoreSummary | null {
  if (table.form !== "selfEvaluation") return null;
  const rows = filledIndicators(table);
  const line = budgetLine(table);
  const budget = line && (line.points || line.score) ? figures(line.points, line.score) : null;
  const totalRow = table.selfEvaluation?.total;
  const total = totalRow ? figures(totalRow.points, totalRow.score) : null;
  const points = sumOf([budget?.points ?? null, ...rows.map((row) => pointsOf(row.weight))]);
  const score = sumOf([budget?.score ?? null, ...rows.map((row) => pointsOf(row.score))]);
  return {
    budget,
    levels: levelsOf(rows, table.profile),
    total,
    summed: { points, score },
    shortfalls: shortfallsOf(table, rows, settings.scoreTolerance),
  };
}

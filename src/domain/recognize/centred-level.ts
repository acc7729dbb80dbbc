/** A first level centred in unmerged cells, read as the level of the blank rows above it. */
import { acrossRows, Grid } from "../grid";
import { Field, IndicatorColumns, IndicatorRow } from "../model";
import { belongsUnder } from "../vocabulary";

/** How far down the grid a first level is looked for that was centred in its unmerged cells. */
const CENTRED_LEVEL_REACH = 30;

/**
 * A first level written in the middle of its rows, in cells never merged (a table converted
 * from a PDF or copied from a web page: 黄石 2022's 产出指标 on the fifth of its rows): the rows
 * above the name, blank at the top of the grid, are its rows, when each second level written
 * in them belongs under it. Else they keep their blank first level, which the rules report.
 */
export function withCentredFirstLevel(
  grid: Grid,
  rows: IndicatorRow[],
  columns: IndicatorColumns
): IndicatorRow[] {
  const { level1: col1, level2: col2 } = columns;
  if (col1 === undefined || rows.length < 2 || !isOwnBlank(grid, rows[0], rows[0].level1, col1))
    return rows;
  const blank = rows[0].level1;
  let named = 1;
  while (named < rows.length && named <= CENTRED_LEVEL_REACH && rows[named].level1 === blank)
    named++;
  const name = rows[named]?.level1;
  if (!name || name.row !== rows[named].row || name.text === "") return rows;
  // A name that starts a merge down its rows is no centred one: the blank above it is blank.
  if (acrossRows(grid.mergeStartingAt(name.row, col1))) return rows;
  let seconds = 0;
  for (let i = 0; i < named; i++) {
    const level2 = rows[i].level2.text;
    if (level2 === "") continue;
    if (!belongsUnder(name.text, level2)) return rows;
    seconds++;
  }
  if (seconds === 0) return rows;
  const filled = rows.slice();
  const { level1Points } = rows[named];
  for (let i = 0; i < named; i++)
    filled[i] = { ...rows[i], level1: name, level1Inherited: true, level1Points };
  // The name's own row goes on under the second level above it when its own is blank.
  const ownLevel2 = rows[named].level2;
  if (col2 !== undefined && isOwnBlank(grid, rows[named], ownLevel2, col2)) {
    const above = filled[named - 1].level2;
    for (let i = named; i < rows.length && rows[i].level2 === ownLevel2; i++)
      filled[i] = { ...filled[i], level2: above, level2Inherited: true };
  }
  return filled;
}

/** A level cell of column `col` left blank on the row's own line, under no merge down the rows. */
function isOwnBlank(grid: Grid, row: IndicatorRow, level: Field, col: number): boolean {
  return (
    level.text === "" &&
    level.row === row.row &&
    acrossRows(grid.mergeCoveringCell(row.row, col)) === undefined
  );
}

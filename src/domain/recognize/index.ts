/** recognize(): every 绩效目标表 on a sheet, as a typed model with addresses. */
import { Grid } from "../grid";
import { GoalTable } from "../model";
import { SheetSnapshot, rangeToA1 } from "../snapshot";
import { impliesMof2021, ProfileId } from "../vocabulary";
import { readIndicatorRows } from "./block";
import { findIndicatorHeaders } from "./columns";
import { readHeaderBlock } from "./header";

export interface RecognizeOptions {
  /** Overrides each table's detected profile. */
  profile?: ProfileId;
}

export function recognize(snapshot: SheetSnapshot, options: RecognizeOptions = {}): GoalTable[] {
  return recognizeGrid(new Grid(snapshot), options);
}

export function recognizeGrid(grid: Grid, options: RecognizeOptions = {}): GoalTable[] {
  const headers = findIndicatorHeaders(grid);
  const headerRows = new Set(headers.map((h) => h.row));
  const tables: GoalTable[] = [];
  let floor = grid.top;
  headers.forEach((header, i) => {
    const nextHeaderRow = headers[i + 1]?.row ?? Number.POSITIVE_INFINITY;
    const block = readHeaderBlock(grid, header.row, floor, header.left, header.right);
    const indicators = readIndicatorRows(
      grid,
      header.row + header.height,
      header.columns,
      header.layout,
      (row) => headerRows.has(row) || row >= nextHeaderRow
    );
    const lastRow = indicators.length
      ? indicators[indicators.length - 1].row
      : header.row + header.height - 1;
    const range = {
      top: block.top,
      left: Math.min(block.left, header.left),
      bottom: lastRow,
      right: header.right,
    };
    const detected: ProfileId = indicators.some((ind) =>
      impliesMof2021(ind.level1.text, ind.level2.text)
    )
      ? "mof-2021"
      : "hebei-2020";
    tables.push({
      sheet: grid.sheetName,
      index: i + 1,
      range,
      rangeA1: rangeToA1(range),
      title: block.title,
      profile: options.profile ?? detected,
      profileSource: options.profile ? "given" : "detected",
      header: block.fields,
      headerAnchor: grid.field(block.top, range.left),
      indicatorHeaderRow: header.row,
      layout: header.layout,
      columns: header.columns,
      indicators,
    });
    floor = lastRow + 1;
  });
  return tables;
}

/** Reads the header block above an indicator header: 项目名称, 主管部门, funds, goal … */
import { Grid } from "../grid";
import { Field, HeaderField, HeaderKey } from "../model";
import { normalizeLabel } from "../text";
import { headerKeyOf, isFooterText, isHeaderLabel, isHeadingText } from "./labels";

export interface HeaderBlock {
  fields: Partial<Record<HeaderKey, HeaderField>>;
  /** First row of the block (the indicator header row when no header label was found). */
  top: number;
  left: number;
  title?: Field;
}

const MAX_HEADER_ROWS = 30;

/** `项目名称：XX` in one cell: the label and its value share the cell. */
function inlineLabel(text: string): { key: HeaderKey; value: string } | undefined {
  const match = /^([^:：]{2,12})[:：](.+)$/.exec(text.trim());
  if (!match) return undefined;
  const key = headerKeyOf(normalizeLabel(match[1]));
  return key ? { key, value: match[2].trim() } : undefined;
}

function rowHasHeaderLabel(grid: Grid, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const label = grid.label(row, c);
    if (label !== "" && (isHeaderLabel(label) || inlineLabel(grid.text(row, c)))) return true;
  }
  return false;
}

/** The only non-empty cell of a row within the columns, if there is exactly one. */
function soleCell(grid: Grid, row: number, left: number, right: number): Field | undefined {
  let found: Field | undefined;
  for (let c = left; c <= right; c++) {
    if (grid.isEmpty(row, c)) continue;
    if (found) return undefined;
    found = grid.field(row, c);
  }
  return found;
}

/** Where a label's value sits: right of the label (past its merge), else below for the goal. */
function valueFor(
  grid: Grid,
  key: HeaderKey,
  row: number,
  col: number,
  right: number,
  bottom: number
): Field {
  const labelEnd = grid.mergeCoveringCell(row, col)?.right ?? col;
  for (let c = labelEnd + 1; c <= right; c++) {
    if (grid.isEmpty(row, c)) continue;
    if (isHeaderLabel(grid.label(row, c))) break;
    return grid.field(row, c);
  }
  if (key === "goal" && row + 1 <= bottom && !rowHasHeaderLabel(grid, row + 1, grid.left, right)) {
    for (let c = col; c <= right; c++) if (!grid.isEmpty(row + 1, c)) return grid.field(row + 1, c);
    return grid.field(row + 1, col);
  }
  return grid.field(row, Math.min(labelEnd + 1, grid.right));
}

/**
 * Scans upward from the indicator header to `floor` for header labels, then reads
 * each label's value. Stops at a heading (kept as the title) or a footer.
 */
export function readHeaderBlock(
  grid: Grid,
  indicatorRow: number,
  floor: number,
  left: number,
  right: number
): HeaderBlock {
  const scanLeft = Math.max(grid.left, left - 1);
  const scanRight = Math.min(grid.right, right + 1);
  let top = indicatorRow;
  let title: Field | undefined;
  let blankRun = 0;
  const lowest = Math.max(floor, indicatorRow - MAX_HEADER_ROWS);
  for (let row = indicatorRow - 1; row >= lowest; row--) {
    if (grid.isRowEmpty(row, scanLeft, scanRight)) {
      if (++blankRun > 1 && top !== indicatorRow) break;
      continue;
    }
    blankRun = 0;
    if (rowHasHeaderLabel(grid, row, scanLeft, scanRight)) {
      top = row;
      continue;
    }
    const sole = soleCell(grid, row, scanLeft, scanRight);
    const isGoalText =
      top === indicatorRow && row > lowest && rowHasHeaderLabel(grid, row - 1, scanLeft, scanRight);
    if (sole && !isGoalText && isHeadingText(normalizeLabel(sole.text))) {
      // Prefer the project heading (`一、XX项目`) over the generic `1、绩效目标表` below it.
      if (!title || /^\d+[、.]?绩效目标表$/.test(normalizeLabel(title.text))) title = sole;
      const above = row - 1 >= lowest ? soleCell(grid, row - 1, scanLeft, scanRight) : undefined;
      if (above && isHeadingText(normalizeLabel(above.text))) continue;
      break;
    }
    if (sole && isFooterText(sole.text)) break;
    // Unlabelled content directly under a label row (the goal text) belongs to the block.
    if (top - row > 1 && top !== indicatorRow) break;
  }

  const fields: Partial<Record<HeaderKey, HeaderField>> = {};
  let blockLeft = left;
  for (let row = top; row < indicatorRow; row++) {
    for (let c = scanLeft; c <= scanRight; c++) {
      const label = grid.label(row, c);
      if (label === "") continue;
      const key = headerKeyOf(label);
      if (key !== undefined) {
        if (fields[key]) continue;
        fields[key] = {
          label: grid.field(row, c),
          value: valueFor(grid, key, row, c, scanRight, indicatorRow - 1),
        };
        blockLeft = Math.min(blockLeft, c);
        continue;
      }
      if (isHeaderLabel(label)) {
        blockLeft = Math.min(blockLeft, c);
        continue;
      }
      const inline = inlineLabel(grid.text(row, c));
      if (inline && !fields[inline.key]) {
        const field = grid.field(row, c);
        fields[inline.key] = {
          label: field,
          value: { ...field, value: inline.value, text: inline.value },
        };
        blockLeft = Math.min(blockLeft, c);
      }
    }
  }
  return { fields, top, left: blockLeft, title };
}

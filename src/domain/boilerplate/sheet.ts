/**
 * The 情况说明 sheet: each table's section as wrapped paragraphs in one column as wide as
 * an A4 portrait page, a title, headings, and rows tall enough for their text.
 */
import {
  BODY_POINTS,
  CellEdit,
  CellStyle,
  LayoutPlan,
  PageSetup,
  rowSizedPieces,
  StyledRange,
  TITLE_POINTS,
  wrappedRowHeight,
} from "../edits";
import { toA1 } from "../snapshot";
import { ExplanationLine, LineKind } from "./explanation";

export const EXPLANATION_SHEET = "情况说明";

/** Column A's width in characters: the printable width of A4 portrait at these margins. */
export const EXPLANATION_WIDTH = 78;

export const EXPLANATION_PAGE: PageSetup = {
  orientation: "portrait",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.8, right: 0.8, top: 1, bottom: 1 },
  centered: true,
};

const LOOK: Record<LineKind, { style: CellStyle; points: number }> = {
  title: { style: "title", points: TITLE_POINTS },
  heading: { style: "heading", points: BODY_POINTS },
  paragraph: { style: "paragraph", points: BODY_POINTS },
};

export interface LaidSections {
  edits: CellEdit[];
  styles: StyledRange[];
  rowHeights: Record<number, number>;
  /** The first row after the sections and their trailing blank row. */
  nextRow: number;
}

/** Lays sections one under another in column A from `firstRow`, a blank row after each. */
export function laySections(
  sections: readonly ExplanationLine[][],
  firstRow: number
): LaidSections {
  const laid: LaidSections = { edits: [], styles: [], rowHeights: {}, nextRow: firstRow };
  for (const lines of sections) {
    for (const line of lines) {
      const look = LOOK[line.kind];
      // A paragraph taller than a row can be goes on over the rows below.
      for (const text of rowSizedPieces(line.text, EXPLANATION_WIDTH, look.points)) {
        const row = laid.nextRow++;
        laid.edits.push({
          sheet: EXPLANATION_SHEET,
          address: toA1(row, 0),
          value: text,
          asText: true,
          previous: null,
        });
        laid.styles.push({
          range: { top: row, left: 0, bottom: row, right: 0 },
          style: look.style,
        });
        laid.rowHeights[row] = wrappedRowHeight(text, EXPLANATION_WIDTH, look.points);
      }
    }
    laid.nextRow++;
  }
  return laid;
}

/** A new 情况说明 sheet holding the laid sections, set up to print on A4 portrait. */
export function explanationSheetPlan(laid: LaidSections): LayoutPlan {
  return {
    sheet: EXPLANATION_SHEET,
    origin: { row: 0, col: 0 },
    rows: Math.max(1, laid.nextRow),
    cols: 1,
    edits: laid.edits,
    merges: [],
    styles: laid.styles,
    validations: [],
    columnWidths: { 0: EXPLANATION_WIDTH },
    rowHeights: laid.rowHeights,
    page: EXPLANATION_PAGE,
    focus: "A1",
  };
}

/**
 * What SheetJS does not read of an OpenDocument spreadsheet: which sheets are hidden (a
 * sheet, `<table:table>`, is hidden by its table style, whose properties say
 * `table:display="false"`), and the merged areas whose first cell is blank.
 */
import { CellRange } from "../../domain/snapshot";
import { attribute, decodeXml, startTags } from "./xml-text";

const DISPLAY_FALSE = /\btable:display\s*=\s*["']false["']/;

/**
 * The names of the table styles whose properties hide a sheet. One pass: each search starts
 * where the last element ended (styles do not nest).
 */
function hidingStyles(content: string): Set<string> {
  const styles = new Set<string>();
  const open = "<style:style ";
  const close = "</style:style>";
  let at = content.indexOf(open);
  while (at >= 0) {
    const tagEnd = content.indexOf(">", at);
    if (tagEnd < 0) break;
    const tag = content.slice(at + open.length, tagEnd);
    let next = tagEnd + 1;
    if (!tag.endsWith("/")) {
      const end = content.indexOf(close, tagEnd);
      if (end < 0) break;
      next = end + close.length;
      const name = attribute(tag, "name");
      if (
        attribute(tag, "family") === "table" &&
        name !== undefined &&
        DISPLAY_FALSE.test(content.slice(tagEnd, end))
      )
        styles.add(decodeXml(name));
    }
    at = content.indexOf(open, next);
  }
  return styles;
}

/** The sheets `content.xml` hides, by name. */
export function hiddenSheetNames(content: string): Set<string> {
  const styles = hidingStyles(content);
  const hidden = new Set<string>();
  if (styles.size === 0) return hidden;
  for (const tag of startTags(content, "table")) {
    const style = attribute(tag, "style-name");
    const name = attribute(tag, "name");
    if (style !== undefined && name !== undefined && styles.has(decodeXml(style)))
      hidden.add(decodeXml(name));
  }
  return hidden;
}

/** The tags that place cells: a sheet, a row, a cell and a cell a merged area covers. */
const CELL_TAGS = /<(\/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>/g;

/** Rows or columns a repeated element stands for: at most a sheet's, never less than one. */
function repeats(tag: string, name: string): number {
  const count = Number(attribute(tag, name) ?? 1);
  return Number.isInteger(count) && count > 1 ? Math.min(count, 1 << 20) : 1;
}

/**
 * The merged areas of each sheet, by name, as `content.xml` spans them
 * (`table:number-rows-spanned`, `table:number-columns-spanned`), `limit` at most in all. SheetJS
 * reads none whose first cell is blank (a first level left blank, merged over its rows). One
 * pass over the tags; repeated rows and cells count by their number, never one by one.
 */
export function spannedAreas(content: string, limit: number): Map<string, CellRange[]> {
  const bySheet = new Map<string, CellRange[]>();
  let areas: CellRange[] | undefined;
  let depth = 0;
  let row = -1;
  let nextRow = 0;
  let col = 0;
  let count = 0;
  CELL_TAGS.lastIndex = 0;
  for (let tag = CELL_TAGS.exec(content); tag && count < limit; tag = CELL_TAGS.exec(content)) {
    const [, closing, name, rest] = tag;
    if (name === "table") {
      // A table inside a cell is no sheet: only the outer tables' cells are placed.
      if (closing) depth = Math.max(0, depth - 1);
      else if (!rest.endsWith("/") && depth++ === 0) {
        areas = [];
        bySheet.set(decodeXml(attribute(rest, "name") ?? ""), areas);
        row = -1;
        nextRow = 0;
      }
      continue;
    }
    if (closing || depth !== 1 || !areas) continue;
    if (name === "table-row") {
      row = nextRow;
      nextRow += repeats(rest, "number-rows-repeated");
      col = 0;
      continue;
    }
    const across = repeats(rest, "number-columns-repeated");
    if (name === "table-cell" && row >= 0) {
      const rows = repeats(rest, "number-rows-spanned");
      const cols = repeats(rest, "number-columns-spanned");
      if (rows > 1 || cols > 1)
        for (let k = 0; k < across && count < limit; k++, count++)
          areas.push({
            top: row,
            left: col + k,
            bottom: row + rows - 1,
            right: col + k + cols - 1,
          });
    }
    col += across;
  }
  return bySheet;
}

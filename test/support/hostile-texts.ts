/**
 * Texts as long as a cell holds (32,767 characters), made of what the recognizer's and the
 * rules' patterns look for, and a sheet of goal tables holding them in every cell a table
 * has: titles, header labels and values, indicator names, targets, units and bases.
 */
import { CellValue, SheetSnapshot } from "../../src/domain/snapshot";

export const CELL_LIMIT = 32_767;

/** `unit` repeated to the cell limit. */
function longText(unit: string): string {
  return unit.repeat(Math.floor(CELL_LIMIT / unit.length));
}

export const HOSTILE_TEXTS: [name: string, text: string][] = [
  ["a form's name and a bracket, again and again", longText("申报表(")],
  ["a form's name with a note, again and again", longText("目标表(x)")],
  ["a fund's word, again and again, then 目标", longText("专项") + "目标"],
  ["项目, again and again", longText("项目")],
  ["一, again and again (a time's numeral)", longText("一")],
  ["digits", longText("1")],
  ["a number and a point, again and again", longText("1.")],
  ["opening brackets", longText("（")],
  ["a year, again and again", longText("2021年")],
  ["a label with its colon, again and again", longText("项目名称：")],
  ["a numbered heading, again and again", longText("一、")],
  ["points in brackets, again and again", longText("(1分)")],
  ["spaces inside a name", `名${" ".repeat(CELL_LIMIT - 2)}称`],
  ["full-width spaces inside a name", `名${"\u3000".repeat(CELL_LIMIT - 2)}称`],
  ["a target's stars, then words", `${"*".repeat(CELL_LIMIT - 4)} 个 人`],
  ["a template's X, then words", `${"X".repeat(CELL_LIMIT - 4)} 个 人`],
  // Digits after a Chinese character: the engine's fast ways with texts of single bytes end.
  ["a word, then digits", `完${"1".repeat(CELL_LIMIT - 1)}`],
  ["a label, then stars in brackets", `项目名称(${"*".repeat(CELL_LIMIT - 8)}x)`],
  ["a level's word and a bracket, again and again", longText("指标(")],
];

const HEADER = ["一级指标", "二级指标", "三级指标", "指标值"];

/** `tables` goal tables, each under a title of `text`, with `text` in its header and rows. */
export function sheetOfText(text: string, tables: number): SheetSnapshot {
  const values: CellValue[][] = [];
  for (let t = 0; t < tables; t++)
    values.push(
      [text, "", "", ""],
      ["项目名称", text, "主管部门", text],
      ["年度目标", text, "", ""],
      HEADER,
      ["产出指标", "数量指标", text, text],
      ["产出指标", "时效指标", text, "≥1个"],
      ["效益指标", "社会效益指标", "群众知晓率", text],
      ["满意度指标", "服务对象满意度指标", text, "≥90%"],
      []
    );
  return { sheetName: "表", originRow: 0, originCol: 0, values, merges: [] };
}

/**
 * A number format code of 32,000 characters whose quotes and brackets never close: a pattern
 * that looked for the closing mark from every opening took 117 ms a cell, and a code that
 * long is kept by no cache.
 */
export const HOSTILE_FORMAT = '"['.repeat(16_000) + "0%";

/** `tables` tables whose numbers all carry `format` (their texts left to the engine). */
export function sheetOfFormat(format: string, tables: number): SheetSnapshot {
  const values: CellValue[][] = [];
  for (let t = 0; t < tables; t++)
    values.push(
      [`项目${t}绩效目标表`, "", "", ""],
      ["项目名称", `项目${t}`, "主管部门", "某局"],
      HEADER,
      ["产出指标", "数量指标", "培训人数", 120],
      ["产出指标", "质量指标", "合格率", 0.95],
      ["效益指标", "社会效益指标", "群众知晓率", 0.9],
      ["满意度指标", "服务对象满意度指标", "满意度", 0.9],
      []
    );
  const numberFormats = values.map((row) => row.map(() => format));
  return { sheetName: "表", originRow: 0, originCol: 0, values, numberFormats, merges: [] };
}

/**
 * The benchmark's workbook: N tables that the engine recognizes, texts fresh per table
 * and per workbook, and a snapshot equal to what the file host reads from its .xlsx.
 */
import { checkWorkbook } from "../../src/domain/check";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { benchTable, benchWorkbook, freshSalt, xlsxBytes } from "../../scripts/bench-workbook";
import { buildSheet } from "../support/layouts";

const TABLES = 12;

function textsOf(snapshot: { texts?: string[][] }): Set<string> {
  return new Set((snapshot.texts ?? []).flat().filter((text) => text !== ""));
}

it("makes N tables of eight indicator rows that the engine recognizes", () => {
  const workbook = benchWorkbook(TABLES);
  expect(workbook.tables).toBe(TABLES);
  expect(workbook.indicatorRows).toBe(TABLES * 8);
  const tables = checkWorkbook([workbook.snapshot]).sheets.flatMap((sheet) => sheet.tables);
  expect(tables).toHaveLength(TABLES);
  expect(tables.map((result) => result.table.indicators.length)).toEqual(
    new Array<number>(TABLES).fill(8)
  );
});

it("stitches the tables exactly as building the whole sheet at once would", () => {
  const salt = freshSalt();
  const { snapshot } = benchWorkbook(TABLES, salt);
  const whole = buildSheet({
    name: snapshot.sheetName,
    tables: Array.from({ length: TABLES }, (_, i) => benchTable(i, salt)),
    gap: 2,
  }).snapshot;
  expect(snapshot.values).toEqual(whole.values);
  expect(snapshot.numberFormats).toEqual(whole.numberFormats);
  expect(new Set(snapshot.merges)).toEqual(new Set(whole.merges));
});

it("equals the snapshot the file host reads from its .xlsx", () => {
  const { snapshot } = benchWorkbook(TABLES);
  const [read] = readWorkbookSnapshots(new Uint8Array(xlsxBytes(snapshot)));
  expect(read).toEqual(snapshot);
});

it("gives every table its own texts, and every workbook texts no other one had", () => {
  const first = benchWorkbook(TABLES).snapshot;
  const second = benchWorkbook(TABLES).snapshot;
  const names = (first.texts ?? []).flatMap((row) => row.filter((text) => text.includes("：土地")));
  expect(new Set(names).size).toBe(TABLES);
  const earlier = textsOf(first);
  const shared = [...textsOf(second)].filter((text) => earlier.has(text));
  // Only numbers and the form's own words recur: labels, levels, symbols, units,
  // qualitative values. Every name, description, basis and header text is new.
  const formWords = shared.filter((text) => !/^\d+%?$/.test(text));
  expect(formWords.filter((text) => /\d/.test(text) || text.length > 10)).toEqual([]);
  // Per table: title and five header texts, and a name, description and basis per indicator.
  expect(textsOf(second).size - shared.length).toBeGreaterThanOrEqual(TABLES * 28);
});

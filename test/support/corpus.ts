/**
 * The real-form corpus (test/fixtures/real): sources transcribed from published tables,
 * the workbooks built from them, and the expectations written before the engine ran.
 * See test/fixtures/real/FORMAT.md.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { FormKind } from "../../src/domain/model";
import { Severity } from "../../src/domain/findings";

export const CORPUS = join(__dirname, "..", "fixtures", "real");
const SOURCES = join(CORPUS, "sources");

export type SourceCell = string | number | null | { v: number; z: string };

export interface CorpusSource {
  id: string;
  source: string;
  region: string;
  place: string;
  level: string;
  year: number;
  forms: FormKind[];
  /** The stored page ends inside the table: only the rows up to a clean boundary were transcribed. */
  truncated?: boolean;
  notes?: string;
  sheets: Array<{ name: string; rows: SourceCell[][]; merges?: string[] }>;
}

export interface CorpusExpectation {
  tables: Array<{
    sheet: string;
    name: string;
    form: FormKind;
    indicatorCount: number;
    filledIndicatorCount: number;
  }>;
  defects: Array<{ sheet: string; cell: string; severity: Severity; what: string }>;
  clean: Array<{ sheet: string; cells: string[]; why: string }>;
}

export function corpusIds(): string[] {
  return readdirSync(SOURCES)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".expected.json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

export function loadSource(id: string): CorpusSource {
  return JSON.parse(readFileSync(join(SOURCES, `${id}.json`), "utf8")) as CorpusSource;
}

export function loadExpectation(id: string): CorpusExpectation {
  return JSON.parse(
    readFileSync(join(SOURCES, `${id}.expected.json`), "utf8")
  ) as CorpusExpectation;
}

export function corpusWorkbookPath(id: string): string {
  return join(CORPUS, `${id}.xlsx`);
}

/** The workbook a source describes: its cells, number formats and merged areas. */
export function buildCorpusWorkbook(source: CorpusSource): Buffer {
  const workbook = XLSX.utils.book_new();
  for (const sheet of source.sheets) {
    const worksheet: XLSX.WorkSheet = {};
    let lastRow = 0;
    let lastCol = 0;
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === "") return;
        const address = XLSX.utils.encode_cell({ r, c });
        if (typeof cell === "string") worksheet[address] = { t: "s", v: cell };
        else if (typeof cell === "number") worksheet[address] = { t: "n", v: cell };
        else worksheet[address] = { t: "n", v: cell.v, z: cell.z };
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      });
    });
    const merges = (sheet.merges ?? []).map((range) => XLSX.utils.decode_range(range));
    for (const merge of merges) {
      lastRow = Math.max(lastRow, merge.e.r);
      lastCol = Math.max(lastCol, merge.e.c);
    }
    worksheet["!ref"] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: lastRow, c: lastCol },
    });
    if (merges.length) worksheet["!merges"] = merges;
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name);
  }
  workbook.Props = { Title: source.id, CreatedDate: new Date(Date.UTC(2026, 0, 1)) };
  return XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

/** `A1:B3` → every address inside; a single address → itself. */
export function expandCells(ref: string): string[] {
  const range = XLSX.utils.decode_range(ref);
  const cells: string[] = [];
  for (let r = range.s.r; r <= range.e.r; r++)
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(XLSX.utils.encode_cell({ r, c }));
  return cells;
}

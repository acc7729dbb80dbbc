/**
 * The benchmark's workbook: N stacked 绩效目标表 (split layout, merged cells, percent
 * formats; eight indicator rows each) whose free texts are fresh for every table and for
 * every workbook made, so no run meets texts that an earlier run cached. One table in
 * five lacks a unit and one in seven a basis, so findings are made as in real workbooks.
 *
 * The sheet is built table by table and stitched, which keeps memory flat at 20,000
 * tables; the snapshot carries display texts as the file host reads them.
 */
import * as XLSX from "@e965/xlsx";
import type { CellRange, CellValue, SheetSnapshot } from "../src/domain/snapshot";
import { buildTable, CLEAN_HEBEI, IndicatorSpec, TableSpec } from "../test/support/layouts";

export const BENCH_SHEET = "绩效目标表";
/** Blank rows between two tables. */
const GAP = 2;
const QUALITATIVE = ["有效提升", "明显改善", "持续向好", "逐步提高", "稳步推进"];

let made = 0;
const PROCESS_SALT = Math.floor(Math.random() * 9000 + 1000);

/** Digits that no other workbook of this process (and likely no other process) uses. */
export function freshSalt(): string {
  made++;
  return `${PROCESS_SALT}${String(made).padStart(3, "0")}`;
}

/**
 * A row as a host hands it over: its texts flat strings (Office.js decodes them from JSON, the
 * file reader cuts them from the sheet's XML). The builder joins strings, which V8 keeps as
 * ropes; an engine reading those would pay, on its first look at each text, a flattening that
 * no text from a host needs.
 */
function asHostGivesIt<T>(row: T): T {
  return JSON.parse(JSON.stringify(row)) as T;
}

/** CLEAN_HEBEI with the project's own texts, one extra count, every third in percent format. */
function indicatorsFor(project: number, name: string): IndicatorSpec[] {
  const percent = project % 3 === 0;
  const indicators: IndicatorSpec[] = CLEAN_HEBEI.map((ind, i) => {
    const varied: IndicatorSpec = {
      ...ind,
      level3: `${ind.level3}（${name}）`,
      description: `${name}：${ind.description}`,
      basis: `${name}${ind.basis}`,
    };
    if (typeof ind.value === "number" && ind.unit === "%") {
      const value = Math.min(100, ind.value - (project % 5));
      return percent
        ? { ...varied, value: value / 100, unit: "", percentFormat: true }
        : { ...varied, value };
    }
    if (typeof ind.value === "number") return { ...varied, value: ind.value + (project % 10) };
    return { ...varied, value: QUALITATIVE[(project + i) % QUALITATIVE.length] };
  });
  // Some tables carry the slips real ones do, so findings are made and filled in too.
  if (project % 5 === 4) indicators[0] = { ...indicators[0], unit: "" };
  if (project % 7 === 6) indicators[3] = { ...indicators[3], basis: "" };
  indicators.splice(1, 0, {
    level1: "产出指标",
    level2: "数量指标",
    level3: `完成测绘宗地数（${name}）`,
    description: `${name}：年度完成测绘的宗地数量`,
    symbol: "≥",
    value: 20 + (project % 30),
    unit: "宗",
    basis: `${name}根据年度工作计划`,
  });
  return indicators;
}

/** One table of the workbook salted `salt`: every free text names the project and the salt. */
export function benchTable(project: number, salt: string): TableSpec {
  const name = `项目${salt}-${project + 1}`;
  const fiscal = 40 + (project % 20);
  const other = project % 4;
  return {
    title: [`${project + 1}、${name}绩效目标表`],
    header: {
      projectName: `${name}：土地征收组卷报批`,
      owner: `张明${salt}-${project + 1} 0314-2379895`,
      department: `承德高新区国土资源分局（${name}）`,
      implementer: `河北省欣航测绘院（${name}）`,
      fundsTotal: fiscal + other,
      fundsFiscal: fiscal,
      fundsOther: other || null,
      goal: `完成${name}年度土地转用征收组卷报批工作，保障重点项目用地需求。`,
    },
    indicators: indicatorsFor(project, name),
  };
}

export interface BenchWorkbook {
  snapshot: SheetSnapshot;
  tables: number;
  indicatorRows: number;
}

/** The text SheetJS reports for a cell it reads back (`95%` for 0.95 in `0%`). */
function displayText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "number") return XLSX.SSF.format(format, value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return value.error;
}

/** `tables` tables stacked on one sheet, with texts no earlier call produced. */
export function benchWorkbook(tables: number, salt = freshSalt()): BenchWorkbook {
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  const numberFormats: string[][] = [];
  const merges: CellRange[] = [];
  let indicatorRows = 0;
  let width = 0;
  for (let project = 0; project < tables; project++) {
    if (project > 0)
      for (let gap = 0; gap < GAP; gap++) {
        values.push([]);
        texts.push([]);
        numberFormats.push([]);
      }
    const { snapshot, table } = buildTable(benchTable(project, salt));
    const top = values.length - snapshot.originRow;
    const formats = snapshot.numberFormats ?? [];
    snapshot.values.forEach((row, r) => {
      values.push(asHostGivesIt(row));
      numberFormats.push(formats[r]);
      texts.push(asHostGivesIt(row.map((value, c) => displayText(value, formats[r][c]))));
    });
    for (const m of snapshot.merges ?? [])
      merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    indicatorRows += table.indicatorRows.length;
    width = Math.max(width, snapshot.originCol + (snapshot.values[0]?.length ?? 0));
  }
  // Blank rows and narrower tables are padded to the sheet's width, as a host reads them.
  for (let r = 0; r < values.length; r++) {
    for (let c = values[r].length; c < width; c++) {
      values[r].push(null);
      texts[r].push("");
      numberFormats[r].push("General");
    }
  }
  return {
    snapshot: {
      sheetName: BENCH_SHEET,
      originRow: 0,
      originCol: 0,
      values,
      texts,
      numberFormats,
      merges,
    },
    tables,
    indicatorRows,
  };
}

/** The snapshot as an .xlsx worksheet: values, number formats and merges. */
function toWorksheet(snapshot: SheetSnapshot): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let bottom = snapshot.originRow;
  let right = snapshot.originCol;
  snapshot.values.forEach((row, r) =>
    row.forEach((value: CellValue, c) => {
      if (value === null) return;
      const address = XLSX.utils.encode_cell({
        r: snapshot.originRow + r,
        c: snapshot.originCol + c,
      });
      const format = snapshot.numberFormats?.[r]?.[c];
      let cell: XLSX.CellObject;
      if (typeof value === "number") cell = { t: "n", v: value };
      else if (typeof value === "boolean") cell = { t: "b", v: value };
      else if (typeof value === "string") cell = { t: "s", v: value };
      else cell = { t: "e", v: 0x2a }; // the builder writes no errors; #N/A if it ever does
      if (format && format !== "General") cell.z = format;
      sheet[address] = cell;
      bottom = Math.max(bottom, snapshot.originRow + r);
      right = Math.max(right, snapshot.originCol + c);
    })
  );
  sheet["!ref"] = XLSX.utils.encode_range({
    s: { r: snapshot.originRow, c: snapshot.originCol },
    e: { r: bottom, c: right },
  });
  sheet["!merges"] = (snapshot.merges ?? []).map((m) => ({
    s: { r: m.top, c: m.left },
    e: { r: m.bottom, c: m.right },
  }));
  return sheet;
}

/** The workbook as .xlsx bytes, one sheet. */
export function xlsxBytes(snapshot: SheetSnapshot): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, toWorksheet(snapshot), snapshot.sheetName);
  return XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

/**
 * The hostile corpus (test/support/hostile.ts), each file read in a child process with a
 * low memory ceiling and a time limit: every one gives its sheets or a clear one-line
 * message, never a crash, an out-of-memory death or a hang.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/domain/check";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots, WorkbookReadError } from "../../src/hosts/xlsx/read";
import {
  bombOpenDocument,
  bombWorkbook,
  caseMismatchedWorkbook,
  claimingDimension,
  damagedPropertiesXls,
  damagedWorkbook,
  encryptedWorkbook,
  farApartCells,
  farApartXmlSpreadsheet,
  encryptedXls,
  longFormatLeftToSheetJS,
  longFormats,
  longFormatXls,
  noSheetsListed,
  oneCellFarRight,
  overlappingMerges,
  sameSheetNames,
  seedBytes,
  seedXls,
  zip64Workbook,
} from "../support/hostile";
import { readInChild } from "../support/child-read";
import { packageBytes, packageParts, worksheetXml, zipParts } from "../support/xlsx-package";
import { runCli } from "../support/cli";
import { scratchFolder } from "../support/scratch";

/** Read in a child with a low heap ceiling: an unbounded allocation fails fast. */
function readLowHeap(bytes: Uint8Array, memoryMb = 256): Promise<string> {
  return readInChild(bytes, { memoryMb, timeoutMs: 60000 });
}

const SEED_SHEETS = "read " + Array(8).fill("14x8").join(", ");

describe("hostile workbooks, each in a child process with a low heap ceiling", () => {
  it.each(["A1:XFD1048576", "A1:AMJ1048576"])(
    "a <dimension> claiming %s: the sheets are read from their cells",
    async (ref) => {
      expect(await readLowHeap(claimingDimension(ref))).toBe(SEED_SHEETS);
    },
    70000
  );

  it("a part under 1 MB that unpacks to ~600 MB is refused before it is unpacked", async () => {
    const bytes = await bombWorkbook("true");
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const outcome = await readLowHeap(bytes);
    expect(outcome).toMatch(/^WorkbookReadError read\.partTooLarge: .*sheet1\.xml.*601 MB/);
    expect(outcome.split("\n")).toHaveLength(1);
  }, 70000);

  it("so is an OpenDocument spreadsheet's content.xml of ~600 MB", async () => {
    const bytes = await bombOpenDocument();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const outcome = await readLowHeap(bytes);
    expect(outcome).toMatch(/^WorkbookReadError read\.partTooLarge: .*content\.xml.*601 MB/);
    expect(outcome.split("\n")).toHaveLength(1);
  }, 70000);

  it("the same part with its size hidden (declared as 1,000 bytes) stops at 1,000", async () => {
    const outcome = await readLowHeap(await bombWorkbook("small"));
    expect(outcome).toMatch(/^WorkbookReadError read\.corrupt: .*sheet1\.xml.*1000 bytes/);
  }, 70000);

  it("a valid zip64 package reads as the plain one does", async () => {
    const bytes = zip64Workbook();
    expect(await readLowHeap(bytes)).toBe(SEED_SHEETS);
    expect(readWorkbookSnapshots(bytes)).toEqual(readWorkbookSnapshots(seedBytes()));
  }, 70000);

  it("an .xls saved with an open password gets it too, not called damaged", async () => {
    expect(await readLowHeap(encryptedXls())).toMatch(
      /^WorkbookReadError read\.encrypted: 工作簿设有打开密码（已加密），请去除密码后再检查/
    );
  }, 70000);

  it("an encrypted workbook gets its own message", async () => {
    expect(await readLowHeap(encryptedWorkbook())).toMatch(
      /^WorkbookReadError read\.encrypted: 工作簿设有打开密码（已加密），请去除密码后再检查/
    );
  }, 70000);

  it("part names stored in another case than the package names them are found", async () => {
    const bytes = caseMismatchedWorkbook();
    expect(await readLowHeap(bytes)).toBe(SEED_SHEETS);
    expect(readWorkbookSnapshots(bytes)).toEqual(readWorkbookSnapshots(seedBytes()));
  }, 70000);

  it("a damaged file is called damaged", async () => {
    expect(await readLowHeap(damagedWorkbook())).toMatch(/^WorkbookReadError read\.corrupt: /);
  }, 70000);

  it("an .xls whose document properties claim 2^31 properties: read without them", async () => {
    expect(await readLowHeap(damagedPropertiesXls())).toBe(SEED_SHEETS);
    expect(readWorkbookSnapshots(damagedPropertiesXls())).toEqual(readWorkbookSnapshots(seedXls()));
  }, 70000);

  it("two sheets of one name, which Excel repairs on opening, are refused, the name said", async () => {
    expect(await readLowHeap(sameSheetNames())).toBe(
      "WorkbookReadError read.duplicateSheet: 工作簿中有两张名为“项目1”的工作表，文件可能已损坏：请在 Excel 或 WPS 中打开并另存后再检查 / the workbook has two sheets named “项目1”; the file may be damaged: open it in Excel or WPS, save it again and check that copy"
    );
    // Excel tells sheet names apart without regard to case.
    const cased = packageBytes({
      sheets: [
        { name: "Sheet1", xml: worksheetXml("") },
        { name: "SHEET1", xml: worksheetXml("") },
      ],
    });
    expect(() => readWorkbookSnapshots(cased)).toThrow("两张名为“SHEET1”的工作表");
  }, 70000);

  it("a workbook that lists no sheet is refused, not reported as one without tables", async () => {
    expect(await readLowHeap(noSheetsListed())).toMatch(
      /^WorkbookReadError read\.noSheets: 工作簿中没有工作表，文件可能已损坏/
    );
    // Cut off inside its list, the part lists none either: SheetJS calls it damaged.
    const cut = packageParts({ sheets: [{ name: "Sheet1", xml: worksheetXml("") }] });
    cut["xl/workbook.xml"] = cut["xl/workbook.xml"].slice(0, 100);
    expect(() => readWorkbookSnapshots(zipParts(cut))).toThrow(WorkbookReadError);
  }, 70000);

  it("an XML Spreadsheet claiming the whole sheet, merged over it: bounded, cut said", async () => {
    // The rows past the 200,000th (19,999 of the merged ones) and column XFD are cut.
    expect(await readLowHeap(farApartXmlSpreadsheet())).toBe(
      'read 200000x1 {"rows":19999,"columns":1}'
    );
  }, 70000);

  it("cells far apart: the grid is bounded and says what was cut", async () => {
    // A1, IV1, A199999 fit the row and column limits but not the cell limit together;
    // XFD1 and A1048576 lie beyond the limits.
    expect(await readLowHeap(farApartCells(), 512)).toBe('read 15625x256 {"rows":2,"columns":1}');
    const [sheet]: SheetSnapshot[] = readWorkbookSnapshots(farApartCells());
    expect(sheet.values[0][0]).toBe("左上");
    expect(sheet.values[0][255]).toBe(1);
    expect(sheet.cut).toEqual({ rows: 2, columns: 1 });
    // The check says so, in both languages, at the sheet's first cell.
    const [note] = checkWorkbook([sheet]).sheets[0].notes;
    expect(note).toMatchObject({ ruleId: "read/sheet-cut", severity: "warning", address: "A1" });
    expect(note.message).toBe(
      `工作表“${sheet.sheetName}”过大，只检查了其中一部分：超出上限的 2 行未读取；超出上限的 1 列未读取`
    );
    expect(note.messageEn).toContain(
      "rows beyond the limit not read: 2; columns beyond the limit not read: 1"
    );
  }, 70000);

  it("one cell far right over 200,000 rows: read within the ceiling, the rows past the cell limit cut", async () => {
    // The grid keeps 4,000,000 cells: 15,625 rows of 256 columns. Rows read after the wide
    // one are not made as wide while they are read (they would take ~1 GB more).
    expect(await readLowHeap(oneCellFarRight(), 400)).toBe('read 15625x256 {"rows":184375}');
  }, 70000);

  it("number formats too long or too many to render: the cells show General text, and the check says so", async () => {
    // Rendered cell by cell, the 8,000-character code alone took ~5 ms a cell: some 1,000 s.
    // Each rendered date text kept as the formatter built it took ~3 KB: 500 MB in all.
    expect(await readLowHeap(longFormats())).toBe(
      'read 20000x10 {"formats":200000}, 15000x10 {"formats":50000}'
    );
    const [long, many] = readWorkbookSnapshots(longFormats());
    expect([long.values[0][0], long.texts?.[0][0]]).toEqual([10.5, "10.5"]);
    // The first 100,000 cells of the date format are rendered as written, the rest as General.
    expect(many.texts?.[0][0]).toMatch(/^1900年1月10日 1900年1月10日/);
    expect(many.texts?.[14_999][9]).toBe("150009.5");
    const [note] = checkWorkbook([many]).sheets[0].notes;
    expect(note.message).toBe(
      "工作表“多格式”过大，只检查了其中一部分：50000 个单元格的数字格式过长或过多，未能呈现，按常规格式显示"
    );
    expect(note.messageEn).toContain(
      "number formats too long or too many to render, shown as General: 50000"
    );
  }, 70000);

  it("the same formats where SheetJS reads the file (a format id it keeps, a legacy .xls): bounded alike", async () => {
    // SheetJS renders every cell's format itself when asked for display texts: the .xls of
    // 200,000 cells took ~30 s that way, the package below ~1,000 s.
    const limits = { memoryMb: 256, timeoutMs: 20000 };
    expect(await readInChild(longFormatLeftToSheetJS(), limits)).toBe(
      'read 20000x10 {"formats":200000}'
    );
    expect(await readInChild(longFormatXls(20_000), limits)).toBe(
      'read 20000x10 {"formats":200000}'
    );
    const [sheet] = readWorkbookSnapshots(longFormatXls(10));
    expect([sheet.values[0][0], sheet.texts?.[0][0]]).toEqual([0.5, "0.5"]);
  }, 70000);

  it("merged areas overlapping by the hundred thousand: checked in bounded memory, the areas left out counted", async () => {
    // The CLI checks the file in a child process with its memory and time limits: before the
    // grid bounded its merge index, that child ran out of memory and the file was an error.
    const file = join(scratchFolder("overlapping-merges").dir, "overlapping-merges.xlsx");
    writeFileSync(file, overlappingMerges());
    const { code, stdout } = await runCli("check", file, "--format", "json");
    expect(code).not.toBe(2);
    const [file0] = (
      JSON.parse(stdout) as { files: { tables: unknown[]; findings: { message: string }[] }[] }
    ).files;
    expect(file0.tables).toHaveLength(1);
    // 100,000 areas over 2,000 rows; the index keeps those that fit one entry per cell and
    // a million more, in the order given.
    const [note] = file0.findings;
    expect(note.message).toMatch(
      /^工作表“Sheet1”过大，只检查了其中一部分：超出上限的 99\d{3} 个合并区域未读取$/
    );
  }, 120000);
});

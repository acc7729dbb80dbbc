/** The .xlsx writers: patching edits into a workbook without disturbing it, and new workbooks from plans. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { delimiter, join } from "path";
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { JSDOM } from "jsdom";
import { DEFAULT_PHRASES, planBoilerplate } from "../../src/domain/boilerplate";
import { checkWorkbook } from "../../src/domain/check";
import { planFixes } from "../../src/domain/fixes";
import { CellEdit, LayoutPlan } from "../../src/domain/edits";
import { CellRange, CellValue, rangeToA1, SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { planTemplate, TEMPLATE_SYMBOLS } from "../../src/domain/template";
import { createWorkbook } from "../../src/hosts/xlsx/create";
import { applyEditsToWorkbook, previewWrite, WorkbookWriteError } from "../../src/hosts/xlsx/patch";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { fixturePath } from "../support/fixtures";
import { GAOLING_SELF_EVALUATION, seedWithPart, unopenedAttributeQuote } from "../support/hostile";
import { officeConvert } from "../support/office";

// ---------------------------------------------------------------------------------------
// Helpers

/** The seed workbook's bytes, copied: the fixture itself is never written. */
function seed(): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath("hebei-2020-seed.xlsx")));
}

function entries(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

function part(bytes: Uint8Array, path: string): string {
  const data = unzipSync(bytes)[path];
  if (!data) throw new Error(`no ${path}`);
  return strFromU8(data);
}

/** The part of a sheet, found the way a reader finds it: workbook.xml, then its rels. */
function sheetPart(bytes: Uint8Array, name: string): string {
  const workbook = part(bytes, "xl/workbook.xml");
  const sheet = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook)?.[0] ?? "";
  const id = /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = part(bytes, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!id || !target) throw new Error(`no sheet ${name}`);
  return `xl/${target}`;
}

const parser = new new JSDOM("").window.DOMParser();

function expectWellFormed(bytes: Uint8Array): void {
  for (const [name, data] of entries(bytes)) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const doc = parser.parseFromString(strFromU8(data), "application/xml");
    expect([name, doc.getElementsByTagName("parsererror").length]).toEqual([name, 0]);
  }
}

interface Cell {
  value: CellValue;
  text: string;
  format: string;
}

/** Every cell that holds something or has a number format, by address. */
function cellsOf(snapshot: SheetSnapshot): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const text = snapshot.texts?.[r]?.[c] ?? "";
      const format = snapshot.numberFormats?.[r]?.[c] ?? "General";
      if (value === null && text === "" && format === "General") return;
      cells.set(toA1(snapshot.originRow + r, snapshot.originCol + c), { value, text, format });
    })
  );
  return cells;
}

function mergesOf(snapshot: SheetSnapshot): string[] {
  return (snapshot.merges ?? []).map(rangeToA1).sort();
}

function bySheet(snapshots: SheetSnapshot[]): Map<string, SheetSnapshot> {
  return new Map(snapshots.map((s) => [s.sheetName, s]));
}

function valueAt(snapshot: SheetSnapshot | undefined, address: string): CellValue | undefined {
  return snapshot ? cellsOf(snapshot).get(address)?.value : undefined;
}

function edit(
  sheet: string,
  address: string,
  value: CellEdit["value"],
  more: Partial<CellEdit> = {}
) {
  return { sheet, address, value, asText: typeof value === "string", previous: null, ...more };
}

function caught(run: () => unknown): WorkbookWriteError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookWriteError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookWriteError");
}

/** The references of the rows, and of the cells in each row, in document order. */
function rowOrder(sheetXml: string): string[] {
  return [...sheetXml.matchAll(/<row [^>]*?r="(\d+)"[^>]*>(.*?)<\/row>/g)].map(
    ([, r, cells]) =>
      `${r}:${[...cells.matchAll(/<c r="([A-Z]+)\d+"/g)].map((m) => m[1]).join(",")}`
  );
}

function range(top: number, left: number, bottom = top, right = left): CellRange {
  return { top, left, bottom, right };
}

/** The explanation section as a new sheet, as the CLI lays it out. */
function explanationPlan(lines: string[]): LayoutPlan {
  return {
    sheet: "情况说明",
    origin: { row: 0, col: 0 },
    rows: lines.length,
    cols: 1,
    edits: lines.map((line, i) => edit("情况说明", `A${i + 1}`, line)),
    merges: [],
    styles: [{ range: range(0, 0, lines.length - 1, 0), style: "value" }],
    validations: [],
    columnWidths: { 0: 100 },
    focus: "A1",
  };
}

// ---------------------------------------------------------------------------------------
// (a) Patching the seed

describe("applyEditsToWorkbook on the seed workbook", () => {
  const original = seed();
  const before = readWorkbookSnapshots(original);
  // The seed has no empty basis: these replace bases that repeat the indicator (consented).
  const basis = planBoilerplate(before, {
    library: DEFAULT_PHRASES,
    replaceRepeats: true,
    explanation: false,
  }).edits.slice(0, 3);
  const lines = planBoilerplate(before, { library: DEFAULT_PHRASES, basis: false })
    .edits.filter((e) => e.sheet === "情况说明")
    .map((e) => String(e.value));
  const patched = applyEditsToWorkbook(original, basis, { newSheets: [explanationPlan(lines)] });
  const after = readWorkbookSnapshots(patched);

  it("plans what the test expects: consented basis edits on three sheets", () => {
    expect(basis.map((e) => `${e.sheet}!${e.address}`)).toEqual([
      "项目2!H11",
      "项目5!H13",
      "项目7!H13",
    ]);
    expect(basis.every((e) => e.overwrite === true)).toBe(true);
    expect(lines.length).toBeGreaterThan(5);
  });

  it("writes the edited cells and the new sheet", () => {
    const sheets = bySheet(after);
    for (const e of basis) expect(valueAt(sheets.get(e.sheet), e.address)).toBe(e.value);
    expect(after.map((s) => s.sheetName)).toEqual([...before.map((s) => s.sheetName), "情况说明"]);
    const explanation = sheets.get("情况说明") as SheetSnapshot;
    expect(explanation.values.map((row) => row[0])).toEqual(lines);
  });

  it("leaves every other cell of every sheet as it was: values, texts, number formats, merges", () => {
    const sheets = bySheet(after);
    for (const sheet of before) {
      const expected = cellsOf(sheet);
      for (const e of basis.filter((b) => b.sheet === sheet.sheetName)) {
        const format = expected.get(e.address)?.format ?? "General";
        expected.set(e.address, { value: e.value, text: String(e.value), format });
      }
      const actual = sheets.get(sheet.sheetName) as SheetSnapshot;
      expect(cellsOf(actual)).toEqual(expected);
      expect(mergesOf(actual)).toEqual(mergesOf(sheet));
    }
  });

  it("keeps every other ZIP entry byte-identical, in its original order", () => {
    const edited = new Set(basis.map((e) => sheetPart(original, e.sheet)));
    const newSheetChanges = [
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
      "docProps/app.xml",
    ];
    const was = entries(original);
    const now = entries(patched);
    expect([...now.keys()].slice(0, was.size)).toEqual([...was.keys()]);
    expect([...now.keys()].slice(was.size)).toEqual(["xl/worksheets/sheet9.xml"]);
    for (const [name, data] of was) {
      if (edited.has(name) || newSheetChanges.includes(name)) continue;
      expect([name, Buffer.from(now.get(name) as Uint8Array).equals(Buffer.from(data))]).toEqual([
        name,
        true,
      ]);
    }
    expect(edited.size).toBe(3);
    for (const name of edited)
      expect(strFromU8(now.get(name) as Uint8Array)).not.toBe(
        strFromU8(was.get(name) as Uint8Array)
      );
  });

  it("changes an edited sheet part only inside the rows it writes", () => {
    const name = sheetPart(original, "项目2");
    const was = part(original, name);
    const now = part(patched, name);
    const tail = (xml: string) => xml.slice(xml.indexOf("</sheetData>"));
    const head = (xml: string) => xml.slice(0, xml.indexOf("<sheetData>"));
    expect(tail(now)).toBe(tail(was));
    expect(head(now)).toBe(head(was));
    const rows = (xml: string) => xml.match(/<row [\s\S]*?<\/row>/g) ?? [];
    const changed = rows(now).filter((row, i) => row !== rows(was)[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^<row r="11" spans="1:8"[^>]*>/);
    expect(changed[0]).toContain('<c r="H11" s="3" t="inlineStr"><is><t xml:space="preserve">');
  });

  it("only appends to styles.xml, the workbook's sheet list, its rels and the content types", () => {
    for (const name of ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
      const was = part(original, name);
      const now = part(patched, name);
      const close = was.lastIndexOf("</");
      const end = name === "xl/workbook.xml" ? was.indexOf("</sheets>") : close;
      expect(now.startsWith(was.slice(0, end))).toBe(true);
      expect(now.endsWith(was.slice(end))).toBe(true);
    }
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(xml)?.[1] ?? "";
    const stylesWas = part(original, "xl/styles.xml");
    const stylesNow = part(patched, "xl/styles.xml");
    expect(xfs(stylesNow).startsWith(xfs(stylesWas))).toBe(true);
    expect(stylesNow).toContain("</extLst></styleSheet>");
    expectWellFormed(patched);
  });

  it("returns the workbook unchanged when there is nothing to write", () => {
    expect(Buffer.from(applyEditsToWorkbook(original, [])).equals(Buffer.from(original))).toBe(
      true
    );
  });
});

describe("random edits to empty cells of the seed", () => {
  const original = seed();
  const before = readWorkbookSnapshots(original);
  const hidden = (sheet: SheetSnapshot, row: number, col: number) =>
    (sheet.merges ?? []).some(
      (m) =>
        row >= m.top &&
        row <= m.bottom &&
        col >= m.left &&
        col <= m.right &&
        (row !== m.top || col !== m.left)
    );
  const text = fc.string({
    minLength: 1,
    maxLength: 12,
    unit: fc.constantFrom(
      "=",
      "+",
      "-",
      "@",
      "<",
      "&",
      '"',
      " ",
      "\n",
      "_",
      "x",
      "0",
      "4",
      "1",
      "中",
      "≥",
      "%"
    ),
  });
  const anEdit = fc
    .record({
      sheet: fc.integer({ min: 0, max: before.length - 1 }),
      row: fc.integer({ min: 0, max: 40 }),
      col: fc.integer({ min: 0, max: 14 }),
      value: fc.oneof(
        text,
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, noDefaultInfinity: true })
      ),
    })
    .filter(({ sheet, row, col }) => {
      const snapshot = before[sheet];
      return !cellsOf(snapshot).has(toA1(row, col)) && !hidden(snapshot, row, col);
    });

  it("writes exactly the edited cells, whatever their order and position", () => {
    fc.assert(
      fc.property(fc.array(anEdit, { minLength: 1, maxLength: 15 }), (raw) => {
        const edits = raw.map((e) => edit(before[e.sheet].sheetName, toA1(e.row, e.col), e.value));
        const after = bySheet(readWorkbookSnapshots(applyEditsToWorkbook(original, edits)));
        for (const sheet of before) {
          const expected = new Map([...cellsOf(sheet)].map(([a, c]) => [a, c.value]));
          for (const e of edits.filter((x) => x.sheet === sheet.sheetName))
            expected.set(e.address, Object.is(e.value, -0) ? 0 : e.value);
          const actual = after.get(sheet.sheetName) as SheetSnapshot;
          expect(new Map([...cellsOf(actual)].map(([a, c]) => [a, c.value]))).toEqual(expected);
          expect(mergesOf(actual)).toEqual(mergesOf(sheet));
        }
      }),
      { numRuns: 40 }
    );
  });
});

// ---------------------------------------------------------------------------------------
// (b) Text stays text

describe("text that looks like a formula or a number", () => {
  const texts = ["=SUM(A1)", "+86 123", "-5", "@home"];
  const edits = texts.map((text, i) => edit("项目1", `J${i + 2}`, text));
  const patched = applyEditsToWorkbook(seed(), edits);
  const xml = part(patched, "xl/worksheets/sheet1.xml");

  it("round-trips as strings, never formulas", () => {
    const sheet = readWorkbookSnapshots(patched)[0];
    texts.forEach((text, i) => expect(valueAt(sheet, `J${i + 2}`)).toBe(text));
    expect(xml).not.toMatch(/<f[\s>]/);
    expect(xml).toContain(
      '<c r="J2" t="inlineStr"><is><t xml:space="preserve">=SUM(A1)</t></is></c>'
    );
  });

  it("escapes XML, strips characters XML forbids, keeps spaces and line breaks", () => {
    const odd = [
      edit("项目1", "K2", "a < b & c > d \"q\" 'a'"),
      edit("项目1", "K3", "x\u0001y\u0008z\uFFFE"),
      edit("项目1", "K4", "  缩进  "),
      edit("项目1", "K5", "第一行\r\n第二行"),
      edit("项目1", "K6", "_x0041_ 不是 A"),
      edit("项目1", "K7", 12, { asText: true }),
      edit("项目1", "K8", 3.5),
      edit("项目1", "K9", "😀 ≥95%"),
    ];
    const sheet = readWorkbookSnapshots(applyEditsToWorkbook(seed(), odd))[0];
    expect(["K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9"].map((a) => valueAt(sheet, a))).toEqual([
      "a < b & c > d \"q\" 'a'",
      "xyz",
      "  缩进  ",
      "第一行\n第二行",
      "_x0041_ 不是 A",
      "12",
      3.5,
      "😀 ≥95%",
    ]);
  });

  it("refuses numbers Excel cannot store", () => {
    expect(caught(() => applyEditsToWorkbook(seed(), [edit("项目1", "K2", Number.NaN)])).key).toBe(
      "badNumber"
    );
  });
});

// ---------------------------------------------------------------------------------------
// (c) Consent, merged areas, placement

describe("non-empty cells, merged areas and cell placement", () => {
  it("refuses to overwrite a non-empty cell without consent, and overwrites with it", () => {
    const error = caught(() =>
      applyEditsToWorkbook(seed(), [edit("项目1", "D4", 99, { previous: 48 })])
    );
    expect(error.key).toBe("notEmpty");
    expect(error.message).toContain("项目1!D4");
    expect(error.zh).toContain("未经用户同意");
    expect(error.en).toContain("consent");
    for (const address of ["B2", "A1"]) {
      expect(caught(() => applyEditsToWorkbook(seed(), [edit("项目1", address, "新")])).key).toBe(
        "notEmpty"
      );
    }
    const patched = applyEditsToWorkbook(seed(), [
      edit("项目1", "D4", 99, { previous: 48, overwrite: true }),
    ]);
    expect(valueAt(readWorkbookSnapshots(patched)[0], "D4")).toBe(99);
    expect(part(patched, "xl/worksheets/sheet1.xml")).toContain('<c r="D4" s="3"><v>99</v></c>');
  });

  it("clears a value with null and keeps the cell's style", () => {
    const patched = applyEditsToWorkbook(seed(), [
      edit("项目1", "D4", null, { previous: 48, overwrite: true }),
    ]);
    expect(valueAt(readWorkbookSnapshots(patched)[0], "D4")).toBeUndefined();
    expect(part(patched, "xl/worksheets/sheet1.xml")).toContain('<c r="D4" s="3"/>');
  });

  it("refuses a write into the hidden part of a merged area, and unknown sheets or addresses", () => {
    const merged = caught(() => applyEditsToWorkbook(seed(), [edit("项目1", "C2", "x")]));
    expect(merged.key).toBe("mergedCell");
    expect(merged.message).toContain("B2:D2");
    expect(caught(() => applyEditsToWorkbook(seed(), [edit("无此表", "A1", "x")])).key).toBe(
      "noSheet"
    );
    expect(caught(() => applyEditsToWorkbook(seed(), [edit("项目1", "A0", "x")])).key).toBe(
      "badAddress"
    );
    expect(caught(() => applyEditsToWorkbook(seed(), [edit("项目1", "XFE1", "x")])).key).toBe(
      "badAddress"
    );
  });

  it("creates cells and rows in sorted position, widening spans and the dimension", () => {
    const first = applyEditsToWorkbook(seed(), [
      edit("项目1", "L20", "l"),
      edit("项目1", "J3", "j"),
    ]);
    const second = applyEditsToWorkbook(first, [
      edit("项目1", "Z20", "z"),
      edit("项目1", "C20", "c"),
      edit("项目1", "B16", 1),
      edit("项目1", "$A$15", 2),
      edit("项目1", "A16", 3),
    ]);
    const xml = part(second, "xl/worksheets/sheet1.xml");
    expect(rowOrder(xml).slice(2)).toEqual([
      "3:A,B,C,D,E,F,G,H,J",
      ...rowOrder(xml).slice(3, 14),
      "15:A",
      "16:A,B",
      "20:C,L,Z",
    ]);
    expect(xml).toMatch(/<row r="3" spans="1:10"/);
    expect(xml).toContain('<dimension ref="A1:Z20"/>');
    const sheet = readWorkbookSnapshots(second)[0];
    expect(["J3", "L20", "Z20", "C20", "B16", "A15", "A16"].map((a) => valueAt(sheet, a))).toEqual([
      "j",
      "l",
      "z",
      "c",
      1,
      2,
      3,
    ]);
  });

  describe("a sheet whose rows or cells are repeated or out of order, which Excel repairs on opening", () => {
    /** The seed with its first sheet's XML changed by `edit`, which must change it. */
    const seedWithSheet = (edit: (xml: string) => string) =>
      seedWithPart("xl/worksheets/sheet1.xml", (xml) => {
        const changed = edit(xml);
        expect(changed).not.toBe(xml);
        return changed;
      });
    const row = (xml: string, n: number) =>
      new RegExp(`<row r="${n}"[^>]*>.*?</row>`).exec(xml)?.[0] ?? "";

    it.each<[string, (xml: string) => string, string]>([
      ["a row repeated", (xml) => xml.replace(row(xml, 5), row(xml, 5) + row(xml, 5)), "第 5 行"],
      [
        "a row numbered past the sheet's last",
        (xml) => xml.replace('<row r="13"', '<row r="99999999"'),
        "第 99999999 行",
      ],
      [
        "rows out of order",
        (xml) => xml.replace(row(xml, 5) + row(xml, 6), row(xml, 6) + row(xml, 5)),
        "第 5 行",
      ],
      ["a row holding another row's cell", (xml) => xml.replace('<c r="B6"', '<c r="B7"'), "B7"],
      [
        "a row's cells out of order",
        (xml) =>
          xml.replace(/(<c r="A6"[^>]*(?:\/>|>.*?<\/c>))(<c r="B6"[^>]*(?:\/>|>.*?<\/c>))/, "$2$1"),
        "A6",
      ],
    ])("%s: refused before anything is written, the place named", (_, change, place) => {
      const bytes = seedWithSheet(change);
      // The reader still reads it: the check goes on; only writing is refused.
      expect(readWorkbookSnapshots(bytes)).toHaveLength(8);
      const edits = [edit("项目1", "J5", "j")];
      for (const write of [
        () => previewWrite(bytes, edits),
        () => applyEditsToWorkbook(bytes, edits),
      ]) {
        const refused = caught(write);
        expect(refused.key).toBe("corrupt");
        expect(refused.message).toContain(`工作表“项目1”中的行或单元格重复或顺序错乱（${place}）`);
      }
    });

    it("rows and cells placed by position, with no `r`, are in order: written as ever", () => {
      const bytes = seedWithSheet((xml) => xml.replace(/ r="[A-Z]*\d+"/g, ""));
      const written = applyEditsToWorkbook(bytes, [edit("项目1", "J5", "j")]);
      expect(valueAt(readWorkbookSnapshots(written)[0], "J5")).toBe("j");
    });
  });

  it("a cell the reader reads and the writer's scan misses (a quote left unopened): a fix into it is refused, nothing written", () => {
    const bytes = unopenedAttributeQuote();
    const { edits } = planFixes(readWorkbookSnapshots(bytes), {});
    expect(edits.map((e) => e.address)).toContain("M12");
    const refused = caught(() => applyEditsToWorkbook(bytes, edits));
    expect(refused.key).toBe("corrupt");
    expect(refused.zh).toBe(
      "工作簿已损坏，无法写入：工作表“绩效自评表”的单元格 M12 写入后读出的内容与写入的不同，请在 Excel 或 WPS 中打开并另存后再试"
    );
    // The same fixes into the undamaged file are written and read back.
    const intact = new Uint8Array(readFileSync(GAOLING_SELF_EVALUATION));
    const written = readWorkbookSnapshots(applyEditsToWorkbook(intact, edits))[0];
    expect(valueAt(written, "M12")).toBe(25);
  });

  it("a cell edited twice in one write holds the last edit, and reads back as written", () => {
    const written = applyEditsToWorkbook(seed(), [
      edit("项目1", "N4", 0),
      edit("项目1", "n4", "first"),
      edit("项目1", "N4", -1),
    ]);
    expect(valueAt(readWorkbookSnapshots(written)[0], "N4")).toBe(-1);
  });

  it("writes into sheets added by the same call", () => {
    const plan = explanationPlan(["第一行"]);
    const patched = applyEditsToWorkbook(seed(), [edit("情况说明", "B3", "旁注")], {
      newSheets: [plan],
    });
    const sheet = bySheet(readWorkbookSnapshots(patched)).get("情况说明");
    expect([valueAt(sheet, "A1"), valueAt(sheet, "B3")]).toEqual(["第一行", "旁注"]);
  });

  it("refuses new sheets whose names exist or are invalid", () => {
    const named = (sheet: string) => ({ ...explanationPlan([]), sheet });
    expect(
      caught(() => applyEditsToWorkbook(seed(), [], { newSheets: [named("项目1")] })).key
    ).toBe("sheetExists");
    for (const bad of ["a/b", "", "x".repeat(32), "'引号'", "History"]) {
      expect(caught(() => applyEditsToWorkbook(seed(), [], { newSheets: [named(bad)] })).key).toBe(
        "badSheetName"
      );
    }
  });

  it("refuses a file that is not an .xlsx", () => {
    expect(caught(() => applyEditsToWorkbook(strToU8("a,b\n1,2\n"), [])).key).toBe("notXlsx");
    const truncated = seed().slice(0, 2000);
    const error = caught(() => applyEditsToWorkbook(truncated, []));
    expect(error.key).toBe("corrupt");
    // What is damaged, in Chinese in the Chinese message and in ZIP's words in the English one.
    expect(error.zh).toBe("工作簿已损坏，无法写入：找不到压缩包的中央目录结尾（文件可能不完整）");
    expect(error.en).toBe(
      "the workbook is damaged and cannot be written: no end of central directory"
    );
  });
});

// ---------------------------------------------------------------------------------------
// (d) A workbook with validation, conditional format, comment, defined name and image

const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64"
  )
);
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const PKG_REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
const RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

const CONDITIONAL =
  '<conditionalFormatting sqref="B1:B3"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">' +
  "<formula>1</formula></cfRule></conditionalFormatting>";
const VALIDATION =
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C1:C3">' +
  "<formula1>$A$1:$A$2</formula1></dataValidation></dataValidations>";
const DRAWINGS = '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>';
const DEFINED_NAME =
  '<definedNames><definedName name="单位列表">数据!$A$1:$A$2</definedName></definedNames>';

/** A small workbook written by hand, with the parts a patch must not disturb. */
function handBuilt(options: { prefix?: string } = {}): Uint8Array {
  const x = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? MAIN.replace("xmlns=", `xmlns:${options.prefix}=`) : MAIN;
  const sheet =
    `<${x}worksheet ${ns} ${REL}><${x}dimension ref="A1:D3"/><${x}sheetData>` +
    `<${x}row r="1"><${x}c r="A1" t="inlineStr"><${x}is><${x}t>个</${x}t></${x}is></${x}c><${x}c r="B1"><${x}v>1</${x}v></${x}c>` +
    `<${x}c r="D1"><${x}f t="shared" ref="D1:D2" si="0">B1+1</${x}f><${x}v>2</${x}v></${x}c></${x}row>` +
    `<${x}row r="2"><${x}c r="A2" t="inlineStr"><${x}is><${x}t>次</${x}t></${x}is></${x}c><${x}c r="B2"><${x}v>2</${x}v></${x}c>` +
    `<${x}c r="D2"><${x}f t="shared" si="0"/><${x}v>3</${x}v></${x}c></${x}row>` +
    `<${x}row r="3"><${x}c r="B3"><${x}f>B2*2</${x}f><${x}v>4</${x}v></${x}c></${x}row>` +
    `</${x}sheetData>` +
    (options.prefix
      ? ""
      : `${CONDITIONAL}${VALIDATION}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${DRAWINGS}`) +
    `</${x}worksheet>`;
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
      `<Override PartName="/xl/calcChain.xml" ContentType="${CT}.spreadsheetml.calcChain+xml"/></Types>`,
    "_rels/.rels": `<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${RT}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook ${MAIN} ${REL}><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>${DEFINED_NAME}</workbook>`,
    "xl/_rels/workbook.xml.rels":
      `<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${RT}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${RT}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${RT}/calcChain" Target="calcChain.xml"/></Relationships>`,
    "xl/styles.xml":
      `<styleSheet ${MAIN}><fonts count="1"><font><sz val="11"/><name val="Arial"/></font></fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs>' +
      '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>',
    "xl/worksheets/sheet1.xml": sheet,
    "xl/worksheets/_rels/sheet1.xml.rels":
      `<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${RT}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId2" Type="${RT}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId3" Type="${RT}/comments" Target="../comments1.xml"/></Relationships>`,
    "xl/comments1.xml":
      `<comments ${MAIN}><authors><author>审核人</author></authors><commentList>` +
      '<comment ref="A1" authorId="0"><text><t>请核对单位</t></text></comment></commentList></comments>',
    "xl/drawings/vmlDrawing1.vml":
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">' +
      '<v:textbox/><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 3, 16</x:Anchor>' +
      "<x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>",
    "xl/drawings/drawing1.xml":
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ${REL}><xdr:oneCellAnchor>` +
      "<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>" +
      '<xdr:ext cx="95250" cy="95250"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
      '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
    "xl/drawings/_rels/drawing1.xml.rels": `<Relationships ${PKG_REL}><Relationship Id="rId1" Type="${RT}/image" Target="../media/image1.png"/></Relationships>`,
    "xl/media/image1.png": PNG,
    "xl/calcChain.xml": `<calcChain ${MAIN}><c r="D1" i="1"/><c r="D2"/><c r="B3"/></calcChain>`,
  };
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, data]) => [
        name,
        typeof data === "string" ? strToU8(data) : data,
      ])
    )
  );
}

describe("a workbook with validation, conditional format, comment, defined name and image", () => {
  const original = handBuilt();
  const was = entries(original);

  function unchangedExcept(patched: Uint8Array, changed: string[]): void {
    const now = entries(patched);
    for (const [name, data] of was) {
      if (changed.includes(name)) continue;
      expect([name, Buffer.from(now.get(name) as Uint8Array).equals(Buffer.from(data))]).toEqual([
        name,
        true,
      ]);
    }
  }

  it("is readable as built", () => {
    const [sheet] = readWorkbookSnapshots(original);
    expect([valueAt(sheet, "A1"), valueAt(sheet, "B3"), valueAt(sheet, "D2")]).toEqual([
      "个",
      4,
      3,
    ]);
  });

  it("survives a patch: only the sheet part changes, and in it only the written row", () => {
    const patched = applyEditsToWorkbook(original, [edit("数据", "C3", "个")]);
    unchangedExcept(patched, ["xl/worksheets/sheet1.xml"]);
    const xml = part(patched, "xl/worksheets/sheet1.xml");
    for (const piece of [CONDITIONAL, VALIDATION, DRAWINGS]) expect(xml).toContain(piece);
    expect(xml).toContain('<row r="3"><c r="B3"><f>B2*2</f><v>4</v></c><c r="C3" t="inlineStr">');
    expect(valueAt(readWorkbookSnapshots(patched)[0], "C3")).toBe("个");
  });

  it("survives a patch that adds a sheet: the defined name and dxfs stay, parts stay byte-identical", () => {
    const patched = applyEditsToWorkbook(original, [edit("数据", "C1", "次")], {
      newSheets: [planTemplate("mof-2021", { sheet: "新项目" })],
    });
    unchangedExcept(patched, [
      "xl/worksheets/sheet1.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
      "xl/styles.xml",
    ]);
    expect(part(patched, "xl/workbook.xml")).toContain(`</sheets>${DEFINED_NAME}`);
    expect(part(patched, "xl/styles.xml")).toContain(
      '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>'
    );
    expect(readWorkbookSnapshots(patched).map((s) => s.sheetName)).toEqual(["数据", "新项目"]);
    expectWellFormed(patched);
  });

  it("replaces a formula only with consent, then drops the stale calculation chain", () => {
    expect(caught(() => applyEditsToWorkbook(original, [edit("数据", "B3", 5)])).key).toBe(
      "notEmpty"
    );
    const patched = applyEditsToWorkbook(original, [edit("数据", "B3", 5, { overwrite: true })]);
    const now = entries(patched);
    expect(now.has("xl/calcChain.xml")).toBe(false);
    expect(part(patched, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(part(patched, "[Content_Types].xml")).not.toContain("calcChain");
    unchangedExcept(patched, [
      "xl/worksheets/sheet1.xml",
      "xl/calcChain.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
    ]);
    expect(valueAt(readWorkbookSnapshots(patched)[0], "B3")).toBe(5);
  });

  it("refuses to replace the master of a shared formula, not a cell that uses it", () => {
    const master = caught(() =>
      applyEditsToWorkbook(original, [edit("数据", "D1", 0, { overwrite: true })])
    );
    expect(master.key).toBe("sharedFormula");
    const patched = applyEditsToWorkbook(original, [edit("数据", "D2", 0, { overwrite: true })]);
    expect(valueAt(readWorkbookSnapshots(patched)[0], "D2")).toBe(0);
  });

  it("patches a worksheet written with a namespace prefix in the same prefix", () => {
    const patched = applyEditsToWorkbook(handBuilt({ prefix: "x" }), [
      edit("数据", "C2", "新"),
      edit("数据", "A5", 7),
    ]);
    const xml = part(patched, "xl/worksheets/sheet1.xml");
    expect(xml).toContain(
      '<x:c r="C2" t="inlineStr"><x:is><x:t xml:space="preserve">新</x:t></x:is></x:c>'
    );
    expect(xml).toContain('<x:row r="5"><x:c r="A5"><x:v>7</x:v></x:c></x:row></x:sheetData>');
    expectWellFormed(patched);
  });
});

// ---------------------------------------------------------------------------------------
// (e) New workbooks

describe("createWorkbook", () => {
  const template = planTemplate("mof-2015", {
    sheet: "新表",
    projectName: "测试项目",
    fundsTotal: 12.5,
  });
  // Targets typed into the template's text columns (符号, 值) of the first indicator row.
  const firstIndicator = template.origin.row + template.rows - 6 + 1;
  const typed: CellEdit[] = [
    edit("新表", `E${firstIndicator}`, "≥"),
    edit("新表", `F${firstIndicator}`, "=95"),
    edit("新表", `G${firstIndicator}`, "%"),
  ];
  const longList = Array.from({ length: 60 }, (_, i) => `选项${i + 1}号`);
  const second: LayoutPlan = {
    sheet: "清单",
    origin: { row: 1, col: 1 },
    rows: 2,
    cols: 2,
    edits: [edit("清单", "B2", "名称"), edit("清单", "C2", 3)],
    merges: [range(3, 1, 3, 2)],
    styles: [
      { range: range(1, 1, 1, 1), style: "header" },
      { range: range(1, 2, 1, 2), style: "number" },
    ],
    validations: [
      { range: range(2, 1, 9, 1), values: longList },
      { range: range(2, 2, 9, 2), values: ["甲,乙", "丙"] },
    ],
    columnWidths: { 1: 20, 2: 300 },
    focus: "B3",
  };
  const bytes = createWorkbook([{ ...template, edits: [...template.edits, ...typed] }, second]);
  const snapshots = readWorkbookSnapshots(bytes);
  const sheets = bySheet(snapshots);

  it("is read back with the plans' values and merges", () => {
    expect(snapshots.map((s) => s.sheetName)).toEqual(["新表", "清单", "_lists"]);
    const sheet = sheets.get("新表") as SheetSnapshot;
    for (const e of [...template.edits, ...typed])
      expect([e.address, valueAt(sheet, e.address)]).toEqual([e.address, e.value]);
    expect(cellsOf(sheet).size).toBe(template.edits.length + typed.length);
    expect(mergesOf(sheet)).toEqual(template.merges.map(rangeToA1).sort());
    expect(mergesOf(sheets.get("清单") as SheetSnapshot)).toEqual(["B4:C4"]);
    expect([valueAt(sheets.get("清单"), "B2"), valueAt(sheets.get("清单"), "C2")]).toEqual([
      "名称",
      3,
    ]);
  });

  it("formats the text columns as text (`@`), the rest as General", () => {
    const cells = cellsOf(sheets.get("新表") as SheetSnapshot);
    expect(typed.map((e) => cells.get(e.address)?.format)).toEqual(["@", "@", "General"]);
    expect(cells.get("A1")?.format).toBe("General");
    expect(cells.get(`F${firstIndicator}`)?.value).toBe("=95");
  });

  it("is recognized by the engine as one hebei-2020 table", () => {
    const result = checkWorkbook(snapshots);
    const tables = result.sheets.flatMap((s) => s.tables);
    expect(tables).toHaveLength(1);
    expect(tables[0].table.sheet).toBe("新表");
    expect(tables[0].table.profile).toBe("mof-2015");
  });

  it("writes list validations inline, or on the hidden `_lists` sheet when too long or comma-laden", () => {
    const first = part(bytes, "xl/worksheets/sheet1.xml");
    const inline = `<formula1>&quot;${TEMPLATE_SYMBOLS.join(",").replace(/>/g, "&gt;").replace(/</g, "&lt;")}&quot;</formula1>`;
    expect(first).toContain(inline);
    expect(first).toMatch(
      /<dataValidation type="list" errorStyle="warning" allowBlank="1" showDropDown="0"/
    );
    expect(first.match(/<dataValidation /g)).toHaveLength(template.validations.length);
    const list = part(bytes, "xl/worksheets/sheet2.xml");
    expect(list).toContain(`sqref="B3:B10"><formula1>'_lists'!$A$1:$A$60</formula1>`);
    expect(list).toContain(`sqref="C3:C10"><formula1>'_lists'!$B$1:$B$2</formula1>`);
    expect(part(bytes, "xl/workbook.xml")).toContain(
      '<sheet name="_lists" sheetId="3" state="hidden" r:id='
    );
    const lists = sheets.get("_lists") as SheetSnapshot;
    expect(lists.values.map((row) => row[0])).toEqual(longList);
    expect(lists.values.slice(0, 2).map((row) => row[1])).toEqual(["甲,乙", "丙"]);
    expect(list).toContain('<col min="3" max="3" width="255" customWidth="1"/>');
  });

  it("carries the looks in styles.xml and the minimal package parts", () => {
    const styles = part(bytes, "xl/styles.xml");
    for (const piece of [
      'numFmtId="49"',
      "<b/>",
      '<sz val="16"/>',
      'patternType="solid"',
      'style="thin"',
      'wrapText="1"',
      'vertical="top"',
    ])
      expect(styles).toContain(piece);
    const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    expect(styles.match(/<xf [^>]*xfId="0"/g)).toHaveLength(xfCount);
    expect([...entries(bytes).keys()]).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet3.xml",
    ]);
    const types = part(bytes, "[Content_Types].xml");
    for (const name of [
      "workbook",
      "styles",
      "worksheets/sheet1",
      "worksheets/sheet2",
      "worksheets/sheet3",
    ])
      expect(types).toContain(`PartName="/xl/${name}.xml"`);
    expect(part(bytes, "xl/worksheets/sheet1.xml")).toContain('tabSelected="1"');
    expectWellFormed(bytes);
  });

  it("appends to an existing `_lists` sheet and reuses identical styles on a second patch", () => {
    const renamed = second.edits.map((e) => ({ ...e, sheet: "清单二" }));
    const again = applyEditsToWorkbook(bytes, [], {
      newSheets: [{ ...second, sheet: "清单二", edits: renamed }],
    });
    const styles = (b: Uint8Array) => part(b, "xl/styles.xml");
    expect(styles(again)).toBe(styles(bytes));
    const lists = bySheet(readWorkbookSnapshots(again)).get("_lists") as SheetSnapshot;
    expect(lists.values.map((row) => row[2])).toEqual(longList);
    expect(part(again, "xl/worksheets/sheet4.xml")).toContain(
      `<formula1>'_lists'!$C$1:$C$60</formula1>`
    );
    expect(readWorkbookSnapshots(again).map((s) => s.sheetName)).toEqual([
      "新表",
      "清单",
      "_lists",
      "清单二",
    ]);
  });

  it("refuses no plans, overlapping merges and edits outside the plans' sheets", () => {
    expect(caught(() => createWorkbook([])).key).toBe("noSheets");
    const overlapping = { ...second, merges: [range(3, 1, 3, 2), range(3, 2, 4, 2)] };
    expect(caught(() => createWorkbook([overlapping])).key).toBe("mergeOverlap");
    const stray = { ...second, edits: [edit("别处", "A1", "x")] };
    expect(caught(() => createWorkbook([stray])).key).toBe("editOutsidePlans");
    const hidden = { ...second, edits: [edit("清单", "C4", "x")] };
    expect(caught(() => createWorkbook([hidden])).key).toBe("mergedCell");
  });
});

// ---------------------------------------------------------------------------------------
// (f) LibreOffice, when installed

function onPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

const office = onPath(["soffice", "libreoffice"]);
if (!office)
  console.log("LibreOffice (soffice) is not on PATH: the PDF conversion test is skipped.");
const itWithOffice = office ? it : it.skip;

describe("LibreOffice", () => {
  itWithOffice(
    "converts a created and a patched workbook to PDF",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "perfgoal-xlsx-"));
      try {
        writeFileSync(
          join(dir, "created.xlsx"),
          createWorkbook([planTemplate("mof-2021", { sheet: "表" })])
        );
        writeFileSync(
          join(dir, "patched.xlsx"),
          applyEditsToWorkbook(seed(), [edit("项目1", "J2", "=不是公式")], {
            newSheets: [explanationPlan(["情况说明"])],
          })
        );
        const run = officeConvert([join(dir, "created.xlsx"), join(dir, "patched.xlsx")], "pdf", {
          outDir: dir,
          workDir: dir,
          command: office as string,
          timeoutMs: 170_000,
        });
        expect(run.status).toBe(0);
        for (const name of ["created.pdf", "patched.pdf"]) {
          expect(readdirSync(dir)).toContain(name);
          expect(readFileSync(join(dir, name)).subarray(0, 5).toString()).toBe("%PDF-");
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000
  );
});

describe("protected sheets", () => {
  /**
   * 项目1 protected, with an unlocked style (5) on column H and on row 31, whose cells are
   * C31 (a locked style), D31 (the unlocked one) and H31 (no style: style 0, locked).
   */
  function protectedSeed(): Uint8Array {
    const files = unzipSync(seed());
    const styles = strFromU8(files["xl/styles.xml"]);
    files["xl/styles.xml"] = strToU8(
      styles.replace(
        "</cellXfs>",
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs>'
      )
    );
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"])
      .replace('<col min="8" max="8"', '<col min="8" max="8" style="5"')
      .replace(
        "</sheetData>",
        '<row r="31" s="5" customFormat="1"><c r="C31" s="3"/><c r="D31" s="5"/><c r="H31"/></row></sheetData>'
      )
      .replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1"/>');
    files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
    return zipSync(files);
  }

  const locked = ["C31", "G30", "H31"].map((address) => edit("项目1", address, "x"));
  const unlocked = ["D31", "H30", "G31"].map((address) => edit("项目1", address, "x"));

  it("refuses the locked cells, by the cell's, the row's or the column's style", () => {
    const bytes = protectedSeed();
    for (const write of [
      () => previewWrite(bytes, [...unlocked, ...locked]),
      () => applyEditsToWorkbook(bytes, [...unlocked, ...locked]),
    ]) {
      const error = caught(write);
      expect(error.key).toBe("lockedCells");
      expect(error.data.cells).toBe("项目1!C31, G30, H31");
    }
  });

  it("writes the unlocked ones", () => {
    const bytes = protectedSeed();
    expect(previewWrite(bytes, unlocked)).toEqual({ kind: "xlsx", hiddenSheets: [] });
    const after = bySheet(readWorkbookSnapshots(applyEditsToWorkbook(bytes, unlocked))).get(
      "项目1"
    );
    for (const address of ["D31", "H30", "G31"]) expect(valueAt(after, address)).toBe("x");
  });

  it("an unprotected sheet takes writes whatever its styles say", () => {
    expect(() => applyEditsToWorkbook(seed(), [edit("项目1", "G30", "x")])).not.toThrow();
  });
});

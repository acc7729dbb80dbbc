/**
 * The direct reader against SheetJS: for every fixture, every corpus workbook, workbooks
 * written by LibreOffice and by SheetJS, and a generated set of what other writers do,
 * the snapshots the direct reader gives equal those of the SheetJS path, and the direct
 * reader (not a fallback to SheetJS) gave them.
 */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { isDeepStrictEqual } from "util";
import * as XLSX from "@e965/xlsx";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { numberText } from "../../src/hosts/xlsx/number-text";
import { READ_OPTIONS, readDirectlyOrUndefined, readWithSheetJS } from "../../src/hosts/xlsx/read";
import { buildCorpusWorkbook, CORPUS, corpusIds, loadSource } from "../support/corpus";
import { generatedWorkbooks } from "../support/generated-workbooks";
import { packageBytes, worksheetXml } from "../support/xlsx-package";
import { itWithLibreOffice, withConverted } from "../support/office";

const FIXTURES = join(__dirname, "..", "fixtures");

/** Where two values first differ (`[2].texts[5][1]: "0.96" ≠ "0.95"`), or undefined. */
function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}[${key}]`
      );
      if (difference) return difference;
    }
  }
  return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

function expectSameSnapshots(bytes: Uint8Array): SheetSnapshot[] {
  const direct = readDirectlyOrUndefined(bytes);
  expect(direct).toBeDefined();
  expect(firstDifference(direct, readWithSheetJS(bytes))).toBeUndefined();
  expectSheetJSTexts(bytes, direct ?? []);
  return direct ?? [];
}

/**
 * Both paths render display texts themselves: each cell's text is also held to the one
 * SheetJS renders when asked to (`cellText`), as Excel's files are read by the usual library.
 * Not General with text around it (`G/通用格式"亩"`), which the reader shows as Excel does,
 * where SheetJS gives up or drops the text.
 */
const GENERAL_WITH_TEXT = /General.|.General|G\/通用格式/;

function expectSheetJSTexts(bytes: Uint8Array, snapshots: SheetSnapshot[]): void {
  const workbook = XLSX.read(bytes, { ...READ_OPTIONS, cellText: true });
  const differences: string[] = [];
  workbook.SheetNames.forEach((name, s) => {
    const snapshot = snapshots[s];
    const rows: XLSX.CellObject[][] = workbook.Sheets[name]["!data"] ?? [];
    rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (cell?.w === undefined || GENERAL_WITH_TEXT.test(String(cell.z ?? ""))) return;
        const text = snapshot.texts?.[r - snapshot.originRow]?.[c - snapshot.originCol];
        if (text !== cell.w) differences.push(`${name}!${XLSX.utils.encode_cell({ r, c })}`);
      })
    );
  });
  expect(differences).toEqual([]);
}

const fixtureFiles = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".xlsx"))
  .map((name) => join(FIXTURES, name));
const corpusFiles = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".xlsx"))
  .map((name) => join(CORPUS, name));

describe("the direct reader gives the snapshots SheetJS gives", () => {
  it.each(fixtureFiles.map((file) => [file.slice(FIXTURES.length + 1), file]))(
    "fixture %s",
    (_name, file) => {
      const snapshots = expectSameSnapshots(new Uint8Array(readFileSync(file)));
      expect(snapshots.some((sheet) => sheet.values.length > 0)).toBe(true);
    }
  );

  it.each(corpusFiles.map((file) => [file.slice(CORPUS.length + 1), file]))(
    "corpus workbook %s",
    (_name, file) => {
      expectSameSnapshots(new Uint8Array(readFileSync(file)));
    }
  );

  it("corpus workbooks built from their sources", () => {
    const ids = corpusIds();
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expectSameSnapshots(new Uint8Array(buildCorpusWorkbook(loadSource(id))));
  });

  it.each(generatedWorkbooks().map((w) => [w.name, w.bytes]))("generated %s", (_name, bytes) => {
    const snapshots = expectSameSnapshots(bytes);
    expect(snapshots.some((sheet) => sheet.values.length > 0)).toBe(true);
  });

  it("a unit in a number's format shows as Excel shows it", () => {
    const [sheet] = expectSameSnapshots(
      generatedWorkbooks().find((w) => w.name === "generated-general-with-text")?.bytes ??
        new Uint8Array()
    );
    expect(sheet.texts?.[0]).toEqual(["20000亩", "≥95%", "0.3", "-2亩"]);
  });

  it("the generated workbooks read the way their XML says", () => {
    const [main] = expectSameSnapshots(generatedWorkbooks()[0].bytes);
    // Rich text joined, phonetic runs left out, entities and escapes decoded.
    expect(main.values[0].slice(0, 5)).toEqual([
      "项目名称",
      "产出 指标 ",
      "数量",
      "漢字かな",
      "a & b <c> \"d\" 'e' 中文 \rx line1\nline2",
    ]);
    // The extent comes from the cells: not the A1:XFD1048576 the dimension claims.
    expect(main.originRow).toBe(0);
    expect(main.values[0].length).toBe(22);
    expect(main.values[1].slice(0, 8)).toEqual([
      "内联文字",
      "富文本",
      " a&b ",
      true,
      false,
      { error: "#N/A" },
      { error: "#DIV/0!" },
      { error: "#VALUE!" },
    ]);
    // Cells without `r` follow the previous cell; rows without `r` the previous row.
    expect(main.values[6].slice(0, 4)).toEqual(["  spaced  ", 1.5, true, 0.125]);
    expect(main.texts?.[6][3]).toBe("12.50%");
    // `_x005F_` escapes the underscore of an escape that is not one.
    expect(main.values[7].slice(0, 2)).toEqual(["tab\there _x0041_ A", 42]);
  });

  it("reads every cell type it knows, and leaves a date or an unknown type to SheetJS", () => {
    const withCell = (cell: string) =>
      packageBytes({ sheets: [{ name: "表", xml: worksheetXml(`<row r="1">${cell}</row>`) }] });
    const known = ['t="n"', 't=""', "", 't="b"', 't="e"', 't="str"', 't="inlineStr"'];
    for (const type of known) {
      const content = type === 't="inlineStr"' ? "<is><t>7</t></is>" : "<v>1</v>";
      expect(readDirectlyOrUndefined(withCell(`<c r="A1" ${type}>${content}</c>`))).toBeDefined();
    }
    for (const type of ['t="d"', 't="x"', 't="ss"', 't="inlinestr"'])
      expect(readDirectlyOrUndefined(withCell(`<c r="A1" ${type}><v>1</v></c>`))).toBeUndefined();
  });

  it("reads merged areas as SheetJS's pattern does, and passes over the others", () => {
    const odd = generatedWorkbooks().find((w) => w.name === "generated-odd-merges");
    const [sheet] = expectSameSnapshots(odd?.bytes ?? new Uint8Array());
    // A3:B4, C3:D3, A6:B7 (of A6:B7:C8), D6, E6:F6, A9:B9; not the two-space, lower-case,
    // `a-b:` prefixed, `ref` followed by another attribute, or empty ones.
    expect(sheet.merges).toEqual([
      { top: 2, left: 0, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 3 },
      { top: 5, left: 0, bottom: 6, right: 1 },
      { top: 5, left: 3, bottom: 5, right: 3 },
      { top: 5, left: 4, bottom: 5, right: 5 },
      { top: 8, left: 0, bottom: 8, right: 1 },
    ]);
  });

  it("workbooks SheetJS writes, with shared strings and without", () => {
    const sources: Uint8Array[] = [...fixtureFiles.slice(0, 2), ...corpusFiles.slice(0, 3)].map(
      (file) => new Uint8Array(readFileSync(file))
    );
    sources.push(...generatedWorkbooks().map((w) => w.bytes));
    for (const bytes of sources) {
      const workbook = XLSX.read(bytes, { type: "array", cellNF: true, cellStyles: true });
      // The writer walks the whole `!ref`: a generated sheet's claimed A1:XFD1048576 is
      // replaced by the extent of its cells.
      for (const sheet of Object.values(workbook.Sheets)) {
        const cells = Object.keys(sheet).filter((key) => !key.startsWith("!"));
        if (cells.length === 0) continue;
        const range = XLSX.utils.decode_range(`${cells[0]}:${cells[0]}`);
        for (const key of cells) {
          const { r, c } = XLSX.utils.decode_cell(key);
          range.s.r = Math.min(range.s.r, r);
          range.s.c = Math.min(range.s.c, c);
          range.e.r = Math.max(range.e.r, r);
          range.e.c = Math.max(range.e.c, c);
        }
        sheet["!ref"] = XLSX.utils.encode_range(range);
      }
      for (const bookSST of [true, false]) {
        const written = XLSX.write(workbook, { type: "array", bookType: "xlsx", bookSST });
        expectSameSnapshots(new Uint8Array(written as ArrayBuffer));
      }
    }
  });

  itWithLibreOffice(
    "workbooks LibreOffice writes (fixtures and the generated set, converted)",
    () =>
      withConverted(
        "xlsx",
        (dir) => {
          const inputs = [...fixtureFiles, ...corpusFiles.slice(0, 4)];
          for (const workbook of generatedWorkbooks()) {
            const file = join(dir, `${workbook.name}.xlsx`);
            writeFileSync(file, workbook.bytes);
            inputs.push(file);
          }
          return inputs;
        },
        (_name, path) => expectSameSnapshots(new Uint8Array(readFileSync(path)))
      ),
    300000
  );
});

describe("number formats the direct reader writes itself", () => {
  it.each(["General", "@", "0", "0.00", "0%", "0.00%", "#,##0", "#,##0.00"])(
    "%s: the same text as SheetJS's formatter for 20,000 values",
    (format) => {
      let state = 97;
      const random = () => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state / 2147483648;
      };
      const values = [0.955, -0.955, 41.955, 2.675, 1.005, 0.995, 99.995, -0.004, 0.5, -0.5, 1e-7];
      for (let i = 0; i < 20000; i++) {
        const pick = random();
        values.push(
          pick < 0.3
            ? Math.round((random() - 0.5) * 20000) / 8
            : pick < 0.6
              ? (random() - 0.5) * Math.pow(10, Math.floor(random() * 18) - 6)
              : Math.round(random() * 100000) / 1000 - 50
        );
      }
      const differing = values.filter(
        (value) => numberText(format, value) !== XLSX.SSF.format(format, value)
      );
      expect(differing).toEqual([]);
    }
  );
});

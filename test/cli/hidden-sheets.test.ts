/**
 * Hidden sheets, as a reviewer reads a workbook: the file host reads which sheets are hidden,
 * `check` passes over each with a note unless `--hidden`, and the web page's workbook hides
 * them as the file does, so its pane lists them and checks them on request, as in Excel.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../src/domain/check";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { hiddenSheetNames } from "../../src/hosts/xlsx/open-document";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { hostOn } from "../hosts/support";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { itWithLibreOffice, withConverted } from "../support/office";
import { scratchFolder } from "../support/scratch";

jest.setTimeout(120_000);

const { fresh } = scratchFolder("perfgoal-hidden-");

/** The seed with 项目2 hidden and 项目3 very hidden, in `bookType`. */
function seedWithHiddenSheets(bookType: XLSX.BookType): Buffer {
  const workbook = XLSX.read(readFileSync(fixturePath("hebei-2020-seed.xlsx")), { cellNF: true });
  workbook.Workbook = {
    ...workbook.Workbook,
    Sheets: workbook.SheetNames.map((name, i) => ({ name, Hidden: i === 1 ? 1 : i === 2 ? 2 : 0 })),
  };
  return XLSX.write(workbook, { type: "buffer", bookType }) as Buffer;
}

describe("the file host says which sheets are hidden", () => {
  it.each<[string, XLSX.BookType]>([
    [".xlsx, read directly", "xlsx"],
    [".xls, read by SheetJS", "biff8"],
  ])("%s", (_name, bookType) => {
    const snapshots = readWorkbookSnapshots(seedWithHiddenSheets(bookType));
    expect(snapshots.map((s) => s.hidden)).toEqual([
      undefined,
      "hidden",
      "veryHidden",
      ...Array(5).fill(undefined),
    ]);
  });
});

describe("an .ods says which sheets are hidden by their table style", () => {
  itWithLibreOffice(
    "as LibreOffice writes it (the very hidden one hidden, as ODF has no other kind)",
    () => {
      let converted: SheetSnapshot[] = [];
      withConverted(
        "ods",
        (dir) => {
          const file = join(dir, "表.xlsx");
          writeFileSync(file, seedWithHiddenSheets("xlsx"));
          return [file];
        },
        (_name, path) => (converted = readWorkbookSnapshots(readFileSync(path)))
      );
      expect(converted.map((s) => s.hidden)).toEqual([
        undefined,
        "hidden",
        "hidden",
        ...Array(5).fill(undefined),
      ]);
    },
    120000
  );

  it("reads the style's name and the sheet's name as XML, and only table styles", () => {
    const content =
      '<style:style style:name="ta&amp;1" style:family="table">' +
      '<style:table-properties table:display="false"/></style:style>' +
      '<style:style style:name="ce1" style:family="table-cell">' +
      '<style:table-properties table:display="false"/></style:style>' +
      '<style:style style:name="ta2" style:family="table"/>' +
      '<table:table table:name="A &amp; B" table:style-name="ta&amp;1"></table:table>' +
      '<table:table table:name="C" table:style-name="ce1"></table:table>' +
      '<table:table table:name="D" table:style-name="ta2"></table:table>';
    expect([...hiddenSheetNames(content)]).toEqual(["A & B"]);
  });
});

describe("a check passes over hidden sheets unless asked", () => {
  const snapshots = readWorkbookSnapshots(seedWithHiddenSheets("xlsx"));

  it("each hidden sheet gets a note saying how it is hidden, and nothing else", () => {
    const result = checkWorkbook(snapshots);
    const [, second, third] = result.sheets;
    expect(second.tables).toEqual([]);
    expect(second.notes).toEqual([
      expect.objectContaining({
        ruleId: "read/hidden-sheet",
        severity: "info",
        address: "A1",
        message: "工作表“项目2”已隐藏，未检查",
        messageEn: "sheet “项目2” is hidden; not checked",
      }),
    ]);
    expect(third.notes.map((note) => note.message)).toEqual([
      "工作表“项目3”已深度隐藏（只能用宏或代码取消隐藏），未检查",
    ]);
    expect(result.sheets.flatMap((sheet) => sheet.tables)).toHaveLength(6);
  });

  it("with includeHidden, every sheet is checked as if none were hidden", () => {
    const visible = snapshots.map(({ hidden: _hidden, ...snapshot }) => snapshot);
    expect(checkWorkbook(snapshots, { includeHidden: true })).toEqual(checkWorkbook(visible));
  });
});

describe("perfgoal check", () => {
  const file = fresh();
  writeFileSync(file, seedWithHiddenSheets("xlsx"));

  it("names each hidden sheet it passed over, and checks the rest", async () => {
    const { stdout } = await runCli("check", file);
    expect(stdout).toContain(
      "  [项目2]\n    A1     提示  工作表“项目2”已隐藏，未检查  read/hidden-sheet\n"
    );
    expect(stdout.split("\n")[0]).toBe(`✔ ${file}  6 张表：0 个错误，22 个警告，18 个提示`);
  });

  it("checks them too with --hidden: the seed's eight tables", async () => {
    const { stdout } = await runCli("check", file, "--hidden", "--quiet");
    expect(stdout.split("\n")[0]).toBe(`✖ ${file}  8 张表：1 个错误，32 个警告，21 个提示`);
  });

  it("inspect takes no --hidden: it shows how every sheet was read", async () => {
    const { code, stderr } = await runCli("inspect", file, "--hidden");
    expect(code).toBe(2);
    expect(stderr).toContain("--hidden");
  });
});

describe("the web page's workbook", () => {
  it("hides the sheets the file hides, so that the pane treats them as Excel's", async () => {
    const workbook = FakeWorkbook.fromSnapshots(
      readWorkbookSnapshots(seedWithHiddenSheets("xlsx"))
    );
    const { sheets } = await hostOn(workbook).listSheets();
    expect(sheets.slice(0, 4).map((sheet) => sheet.visibility)).toEqual([
      "visible",
      "hidden",
      "veryHidden",
      "visible",
    ]);
  });
});

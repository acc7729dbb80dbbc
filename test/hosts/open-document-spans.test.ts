/**
 * The merged areas of an .ods as its content.xml spans them. SheetJS reads none whose first
 * cell is blank (a first level left blank, merged over its rows: 阆中 2021 saved by
 * LibreOffice), so the reader takes them from content.xml itself, in one bounded pass.
 */
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { spannedAreas } from "../../src/hosts/xlsx/open-document";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";

const cell = (attributes = "") => `<table:table-cell${attributes}/>`;
const row = (cells: string, attributes = "") =>
  `<table:table-row${attributes}>${cells}</table:table-row>`;
const sheet = (name: string, rows: string) =>
  `<table:table table:name="${name}" table:style-name="ta1">${rows}</table:table>`;

describe("spannedAreas", () => {
  it("places each spanned cell by the rows and cells before it, repeated ones by their number", () => {
    const content = sheet(
      "表1",
      row(cell(' table:number-columns-spanned="3"') + "<table:covered-table-cell/>".repeat(2)) +
        row(cell(), ' table:number-rows-repeated="4"') +
        row(cell(' table:number-columns-repeated="2"') + cell(' table:number-rows-spanned="5"'))
    );
    expect(spannedAreas(content, 100)).toEqual(
      new Map([
        [
          "表1",
          [
            { top: 0, left: 0, bottom: 0, right: 2 },
            { top: 5, left: 2, bottom: 9, right: 2 },
          ],
        ],
      ])
    );
  });

  it("keeps each sheet's areas apart, and places no cell of a table inside a cell", () => {
    const inner = sheet("inner", row(cell(' table:number-rows-spanned="9"')));
    const content =
      sheet("甲", row(`<table:table-cell>${inner}</table:table-cell>`)) +
      sheet("乙", row(cell() + cell(' table:number-rows-spanned="2"')));
    expect(spannedAreas(content, 100)).toEqual(
      new Map([
        ["甲", []],
        ["乙", [{ top: 0, left: 1, bottom: 1, right: 1 }]],
      ])
    );
  });

  it("places no cell that stands outside a row", () => {
    const content =
      sheet("甲", row(cell())) + sheet("乙", cell(' table:number-rows-spanned="2"') + row(cell()));
    expect(spannedAreas(content, 100)).toEqual(
      new Map([
        ["甲", []],
        ["乙", []],
      ])
    );
  });

  it("counts a file's claims, never walks them: a million repeated rows, a limit on the areas", () => {
    const spanned = cell(' table:number-rows-spanned="2" table:number-columns-repeated="999999"');
    const content = sheet(
      "表1",
      row(cell(), ' table:number-rows-repeated="99999999"') + row(spanned)
    );
    const [areas] = spannedAreas(content, 1000).values();
    expect(areas).toHaveLength(1000);
    // Repeats count at most a sheet's million rows.
    expect(areas[0]).toEqual({ top: 1 << 20, left: 0, bottom: (1 << 20) + 1, right: 0 });
  });
});

it("an .ods's merged area over blank cells is read as merged", () => {
  const workbook = XLSX.utils.book_new();
  const rows = [
    ["一级指标", "二级指标"],
    [null, "数量指标"],
    [null, "质量指标"],
  ];
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), "表1");
  const parts = unzipSync(new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "ods" })));
  const content = strFromU8(parts["content.xml"]);
  const blank = "<table:table-cell />";
  const first = content.indexOf(blank);
  const second = content.indexOf(blank, first + blank.length);
  if (first < 0 || second < 0) throw new Error("SheetJS wrote no blank cells");
  parts["content.xml"] = strToU8(
    content.slice(0, first) +
      '<table:table-cell table:number-rows-spanned="2" />' +
      content.slice(first + blank.length, second) +
      "<table:covered-table-cell />" +
      content.slice(second + blank.length)
  );
  const [snapshot] = readWorkbookSnapshots(zipSync(parts));
  expect(snapshot.merges).toContainEqual({ top: 1, left: 0, bottom: 2, right: 0 });
});

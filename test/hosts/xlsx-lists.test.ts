/**
 * The xlsx writer's list features: hyperlinks to cells of other files, an autofilter, a frozen
 * heading row and print titles, in a new workbook and on a sheet added to an existing one.
 */
import { readFileSync } from "fs";
import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";
import { LayoutPlan } from "../../src/domain/edits";
import { createWorkbook } from "../../src/hosts/xlsx/create";
import { applyEditsToWorkbook } from "../../src/hosts/xlsx/patch";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { fixturePath } from "../support/fixtures";

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)])
  );
}

const parser = new new JSDOM("").window.DOMParser();

function expectWellFormed(all: Record<string, string>): void {
  for (const [name, xml] of Object.entries(all)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const doc = parser.parseFromString(xml, "application/xml");
    expect([name, doc.getElementsByTagName("parsererror").length]).toEqual([name, 0]);
  }
}

/** A two-column list with a heading row; its cells link to `targets`. */
function listPlan(sheet: string, targets: string[]): LayoutPlan {
  const rows = targets.length + 1;
  return {
    sheet,
    origin: { row: 0, col: 0 },
    rows,
    cols: 2,
    edits: [
      { sheet, address: "A1", value: "单元格", asText: true, previous: null },
      { sheet, address: "B1", value: "问题", asText: true, previous: null },
      ...targets.flatMap((target, i) => [
        { sheet, address: `A${i + 2}`, value: target, asText: true, previous: null },
        { sheet, address: `B${i + 2}`, value: "=1+1", asText: true, previous: null },
      ]),
    ],
    merges: [],
    styles: [{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: "header" }],
    validations: [],
    columnWidths: { 0: 10, 1: 30 },
    page: {
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5 },
      centered: false,
      titleRows: 1,
    },
    links: targets.map((target, i) => ({ address: `A${i + 2}`, target })),
    autoFilter: { top: 0, left: 0, bottom: rows - 1, right: 1 },
    frozenRows: 1,
    focus: "A2",
  };
}

/** The elements of a worksheet's root, in order. */
function childOrder(xml: string): string[] {
  const doc = parser.parseFromString(xml, "application/xml");
  return [...doc.documentElement.children].map((element) => element.localName);
}

describe("a new workbook with lists", () => {
  const targets = ["a.xlsx#'项目1'!E12", "子目录/b%20c.xlsx#'O''Brien'!A1"];
  const bytes = createWorkbook([listPlan("明细", targets), listPlan("汇总", targets.slice(0, 1))]);
  const all = parts(bytes);

  it("is well-formed and reads back with its values as text", () => {
    expectWellFormed(all);
    const [detail] = readWorkbookSnapshots(bytes);
    expect(detail.sheetName).toBe("明细");
    expect(detail.values.map((row) => row[0])).toEqual(["单元格", ...targets]);
    expect(detail.values[1][1]).toBe("=1+1");
  });

  it("links each cell through an external relationship of its sheet", () => {
    const sheet = all["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<hyperlinks><hyperlink ref="A2" r:id="rId1"/>');
    expect(sheet).toContain('<hyperlink ref="A3" r:id="rId2"/></hyperlinks>');
    const rels = all["xl/worksheets/_rels/sheet1.xml.rels"];
    expect(rels).toContain(
      `Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="a.xlsx#'项目1'!E12" TargetMode="External"`
    );
    expect(rels).toContain(`Target="子目录/b%20c.xlsx#'O''Brien'!A1" TargetMode="External"`);
  });

  it("filters, freezes the heading row and keeps the schema's order", () => {
    const sheet = all["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<autoFilter ref="A1:B3"/>');
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    );
    expect(sheet).toContain('<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>');
    expect(childOrder(sheet)).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "autoFilter",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
    ]);
  });

  it("names the print titles and the filter's range per sheet", () => {
    const workbook = all["xl/workbook.xml"];
    expect(workbook).toContain(
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'明细'!$1:$1</definedName>` +
        `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'明细'!$A$1:$B$3</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">'汇总'!$1:$1</definedName>`
    );
  });
});

describe("a list added to an existing workbook", () => {
  const seed = new Uint8Array(readFileSync(fixturePath("hebei-2020-seed.xlsx")));
  const bytes = applyEditsToWorkbook(seed, [], {
    newSheets: [listPlan("审核意见", ["x.xlsx#'项目1'!A1"])],
  });
  const all = parts(bytes);

  it("puts its names before calcPr, local to the ninth sheet", () => {
    expectWellFormed(all);
    const workbook = all["xl/workbook.xml"];
    expect(workbook).toMatch(
      /<\/sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="8">'审核意见'!\$1:\$1<\/definedName>.*<\/definedNames><calcPr /
    );
    expect(
      readWorkbookSnapshots(bytes)
        .map((s) => s.sheetName)
        .at(-1)
    ).toBe("审核意见");
  });
});

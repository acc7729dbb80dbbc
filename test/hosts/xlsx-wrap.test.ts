/** Bases written into existing sheets wrap in their cells, and their rows grow to show them. */
import { strFromU8, unzipSync } from "fflate";
import { DEFAULT_PHRASES, planBoilerplate } from "../../src/domain/boilerplate";
import { CellEdit, wrappedRowHeight } from "../../src/domain/edits";
import { parseA1 } from "../../src/domain/snapshot";
import { applyEditsToWorkbook } from "../../src/hosts/xlsx/patch";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { wrapWrittenCells } from "../../src/hosts/xlsx/wrap";
import { readFileSync } from "fs";
import { fixturePath } from "../support/fixtures";
import { Package, readWorkbookParts } from "../../src/hosts/xlsx/ooxml";

const part = (bytes: Uint8Array, path: string) => strFromU8(unzipSync(bytes)[path]);

/** Every cell start tag of a row, by reference. */
function cellTags(sheetXml: string, row: number): Map<string, string> {
  const rowXml =
    new RegExp(`<row r="${row + 1}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml)?.[1] ?? "";
  return new Map([...rowXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>/g)].map((m) => [m[1], m[0]]));
}

function xfs(stylesXml: string): string[] {
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "";
  return [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
}

describe("bases written into the seed", () => {
  const original = new Uint8Array(readFileSync(fixturePath("hebei-2020-seed.xlsx")));
  const before = readWorkbookSnapshots(original);
  const edits = planBoilerplate(before, {
    library: DEFAULT_PHRASES,
    replaceRepeats: true,
    explanation: false,
  }).edits;
  const patched = applyEditsToWorkbook(original, edits);
  const parts = readWorkbookParts(Package.read(original)).sheets;
  const sheetPart = (sheet: string) =>
    (parts.find((s) => s.name === sheet)?.part ?? "").replace(/^\//, "");

  it("are planned to wrap", () => {
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((edit) => edit.wrap === true)).toBe(true);
  });

  it("wrap in their cells: a copy of the cell's own look with wrap text, appended", () => {
    const stylesBefore = xfs(part(original, "xl/styles.xml"));
    const stylesAfter = xfs(part(patched, "xl/styles.xml"));
    expect(stylesAfter.slice(0, stylesBefore.length)).toEqual(stylesBefore);
    for (const edit of edits) {
      const tag = cellTags(
        part(patched, sheetPart(edit.sheet)),
        parseA1(edit.address)?.row ?? 0
      ).get(edit.address);
      const style = Number(/ s="(\d+)"/.exec(tag ?? "")?.[1] ?? 0);
      expect(stylesAfter[style]).toMatch(/wrapText="1"/);
    }
  });

  it("grow their rows to fit, and leave every other cell's look and every column width", () => {
    for (const edit of edits) {
      const row = parseA1(edit.address)?.row ?? 0;
      const was = part(original, sheetPart(edit.sheet));
      const now = part(patched, sheetPart(edit.sheet));
      expect(/<cols>[\s\S]*?<\/cols>/.exec(now)?.[0]).toBe(/<cols>[\s\S]*?<\/cols>/.exec(was)?.[0]);
      const tagsBefore = cellTags(was, row);
      const tagsAfter = cellTags(now, row);
      for (const [address, tag] of tagsBefore)
        if (address !== edit.address) expect(tagsAfter.get(address)).toBe(tag);
      const height = Number(new RegExp(`<row r="${row + 1}"[^>]* ht="([\\d.]+)"`).exec(now)?.[1]);
      const heightBefore = Number(
        new RegExp(`<row r="${row + 1}"[^>]* ht="([\\d.]+)"`).exec(was)?.[1]
      );
      expect(height).toBeGreaterThanOrEqual(heightBefore || 0);
      expect(height).toBeGreaterThan(0);
    }
  });
});

describe("wrapWrittenCells", () => {
  const sheet = (row: string) =>
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="20" customWidth="1"/></cols>' +
    `<sheetData>${row}</sheetData><mergeCells count="1"><mergeCell ref="B1:B2"/></mergeCells></worksheet>`;
  const styles =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<fonts count="1"><font><sz val="12"/><name val="宋体"/></font></fonts>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
    "</styleSheet>";
  const text = "根据项目实施方案和年度工作计划确定，并参考近三年历史数据";
  const edit = (address: string): CellEdit => ({
    sheet: "S",
    address,
    value: text,
    asText: true,
    previous: null,
    wrap: true,
  });

  it("grows a row to the estimate for the column width and the cell's font, never shrinks one", () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>');
    const result = wrapWrittenCells(xml, styles, [edit("A1")]);
    expect(result.sheetXml).toContain(
      `<row r="1" ht="${wrappedRowHeight(text, 20, 12)}" customHeight="1">`
    );
    expect(result.sheetXml).toContain('<c r="A1" t="inlineStr" s="2">');
    expect(xfs(result.stylesXml)[2]).toMatch(/<alignment wrapText="1"\/>/);
    const tall = sheet('<row r="1" ht="300" customHeight="1"><c r="A1" s="1"/></row>');
    const kept = wrapWrittenCells(tall, styles, [edit("A1")]);
    expect(kept).toEqual({ sheetXml: tall, stylesXml: styles });
  });

  it("wraps a cell merged over rows but leaves those rows' heights", () => {
    const xml = sheet('<row r="1"><c r="B1" t="inlineStr"><is><t>x</t></is></c></row>');
    const result = wrapWrittenCells(xml, styles, [edit("B1")]);
    expect(result.sheetXml).toContain('<row r="1">');
    expect(result.sheetXml).toContain('<c r="B1" t="inlineStr" s="2">');
  });
});

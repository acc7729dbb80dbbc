/**
 * Excel 2003 XML Spreadsheets (SpreadsheetML), which systems that export tables often save
 * under an `.xls` name and Excel and WPS open as workbooks: read in the encoding they declare,
 * to the findings of the workbook they hold; a web page saved as `.xls`, an encoding that
 * does not fit, and a file too large each get one line.
 */
import { readFileSync } from "fs";
import * as XLSX from "@e965/xlsx";
import { MAX_PART_BYTES } from "../../src/hosts/xlsx/zip";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { outcomeOf, outcomeWithoutBlankMerges, WORKBOOKS } from "../support/outcome";
import { readError } from "../support/read-error";

/** As Excel writes one: styles with named formats, merges across and down, skipped cells. */
const EXCEL_STYLE = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/></Style>
  <Style ss:ID="s62"><NumberFormat ss:Format="Percent"/></Style>
  <Style ss:ID="s63"><NumberFormat ss:Format="0.00"/></Style>
 </Styles>
 <Worksheet ss:Name="项目1">
  <Table ss:ExpandedColumnCount="4" ss:ExpandedRowCount="3" x:FullColumns="1" x:FullRows="1">
   <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">项目支出绩效目标表</Data></Cell></Row>
   <Row><Cell ss:MergeDown="1"><Data ss:Type="String">产出指标</Data></Cell><Cell><Data ss:Type="String">数量指标</Data></Cell><Cell ss:StyleID="s62"><Data ss:Type="Number">0.95</Data></Cell><Cell ss:StyleID="s63"><Data ss:Type="Number">12.5</Data></Cell></Row>
   <Row><Cell ss:Index="2"><Data ss:Type="String">质量&#10;指标</Data></Cell><Cell ss:Index="4"><Data ss:Type="Boolean">1</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>
`;

const EXPECTED = {
  sheetName: "项目1",
  values: [
    ["项目支出绩效目标表", null, null, null],
    ["产出指标", "数量指标", 0.95, 12.5],
    [null, "质量\n指标", null, true],
  ],
  texts: [
    ["项目支出绩效目标表", "", "", ""],
    ["产出指标", "数量指标", "95.00%", "12.50"],
    ["", "质量\n指标", "", "TRUE"],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 3 },
    { top: 1, left: 0, bottom: 2, right: 0 },
  ],
};

/** GBK bytes of a text, from the decoder's own table (Node has no GBK encoder). */
function gbkBytes(text: string): Uint8Array {
  const decoder = new TextDecoder("gbk");
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(codes.get(char) ?? [0x3f]));
  }
  return new Uint8Array(bytes);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("an XML Spreadsheet is read as the workbook it holds", () => {
  it.each<[string, () => Uint8Array]>([
    ["UTF-8", () => utf8(EXCEL_STYLE)],
    [
      "UTF-8 with a byte-order mark",
      () => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(EXCEL_STYLE)]),
    ],
    ["GB2312, as it declares", () => gbkBytes(EXCEL_STYLE.replace("UTF-8", "GB2312"))],
    ["GBK, as it declares", () => gbkBytes(EXCEL_STYLE.replace("UTF-8", "GBK"))],
    [
      "UTF-16 with a byte-order mark",
      () => {
        const text = EXCEL_STYLE.replace("UTF-8", "UTF-16");
        const bytes = new Uint8Array(2 + text.length * 2);
        bytes.set([0xff, 0xfe]);
        for (let i = 0; i < text.length; i++) {
          bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
          bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
        }
        return bytes;
      },
    ],
  ])("%s: values, texts and merges as Excel shows them", (_name, bytes) => {
    const [sheet] = readWorkbookSnapshots(bytes());
    expect({
      sheetName: sheet.sheetName,
      values: sheet.values,
      texts: sheet.texts,
      merges: sheet.merges,
    }).toEqual(EXPECTED);
  });

  it.each(WORKBOOKS.map((file) => [file.slice(file.lastIndexOf("/") + 1), file]))(
    "as SheetJS writes it, to the tables and findings of the .xlsx: %s",
    (_name, file) => {
      const xlsx = new Uint8Array(readFileSync(file));
      const xml = XLSX.write(XLSX.read(xlsx, { cellNF: true }), {
        type: "buffer",
        bookType: "xlml",
      });
      expect(outcomeOf(new Uint8Array(xml as Buffer))).toEqual(outcomeWithoutBlankMerges(xlsx));
    }
  );

  it("entities it declares are not expanded", () => {
    const declared = EXCEL_STYLE.replace(
      '<?mso-application progid="Excel.Sheet"?>',
      '<!DOCTYPE Workbook [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    ).replace(">数量指标<", ">&b;<");
    const [sheet] = readWorkbookSnapshots(utf8(declared));
    expect(sheet.values[1][1]).toBe("&b;");
  });
});

describe("what cannot be read says why in one line", () => {
  it("a web page saved as .xls", () => {
    const page = utf8(
      "<html><head><meta charset='utf-8'></head><body><table><tr><td>项目名称</td></tr></table></body></html>"
    );
    const error = readError(page);
    expect(error.key).toBe("read.html");
    expect(error.message).toMatch(
      /^这是网页（HTML）格式的表格，不是工作簿：请在 Excel 或 WPS 中打开，另存为 \.xlsx 后再检查 \/ /
    );
    expect(readError(utf8("  <TABLE border=1><tr><td>1</td></tr></TABLE>")).key).toBe("read.html");
  });

  it("bytes that are not in the encoding declared", () => {
    const error = readError(utf8(EXCEL_STYLE.replace("UTF-8", "GB2312")));
    expect(error.key).toBe("read.xmlEncoding");
    expect(error.message).toContain("“GB2312”");
    expect(readError(utf8(EXCEL_STYLE.replace("UTF-8", "x-no-such-encoding"))).key).toBe(
      "read.xmlEncoding"
    );
  });

  it("an XML Spreadsheet larger than a workbook part may unpack to", () => {
    const bytes = new Uint8Array(MAX_PART_BYTES + 1).fill(0x20);
    bytes.set(utf8(EXCEL_STYLE.slice(0, EXCEL_STYLE.indexOf("<Styles>"))));
    const error = readError(bytes);
    expect(error.key).toBe("read.xmlTooLarge");
    expect(error.message).toMatch(
      /^这个 XML 表格（Excel 2003 XML）约 257 MB，超过 256 MB 的上限，未读取 \/ /
    );
  });

  it("other XML and other text are still no workbook", () => {
    expect(readError(utf8('<?xml version="1.0"?><note>项目名称</note>')).key).toBe("read.notXlsx");
    expect(readError(utf8("项目名称,一级指标\n")).key).toBe("read.notXlsx");
  });
});

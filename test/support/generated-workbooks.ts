/**
 * Workbooks written by hand the way various writers write them: rich text, phonetic
 * runs, inline strings, cells without `r`, namespace prefixes, dates, percent and custom
 * formats, errors, formulas with cached results, shared and inline strings, booleans,
 * merged cells, empty rows. For the reader's differential test.
 */
import { PackageSpec, packageBytes, packageParts, worksheetXml, zipParts } from "./xlsx-package";

const SHARED_STRINGS = [
  "<si><t>项目名称</t></si>",
  '<si><r><rPr><b/><sz val="11"/></rPr><t>产出</t></r><r><t xml:space="preserve"> 指标 </t></r></si>',
  '<si><t>数量</t><rPh sb="0" eb="2"><t>スウリョウ</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><r><t>漢字</t></r><rPh sb="0" eb="2"><t>カンジ</t></rPh><r><t>かな</t></r></si>',
  "<si><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#x4E2D;&#25991; _x000D_x line1&#13;&#10;line2</t></si>",
  "<si><t/></si>",
  "<si><t>≥95%</t></si>",
  "<si><r><t>only one run</t></r></si>",
  '<si><t xml:space="preserve">  spaced  </t></si>',
  "<si><t>tab\there _x005F_x0041_ _x0041_</t></si>",
];

/** Format ids: 164.. custom; cellXfs index → numFmtId. */
const NUM_FMTS = [
  '<numFmt numFmtId="164" formatCode="0.0%"/>',
  '<numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/>',
  '<numFmt numFmtId="166" formatCode="#,##0.00_ ;[Red]\\-#,##0.00\\ "/>',
  '<numFmt numFmtId="167" formatCode="0.00&quot;元&quot;"/>',
  '<numFmt numFmtId="168" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
  '<numFmt numFmtId="169" formatCode="0;[Red]-0;&quot;零&quot;;@&quot;!&quot;"/>',
];
const XF_FORMAT_IDS = [0, 9, 10, 14, 164, 165, 166, 167, 49, 3, 4, 2, 1, 168, 169, 11, 22];
export const STYLE = {
  general: 0,
  percent: 1,
  percent2: 2,
  date: 3,
  percent1: 4,
  isoDate: 5,
  accounting: 6,
  yuan: 7,
  text: 8,
  thousands: 9,
  thousands2: 10,
  fixed2: 11,
  integer: 12,
  chineseDate: 13,
  sections: 14,
  scientific: 15,
  dateTime: 16,
} as const;

type Cell = string;

function num(ref: string | null, value: number, style: number = STYLE.general): Cell {
  return `<c${ref ? ` r="${ref}"` : ""}${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;
}

const NUMBERS = [
  0,
  1,
  -1,
  0.5,
  -0.5,
  95,
  0.95,
  0.955,
  0.1 + 0.2,
  1 / 3,
  -2 / 3,
  1e-7,
  123456789012,
  1234567.891,
  -0.004,
  45000.5,
  44927,
  1e21,
  12345.678,
  99.995,
];

/** Every number in every style, one style per row from row 20 on. */
function formatRows(): string {
  const rows: string[] = [];
  Object.values(STYLE).forEach((style, i) => {
    const r = 20 + i;
    const cells = NUMBERS.map((value, c) =>
      num(`${String.fromCharCode(65 + c)}${r}`, value, style)
    );
    cells.push(`<c r="U${r}" s="${style}" t="s"><v>0</v></c>`);
    cells.push(`<c r="V${r}" s="${style}" t="b"><v>1</v></c>`);
    rows.push(`<row r="${r}">${cells.join("")}</row>`);
  });
  return rows.join("");
}

const MAIN_SHEET = worksheetXml(
  [
    // Shared strings, rich and phonetic, and the dimension's claim is ignored below.
    '<row r="1" spans="1:8"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c><c r="H1" t="s" s="8"><v>7</v></c></row>',
    // Inline strings, plain and rich; str results; booleans; errors.
    '<row r="2"><c r="A2" t="inlineStr"><is><t>内联文字</t></is></c><c r="B2" t="inlineStr"><is><r><t>富</t></r><r><rPr><i/></rPr><t>文本</t></r></is></c><c r="C2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2" t="e"><v>#DIV/0!</v></c><c r="H2" t="e"><v>#VALUE!</v></c></row>',
    // Formulas with cached results of each type, one without a result, shared formulas.
    '<row r="3"><c r="A3"><f>SUM(1,2)</f><v>3</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3" t="b"><f>TRUE()</f><v>1</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3"><f>NOW()</f></c><c r="F3" s="1"><f t="shared" ref="F3:H3" si="0">A3/10</f><v>0.3</v></c><c r="G3" s="1"><f t="shared" si="0"/><v>0.25</v></c><c r="H3" s="1"><f t="shared" si="0"/></c></row>',
    // Empty rows, written three ways.
    '<row r="4"/><row r="5"></row><row r="6" spans="1:3" ht="20" customHeight="1"></row>',
    // Cells without r, in a row with r; then rows without r.
    '<row r="7"><c t="s"><v>8</v></c><c><v>1.5</v></c><c t="b"><v>1</v></c><c s="2"><v>0.125</v></c></row>',
    '<row><c t="s"><v>9</v></c><c t="n"><v>42</v></c></row><row><c/><c><v>7</v></c><c r="E9"><v>9</v></c><c><v>10</v></c></row>',
    // Cells that hold nothing: no value, empty value, empty type.
    '<row r="11"><c r="A11" s="3"/><c r="B11"><v></v></c><c r="C11" t=""><v>12</v></c><c r="D11" t="n"><v>-3.25</v></c><c r="E11" t="s"/></row>',
    // Strings with CRLF and escapes written as str.
    '<row r="12"><c r="A12" t="str"><v>line1&#13;&#10;line2</v></c><c r="B12" t="str"><v>x_x000A_y</v></c><c r="C12" t="str"><v></v></c></row>',
    formatRows(),
  ].join(""),
  { merges: ["A1:C1", "D2:E3", "A40:B41"], dimension: "A1:XFD1048576" }
);

/** The same kind of content with every element prefixed (`x:`), as some writers do. */
const PREFIXED_SHEET = worksheetXml(
  [
    '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" s="1"><x:v>0.875</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c></x:row>',
    '<x:row r="3"><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D3" t="e"><x:v>#REF!</x:v></x:c></x:row>',
    '<x:row><x:c t="s"><x:v>6</x:v></x:c><x:c><x:v>3.5</x:v></x:c></x:row>',
  ].join(""),
  { prefix: "x", merges: ["B2:B3"] }
);

/** A table far from A1, with a blank sheet beside it. */
const OFFSET_SHEET = worksheetXml(
  '<row r="100"><c r="AA100" t="s"><v>0</v></c><c r="AC100"><v>5</v></c></row><row r="103"><c r="AB103" s="4"><v>0.333</v></c></row>'
);

/**
 * Merged areas written the ways writers write them (quotes of either kind, spaces before the
 * end, a closing tag, a word prefix), and ways SheetJS's pattern passes over (two spaces,
 * lower case, another attribute after `ref`, an empty reference).
 */
const ODD_MERGES_SHEET = worksheetXml(
  '<row r="1"><c r="A1"><v>1</v></c><c r="H12"><v>2</v></c></row>',
  { merges: ["A1:A1"] }
).replace(
  /<mergeCells.*<\/mergeCells>/,
  '<mergeCells count="11"><mergeCell ref=\'A3:B4\' /><mergeCell ref="C3:D3"></mergeCell>' +
    '<mergeCell  ref="E3:F3"/><mergeCell ref="g3:h3"/><mergeCell ref="A6:B7:C8"/>' +
    '<mergeCell ref="D6"/><mergeCell ref="E6:F6"\t\n/><ab_1:mergeCell ref="A9:B9"/>' +
    '<a-b:mergeCell ref="C9:D9"/><mergeCell ref="E9:F9" count="1"/><mergeCell ref=""/></mergeCells>'
);

/** The package with `workbookPr` (its dates' base) first in its workbook part. */
function countingFrom1904(spec: PackageSpec, workbookPr: string): Uint8Array {
  const parts = packageParts(spec);
  const workbook = "xl/workbook.xml";
  parts[workbook] = parts[workbook].replace(/<(\w+:)?sheets>/, (sheets) => workbookPr + sheets);
  return zipParts(parts);
}

export function generatedWorkbooks(): Array<{ name: string; bytes: Uint8Array }> {
  const styles = {
    numFmts: NUM_FMTS,
    cellXfs: XF_FORMAT_IDS.map((id) => `<xf numFmtId="${id}"/>`),
  };
  const base: PackageSpec = {
    sharedStrings: SHARED_STRINGS,
    styles,
    sheets: [
      { name: "全部", xml: MAIN_SHEET },
      { name: "空白", xml: worksheetXml("") },
      { name: "偏移 &amp; 名", xml: OFFSET_SHEET },
    ],
  };
  const prefixed: PackageSpec = {
    prefix: "x",
    sharedStrings: SHARED_STRINGS.map((item) => item.replace(/<(\/?)/g, "<$1x:")),
    styles: {
      numFmts: NUM_FMTS.map((f) => f.replace("<numFmt", "<x:numFmt")),
      cellXfs: styles.cellXfs.map((xf) => xf.replace("<xf", "<x:xf")),
    },
    sheets: [{ name: "前缀", xml: PREFIXED_SHEET }],
  };
  const noStyles: PackageSpec = {
    sheets: [
      {
        name: "Sheet1",
        xml: worksheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>无样式</t></is></c><c r="B1" s="3"><v>0.5</v></c><c r="C1"><v>3.14159265358979</v></c></row>'
        ),
      },
    ],
  };
  return [
    { name: "generated-all", bytes: packageBytes(base) },
    { name: "generated-prefixed", bytes: packageBytes(prefixed) },
    // Dates counted from 1904, as Excel for Mac wrote them by default before 2011.
    { name: "generated-1904", bytes: countingFrom1904(base, '<workbookPr date1904="1"/>') },
    {
      name: "generated-1904-prefixed",
      bytes: countingFrom1904(prefixed, '<x:workbookPr date1904="true"/>'),
    },
    { name: "generated-no-styles", bytes: packageBytes(noStyles) },
    // A unit in a number's format, as Chinese Excel and WPS write it.
    {
      name: "generated-general-with-text",
      bytes: packageBytes({
        sheets: [
          {
            name: "单位",
            xml: worksheetXml(
              '<row r="1"><c r="A1" s="1"><v>20000</v></c><c r="B1" s="2"><v>95</v></c>' +
                '<c r="C1" s="3"><v>0.30000000000000004</v></c><c r="D1" s="4"><v>-2</v></c></row>'
            ),
          },
        ],
        styles: {
          numFmts: [
            '<numFmt numFmtId="176" formatCode="G/通用格式&quot;亩&quot;"/>',
            '<numFmt numFmtId="177" formatCode="&quot;≥&quot;General&quot;%&quot;"/>',
            '<numFmt numFmtId="178" formatCode="[$-804]G/通用格式"/>',
            '<numFmt numFmtId="179" formatCode="General&quot;亩&quot;"/>',
          ],
          cellXfs: [
            '<xf numFmtId="0"/>',
            ...[176, 177, 178, 179].map((id) => `<xf numFmtId="${id}"/>`),
          ],
        },
      }),
    },
    // Hidden and very hidden sheets; a state no reader knows is visible.
    {
      name: "generated-hidden-sheets",
      bytes: packageBytes({
        sheets: ["visible", "hidden", "veryHidden", "Hidden", "toString"].map((state, i) => ({
          name: `表${i + 1}`,
          xml: worksheetXml(`<row r="1"><c r="A1"><v>${i}</v></c></row>`),
          state,
        })),
      }),
    },
    {
      name: "generated-odd-merges",
      bytes: packageBytes({ sheets: [{ name: "合并", xml: ODD_MERGES_SHEET }] }),
    },
  ];
}

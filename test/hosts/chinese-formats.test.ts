/**
 * Chinese text in number formats, as Chinese Excel and WPS write it: General with text around
 * it (`G/通用格式"亩"`), and bare text (`yyyy年m月d日`, `0人`). Shown as Excel shows it, where
 * SheetJS's formatter gives up on `G/通用格式` and on bare Chinese text, and drops the text
 * around `General`. A unit written there is the target's; a date is a date.
 */
import { checkWorkbook } from "../../src/domain/check";
import { CellValue } from "../../src/domain/snapshot";
import { withTextQuoted } from "../../src/hosts/xlsx/chinese-formats";
import { numberText } from "../../src/hosts/xlsx/number-text";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { FARMLAND, goalTableSheet } from "../support/approved-goals";
import { packageBytes, worksheetXml } from "../support/xlsx-package";

describe("Chinese text in a format shows as Excel shows it", () => {
  it.each([
    // General with text around it.
    ["G/通用格式", 0.1 + 0.2, "0.3"],
    ['G/通用格式"万元"', 1234.5, "1234.5万元"],
    ['G/通用格式"万元"', -2, "-2万元"],
    ['"≥"General"人"', 100, "≥100人"],
    ['"≥"General"人"', -2, "-≥2人"],
    ["[$-804]G/通用格式", 100, "100"],
    ["[$¥-804]General", 100, "¥100"],
    ["[Red]General_ ", 100, "100 "],
    ['G/通用格式\\"', 1, '1"'],
    // Bare Chinese text.
    ["yyyy年m月d日", 45657, "2024年12月31日"],
    ["[$-804]yyyy年m月", 45657, "2024年12月"],
    ["m月d日", 45657, "12月31日"],
    ["0人", 3000, "3000人"],
    ["#,##0元", 1234.5, "1,235元"],
    ['"约"0.0万元', 12.34, "约12.3万元"],
    ["上午/下午h时mm分", 0.75, "下午6时00分"],
  ])("%s: %d shows %s", (code, value, text) => {
    expect(numberText(code, value)).toBe(text);
  });

  it.each([
    "General;[Red]-General",
    "[DBNum1][$-804]G/通用格式",
    'G/通用格式"%"0',
    "[>100]General",
  ])("%s is no General with text: left to the formatter", (code) => {
    const asked: string[] = [];
    numberText(code, 1, (format) => (asked.push(format), "rendered"));
    expect(asked).toEqual([code]);
  });

  it("quotes bare text only: quoted text, brackets, escapes and padding stay", () => {
    expect(withTextQuoted('yyyy"年"m月[$-804]d\\日_元*人')).toBe('yyyy"年"m"月"[$-804]d\\日_元*人');
    expect(withTextQuoted("0.00%")).toBe("0.00%");
  });
});

/** The sheet's rows as inline strings and numbers, the numbers in cell style `style`. */
function sheetXml(rows: CellValue[][], style: number): string {
  const cells = rows.map((row, r) => {
    const written = row.map((value, c) => {
      const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
      if (typeof value === "number") return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
      if (typeof value !== "string" || value === "") return "";
      return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    });
    return `<row r="${r + 1}">${written.join("")}</row>`;
  });
  return worksheetXml(cells.join(""));
}

/**
 * The rule's findings on the approved table with one target changed to a number, that
 * number in a cell formatted `code` (General when undefined).
 */
function findingsWith(ruleId: string, row: number, target: number, code?: string): number {
  const indicators = FARMLAND.map((indicator, i) =>
    i === row ? { ...indicator, target } : indicator
  );
  const table = goalTableSheet({ indicators: indicators as typeof FARMLAND });
  const escaped = (code ?? "").replace(/"/g, "&quot;");
  const bytes = packageBytes({
    sheets: [{ name: "目标表", xml: sheetXml(table.values, code ? 1 : 0) }],
    styles: {
      numFmts: [`<numFmt numFmtId="176" formatCode="${escaped}"/>`],
      cellXfs: ['<xf numFmtId="0"/>', '<xf numFmtId="176" applyNumberFormat="1"/>'],
    },
  });
  const [sheet] = readWorkbookSnapshots(bytes);
  const { tables } = checkWorkbook([{ ...sheet, merges: table.merges }]).sheets[0];
  expect(tables).toHaveLength(1);
  return tables[0].findings.filter((f) => f.ruleId === ruleId).length;
}

it("a unit in a target's number format is the target's unit: no missing unit", () => {
  expect(findingsWith("indicator/missing-unit", 0, 20000, 'G/通用格式"亩"')).toBe(0);
  expect(findingsWith("indicator/missing-unit", 0, 20000, "0亩")).toBe(0);
  expect(findingsWith("indicator/missing-unit", 0, 20000)).toBe(1);
});

it("a date formatted with bare Chinese text shows the date: not a day number typed in", () => {
  // 年度任务完成时间, a timeliness row: 45657 is 2024-12-31.
  expect(findingsWith("timeliness/serial-date", 2, 45657, "yyyy年m月d日")).toBe(0);
  expect(findingsWith("timeliness/serial-date", 2, 45657)).toBe(1);
});

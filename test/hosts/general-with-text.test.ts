/**
 * General with text around it (`G/通用格式"亩"`), as Chinese Excel and WPS write a unit into
 * a number's format: shown as Excel shows it, where SheetJS's formatter gives up on
 * `G/通用格式` and drops the text around `General`. A unit written there is the target's.
 */
import { checkWorkbook } from "../../src/domain/check";
import { CellValue } from "../../src/domain/snapshot";
import { numberText } from "../../src/hosts/xlsx/number-text";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { FARMLAND, goalTableSheet } from "../support/approved-goals";
import { packageBytes, worksheetXml } from "../support/xlsx-package";

describe("General with text around it shows as Excel shows it", () => {
  it.each([
    ["G/通用格式", 0.1 + 0.2, "0.3"],
    ['G/通用格式"万元"', 1234.5, "1234.5万元"],
    ['G/通用格式"万元"', -2, "-2万元"],
    ['"≥"General"人"', 100, "≥100人"],
    ['"≥"General"人"', -2, "-≥2人"],
    ["[$-804]G/通用格式", 100, "100"],
    ["[$¥-804]General", 100, "¥100"],
    ["[Red]General_ ", 100, "100 "],
    ['G/通用格式\\"', 1, '1"'],
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

it("a unit in a target's number format is the target's unit: no missing unit", () => {
  const indicators = FARMLAND.map((row, i) => (i === 0 ? { ...row, target: 20000 } : row));
  const table = goalTableSheet({ indicators: indicators as typeof FARMLAND });
  const missingUnits = (style: number) => {
    const bytes = packageBytes({
      sheets: [{ name: "目标表", xml: sheetXml(table.values, style) }],
      styles: {
        numFmts: ['<numFmt numFmtId="176" formatCode="G/通用格式&quot;亩&quot;"/>'],
        cellXfs: ['<xf numFmtId="0"/>', '<xf numFmtId="176" applyNumberFormat="1"/>'],
      },
    });
    const [sheet] = readWorkbookSnapshots(bytes);
    const { tables } = checkWorkbook([{ ...sheet, merges: table.merges }]).sheets[0];
    expect(tables).toHaveLength(1);
    return tables[0].findings.filter((f) => f.ruleId === "indicator/missing-unit").length;
  };
  expect(missingUnits(1)).toBe(0);
  expect(missingUnits(0)).toBe(1);
});

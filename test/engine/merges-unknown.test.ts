/**
 * Excel before ExcelApi 1.13 cannot tell the add-in which cells are merged: the sheet comes
 * with `merges: null`, and a merged cell looks blank. Every corpus workbook and fixture read
 * so gives the errors it gives with its merges known, but for the few listed here.
 */
import { readFileSync } from "fs";
import { checkWorkbook } from "../../src/domain/check";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { corpusIds, corpusWorkbookPath } from "../support/corpus";
import { fixturePath } from "../support/fixtures";

/** Where not knowing the merges changes an error, and why it cannot be told without them. */
const KNOWN: Record<string, string> = {
  "zhejiang-2023-cixi-infant-care":
    "A9 is left blank below 产出指标's merge A4:A8: without the merge it reads as 产出指标 " +
    "continued, and 社会效益 is flagged as a second level not allowed there (B9) instead",
  "selfeval-sichuan-2021-langzhong-chegoushui":
    "its first levels are left blank, merged over the 产出 rows (B14:B18) and the 效益 rows " +
    "(B19:B23): without the merges B19 reads as B14's blank continued, told once at B14",
  "selfeval-hubei-2022-huangshi-gongxiang":
    "E21 lies in the merge E20:E21: without it the cell is a blank target (indicator/missing-value)",
};

const WORKBOOKS: Array<[string, string]> = [
  ["hebei-2020-seed", fixturePath("hebei-2020-seed.xlsx")],
  ["hebei-2020-stacked", fixturePath("hebei-2020-stacked.xlsx")],
  ...corpusIds().map((id): [string, string] => [id, corpusWorkbookPath(id)]),
];

function errors(sheets: SheetSnapshot[]): string[] {
  return checkWorkbook(sheets)
    .sheets.flatMap((sheet) => [...sheet.notes, ...sheet.tables.flatMap((t) => t.findings)])
    .filter((finding) => finding.severity === "error")
    .map((finding) => `${finding.sheet}!${finding.address} ${finding.ruleId}`)
    .sort();
}

const withoutMerges = (sheets: SheetSnapshot[]) =>
  sheets.map((sheet): SheetSnapshot => ({ ...sheet, merges: null }));

describe.each(WORKBOOKS.filter(([id]) => !(id in KNOWN)))("%s, merges unknown", (_id, path) => {
  it("gives the errors it gives with its merges known", () => {
    const sheets = readWorkbookSnapshots(readFileSync(path));
    expect(errors(withoutMerges(sheets))).toEqual(errors(sheets));
  });
});

describe.each(Object.entries(KNOWN))("%s, merges unknown", (id, why) => {
  it(`differs as listed: ${why}`, () => {
    const sheets = readWorkbookSnapshots(readFileSync(corpusWorkbookPath(id)));
    expect(errors(withoutMerges(sheets))).not.toEqual(errors(sheets));
  });
});

describe("what a merge would have shown, read without it", () => {
  it("targets per area: 区域目标值 over the blank cells right of it, the areas below", () => {
    const path = corpusWorkbookPath("fujian-2023-longyan-religion");
    const [table] = checkWorkbook(withoutMerges(readWorkbookSnapshots(readFileSync(path))))
      .sheets[0].tables;
    expect(table.table.otherSets.map((set) => set.label.text)).toEqual([
      "永定区",
      "上杭县",
      "武平县",
      "长汀县",
      "连城县",
      "漳平市",
    ]);
  });

  it("the total written once across the total row (总分 · 100分 over the score column)", () => {
    const path = corpusWorkbookPath("selfeval-hubei-2020-tongcheng-tanghu-dept");
    const [table] = checkWorkbook(withoutMerges(readWorkbookSnapshots(readFileSync(path))))
      .sheets[0].tables;
    expect(table.table.selfEvaluation?.total?.score?.address).toBe("B14");
  });
});

/**
 * The same real forms laid out as other provinces draw them give the same findings, at the
 * cells where they now stand: every corpus workbook and bundled fixture, placed lower and
 * further right, with each column two cells wide, with its labels and level names spaced
 * out, with the digits of its texts typed full-width, and with an emptied row inside its
 * indicator grid (layout-transforms.ts); and each one-sheet corpus form stacked over the
 * next one, two, one or no blank rows between them.
 */
import { readFileSync } from "fs";
import { checkWorkbook } from "../../src/domain/check";
import { parseA1, SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { corpusIds, corpusWorkbookPath } from "../support/corpus";
import { fixturePath } from "../support/fixtures";
import {
  emptyRowAfter,
  fullWidthDigits,
  Moved,
  shifted,
  spacedOut,
  stacked,
  widened,
} from "../support/layout-transforms";

const WORKBOOKS: Array<[string, string]> = [
  ...["hebei-2020-seed.xlsx", "hebei-2020-stacked.xlsx"].map((name): [string, string] => [
    name,
    fixturePath(name),
  ]),
  ...corpusIds().map((id): [string, string] => [id, corpusWorkbookPath(id)]),
];

/** Where a cell or range of the original sheet now stands. */
function movedAddress(address: string, moved: Moved): string {
  return address
    .split(":")
    .map((cell) => {
      const at = parseA1(cell);
      return at ? toA1(moved.row(at.row), moved.col(at.col)) : cell;
    })
    .join(":");
}

/**
 * The workbook's findings and notes as `sheet|rule|severity|address`, sorted; those of the
 * sheet `movedSheet` at the cells where `moved` puts them.
 */
function findingKeys(sheets: SheetSnapshot[], movedSheet?: string, moved?: Moved): string[] {
  const keys: string[] = [];
  for (const sheet of checkWorkbook(sheets).sheets) {
    const findings = [...sheet.notes, ...sheet.tables.flatMap((table) => table.findings)];
    for (const finding of findings) {
      const address =
        moved && finding.sheet === movedSheet && finding.address
          ? movedAddress(finding.address, moved)
          : finding.address;
      keys.push(`${finding.sheet}|${finding.ruleId}|${finding.severity}|${address}`);
    }
  }
  return keys.sort();
}

/** Each sheet of the workbook changed in turn by `change`, in every way it offers. */
function expectSameFindings(
  sheets: SheetSnapshot[],
  changes: (sheet: SheetSnapshot) => Array<[string, Moved]>
) {
  const differing: string[] = [];
  sheets.forEach((sheet, i) => {
    for (const [how, moved] of changes(sheet)) {
      const changed = sheets.map((other, j) => (j === i ? moved.sheet : other));
      const expected = findingKeys(sheets, sheet.sheetName, moved);
      const found = findingKeys(changed);
      const missing = expected.filter((key) => !found.includes(key));
      const extra = found.filter((key) => !expected.includes(key));
      if (missing.length > 0 || extra.length > 0)
        differing.push(`${how}: missing ${missing.join(" ")}; extra ${extra.join(" ")}`);
    }
  });
  expect(differing).toEqual([]);
}

function widthOf(sheet: SheetSnapshot): number {
  return Math.max(0, ...sheet.values.map((row) => row.length));
}

/** The rows after which an empty row falls inside a table's indicator grid. */
function rowsInsideGrids(sheets: SheetSnapshot[], sheetName: string): number[] {
  const rows: number[] = [];
  const sheet = checkWorkbook(sheets).sheets.find((s) => s.sheet === sheetName);
  for (const { table } of sheet?.tables ?? []) {
    const indicators = table.indicators;
    for (let i = 0; i + 1 < indicators.length; i++)
      if (indicators[i + 1].row === indicators[i].row + 1) rows.push(indicators[i].row);
  }
  return rows;
}

describe.each(WORKBOOKS)("%s laid out another way", (_name, path) => {
  const sheets = readWorkbookSnapshots(readFileSync(path));

  it("placed three rows lower and two columns further right", () => {
    expectSameFindings(sheets, (sheet) => [["shifted", shifted(sheet, 3, 2)]]);
  });

  it("with any one column two cells wide", () => {
    expectSameFindings(sheets, (sheet) =>
      Array.from({ length: widthOf(sheet) }, (_, c): [string, Moved] => {
        const col = sheet.originCol + c;
        return [`column ${toA1(0, col).replace(/\d+$/, "")} widened`, widened(sheet, col)];
      })
    );
  });

  it("with its labels and level names spaced out", () => {
    expectSameFindings(sheets, (sheet) =>
      [1, 3, 8].map((spaces): [string, Moved] => [`${spaces} spaces`, spacedOut(sheet, spaces)])
    );
  });

  it("with the digits of its texts typed full-width (≥９５％)", () => {
    expectSameFindings(sheets, (sheet) => [["full-width digits", fullWidthDigits(sheet)]]);
  });

  it("with an emptied row inside its indicator grid", () => {
    expectSameFindings(sheets, (sheet) =>
      rowsInsideGrids(sheets, sheet.sheetName).map((row): [string, Moved] => [
        `empty row after row ${row + 1}`,
        emptyRowAfter(sheet, row),
      ])
    );
  });
});

/** Findings that compare one table with the others of its workbook: a stack adds to them. */
const ACROSS_TABLES = /^workbook\//;

function ownFindingKeys(sheet: SheetSnapshot, moved?: Pick<Moved, "row" | "col">): string[] {
  return findingKeys([sheet], sheet.sheetName, moved && { sheet, ...moved }).filter(
    (key) => !ACROSS_TABLES.test(key.split("|")[1])
  );
}

const ONE_SHEET = corpusIds()
  .map((id) => ({ id, sheets: readWorkbookSnapshots(readFileSync(corpusWorkbookPath(id))) }))
  .filter(({ sheets }) => sheets.length === 1);

describe.each(ONE_SHEET.slice(0, -1).map(({ id }, i) => [id, ONE_SHEET[i + 1].id, i] as const))(
  "%s with %s stacked under it",
  (_first, _second, i) => {
    it.each([2, 1, 0])(
      "gives each form's own findings, at the cells where it stands (%i blank rows between)",
      (gap) => {
        const [first] = ONE_SHEET[i].sheets;
        const second = { ...ONE_SHEET[i + 1].sheets[0], sheetName: first.sheetName };
        const stack = stacked(first, second, gap);
        const expected = [...ownFindingKeys(first), ...ownFindingKeys(second, stack.second)].sort();
        expect(ownFindingKeys(stack.sheet)).toEqual(expected);
      }
    );
  }
);

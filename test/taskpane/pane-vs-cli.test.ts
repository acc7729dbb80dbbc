/**
 * For the same file the pane and the CLI report the same findings: every fixture and
 * every real-corpus workbook, loaded into the fake Excel and checked as a workbook
 * through the pane's controller, against `checkWorkbook` on the file as the CLI runs it;
 * and a workbook with hidden sheets, which the CLI notes and the pane lists as hidden.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { checkWorkbook } from "../../src/domain/check";
import { Finding } from "../../src/domain/findings";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { PaneController } from "../../src/taskpane/state/controller";
import { hostOn } from "../hosts/support";
import { FIXTURES } from "../support/fixtures";

jest.setTimeout(300_000);

const workbooks = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(FIXTURES, name)),
  ...readdirSync(join(FIXTURES, "real"))
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(FIXTURES, "real", name)),
];

/** What the comparison looks at, one line a finding, in a stable order. */
function lines(findings: readonly Finding[]): string[] {
  return findings
    .map((f) => `${f.sheet}!${f.address} ${f.ruleId} ${f.severity}`)
    .sort((a, b) => a.localeCompare(b));
}

it("covers the fixtures and the real corpus", () => {
  expect(workbooks.length).toBeGreaterThan(30);
});

it.each(workbooks.map((path) => [path.slice(FIXTURES.length + 1), path]))(
  "%s: the pane's workbook check finds what the CLI finds",
  async (_, path) => {
    const snapshots = readWorkbookSnapshots(readFileSync(path));
    const cli = checkWorkbook(snapshots);
    const cliFindings = cli.sheets.flatMap((sheet) => [
      ...sheet.tables.flatMap((table) => table.findings),
      ...sheet.notes,
    ]);

    const workbook = FakeWorkbook.fromSnapshots(snapshots);
    const pane = new PaneController(hostOn(workbook), "zh");
    await pane.checkWorkbook();
    const state = pane.state;
    expect(state.status).toBe("done");
    const paneFindings = [
      ...state.tables.flatMap((table) => table.findings.map((view) => view.finding)),
      ...state.notes,
    ];
    expect(lines(paneFindings)).toEqual(lines(cliFindings));
    expect(state.counts).toEqual(cli.counts);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(snapshots.map((s) => s.sheetName));
  }
);

it("a workbook with hidden sheets: the same findings but the CLI's note for each hidden sheet, which the pane lists as hidden instead", async () => {
  const seed = XLSX.read(readFileSync(join(FIXTURES, "hebei-2020-seed.xlsx")), { cellNF: true });
  seed.Workbook = {
    Sheets: seed.SheetNames.map((name, i) => ({ name, Hidden: i === 1 ? 1 : i === 2 ? 2 : 0 })),
  };
  const snapshots = readWorkbookSnapshots(XLSX.write(seed, { type: "buffer", bookType: "xlsx" }));
  const cli = checkWorkbook(snapshots);
  const cliFindings = cli.sheets.flatMap((sheet) => [
    ...sheet.tables.flatMap((table) => table.findings),
    ...sheet.notes,
  ]);
  const hiddenNotes = cliFindings.filter((f) => f.ruleId === "read/hidden-sheet");
  expect(hiddenNotes.map((f) => f.sheet)).toEqual(["项目2", "项目3"]);

  const pane = new PaneController(hostOn(FakeWorkbook.fromSnapshots(snapshots)), "zh");
  await pane.checkWorkbook();
  const paneFindings = [
    ...pane.state.tables.flatMap((table) => table.findings.map((view) => view.finding)),
    ...pane.state.notes,
  ];
  expect(lines(paneFindings)).toEqual(
    lines(cliFindings.filter((f) => f.ruleId !== "read/hidden-sheet"))
  );
  expect(pane.state.sheets.map((sheet) => sheet.visibility).slice(0, 4)).toEqual([
    "visible",
    "hidden",
    "veryHidden",
    "visible",
  ]);
});

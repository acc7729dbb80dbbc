/**
 * Fixes over whole workbooks: one finding per cell and concern, fixes that never conflict,
 * and a plan that, applied, leaves none of the fixed findings and no new error.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/domain/check";
import { Finding } from "../../src/domain/findings";
import { applyToSnapshots, planFixes } from "../../src/domain/fixes";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { CORPUS } from "../support/corpus";
import { FIXTURES, loadFixture } from "../support/fixtures";
import { buildTable, CLEAN_MOF } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";

const WORKBOOKS = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(FIXTURES, name)),
  ...readdirSync(CORPUS)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => join(CORPUS, name)),
];

function findingsOf(snapshots: readonly SheetSnapshot[]): Finding[] {
  return checkWorkbook(snapshots).sheets.flatMap((sheet) =>
    sheet.tables.flatMap((t) => t.findings)
  );
}

const keyOf = (f: Finding) => `${f.sheet}!${f.address} ${f.ruleId} ${f.messageId}`;

describe("the seed's cost row with >= (项目1!E12)", () => {
  const findings = findingsOf(loadFixture("hebei-2020-seed.xlsx")).filter(
    (f) => f.sheet === "项目1" && f.address === "E12"
  );

  it("gets the cost finding only, with the fix that writes ≤", () => {
    expect(findings.map((f) => f.ruleId)).toEqual(["cost/target"]);
    expect(findings[0].suggestion).toBe("改为 ≤，如 ≤ 38 万元");
    expect(findings[0].fix?.edits).toEqual([
      {
        sheet: "项目1",
        address: "E12",
        value: "≤",
        asText: true,
        previous: ">=",
        overwrite: true,
      },
    ]);
  });
});

describe.each(WORKBOOKS)("%s", (path) => {
  const snapshots = readWorkbookSnapshots(new Uint8Array(readFileSync(path)));
  const before = findingsOf(snapshots);

  it("has fixes that form one consistent set of edits", () => {
    const byCell = new Map<string, unknown>();
    for (const edit of before.flatMap((f) => f.fix?.edits ?? [])) {
      const cell = `${edit.sheet}!${edit.address}`;
      if (byCell.has(cell)) expect(edit.value).toBe(byCell.get(cell));
      byCell.set(cell, edit.value);
    }
  });

  it("never gives a cell a spelling finding beside one that decides its symbol", () => {
    const deciding = new Set(
      before
        .filter((f) => f.ruleId === "cost/target" || f.ruleId === "indicator/rate-at-least-100")
        .map((f) => `${f.sheet}!${f.address}`)
    );
    const spelling = before.filter((f) => f.ruleId === "style/symbol-spelling");
    expect(spelling.filter((f) => deciding.has(`${f.sheet}!${f.address}`))).toEqual([]);
  });

  it("once fixed, keeps none of the fixed findings and gains no error", () => {
    const plan = planFixes(snapshots);
    const after = findingsOf(applyToSnapshots(snapshots, plan.edits));
    const afterKeys = new Set(after.map(keyOf));
    expect(plan.fixed.map(keyOf).filter((key) => afterKeys.has(key))).toEqual([]);
    expect(after.filter((f) => f.fix).map(keyOf)).toEqual([]);
    const errorsBefore = new Set(before.filter((f) => f.severity === "error").map(keyOf));
    expect(after.filter((f) => f.severity === "error" && !errorsBefore.has(keyOf(f)))).toEqual([]);
    // Every edit says what the cell held in the workbook as read.
    for (const edit of plan.edits) expect(edit.previous).not.toBe(edit.value);
  });
});

describe("three fixes on one cell (` >=95百分比 `: spaces, spelling, 百分比)", () => {
  const { snapshot } = buildTable({
    layout: "single",
    indicators: cleanWith({ 1: { value: " >=95百分比 " } }, CLEAN_MOF),
  });
  const onCell = findingsOf([snapshot]).filter((f) => f.address === "E10");

  it("reports each concern, with one fix keeping the cell: the more severe, else the rule listed first", () => {
    expect(onCell.map((f) => f.ruleId).sort()).toEqual([
      "style/percent-word",
      "style/stray-spaces",
      "style/symbol-spelling",
    ]);
    expect(onCell.filter((f) => f.fix).map((f) => f.ruleId)).toEqual(["style/percent-word"]);
  });

  it("ends, fixed round by round, as one edit from what was read to what is right", () => {
    expect(planFixes([snapshot]).edits).toEqual([
      expect.objectContaining({ address: "E10", previous: " >=95百分比 ", value: "≥95%" }),
    ]);
  });

  it("fixes only the named rules when asked", () => {
    const plan = planFixes([snapshot], { ruleIds: ["style/symbol-spelling"] });
    expect(plan.edits.map((e) => e.value)).toEqual(["≥95百分比"]);
  });
});

it("fixing only spellings leaves a cost row's >= to the cost rule (项目1!E12)", () => {
  const plan = planFixes(loadFixture("hebei-2020-seed.xlsx"), {
    ruleIds: ["style/symbol-spelling"],
  });
  const cells = plan.edits.filter((e) => e.sheet === "项目1").map((e) => `${e.address} ${e.value}`);
  expect(cells).toEqual(["E11 ≥"]);
});

/** Templates: each profile's new table is recognized at once and asks only to be filled in. */
import { checkWorkbook } from "../../src/domain/check";
import { needsTextFormat } from "../../src/domain/edits";
import { planTemplate, PLACEHOLDERS, templateSize } from "../../src/domain/template";
import { PROFILE_IDS, PROFILES } from "../../src/domain/vocabulary";
import { applyToSnapshot } from "../support/plans";
import { emptySnapshot } from "../../src/domain/snapshot";

/** Findings that only ask for a blank to be filled in. */
const FILL_IN = new Set([
  "header/missing-required:blank",
  "header/missing-recommended:blank",
  "table/no-indicators:empty",
]);

describe.each(PROFILE_IDS)("the %s template", (profile) => {
  const plan = planTemplate(profile, { sheet: "新表", origin: { row: 3, col: 2 } });
  const snapshot = applyToSnapshot(emptySnapshot("新表"), plan.edits, plan);
  const result = checkWorkbook([snapshot]);
  const tables = result.sheets[0].tables;

  it("is recognized as one table of its own profile, where it was placed", () => {
    expect(tables).toHaveLength(1);
    const { table } = tables[0];
    expect(table.profile).toBe(profile);
    expect(table.layout).toBe(profile === "mof-2021" ? "single" : "split");
    expect(table.range.top).toBe(4); // the title row stands above the header block
    expect(table.range.left).toBe(2);
    expect(table.range.bottom).toBe(3 + plan.rows - 1);
    expect(Object.keys(table.header).sort()).toEqual(
      [
        "department",
        "fundsFiscal",
        "fundsOther",
        "fundsTotal",
        "goal",
        "implementer",
        "owner",
        "projectName",
      ].sort()
    );
    expect(table.indicators.length).toBe(PLACEHOLDERS[profile].length);
    expect(templateSize(profile)).toEqual({ rows: plan.rows, cols: plan.cols });
  });

  it("gives only please-fill-in findings", () => {
    const kinds = new Set(tables[0].findings.map((f) => `${f.ruleId}:${f.messageId}`));
    expect([...kinds].filter((kind) => !FILL_IN.has(kind))).toEqual([]);
    expect(kinds.has("header/missing-required:blank")).toBe(true);
  });

  it("covers every first level of the profile, with drop-down lists", () => {
    expect(tables[0].findings.some((f) => f.ruleId === "table/missing-category")).toBe(false);
    const lists = plan.validations.map((v) => v.values);
    expect(lists).toContainEqual(
      expect.arrayContaining(PROFILES[profile].first.map((first) => first.name))
    );
    if (profile !== "mof-2021")
      expect(lists).toContainEqual(expect.arrayContaining(["≥", "≤", "="]));
  });

  it("formats the target cells as text, so ≥ or = stays text", () => {
    expect(plan.styles.some((s) => s.style === "text")).toBe(true);
  });

  it("prefills the project name and funds, and lands on the first cell to fill", () => {
    const prefilled = planTemplate(profile, {
      sheet: "新表",
      projectName: "耕地保护项目",
      fundsTotal: 30,
      fundsFiscal: 30,
    });
    const table = checkWorkbook([
      applyToSnapshot(emptySnapshot("新表"), prefilled.edits, prefilled),
    ]).sheets[0].tables[0].table;
    expect(table.header.projectName?.value.text).toBe("耕地保护项目");
    expect(table.header.fundsTotal?.value.value).toBe(30);
    expect(prefilled.focus).toBe(table.indicators[0].level3.address);
    expect(plan.focus).toBe(tables[0].table.header.projectName?.value.address);
  });
});

it("marks text that a spreadsheet would read as a formula", () => {
  expect(["=SUM(A1)", "+86", "-5", "@home"].every(needsTextFormat)).toBe(true);
  expect(["≥", "项目", 12, null].some(needsTextFormat)).toBe(false);
});

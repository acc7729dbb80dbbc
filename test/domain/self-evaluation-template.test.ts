import { checkTables } from "../../src/domain/check";
import { filledIndicators, projectNameOf } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { approvedMatch } from "../../src/domain/rules/approved-goals";
import { emptySnapshot } from "../../src/domain/snapshot";
import { PLACEHOLDERS } from "../../src/domain/template";
import {
  planSelfEvaluationTemplate,
  selfEvaluationSize,
} from "../../src/domain/template/self-evaluation";
import { PROFILE_IDS } from "../../src/domain/vocabulary";
import { applyToSnapshot } from "../support/plans";
import { FARMLAND, FARMLAND_NAME, goalTableSheet } from "../support/approved-goals";

const laid = (plan: ReturnType<typeof planSelfEvaluationTemplate>) =>
  applyToSnapshot(emptySnapshot(plan.sheet), plan.edits, plan);

describe.each(PROFILE_IDS)("the %s self-evaluation template", (profile) => {
  const plan = planSelfEvaluationTemplate(profile, { sheet: "绩效自评表" });
  const [table, ...others] = recognize(laid(plan), {});

  it("is read as one self-evaluation in the profile, with every column of the form", () => {
    expect(others).toEqual([]);
    expect(table.form).toBe("selfEvaluation");
    expect(table.profile).toBe(profile);
    const { columns } = table;
    expect([columns.level1, columns.level2, columns.level3, columns.value]).toEqual([1, 2, 3, 4]);
    expect([columns.actual, columns.weight, columns.score, columns.reason]).toEqual([5, 6, 7, 8]);
    expect(table.indicators.map((row) => [row.level1.text, row.level2.text])).toEqual(
      PLACEHOLDERS[profile]
    );
  });

  it("has the funds block, the goal pair and the 总分 row of the form", () => {
    const parts = table.selfEvaluation;
    expect(parts?.funds?.lines.map((line) => [line.kind, line.points?.text])).toEqual([
      ["total", "10"],
      ["fiscal", "—"],
      ["carryOver", "—"],
      ["other", "—"],
    ]);
    const total = parts?.funds?.lines[0];
    expect([total?.budget?.address, total?.executed?.address, total?.rate?.address]).toEqual([
      "E5",
      "F5",
      "H5",
    ]);
    expect([parts?.goal?.expected.address, parts?.goal?.actual.address]).toEqual(["B10", "F10"]);
    // The 总分 row stands under the indicator rows, which start on row 12.
    const totalRow = 12 + PLACEHOLDERS[profile].length;
    expect([parts?.total?.points?.value, parts?.total?.score?.address]).toEqual([
      100,
      `H${totalRow}`,
    ]);
  });

  it("takes the rows it says, with text cells for targets and actual values", () => {
    expect(plan.rows).toBe(selfEvaluationSize(profile).rows);
    expect(plan.edits.every((edit) => edit.asText === (typeof edit.value === "string"))).toBe(true);
    const looks = plan.styles
      .filter((s) => s.style === "text")
      .map((s) => [s.range.left, s.range.right]);
    expect(looks).toContainEqual([4, 5]);
  });

  it("asks only for blanks to be filled in", () => {
    const kinds = checkTables([table]).flatMap((r) =>
      r.findings.map((f) => `${f.ruleId}:${f.messageId}`)
    );
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds)
      expect(kind).toMatch(
        /^(header\/missing-required:blank|table\/no-indicators:empty|selfeval\/total-mismatch:missing)$/
      );
  });
});

describe("a self-evaluation prefilled from the approved goal table", () => {
  const [approved] = recognize(goalTableSheet(), {});
  const plan = planSelfEvaluationTemplate(approved.profile, { sheet: "自评", approved });
  const snapshot = laid(plan);
  const [table] = recognize(snapshot, {});

  it("copies the project, the indicators and their targets, and leaves the actual values blank", () => {
    expect(projectNameOf(table)).toBe(FARMLAND_NAME);
    expect(table.header.department?.value.text).toBe("县农业农村局");
    const rows = filledIndicators(table);
    expect(
      rows.map((row) => [row.level1.text, row.level2.text, row.level3.text, row.value.text])
    ).toEqual(FARMLAND.map((i) => [i.level1, i.level2, i.name, i.target]));
    expect(rows.every((row) => row.actual?.text === "" && row.score?.text === "")).toBe(true);
  });

  it("puts the approved funds under 年初预算数 and the cursor on the first actual value", () => {
    expect(snapshot.values[4].slice(1, 7)).toEqual(["年度资金总额", null, 100, null, null, 10]);
    expect(plan.focus).toBe("F12");
  });

  it("holds no target changed from the approved one", () => {
    const match = approvedMatch(table, [approved, table], []);
    expect(match?.pairs).toHaveLength(FARMLAND.length);
    expect(match?.missing).toEqual([]);
    const findings = checkTables([approved, table]).flatMap((r) =>
      r.findings.filter((f) =>
        /^selfeval\/(target-changed|approved-indicator-missing)$/.test(f.ruleId)
      )
    );
    expect(findings).toEqual([]);
  });
});

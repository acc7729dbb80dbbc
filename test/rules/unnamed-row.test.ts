/**
 * A row without a third-level name or a description is named in messages by its row and
 * the role left blank ("第 10 行（三级指标为空）"), never as a quoted name "“第10行”".
 */
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { RULES } from "../../src/domain/rules";
import basisMissing from "../../src/domain/rules/basis-missing";
import notANumber from "../../src/domain/rules/indicator-not-a-number";
import { Rule } from "../../src/domain/rules/rule";
import { buildSheet } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";

function findingsOf(rule: Rule, indicators: ReturnType<typeof cleanWith>) {
  const { snapshot } = buildSheet({ tables: [{ indicators }] });
  return checkTables(recognize(snapshot), { rules: [rule] }).flatMap((result) => result.findings);
}

it("words a blank basis on a row without a name by the row and its blank role", () => {
  const findings = findingsOf(
    basisMissing,
    cleanWith({ 0: { level3: "", description: "", basis: "" } })
  );
  expect(findings.map((f) => [f.address, f.messageId, f.message, f.messageEn])).toEqual([
    [
      "H10",
      "blank",
      "依据为空：第 10 行（三级指标为空）未填写指标值确定依据",
      "no basis: row 10 (no third-level name) does not say where its target comes from",
    ],
  ]);
});

it("keeps quoting the name, or else the description, of a row that has one", () => {
  const named = findingsOf(basisMissing, cleanWith({ 0: { basis: "" } }));
  expect(named[0].message).toBe("依据为空：“完成组卷个数”未填写指标值确定依据");
  const described = findingsOf(basisMissing, cleanWith({ 0: { level3: "", basis: "" } }));
  expect(described[0].message).toBe("依据为空：“年度完成土地征收组卷的个数”未填写指标值确定依据");
});

it("words a target that is not a number on a row without a name by its row", () => {
  const findings = findingsOf(
    notANumber,
    cleanWith({ 0: { level3: "", description: "", value: "十二" } })
  );
  expect(findings).toHaveLength(1);
  expect(findings[0].message).toMatch(/^指标值不是数字：第 10 行（三级指标为空）的值为/);
  expect(findings[0].message).not.toMatch(/“第\s*10\s*行”/);
});

/** The wording for a row without a name replaces the quoted `{name}` of each message. */
it("quotes {name} the same way in every rule message, so every one has a row wording", () => {
  for (const rule of RULES)
    for (const [id, text] of Object.entries(rule.meta.messages)) {
      if (!text.zh.includes("{name}")) continue;
      expect(`${rule.meta.id} ${id} ${text.zh}`).toContain("“{name}”");
      expect(`${rule.meta.id} ${id} ${text.en}`).toContain('"{name}"');
    }
});

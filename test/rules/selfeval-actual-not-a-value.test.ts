import rule from "../../src/domain/rules/selfeval-actual-not-a-value";
import { runRuleTests } from "../support/ruleTester";
import { selfEvaluationTable, selfEvaluationWith } from "../support/self-evaluation";

const table = (changes: Parameters<typeof selfEvaluationWith>[0]) =>
  selfEvaluationTable(selfEvaluationWith(changes));

runRuleTests(rule, {
  valid: [
    { name: "clean self-evaluation", snapshot: selfEvaluationTable() },
    { name: "= restates a value", snapshot: table({ 1: { actual: "=98%" } }) },
    {
      name: "a value said in words after it (2天以内)",
      snapshot: table({ 2: { actual: "2天以内" } }),
    },
    { name: "a qualitative actual", snapshot: table({ 5: { actual: "基本达成" } }) },
  ],
  invalid: [
    {
      name: "an actual copied from the target",
      snapshot: table({ 1: { actual: "≥95%" } }),
      findings: [{ address: "E14", messageId: "asTarget", message: "“≥95%”带比较符号" }],
    },
    {
      name: "other spellings of a comparison",
      snapshot: table({ 0: { actual: ">=2000亩" }, 6: { actual: "不低于90%" } }),
      findings: [
        { address: "E13", messageId: "asTarget" },
        { address: "E19", messageId: "asTarget" },
      ],
    },
  ],
});

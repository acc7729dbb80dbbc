import rule from "../../src/domain/rules/selfeval-actual-missing";
import { runRuleTests } from "../support/ruleTester";
import { selfEvaluationTable, selfEvaluationWith } from "../support/self-evaluation";

const table = (changes: Parameters<typeof selfEvaluationWith>[0]) =>
  selfEvaluationTable(selfEvaluationWith(changes));

runRuleTests(rule, {
  valid: [
    { name: "clean self-evaluation", snapshot: selfEvaluationTable() },
    { name: "an actual of 0 is a value", snapshot: table({ 0: { actual: 0, score: 0 } }) },
    {
      name: "a row without a target has nothing to report against",
      snapshot: table({ 0: { target: null, actual: null } }),
    },
  ],
  invalid: [
    {
      name: "a quantitative indicator without its actual",
      snapshot: table({ 0: { actual: null } }),
      findings: [
        {
          address: "E13",
          messageId: "missing",
          message: "“新建高标准农田面积”的实际完成值空白（年度指标值 ≥2000亩）",
        },
      ],
    },
    {
      name: "a deadline and a qualitative indicator without their actuals",
      snapshot: table({ 2: { actual: null }, 5: { actual: null } }),
      findings: [
        { address: "E15", messageId: "missing" },
        { address: "E18", messageId: "missing", message: "长期有效" },
      ],
    },
  ],
});

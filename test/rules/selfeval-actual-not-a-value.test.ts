import rule from "../../src/domain/rules/selfeval-actual-not-a-value";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "clean self-evaluation", snapshot: scoredSelfEvaluation() },
    { name: "= restates a value", snapshot: scoredSelfEvaluation({ 1: { actual: "=98%" } }) },
    {
      name: "a value said in words after it (2天以内)",
      snapshot: scoredSelfEvaluation({ 2: { actual: "2天以内" } }),
    },
    { name: "a qualitative actual", snapshot: scoredSelfEvaluation({ 5: { actual: "基本达成" } }) },
    {
      name: "an actual that says the indicator's name among other words",
      snapshot: scoredSelfEvaluation({ 5: { actual: "农田设施长期发挥效益，达到预期" } }),
    },
  ],
  invalid: [
    {
      name: "an actual copied from the target",
      snapshot: scoredSelfEvaluation({ 1: { actual: "≥95%" } }),
      findings: [{ address: "F14", messageId: "asTarget", message: "“≥95%”带比较符号" }],
    },
    {
      name: "other spellings of a comparison",
      snapshot: scoredSelfEvaluation({ 0: { actual: ">=2000亩" }, 6: { actual: "不低于90%" } }),
      findings: [
        { address: "F13", messageId: "asTarget" },
        { address: "F19", messageId: "asTarget" },
      ],
    },
    {
      name: "an actual that repeats the indicator's name (宜兴 2016)",
      snapshot: scoredSelfEvaluation({ 5: { actual: "农田设施长期发挥效益" } }),
      findings: [
        {
          address: "F18",
          messageId: "copiesName",
          message: "“农田设施长期发挥效益”的实际完成值照抄了指标名称",
        },
      ],
    },
  ],
});

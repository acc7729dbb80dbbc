import rule from "../../src/domain/rules/selfeval-actual-unit-mismatch";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "clean self-evaluation", snapshot: scoredSelfEvaluation() },
    {
      name: "an actual without a unit takes the target's",
      snapshot: scoredSelfEvaluation({ 0: { actual: 2100 } }),
    },
    { name: "百分比 is %", snapshot: scoredSelfEvaluation({ 1: { actual: "98百分比" } }) },
    {
      name: "a target without a unit",
      snapshot: scoredSelfEvaluation({ 0: { target: "≥2000", actual: "2100亩" } }),
    },
    { name: "a qualitative actual", snapshot: scoredSelfEvaluation({ 1: { actual: "达成" } }) },
  ],
  invalid: [
    {
      name: "a count against a percentage",
      snapshot: scoredSelfEvaluation({ 1: { actual: "98个" } }),
      findings: [
        {
          address: "F14",
          messageId: "clash",
          message: "实际完成值以“个”计，年度指标值以“%”计，无法比较",
        },
      ],
    },
    {
      name: "another measure of area",
      snapshot: scoredSelfEvaluation({ 0: { actual: "140公顷" } }),
      findings: [{ address: "F13", messageId: "clash" }],
    },
    {
      name: "元 against 万元: convertible, but the same unit is asked",
      snapshot: scoredSelfEvaluation({ 3: { actual: "0.145万元/亩" } }),
      findings: [
        { address: "F16", messageId: "scale", message: "以“万元/亩”计，年度指标值以“元/亩”计" },
      ],
    },
  ],
});

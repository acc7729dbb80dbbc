import rule from "../../src/domain/rules/selfeval-goal-not-reported";
import { runRuleTests } from "../support/ruleTester";
import { centralSelfEvaluation } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "a clean self-evaluation", snapshot: centralSelfEvaluation() },
    {
      name: "nothing expected, nothing reported: header/missing-required speaks",
      snapshot: centralSelfEvaluation({ goal: { expected: null, actual: null } }),
    },
    { name: "a goal table", table: {} },
  ],
  invalid: [
    {
      name: "an expected goal with its account blank (霍邱 2022)",
      snapshot: centralSelfEvaluation({ goal: { actual: null } }),
      findings: [{ address: "F11", messageId: "blank", message: "年度总体目标的实际完成情况空白" }],
    },
  ],
});

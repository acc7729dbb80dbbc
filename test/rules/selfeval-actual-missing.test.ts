import rule from "../../src/domain/rules/selfeval-actual-missing";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";
import { provincialSelfEvaluation } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "provincial form", snapshot: provincialSelfEvaluation() },
    { name: "clean self-evaluation", snapshot: scoredSelfEvaluation() },
    {
      name: "an actual of 0 is a value",
      snapshot: scoredSelfEvaluation({ 0: { actual: 0, score: 0 } }),
    },
    {
      name: "a row without a target has nothing to report against",
      snapshot: scoredSelfEvaluation({ 0: { target: null, actual: null } }),
    },
  ],
  invalid: [
    {
      name: "provincial form: 完成值 blank",
      snapshot: provincialSelfEvaluation({
        indicators: [
          ["产出指标", "数量指标", "发放覆盖率", "=", 100, "%", null, 60, null, null],
          ["效益指标", "社会效益指标", "足额保障率", "=", 100, "%", "100%", 30, 30, null],
        ],
      }),
      findings: [{ address: "H9", messageId: "missing", message: "年度指标值 =100%" }],
    },
    {
      name: "a quantitative indicator without its actual",
      snapshot: scoredSelfEvaluation({ 0: { actual: null } }),
      findings: [
        {
          address: "F13",
          messageId: "missing",
          message: "“新建高标准农田面积”的实际完成值空白（年度指标值 ≥2000亩）",
        },
      ],
    },
    {
      name: "a deadline and a qualitative indicator without their actuals",
      snapshot: scoredSelfEvaluation({ 2: { actual: null }, 5: { actual: null } }),
      findings: [
        { address: "F15", messageId: "missing" },
        { address: "F18", messageId: "missing", message: "长期有效" },
      ],
    },
  ],
});

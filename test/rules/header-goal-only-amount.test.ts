import rule from "../../src/domain/rules/header-goal-only-amount";
import { runRuleTests } from "../support/ruleTester";
import { centralSelfEvaluation } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    { name: "a goal blank: header/missing-required speaks", table: { header: { goal: null } } },
    {
      name: "a goal that names its amount among its words",
      table: { header: { goal: "投入43.2万元，完成全县食品抽检1200批次" } },
    },
    { name: "a clean self-evaluation", snapshot: centralSelfEvaluation() },
  ],
  invalid: [
    {
      name: "a goal that is a number (鄂州 2019)",
      table: { header: { goal: "287" } },
      findings: [
        {
          address: "B7",
          messageId: "amount",
          message: "年度目标只写了“287”，没有写出要达到的绩效目标",
        },
      ],
    },
    {
      name: "a self-evaluation's expected goal that is an amount (廊坊 2019)",
      snapshot: centralSelfEvaluation({ goal: { expected: "43.2万元" } }),
      findings: [{ address: "B11", messageId: "amount", message: "“43.2万元”" }],
    },
  ],
});

import rule from "../../src/domain/rules/selfeval-budget-score-mismatch";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
} from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "9.5 = 95% × 10; the 其中 lines write —", snapshot: centralSelfEvaluation() },
    {
      name: "6 for a rate written 60% that is 59.58%: 5.96 is within 0.1",
      snapshot: centralSelfEvaluation({
        total: { budget: 287, executed: 171, rate: "60%", score: 6 },
        fiscal: { budget: 287, executed: 171, rate: null },
      }),
    },
    {
      name: "capped at the points: 102.59% scores 10",
      snapshot: centralSelfEvaluation({
        total: { budget: 329.77, executed: 338.31, rate: "102.59%", score: 10 },
        fiscal: { budget: 329.77, executed: 338.31, rate: null },
      }),
    },
    { name: "provincial: 100% × 权重 10", snapshot: provincialSelfEvaluation() },
    { name: "county: points stated in the label, 20% × 20 = 4", snapshot: countySelfEvaluation() },
    {
      name: "no amounts to check the rate: the written rate counts",
      snapshot: countySelfEvaluation({ executed: null, rate: "100%", score: 20 }),
    },
    {
      name: "the total line left 0: its score follows its own rate until that is fixed",
      snapshot: centralSelfEvaluation({
        total: { initial: 0, budget: 0, executed: 0, rate: 0, score: 0 },
        fiscal: { budget: 90, executed: 90, rate: null },
      }),
    },
  ],
  invalid: [
    {
      name: "9 for a rate of 86.2% (written 86%)",
      snapshot: centralSelfEvaluation({
        total: { budget: 43.2, executed: 37.24, rate: "86%", score: 9 },
        fiscal: { budget: 43.2, executed: 37.24, rate: null },
      }),
      findings: [
        {
          address: "H6",
          messageId: "mismatch",
          message: "预算执行得分9不等于执行率86.2%×分值10=8.62",
          fix: { H6: 8.62 },
        },
      ],
    },
    {
      name: "9 for a right rate of 97.80%, on the total and the 其中 line",
      snapshot: centralSelfEvaluation({
        total: { budget: 32.4, executed: 31.69, rate: "97.80%", score: 9 },
        fiscal: { budget: 32.4, executed: 31.69, points: 10, rate: "97.80%", score: 9 },
      }),
      findings: [
        { address: "H6", messageId: "mismatch", message: "97.8%×分值10=9.78", fix: { H6: 9.78 } },
        { address: "H7", messageId: "mismatch", fix: { H7: 9.78 } },
      ],
    },
    {
      name: "the total line's score blank",
      snapshot: centralSelfEvaluation({ total: { score: null } }),
      findings: [{ address: "H6", messageId: "missing", fix: { H6: 9.5 } }],
    },
    {
      name: "the total line fixed to 100% over a score of 0",
      snapshot: centralSelfEvaluation({
        total: { initial: 0, budget: 0, executed: 0, rate: 1, score: 0 },
        fiscal: { budget: 90, executed: 90, rate: null },
      }),
      findings: [{ address: "H6", messageId: "mismatch", fix: { H6: 10 } }],
    },
    {
      name: "provincial: the score blank",
      snapshot: provincialSelfEvaluation({ total: { score: null } }),
      findings: [
        { address: "H5", messageId: "missing", message: "100%×分值10=10", fix: { H5: 10 } },
      ],
    },
    {
      name: "county: 2 for 20% × the stated 20 points",
      snapshot: countySelfEvaluation({ score: 2 }),
      findings: [{ address: "F4", messageId: "mismatch", message: "分值20=4", fix: { F4: 4 } }],
    },
  ],
});

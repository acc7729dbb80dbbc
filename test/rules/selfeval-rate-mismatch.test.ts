import rule from "../../src/domain/rules/selfeval-rate-mismatch";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
  SpecCell,
} from "../support/self-evaluation";

/** 全年预算数 287, 全年执行数 171 (59.58 %) on both lines, the 其中 line's rate blank. */
const ezhou = (rate: SpecCell) =>
  centralSelfEvaluation({
    total: { initial: 287, budget: 287, executed: 171, rate, score: 6 },
    fiscal: { initial: 287, budget: 287, executed: 171, rate: null },
  });

runRuleTests(rule, {
  valid: [
    { name: "95% = 95 ÷ 100 on the total and the 其中 line", snapshot: centralSelfEvaluation() },
    {
      name: "86.19% for 215457.6 ÷ 250000 = 86.18%: within 0.1 point",
      snapshot: centralSelfEvaluation({
        unit: "元",
        total: { initial: 250000, budget: 250000, executed: 215457.6, rate: "86.19%" },
        fiscal: { initial: 250000, budget: 250000, executed: 215457.6, rate: null },
      }),
    },
    {
      name: "written as a share, 0.95",
      snapshot: centralSelfEvaluation({ total: { rate: 0.95 } }),
    },
    {
      name: "written as a percentage number, 95",
      snapshot: centralSelfEvaluation({ total: { rate: 95 } }),
    },
    {
      name: "a number formatted as a percentage",
      snapshot: centralSelfEvaluation({ total: { rate: { value: 0.95, format: "0%" } } }),
    },
    {
      name: "spent more than the budget: 102.59% = 338.31 ÷ 329.77",
      snapshot: centralSelfEvaluation({
        total: { budget: 329.77, executed: 338.31, rate: "102.59%" },
        fiscal: { budget: 329.77, executed: 338.31, rate: "102.59%" },
      }),
    },
    {
      name: "lines of 0.00 with a rate of 0.00%",
      snapshot: centralSelfEvaluation({
        other: { initial: "0.00", budget: "0.00", executed: "0.00", rate: "0.00%" },
      }),
    },
    { name: "provincial: 100.00% = 250 ÷ 调整后预算数 250", snapshot: provincialSelfEvaluation() },
    { name: "county: 20 (as a percentage) = 10 ÷ 50", snapshot: countySelfEvaluation() },
  ],
  invalid: [
    {
      name: "60% written for 171 ÷ 287 = 59.58%",
      snapshot: ezhou("60%"),
      findings: [
        {
          address: "G6",
          messageId: "mismatch",
          message: "执行率60%不等于全年执行数171÷全年预算数287=59.58%",
          fix: { G6: "59.58%" },
        },
      ],
    },
    {
      name: "written as a share: the fix writes a share",
      snapshot: ezhou(0.6),
      findings: [{ address: "G6", messageId: "mismatch", fix: { G6: 0.5958 } }],
    },
    {
      name: "written as a percentage number: the fix writes one",
      snapshot: ezhou(60),
      findings: [{ address: "G6", messageId: "mismatch", fix: { G6: 59.58 } }],
    },
    {
      name: "a percent-formatted number: the fix writes the share",
      snapshot: ezhou({ value: 0.6, format: "0%" }),
      findings: [{ address: "G6", messageId: "mismatch", fix: { G6: 0.5958 } }],
    },
    {
      name: "the total line left 0 over a fiscal line that holds the money",
      snapshot: centralSelfEvaluation({
        total: { initial: 0, budget: 0, executed: 0, rate: 0, score: 0 },
        fiscal: { initial: 202.64, budget: 132.912, executed: 132.912, rate: null },
      }),
      findings: [
        {
          address: "G6",
          messageId: "mismatchFromLines",
          message: "执行率0不等于各项资金的全年执行数132.912÷全年预算数132.912=100%",
          fix: { G6: 1 },
        },
      ],
    },
    {
      name: "the total line's rate blank",
      snapshot: centralSelfEvaluation({ total: { rate: null } }),
      findings: [{ address: "G6", messageId: "missing", message: "=95%", fix: { G6: "95%" } }],
    },
    {
      name: "a 其中 line's rate wrong",
      snapshot: centralSelfEvaluation({ fiscal: { rate: "99%" } }),
      findings: [{ address: "G7", messageId: "mismatch", fix: { G7: "95%" } }],
    },
    {
      name: "a rate over a blank 全年执行数: the amount is missing",
      snapshot: centralSelfEvaluation({
        total: { executed: null, rate: "100%" },
        fiscal: { executed: null, rate: null },
      }),
      findings: [
        { address: "E6", messageId: "amountMissing", message: "全年执行数空白", fix: null },
      ],
    },
    {
      name: "provincial: 90% for 预算执行数 250 ÷ 调整后预算数 250",
      snapshot: provincialSelfEvaluation({ total: { rate: "90%" } }),
      findings: [
        {
          address: "F5",
          messageId: "mismatch",
          message: "预算执行数250÷调整后预算数250=100%",
          fix: { F5: "100%" },
        },
      ],
    },
    {
      name: "county: 30 for 10 ÷ 50",
      snapshot: countySelfEvaluation({ rate: 30 }),
      findings: [
        { address: "E4", messageId: "mismatch", message: "执行数10÷预算数50=20%", fix: { E4: 20 } },
      ],
    },
  ],
});

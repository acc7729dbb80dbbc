import rule from "../../src/domain/rules/selfeval-funds-sum-mismatch";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
} from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "100 and 95 on the total and the fiscal line", snapshot: centralSelfEvaluation() },
    {
      name: "年初预算数 left blank on every line",
      snapshot: centralSelfEvaluation({ total: { initial: null }, fiscal: { initial: null } }),
    },
    {
      name: "the total of the fiscal line and the carried-over funds",
      snapshot: centralSelfEvaluation({
        total: { initial: 120, budget: 120, executed: 110, rate: "91.67%" },
        carryOver: { initial: 20, budget: 20, executed: 15 },
      }),
    },
    {
      name: "lines that nest: 0.00 lines beside the fiscal one",
      snapshot: provincialSelfEvaluation(),
    },
    {
      name: "the 全年预算数 column is funds/sum-mismatch's",
      snapshot: centralSelfEvaluation({ total: { budget: 0 } }),
    },
    { name: "one line only", snapshot: countySelfEvaluation() },
  ],
  invalid: [
    {
      name: "the total line left 0 over the fiscal line's amounts",
      snapshot: centralSelfEvaluation({
        total: { initial: 0, budget: 0, executed: 0, rate: 0, score: 0 },
        fiscal: { initial: 202.64, budget: 132.912, executed: 132.912 },
      }),
      findings: [
        {
          address: "C6",
          messageId: "mismatch",
          message: "年度资金总额的年初预算数0不等于各项资金之和（其中：当年财政拨款 202.64）",
        },
        { address: "E6", messageId: "mismatch", message: "全年执行数0" },
      ],
    },
    {
      name: "a 全年执行数 that is not the lines' sum",
      snapshot: centralSelfEvaluation({
        total: { initial: 120, budget: 120, executed: 100, rate: "83.33%" },
        carryOver: { initial: 20, budget: 20, executed: 15 },
      }),
      findings: [{ address: "E6", messageId: "mismatch", message: "上年结转资金 15" }],
    },
  ],
});

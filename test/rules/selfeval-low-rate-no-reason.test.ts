import rule from "../../src/domain/rules/selfeval-low-rate-no-reason";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
} from "../support/self-evaluation";

const sixtyPercent = { budget: 287, executed: 171, rate: "60%", score: 6 };
const sixtyPercentFiscal = { budget: 287, executed: 171, rate: null };

runRuleTests(rule, {
  valid: [
    { name: "95%", snapshot: centralSelfEvaluation() },
    {
      name: "60% with the reason in the row under the table",
      snapshot: centralSelfEvaluation({
        total: sixtyPercent,
        fiscal: sixtyPercentFiscal,
        reasonNote: "部分项目延续至下年实施",
      }),
    },
    {
      name: "provincial: 80% with the reason in the 原因 column",
      snapshot: provincialSelfEvaluation({
        total: { executed: 200, rate: "80%", score: 8, reason: "工程款按进度于次年支付" },
        fiscal: { executed: 200, rate: "80%" },
      }),
    },
    {
      name: "the money spent decides: a total line left at 0 over lines spent in full",
      snapshot: centralSelfEvaluation({
        total: { initial: 0, budget: 0, executed: 0, rate: 0, score: 0 },
        fiscal: { budget: 90, executed: 90, rate: null },
      }),
    },
    {
      name: "a form with no place for reasons (county, 20%)",
      snapshot: countySelfEvaluation(),
    },
    {
      name: "exactly the 90% threshold",
      snapshot: centralSelfEvaluation({
        total: { executed: 90, rate: "90%" },
        fiscal: { executed: 90, rate: null },
      }),
    },
  ],
  invalid: [
    {
      name: "60% and no reason anywhere",
      snapshot: centralSelfEvaluation({ total: sixtyPercent, fiscal: sixtyPercentFiscal }),
      findings: [
        { address: "G6", messageId: "low", message: "执行率60%低于90%，表内没有说明原因" },
      ],
    },
    {
      name: "60% with 无 as the reason",
      snapshot: centralSelfEvaluation({
        total: sixtyPercent,
        fiscal: sixtyPercentFiscal,
        reasonNote: "无",
      }),
      findings: [{ address: "G6", messageId: "low" }],
    },
    {
      name: "spent more than the budget: 102.59%",
      snapshot: centralSelfEvaluation({
        total: { budget: 329.77, executed: 338.31, rate: "102.59%", score: 10 },
        fiscal: { budget: 329.77, executed: 338.31, rate: "102.59%" },
      }),
      findings: [
        {
          address: "E6",
          messageId: "over",
          message: "全年执行数338.31超过全年预算数329.77（执行率102.59%）",
        },
      ],
    },
  ],
});

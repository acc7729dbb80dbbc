import rule from "../../src/domain/rules/selfeval-points-sum";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
  SELF_EVAL_INDICATORS,
  SelfEvalRow,
} from "../support/self-evaluation";

/** The default indicators with one row's points and score changed. */
function withPoints(index: number, points: number): SelfEvalRow[] {
  return SELF_EVAL_INDICATORS.map((row, i) =>
    i === index ? [row[0], row[1], row[2], row[3], row[4], points, points, row[7]] : row
  );
}

runRuleTests(rule, {
  valid: [
    { name: "10 + 50 + 30 + 10 = 100, each level as stated", snapshot: centralSelfEvaluation() },
    { name: "provincial: 权重 10 + 60 + 30", snapshot: provincialSelfEvaluation() },
    { name: "county: no 分值 column, nothing to sum", snapshot: countySelfEvaluation() },
    {
      name: "a table cut short: its last level is not judged",
      snapshot: centralSelfEvaluation({
        indicators: SELF_EVAL_INDICATORS.slice(0, 4),
        totalRow: null,
      }),
    },
    {
      name: "breakdown rows (其中…) without points",
      snapshot: centralSelfEvaluation({
        indicators: [
          ...SELF_EVAL_INDICATORS.slice(0, 1),
          [null, "数量指标", "其中桃树种植面积", "1.5亩", "1.5亩", null, null, null],
          ...SELF_EVAL_INDICATORS.slice(1),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "满意度 20 points: not the 10 its level states, and 110 in all",
      snapshot: centralSelfEvaluation({ indicators: withPoints(4, 20) }),
      findings: [
        {
          address: "B17",
          messageId: "levelMismatch",
          message: "“满意度指标(10分)”注明10分，其下各指标分值合计20",
        },
        {
          address: "G18",
          messageId: "not100",
          message: "分值合计110（预算执行10+各指标100），不是100",
        },
      ],
    },
    {
      name: "产出 45 of its stated 50, in a table cut short before its total",
      snapshot: centralSelfEvaluation({ indicators: withPoints(0, 15), totalRow: null }),
      findings: [{ address: "B13", messageId: "levelMismatch", message: "合计45" }],
    },
    {
      name: "provincial: 权重 10 + 60 + 20",
      snapshot: provincialSelfEvaluation({
        indicators: [
          ["产出指标", "数量指标", "发放覆盖率", "=", 100, "%", "100%", 60, 60, null],
          ["效益指标", "社会效益指标", "足额保障率", "=", 100, "%", "100%", 20, 20, null],
        ],
      }),
      findings: [{ address: "I11", messageId: "not100", message: "分值合计90" }],
    },
  ],
});

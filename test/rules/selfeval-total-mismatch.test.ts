import rule from "../../src/domain/rules/selfeval-total-mismatch";
import { runRuleTests } from "../support/ruleTester";
import {
  centralSelfEvaluation,
  provincialSelfEvaluation,
  SELF_EVAL_INDICATORS,
  SelfEvalRow,
} from "../support/self-evaluation";

/** The default indicators with one score changed. */
function withScore(index: number, score: number | null): SelfEvalRow[] {
  return SELF_EVAL_INDICATORS.map((row, i) =>
    i === index ? [row[0], row[1], row[2], row[3], row[4], row[5], score, row[7]] : row
  );
}

runRuleTests(rule, {
  valid: [
    { name: "99.5 = 9.5 + 90, points 100 = 10 + 90", snapshot: centralSelfEvaluation() },
    { name: "provincial 合计: 100 = 10 + 60 + 30", snapshot: provincialSelfEvaluation() },
    {
      name: "written as 99.5分",
      snapshot: centralSelfEvaluation({ totalRow: { score: "99.5分" } }),
    },
    { name: "no total row", snapshot: centralSelfEvaluation({ totalRow: null }) },
    {
      name: "points that do not add up to 100 are selfeval/points-sum's",
      snapshot: centralSelfEvaluation({
        indicators: withScore(0, 20).map((row, i) =>
          i === 4 ? [row[0], row[1], row[2], row[3], row[4], 20, 20, null] : row
        ),
        totalRow: { points: 100, score: 109.5 },
      }),
    },
  ],
  invalid: [
    {
      name: "90 written for 9.5 + 90",
      snapshot: centralSelfEvaluation({ totalRow: { score: 90 } }),
      findings: [
        {
          address: "H18",
          messageId: "mismatch",
          message: "总分90不等于各项得分之和99.5（预算执行9.5+各指标90）",
          fix: { H18: 99.5 },
        },
      ],
    },
    {
      name: "an indicator scored lower and the total not changed",
      snapshot: centralSelfEvaluation({ indicators: withScore(1, 12) }),
      findings: [{ address: "H18", messageId: "mismatch", fix: { H18: 96.5 } }],
    },
    {
      name: "the total blank, every score there",
      snapshot: centralSelfEvaluation({ totalRow: { score: null } }),
      findings: [{ address: "H18", messageId: "missing", fix: { H18: 99.5 } }],
    },
    {
      name: "the total blank with a score missing: nothing to fill in yet",
      snapshot: centralSelfEvaluation({
        indicators: withScore(2, null),
        totalRow: { score: null },
      }),
      findings: [{ address: "H18", messageId: "missing", fix: null }],
    },
    {
      name: "the total's points 90 while the points add up to 100",
      snapshot: centralSelfEvaluation({ totalRow: { points: 90 } }),
      findings: [
        {
          address: "G18",
          messageId: "pointsMismatch",
          message: "分值90不等于各项分值之和100",
          fix: { G18: 100 },
        },
      ],
    },
    {
      name: "provincial: 合计 得分 blank",
      snapshot: provincialSelfEvaluation({ totalRow: { score: null } }),
      findings: [{ address: "J11", messageId: "missing", fix: { J11: 100 } }],
    },
  ],
});

import rule from "../../src/domain/rules/selfeval-score-above-points";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

runRuleTests(rule, {
  valid: [
    {
      name: "clean self-evaluation: every score within its points",
      snapshot: scoredSelfEvaluation(),
    },
    {
      name: "a score above its points by less than the tolerance",
      snapshot: scoredSelfEvaluation({ 0: { score: 15.05 } }),
    },
    {
      name: "no points to hold the score against (—)",
      snapshot: scoredSelfEvaluation({ 0: { points: "—", score: 20 } }),
    },
    {
      name: "a weight shown as a share (25%) is no points to hold a score against",
      snapshot: scoredSelfEvaluation({ 0: { points: { value: 0.25, format: "0%" }, score: 15 } }),
    },
    {
      name: "a score that is not a number",
      snapshot: scoredSelfEvaluation({ 0: { score: "—" } }),
    },
  ],
  invalid: [
    {
      name: "a met indicator scored above its points: the fix writes full marks",
      snapshot: scoredSelfEvaluation({ 0: { score: 18 } }),
      findings: [
        { address: "H13", messageId: "above", message: "得分 18，分值只有 15", fix: { H13: 15 } },
      ],
    },
    {
      name: "a shortfall scored above its points: the fix writes the proportional score",
      snapshot: scoredSelfEvaluation({ 1: { actual: "90%", score: 16 } }),
      findings: [{ address: "H14", messageId: "above", fix: { H14: 14.21 } }],
    },
    {
      name: "a qualitative indicator above its points: no fix, the tier is a judgement",
      snapshot: scoredSelfEvaluation({ 5: { score: 20 } }),
      findings: [{ address: "H18", messageId: "above", message: "分值只有 15", fix: null }],
    },
    {
      name: "a target without a symbol read two ways: no fix",
      snapshot: scoredSelfEvaluation({ 6: { target: "90%", actual: "95%", score: 12 } }),
      findings: [{ address: "H19", messageId: "above", fix: null }],
    },
  ],
});

import rule from "../../src/domain/rules/selfeval-score-above-points";
import { runRuleTests } from "../support/ruleTester";
import { selfEvaluationTable, selfEvaluationWith } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    {
      name: "clean self-evaluation: every score within its points",
      snapshot: selfEvaluationTable(),
    },
    {
      name: "a score above its points by less than the tolerance",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 0: { score: 15.05 } })),
    },
    {
      name: "no points to hold the score against (—)",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 0: { points: "—", score: 20 } })),
    },
    {
      name: "a weight shown as a share (25%) is no points to hold a score against",
      snapshot: selfEvaluationTable(
        selfEvaluationWith({ 0: { points: 0.25, score: 15, formats: { points: "0%" } } })
      ),
    },
    {
      name: "a score that is not a number",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 0: { score: "—" } })),
    },
  ],
  invalid: [
    {
      name: "a met indicator scored above its points: the fix writes full marks",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 0: { score: 18 } })),
      findings: [
        { address: "G13", messageId: "above", message: "得分 18，分值只有 15", fix: { G13: 15 } },
      ],
    },
    {
      name: "a shortfall scored above its points: the fix writes the proportional score",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 1: { actual: "90%", score: 16 } })),
      findings: [{ address: "G14", messageId: "above", fix: { G14: 14.21 } }],
    },
    {
      name: "a qualitative indicator above its points: no fix, the tier is a judgement",
      snapshot: selfEvaluationTable(selfEvaluationWith({ 5: { score: 20 } })),
      findings: [{ address: "G18", messageId: "above", message: "分值只有 15", fix: null }],
    },
    {
      name: "a target without a symbol read two ways: no fix",
      snapshot: selfEvaluationTable(
        selfEvaluationWith({ 6: { target: "90%", actual: "95%", score: 12 } })
      ),
      findings: [{ address: "G19", messageId: "above", fix: null }],
    },
  ],
});

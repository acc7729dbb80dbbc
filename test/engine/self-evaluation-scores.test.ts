/**
 * The indicator scores of a self-evaluation under every rule and the fixes: wrong scores
 * are fixed round by round to the computed ones, the total follows, and the check
 * afterwards has no self-evaluation finding.
 */
import { checkTables } from "../../src/domain/check";
import { applyToSnapshots, planFixes } from "../../src/domain/fixes";
import { recognize } from "../../src/domain/recognize";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

const selfEvaluationFindings = (snapshot: SheetSnapshot) =>
  checkTables(recognize(snapshot))
    .flatMap((result) => result.findings)
    .filter((f) => f.ruleId.startsWith("selfeval/"))
    .map((f) => `${f.address} ${f.ruleId}`);

describe("self-evaluation indicator scores under the fixes", () => {
  it("a clean scored self-evaluation draws no self-evaluation finding", () => {
    expect(selfEvaluationFindings(scoredSelfEvaluation())).toEqual([]);
  });

  it("fixed round by round, every score follows from its target and actual, and the total from them", () => {
    const snapshot = scoredSelfEvaluation({
      0: { score: 12 },
      1: { actual: "90%", score: 15, reason: "部分地块验收推迟至次年" },
      4: { score: 18 },
      6: { score: null },
    });
    expect(selfEvaluationFindings(snapshot)).toEqual([
      "H13 selfeval/score-not-following",
      "H14 selfeval/score-not-following",
      "H17 selfeval/score-above-points",
      "H19 selfeval/score-not-following",
    ]);
    const plan = planFixes([snapshot]);
    expect(plan.edits.map((e) => `${e.address} ${e.value}`).sort()).toEqual([
      "H13 15",
      "H14 14.21",
      "H17 15",
      "H19 10",
      "H20 98.71",
    ]);
    expect(selfEvaluationFindings(applyToSnapshots([snapshot], plan.edits)[0])).toEqual([]);
  });
});

import rule from "../../src/domain/rules/selfeval-tier-mismatch";
import { checkTables } from "../../src/domain/check";
import { parseConfig } from "../../src/domain/config";
import { recognize } from "../../src/domain/recognize";
import { RULE_IDS } from "../../src/domain/rules";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

/** The clean self-evaluation with the qualitative row (H18, 15 points) changed. */
const qualitative = (actual: string, score: number, target = "长期有效") =>
  scoredSelfEvaluation({ 5: { target, actual, score } });

runRuleTests(rule, {
  valid: [
    {
      name: "clean self-evaluation: 达成预期指标 with full marks",
      snapshot: scoredSelfEvaluation(),
    },
    { name: "达成 at the tier's floor: 12 of 15 (80 %)", snapshot: qualitative("达成", 12) },
    { name: "部分达成 within 60–80 %: 10 of 15", snapshot: qualitative("部分达成预期指标", 10) },
    { name: "未达成 under 60 %: 5 of 15", snapshot: qualitative("未达成预期指标", 5) },
    { name: "基本达成 between 部分达成 and 达成: 10 of 15", snapshot: qualitative("基本达成", 10) },
    { name: "已完成 with full marks", snapshot: qualitative("已完成", 15) },
    { name: "an actual restating the target, full marks", snapshot: qualitative("长期有效", 15) },
    {
      name: "at a tier's edge within the tolerance: 达成 at 11.95",
      snapshot: qualitative("达成", 11.95),
    },
    { name: "an actual naming no tier", snapshot: qualitative("效果明显", 8) },
    {
      name: "numeric actuals are selfeval/score-not-following's",
      snapshot: scoredSelfEvaluation({ 0: { score: 3 } }),
    },
    {
      name: "a score above its points is selfeval/score-above-points' error",
      snapshot: qualitative("未达成", 20),
    },
  ],
  invalid: [
    {
      name: "达成 scored under 80 %",
      snapshot: qualitative("达成预期指标", 10),
      findings: [
        {
          address: "H18",
          messageId: "outside",
          message: "实际完成值为“达成预期指标”（达成，应得 12–15 分），得分 10 不在此区间",
        },
      ],
    },
    {
      name: "部分达成 with full marks",
      snapshot: qualitative("部分达成", 15),
      findings: [{ address: "H18", messageId: "outside", message: "部分达成，应得 9–12 分" }],
    },
    {
      name: "未达成 scored over 60 %",
      snapshot: qualitative("未完成", 12),
      findings: [{ address: "H18", messageId: "outside", message: "未达成，应得 0–9 分" }],
    },
    {
      name: "an actual restating the target, scored as not achieved",
      snapshot: qualitative("长期有效", 6),
      findings: [{ address: "H18", messageId: "outside", message: "达成" }],
    },
    {
      name: "a quantitative target reported as 已完成, scored low",
      snapshot: scoredSelfEvaluation({ 0: { actual: "已完成", score: 5 } }),
      findings: [{ address: "H13", messageId: "outside" }],
    },
  ],
});

describe("selfeval/tier-mismatch with an office's own tiers", () => {
  const findingsWith = (scoring: unknown) => {
    const config = parseConfig({ scoring }, RULE_IDS);
    const snapshot = scoredSelfEvaluation({ 5: { actual: "达成", score: 12 } });
    return checkTables(recognize(snapshot), { rules: [rule], config }).flatMap((r) => r.findings);
  };

  it("takes the tiers from the config's scoring", () => {
    expect(findingsWith({})).toEqual([]);
    const stricter = findingsWith({ tiers: { achieved: { from: 0.9, to: 1 } } });
    expect(stricter.map((f) => [f.address, f.message])).toEqual([
      [
        "H18",
        "“农田设施长期发挥效益”实际完成值为“达成”（达成，应得 13.5–15 分），得分 12 不在此区间",
      ],
    ]);
  });
});

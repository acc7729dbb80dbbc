import rule from "../../src/domain/rules/selfeval-score-not-following";
import { checkTables } from "../../src/domain/check";
import { parseConfig } from "../../src/domain/config";
import { recognize } from "../../src/domain/recognize";
import { RULE_IDS } from "../../src/domain/rules";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";
import { provincialSelfEvaluation } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    {
      name: "provincial form (符号 · 指标值 · 度量单位 · 完成值)",
      snapshot: provincialSelfEvaluation(),
    },
    { name: "clean self-evaluation", snapshot: scoredSelfEvaluation() },
    {
      name: "a shortfall scored in proportion: 1900 of 2000 亩 × 15 = 14.25",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1900亩", score: 14.25 } }),
    },
    {
      name: "within the tolerance of the proportional score",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1900亩", score: 14.3 } }),
    },
    {
      name: "a shortfall's score rounded down to whole points (14.25 → 14)",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1900亩", score: 14 } }),
    },
    {
      name: "a ≤ indicator below its target has full marks",
      snapshot: scoredSelfEvaluation({ 3: { actual: "1200元/亩", score: 10 } }),
    },
    {
      name: "a target without a symbol may be read as =: 95 of 98 × 15 = 14.54",
      snapshot: scoredSelfEvaluation({ 1: { target: "95%", actual: "98%", score: 14.54 } }),
    },
    {
      name: "an actual in 元 against a target in 万元 is converted: 120万元 ≥ 100万元",
      snapshot: scoredSelfEvaluation({ 4: { target: "≥100万元", actual: "1200000元", score: 15 } }),
    },
    {
      name: "qualitative and deadline indicators are scored by tier, not here",
      snapshot: scoredSelfEvaluation({ 2: { score: 6 }, 5: { score: 9 } }),
    },
    {
      name: "a score above its points is selfeval/score-above-points' error",
      snapshot: scoredSelfEvaluation({ 0: { score: 20 } }),
    },
    {
      name: "an actual written as a target cannot be scored",
      snapshot: scoredSelfEvaluation({ 1: { actual: "≥95%", score: 12 } }),
    },
    {
      name: "a percent target above 100 cannot be reached: its own defect",
      snapshot: scoredSelfEvaluation({ 1: { target: "≥290%", actual: "98%", score: 15 } }),
    },
    {
      name: "a negative target gives no score to compare with",
      snapshot: scoredSelfEvaluation({ 4: { target: "≥-5%", actual: "-8%", score: 3 } }),
    },
    {
      name: "a blank score without points",
      snapshot: scoredSelfEvaluation({ 0: { points: null, score: null } }),
    },
  ],
  invalid: [
    {
      name: "provincial form: = 100% reached 95%, full marks",
      snapshot: provincialSelfEvaluation({
        indicators: [
          ["产出指标", "数量指标", "发放覆盖率", "=", 100, "%", "95%", 60, 60, "部分人员年底调入"],
          ["效益指标", "社会效益指标", "足额保障率", "=", 100, "%", "100%", 30, 30, null],
        ],
      }),
      findings: [{ address: "J9", messageId: "fullForShortfall", fix: { J9: 57 } }],
    },
    {
      name: "met but not full marks",
      snapshot: scoredSelfEvaluation({ 0: { score: 12 } }),
      findings: [
        {
          address: "H13",
          messageId: "metNotFull",
          message: "实际完成值 2100亩 已达到年度指标值 ≥2000亩，得分 12 却低于分值 15",
          fix: { H13: 15 },
        },
      ],
    },
    {
      name: "a shortfall with full marks",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1800亩", score: 15 } }),
      findings: [{ address: "H13", messageId: "fullForShortfall", fix: { H13: 13.5 } }],
    },
    {
      name: "a shortfall off the proportional score",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1800亩", score: 12 } }),
      findings: [
        {
          address: "H13",
          messageId: "proportional",
          message: "得分 12 与年度指标值 ≥2000亩、实际完成值 1800亩 不符",
          fix: { H13: 13.5 },
        },
      ],
    },
    {
      name: "a shortfall's score rounded up gives more than was earned (13.88 → 14)",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1850亩", score: 14 } }),
      findings: [{ address: "H13", messageId: "proportional", fix: { H13: 13.88 } }],
    },
    {
      name: "a ≤ indicator above its target: 1500 ÷ 1600 × 10",
      snapshot: scoredSelfEvaluation({ 3: { actual: "1600元/亩", score: 10 } }),
      findings: [{ address: "H16", messageId: "fullForShortfall", fix: { H16: 9.38 } }],
    },
    {
      name: "a cost target without a symbol read three ways: no fix, both scores named",
      snapshot: scoredSelfEvaluation({ 3: { target: "1500元/亩", actual: "1600元/亩", score: 5 } }),
      findings: [{ address: "H16", messageId: "proportional", fix: null }],
    },
    {
      name: "an actual in 元 against a target in 万元: 80 of 100 万元",
      snapshot: scoredSelfEvaluation({ 4: { target: "≥100万元", actual: "800000元", score: 15 } }),
      findings: [{ address: "H17", messageId: "fullForShortfall", fix: { H17: 12 } }],
    },
    {
      name: "a satisfaction rate short of its target: 80 ÷ 90 × 10",
      snapshot: scoredSelfEvaluation({ 6: { actual: "80%", score: 10 } }),
      findings: [{ address: "H19", messageId: "fullForShortfall", fix: { H19: 8.89 } }],
    },
    {
      name: "an actual stored as a share and shown as percent: 0.9 is 90%",
      snapshot: scoredSelfEvaluation({ 1: { actual: { value: 0.9, format: "0%" } } }),
      findings: [
        {
          address: "H14",
          messageId: "fullForShortfall",
          message: "实际完成值 90%",
          fix: { H14: 14.21 },
        },
      ],
    },
    {
      name: "points but a blank score: the fix writes the computed score",
      snapshot: scoredSelfEvaluation({ 0: { score: null } }),
      findings: [
        { address: "H13", messageId: "blank", message: "有分值 15，得分空白", fix: { H13: 15 } },
      ],
    },
    {
      name: "points, a blank score and a blank actual: nothing to compute",
      snapshot: scoredSelfEvaluation({ 1: { actual: null, score: null } }),
      findings: [{ address: "H14", messageId: "blank", fix: null }],
    },
  ],
});

describe("selfeval/score-not-following with an office's own tolerance", () => {
  it("takes the tolerance from the config's scoring", () => {
    // 1800 of 2000 亩 × 15 = 13.5; 13.8 is 0.3 off.
    const snapshot = scoredSelfEvaluation({ 0: { actual: "1800亩", score: 13.8 } });
    const findingsWith = (scoring: unknown) =>
      checkTables(recognize(snapshot), {
        rules: [rule],
        config: parseConfig({ scoring }, RULE_IDS),
      }).flatMap((r) => r.findings.map((f) => f.address));
    expect(findingsWith({})).toEqual(["H13"]);
    expect(findingsWith({ scoreTolerance: 0.5 })).toEqual([]);
  });
});

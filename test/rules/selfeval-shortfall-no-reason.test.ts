import rule from "../../src/domain/rules/selfeval-shortfall-no-reason";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";
import { provincialSelfEvaluation } from "../support/self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "provincial form: every target met", snapshot: provincialSelfEvaluation() },
    { name: "clean self-evaluation: every target met", snapshot: scoredSelfEvaluation() },
    {
      name: "a shortfall with its reason",
      snapshot: scoredSelfEvaluation({
        0: { actual: "1800亩", score: 13.5, reason: "部分地块因降雨推迟施工，明年补足" },
      }),
    },
    {
      name: "a ≤ indicator below its target needs no reason",
      snapshot: scoredSelfEvaluation({ 3: { actual: "1200元/亩" } }),
    },
    {
      name: "a met indicator scored short: the score is wrong, not the reason missing",
      snapshot: scoredSelfEvaluation({ 0: { score: 12 } }),
    },
    {
      name: "部分达成 with a reason",
      snapshot: scoredSelfEvaluation({
        5: { actual: "部分达成", score: 10, reason: "设施管护机制尚未建立" },
      }),
    },
    {
      name: "an unreachable target (≥290%) is the target's own defect",
      snapshot: scoredSelfEvaluation({ 1: { target: "≥290%", actual: "98%" } }),
    },
    {
      name: "a target without a symbol exceeded: met as ≥, not as =, so not a clear shortfall",
      snapshot: scoredSelfEvaluation({ 1: { target: "95%", actual: "98%" } }),
    },
    {
      name: "a range target (95%-100%) reached",
      snapshot: scoredSelfEvaluation({ 1: { target: "95%-100%", actual: "98%" } }),
    },
  ],
  invalid: [
    {
      name: "provincial form: a shortfall without 未完成原因分析",
      snapshot: provincialSelfEvaluation({
        indicators: [
          ["产出指标", "数量指标", "发放覆盖率", "=", 100, "%", "95%", 60, 57, null],
          ["效益指标", "社会效益指标", "足额保障率", "=", 100, "%", "100%", 30, 30, null],
        ],
      }),
      findings: [{ address: "K9", messageId: "notMet" }],
    },
    {
      name: "a range target (95%-100%) fallen short of",
      snapshot: scoredSelfEvaluation({ 1: { target: "95%-100%", actual: "76%", score: 12 } }),
      findings: [{ address: "I14", messageId: "notMet", message: "未达到年度指标值 95-100%，" }],
    },
    {
      name: "a shortfall with a blank reason",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1800亩", score: 13.5 } }),
      findings: [
        {
          address: "I13",
          messageId: "notMet",
          message: "实际完成值 1800亩 未达到年度指标值 ≥2000亩，偏差原因分析及改进措施空白",
        },
      ],
    },
    {
      name: "a shortfall whose reason says only 无",
      snapshot: scoredSelfEvaluation({ 0: { actual: "1800亩", score: 13.5, reason: "无" } }),
      findings: [{ address: "I13", messageId: "empty", message: "偏差原因却只写了“无”" }],
    },
    {
      name: "a shortfall whose reason says only 已完成。",
      snapshot: scoredSelfEvaluation({ 6: { actual: "85%", score: 9.44, reason: "已完成。" } }),
      findings: [{ address: "I19", messageId: "empty" }],
    },
    {
      name: "a dash is no reason",
      snapshot: scoredSelfEvaluation({ 6: { actual: "85%", score: 9.44, reason: "—" } }),
      findings: [{ address: "I19", messageId: "notMet" }],
    },
    {
      name: "a ≤ indicator above its target",
      snapshot: scoredSelfEvaluation({ 3: { actual: "1600元/亩", score: 9.38 } }),
      findings: [{ address: "I16", messageId: "notMet" }],
    },
    {
      name: "a qualitative indicator partly achieved",
      snapshot: scoredSelfEvaluation({ 5: { actual: "部分达成", score: 10 } }),
      findings: [{ address: "I18", messageId: "tier", message: "实际完成情况为“部分达成”" }],
    },
    {
      name: "a qualitative indicator scored short of full marks",
      snapshot: scoredSelfEvaluation({ 5: { score: 13 } }),
      findings: [{ address: "I18", messageId: "lostPoints", message: "得分 13 低于分值 15" }],
    },
  ],
});

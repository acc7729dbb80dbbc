import rule from "../../src/domain/rules/selfeval-row-not-scored";
import { runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "a clean self-evaluation", snapshot: scoredSelfEvaluation() },
    {
      name: "a row that breaks down the one above (其中…) carries no points of its own (萧县 2023)",
      snapshot: scoredSelfEvaluation({
        1: { name: "其中桃树种植面积", points: null, score: null },
      }),
    },
    {
      name: "a numbered breakdown row (2.其中…) is one too",
      snapshot: scoredSelfEvaluation({
        1: { name: "2.其中桃树种植面积", points: null, score: null },
      }),
    },
    {
      name: "a form not scored yet: most rows blank",
      snapshot: scoredSelfEvaluation({
        0: { points: null, score: null },
        1: { points: null, score: null },
        2: { points: null, score: null },
        3: { points: null, score: null },
        4: { points: null, score: null },
      }),
    },
    { name: "a goal table", table: {} },
  ],
  invalid: [
    {
      name: "a row with a target and an actual, its points and score blank (原州 2022)",
      snapshot: scoredSelfEvaluation({ 1: { points: null, score: null } }),
      findings: [
        {
          address: "H14",
          messageId: "unscored",
          message: "“农田建设验收合格率”有年度指标值和实际完成值，分值和得分却都空白，未计分",
        },
      ],
    },
  ],
});

import rule from "../../src/domain/rules/indicator-out-of-range";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";
import { scoredSelfEvaluation } from "../support/scored-self-evaluation";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "exactly 100 %", table: { indicators: cleanWith({ 1: { value: 100 } }) } },
    {
      name: "growth rate above 100 %",
      table: { indicators: cleanWith({ 4: { level3: "用地保障率同比提高", value: 120 } }) },
    },
    {
      name: "percent-formatted 0.95",
      table: { indicators: cleanWith({ 1: { value: 0.95, unit: "", percentFormat: true } }) },
    },
    { name: "exactly 1000 ‰", table: { indicators: cleanWith({ 1: { value: 1000, unit: "‰" } }) } },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    { name: "a clean self-evaluation", snapshot: scoredSelfEvaluation() },
    {
      name: "a self-evaluation's actual past 100 % where the plan was outdone",
      snapshot: scoredSelfEvaluation({ 1: { name: "培训任务完成率", actual: "110%" } }),
    },
  ],
  invalid: [
    {
      name: "a self-evaluation's actual pass rate of 290 % (宁夏 2022)",
      snapshot: scoredSelfEvaluation({ 1: { actual: "290%" } }),
      findings: [
        {
          address: "F14",
          messageId: "actualPercent",
          message: "“农田建设验收合格率”的实际完成值为“290%”",
        },
      ],
    },
    {
      name: "pass rate of 105 %",
      table: { indicators: cleanWith({ 1: { value: 105 } }) },
      findings: [
        { address: "F11", messageId: "percent", message: "“组卷材料合格率”的目标为“≥ 105 %”" },
      ],
    },
    {
      name: "percent-formatted 1.05 reads as 105 %",
      table: { indicators: cleanWith({ 1: { value: 1.05, unit: "", percentFormat: true } }) },
      findings: [{ address: "F11", messageId: "percent", message: "105 %" }],
    },
    {
      name: "per-mille above 1000",
      table: { indicators: cleanWith({ 1: { value: 1200, unit: "‰" } }) },
      findings: [{ address: "F11", messageId: "permille", message: "≥ 1200 ‰" }],
    },
    {
      name: "negative count",
      table: { indicators: cleanWith({ 0: { value: -3 } }) },
      findings: [{ address: "F10", messageId: "negative", message: "≥ -3 个" }],
    },
    {
      name: "single column: negative 宗 and 105%",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "≥-5宗" }, 1: { value: "≥105%" } }, CLEAN_MOF),
      },
      findings: [
        { address: "E9", messageId: "negative", message: "≥ -5 宗" },
        { address: "E10", messageId: "percent", message: "工程验收合格率" },
      ],
    },
    {
      name: "merges unknown: satisfaction of 120 %",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 6: { value: 120 } }) }] },
      findings: [{ address: "F16", messageId: "percent", message: "用地单位满意度" }],
    },
  ],
});

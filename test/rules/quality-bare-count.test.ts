import rule from "../../src/domain/rules/quality-bare-count";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (quality as a rate, quantity as 个)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "qualitative quality target",
      table: { indicators: cleanWith({ 1: { symbol: "定性", value: "良好", unit: "" } }) },
    },
    {
      name: "quality as a count of days is not a bare count",
      table: {
        indicators: cleanWith({ 1: { level3: "返工天数", symbol: "≤", value: 5, unit: "天" } }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "quality counted in 个",
      table: { indicators: cleanWith({ 1: { level3: "合格组卷数", value: 12, unit: "个" } }) },
      findings: [{ address: "G11", messageId: "count", message: "“合格组卷数”以“个”计" }],
    },
    {
      name: "single column: ≥3项",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { level3: "验收合格项目数", value: "≥3项" } }, CLEAN_MOF),
      },
      findings: [{ address: "E10", messageId: "count", message: "以“项”计" }],
    },
    {
      name: "mof-2021 forced: quality in 块",
      profile: "mof-2021",
      table: { indicators: cleanWith({ 1: { value: 3, unit: "块" } }) },
      findings: [{ address: "G11", messageId: "count", message: "“块”" }],
    },
    {
      name: "merges unknown: quality in 宗",
      sheet: {
        mergesKnown: false,
        tables: [
          { indicators: cleanWith({ 1: { level3: "一次通过审查宗数", value: 10, unit: "宗" } }) },
        ],
      },
      findings: [{ address: "G11", messageId: "count" }],
    },
  ],
});

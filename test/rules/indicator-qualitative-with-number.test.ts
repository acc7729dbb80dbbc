import rule from "../../src/domain/rules/indicator-qualitative-with-number";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "the seed's habit: 文字描述 with the target in the 单位 column",
      table: {
        indicators: cleanWith({ 5: { symbol: "文字描述", value: null, unit: "完成数据库" } }),
      },
    },
    {
      name: "single column: 定性：明显改善",
      table: {
        layout: "single",
        indicators: cleanWith({ 5: { value: "定性：明显改善" } }, CLEAN_MOF),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "seed project 3: 文字描述 · 100 · 完成数据库",
      table: {
        indicators: cleanWith({ 5: { symbol: "文字描述", value: 100, unit: "完成数据库" } }),
      },
      findings: [{ address: "F15", messageId: "mixed", message: "的符号为“文字描述”，值却是 100" }],
    },
    {
      name: "定性 with 100% as text",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: "100%", unit: "" } }) },
      findings: [{ address: "F15", messageId: "mixed", message: "“定性”" }],
    },
    {
      name: "single column: 定性：100",
      table: { layout: "single", indicators: cleanWith({ 5: { value: "定性：100" } }, CLEAN_MOF) },
      findings: [{ address: "E14", messageId: "mixed", message: "耕地质量等级" }],
    },
    {
      name: "merges unknown: 定性 · 12 · 个",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 0: { symbol: "定性", value: 12, unit: "个" } }) }],
      },
      findings: [{ address: "F10", messageId: "mixed", message: "值却是 12" }],
    },
  ],
});

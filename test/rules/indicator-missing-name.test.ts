import rule from "../../src/domain/rules/indicator-missing-name";
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
      name: "blank row inside the block and a footer",
      table: { blankRowsAfter: [2], footer: ["填表人：李华  审核人：王强"] },
    },
    {
      name: "no name and no target either",
      table: { indicators: cleanWith({ 0: { level3: "", symbol: "", value: null, unit: "" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "a name with a number in it",
      table: { indicators: cleanWith({ 0: { level3: "5G基站建设数" } }) },
    },
  ],
  invalid: [
    {
      name: "the name is only a number (a template's 指标内容 filled with 88)",
      table: { indicators: cleanWith({ 0: { level3: "88" } }) },
      findings: [{ address: "C10", messageId: "numberOnly", message: "只是一个数字“88”" }],
    },
    {
      name: "name blank on a quantitative row",
      table: { indicators: cleanWith({ 0: { level3: "" } }) },
      findings: [{ address: "C10", messageId: "missing", message: "指标值为“≥ 12 个”" }],
    },
    {
      name: "name blank on a quantitative and a qualitative row",
      table: { indicators: cleanWith({ 0: { level3: "" }, 5: { level3: "" } }) },
      findings: [
        { address: "C10", messageId: "missing" },
        { address: "C15", messageId: "missing", message: "定性" },
      ],
    },
    {
      name: "only a value, no symbol or unit",
      table: { indicators: cleanWith({ 0: { level3: "", symbol: "", unit: "" } }) },
      findings: [{ address: "C10", messageId: "missing", message: "“12”" }],
    },
    {
      name: "single column: deadline without a name",
      table: { layout: "single", indicators: cleanWith({ 2: { level3: "" } }, CLEAN_MOF) },
      findings: [{ address: "C11", messageId: "missing", message: "2021年12月31日前" }],
    },
    {
      name: "merges unknown: satisfaction row without a name",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 6: { level3: "" } }) }] },
      findings: [{ address: "C16", messageId: "missing", message: "≥ 90 %" }],
    },
  ],
});

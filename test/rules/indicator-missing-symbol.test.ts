import rule from "../../src/domain/rules/indicator-missing-symbol";
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
      name: "qualitative row without a symbol",
      table: { indicators: cleanWith({ 5: { symbol: "" } }) },
    },
    {
      name: "symbols in words and full width",
      table: { indicators: cleanWith({ 0: { symbol: "不少于" }, 1: { symbol: "＞＝" } }) },
    },
    {
      name: "single column: 95%以上 carries its comparison",
      table: { layout: "single", indicators: cleanWith({ 1: { value: "95%以上" } }, CLEAN_MOF) },
    },
    {
      name: "single column: 5个工作日内, within a span of time, carries its comparison",
      table: {
        layout: "single",
        indicators: cleanWith({ 2: { value: "5个工作日内" } }, CLEAN_MOF),
      },
    },
    {
      name: "single column: a range, 90-110人 or ≥90%且≤100%, writes both bounds",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "90-110人" }, 1: { value: "≥90%且≤100%" } }, CLEAN_MOF),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "number without a symbol",
      table: { indicators: cleanWith({ 0: { symbol: "" } }) },
      findings: [{ address: "E10", messageId: "missing", message: "的目标“12 个”没有" }],
    },
    {
      name: "unrecognized symbol 约",
      table: { indicators: cleanWith({ 1: { symbol: "约" } }) },
      findings: [{ address: "E11", messageId: "unknown", message: "符号“约”无法识别" }],
    },
    {
      name: "single column: 1200亩 without a symbol",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "1200亩" } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "missing", message: "整治耕地面积" }],
    },
    {
      name: "single column: a bare number cell",
      table: { layout: "single", indicators: cleanWith({ 0: { value: 1200 } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "missing" }],
    },
    {
      name: "merges unknown: cost without a symbol",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 3: { symbol: "" } }) }] },
      findings: [{ address: "E13", messageId: "missing", message: "“4 万元”" }],
    },
  ],
});

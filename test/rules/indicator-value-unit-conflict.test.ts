import rule from "../../src/domain/rules/indicator-value-unit-conflict";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "single column: the unit belongs in the cell",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "value unit equals the unit column: 30万元 · 万元, 95% · %",
      table: { indicators: cleanWith({ 3: { value: "30万元" }, 1: { value: "95%" } }) },
    },
    {
      name: "bare numbers, as text and as numbers",
      table: { indicators: cleanWith({ 0: { value: "12" }, 3: { value: 30 } }) },
    },
    {
      name: "same kind: 30万元 · 元, 95% · 百分比, 3个 · 月",
      table: {
        indicators: cleanWith({
          3: { value: "30万元", unit: "元" },
          1: { value: "95%", unit: "百分比" },
          2: { level3: "完成时限", value: "3个", unit: "月" },
        }),
      },
    },
    {
      name: "percent-formatted 0.95 with unit %",
      table: { indicators: cleanWith({ 1: { value: 0.95, percentFormat: true } }) },
    },
    {
      name: "not a unit on either side: 3个百分点 · %, 95% · 完成本年任务",
      table: {
        indicators: cleanWith({
          1: { value: "3个百分点" },
          4: { value: "95%", unit: "完成本年任务" },
        }),
      },
    },
    {
      name: "qualitative text and deadline in 值",
      table: {
        indicators: cleanWith({
          2: { symbol: "", value: "2020年12月31日前", unit: "" },
          5: { symbol: "定性", value: "有效提升", unit: "" },
        }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "an amount with unit %",
      table: { indicators: cleanWith({ 1: { value: "30万元" }, 4: { value: "5000元" } }) },
      findings: [
        {
          address: "F11",
          messageId: "conflict",
          message: "“组卷材料合格率”的值“30万元”自带单位“万元”，单位栏却是“%”",
        },
        { address: "F14", messageId: "conflict", message: "“5000元”自带单位“元”" },
      ],
    },
    {
      name: "95% with unit 万元 or 个",
      table: { indicators: cleanWith({ 3: { value: "95%" }, 0: { value: "95%" } }) },
      findings: [
        { address: "F10", messageId: "conflict", message: "单位栏却是“个”" },
        { address: "F13", messageId: "conflict", message: "单位栏却是“万元”" },
      ],
    },
    {
      name: "symbol written in the value and a trailing 以上: ≥95％, 1200亩以上 · 万元",
      table: {
        indicators: cleanWith({
          0: { symbol: "", value: "≥95％" },
          3: { value: "1200亩以上" },
        }),
      },
      findings: [
        { address: "F10", messageId: "conflict", message: "“%”" },
        { address: "F13", messageId: "conflict", message: "“亩”" },
      ],
    },
    {
      name: "merges unknown: 12个 with unit %",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 1: { value: "12个" } }) }],
      },
      findings: [{ address: "F11", messageId: "conflict", message: "“12个”" }],
    },
  ],
});

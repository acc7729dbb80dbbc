import rule from "../../src/domain/rules/cost-target";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (≤ 4 万元)", table: {} },
    {
      name: "clean mof-2021 single-column table (≤1700元/亩)",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "compound money unit 元/亩",
      table: {
        indicators: cleanWith({ 3: { level3: "亩均测绘费用", value: 1700, unit: "元/亩" } }),
      },
    },
    {
      name: "≥ on a non-cost row",
      table: { indicators: cleanWith({ 0: { symbol: ">=" } }) },
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{ layout: "single", indicators: CLEAN_MOF }] },
    },
    {
      name: "single column: a social cost described in words (社会成本指标)",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 3: { level2: "社会成本指标", level3: "对周边群众生活的影响", value: "影响较小" } },
          CLEAN_MOF
        ),
      },
    },
    {
      name: "a cost with a deadline is another rule's matter",
      table: { indicators: cleanWith({ 3: { symbol: "", value: "2021年12月31日前", unit: "" } }) },
    },
  ],
  invalid: [
    {
      name: "cost set with ≥",
      table: { indicators: cleanWith({ 3: { symbol: "≥" } }) },
      findings: [
        {
          address: "E13",
          messageId: "direction",
          message: "用了“≥”，成本应设上限",
          fix: { E13: "≤" },
        },
      ],
    },
    {
      name: "cost counted in 个",
      table: { indicators: cleanWith({ 3: { unit: "个" } }) },
      findings: [{ address: "G13", messageId: "unit", message: "的单位为“个”" }],
    },
    {
      name: "both: >= and 宗",
      table: { indicators: cleanWith({ 3: { symbol: ">=", unit: "宗" } }) },
      findings: [
        { address: "E13", messageId: "direction", fix: { E13: "≤" } },
        { address: "G13", messageId: "unit", message: "“宗”", fix: null },
      ],
    },
    {
      name: "single column: ≥1700元/亩",
      table: { layout: "single", indicators: cleanWith({ 3: { value: "≥1700元/亩" } }, CLEAN_MOF) },
      findings: [
        {
          address: "E12",
          messageId: "direction",
          message: "亩均整治成本",
          fix: { E12: "≤1700元/亩" },
        },
      ],
    },
    {
      name: "single column: cost in 亩",
      table: { layout: "single", indicators: cleanWith({ 3: { value: "≤1700亩" } }, CLEAN_MOF) },
      findings: [{ address: "E12", messageId: "unit", message: "“亩”" }],
    },
    {
      name: "a cost written in words, with no amount (天津 2020)",
      table: {
        indicators: cleanWith({ 3: { symbol: "", value: "严格控制在预算范围内", unit: "" } }),
      },
      findings: [
        {
          address: "F13",
          messageId: "words",
          message: "成本指标没有金额：“单宗组卷测绘费用”的目标是文字“严格控制在预算范围内”",
        },
      ],
    },
    {
      name: "single column: an economic cost in words (经济成本指标)",
      table: {
        layout: "single",
        indicators: cleanWith({ 3: { value: "按标准控制成本" } }, CLEAN_MOF),
      },
      findings: [{ address: "E12", messageId: "words" }],
    },
    {
      name: "mof-2021 forced: 成本指标 as a first level with >",
      profile: "mof-2021",
      table: {
        indicators: cleanWith({
          3: { level1: "成本指标", level2: "经济成本指标", symbol: ">" },
        }),
      },
      findings: [{ address: "E13", messageId: "direction", message: "用了“>”", fix: null }],
    },
    {
      name: "merges unknown: cost ≥",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 3: { symbol: "≥" } }) }] },
      findings: [{ address: "E13", messageId: "direction" }],
    },
  ],
});

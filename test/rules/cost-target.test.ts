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

import rule from "../../src/domain/rules/indicator-unit-not-a-unit";
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
      name: "the seed's habit: qualitative text in the 单位 column without a comparison",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: null, unit: "完成数据库" } }) },
    },
    {
      name: "compound and full-width units",
      table: { indicators: cleanWith({ 1: { unit: "％" }, 3: { value: 1700, unit: "元/亩" } }) },
    },
    {
      name: "a count or measure in ten-thousands, and policies counted in 单",
      table: {
        indicators: cleanWith({
          0: { value: 6, unit: "万立方米" },
          3: { value: 2, unit: "万株/亩" },
          4: { value: 1, unit: "单" },
        }),
      },
    },
    {
      name: "single column: ≥50厘米 (四川 2022)",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "≥50厘米" } }, CLEAN_MOF) },
    },
    {
      name: "single column: ranges whose unit is a unit (90%-100%, ≥90%且≤100%)",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { value: "90%-100%" }, 2: { value: "≥90%且≤100%" } }, CLEAN_MOF),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "万 before words that are no unit",
      table: { indicators: cleanWith({ 0: { value: 1, unit: "万事如意" } }) },
      findings: [{ address: "G10", messageId: "notUnit", message: "“万事如意”" }],
    },
    {
      name: "≥ 1 完成本年任务",
      table: { indicators: cleanWith({ 0: { value: 1, unit: "完成本年任务" } }) },
      findings: [
        {
          address: "G10",
          messageId: "notUnit",
          message: "“完成本年任务”不是计量单位：“完成组卷个数”",
        },
      ],
    },
    {
      name: "a symbol and words, no number",
      table: { indicators: cleanWith({ 2: { value: null, unit: "按时完成" } }) },
      findings: [{ address: "G12", messageId: "notUnit", message: "按时完成" }],
    },
    {
      name: "single column: ≥1项目区",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "≥1项目区" } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "notUnit", message: "“项目区”不是计量单位" }],
    },
    {
      name: "a range with words in the unit column",
      table: { indicators: cleanWith({ 0: { symbol: "", value: "10-15", unit: "个左右" } }) },
      findings: [
        {
          address: "G10",
          messageId: "notUnit",
          message: "“个左右”不是计量单位：“完成组卷个数”的目标为“10-15 个左右”",
        },
      ],
    },
    {
      name: "merges unknown: 万元以内 in the unit column",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 3: { unit: "万元以内" } }) }],
      },
      findings: [{ address: "G13", messageId: "notUnit", message: "万元以内" }],
    },
  ],
});

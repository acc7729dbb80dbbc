import rule from "../../src/domain/rules/indicator-unit-mismatch";
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
      name: "plots in 宗, unit in the name matches",
      table: {
        indicators: cleanWith({
          0: { level3: "完成报批地块数", unit: "宗" },
          1: { level3: "组卷材料合格率(%)" },
        }),
      },
    },
    {
      name: "a long part in brackets is no unit",
      table: { indicators: cleanWith({ 0: { level3: "完成组卷个数（不含撤回的案卷）" } }) },
    },
    {
      name: "unit column holding words: indicator/unit-not-a-unit's business",
      table: { indicators: cleanWith({ 0: { level3: "完成报批地块数", unit: "完成本年任务" } }) },
    },
    {
      name: "an area in ten-thousands of 平方米 (天津 2020)",
      table: {
        indicators: cleanWith({ 0: { level3: "道路清扫保洁面积", value: 1346, unit: "万平方米" } }),
      },
    },
    {
      name: "tenants counted in 个 (天津 2020), an area a year, an area in rounds",
      table: {
        indicators: cleanWith({
          0: { level3: "受益租户数量", unit: "个" },
          1: { level3: "年均造林面积", value: 1200, unit: "亩/年" },
          4: { level3: "病虫害防治作业面积", value: 5000, unit: "亩次" },
        }),
      },
    },
    {
      name: "a share of an area in % (宁夏 2022: 推广面积占总面积比例)",
      table: { indicators: cleanWith({ 1: { level3: "推广面积占总面积比例" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "plots counted in 次",
      table: { indicators: cleanWith({ 0: { level3: "完成报批地块数", unit: "次" } }) },
      findings: [
        {
          address: "G10",
          messageId: "contradicts",
          message: "“完成报批地块数”以“次”计，应为 块、宗、个 等",
        },
      ],
    },
    {
      name: "unit in the name differs from the unit column",
      table: { indicators: cleanWith({ 0: { level3: "完成组卷个数（件）" } }) },
      findings: [
        { address: "G10", messageId: "nameUnit", message: "名称中的单位“件”与单位栏“个”不同" },
      ],
    },
    {
      name: "a unit in brackets, spaced and followed by a colon",
      table: { indicators: cleanWith({ 0: { level3: "完成组卷个数 （ 件 ）：" } }) },
      findings: [
        { address: "G10", messageId: "nameUnit", message: "名称中的单位“件”与单位栏“个”不同" },
      ],
    },
    {
      name: "a counted word split by a space",
      table: { indicators: cleanWith({ 0: { level3: "完成报批地 块数", unit: "次" } }) },
      findings: [{ address: "G10", messageId: "contradicts", message: "应为 块、宗、个 等" }],
    },
    {
      name: "a counted word split by a zero-width space, the name in brackets after it",
      table: {
        indicators: cleanWith({ 0: { level3: "治理面\u200b积（项目一期工程）", unit: "次" } }),
      },
      findings: [{ address: "G10", messageId: "contradicts", message: "应为 亩、公顷、平方米 等" }],
    },
    {
      name: "single column: an area in 个",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "≥1200个" } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "contradicts", message: "应为 亩、公顷、平方米" }],
    },
    {
      name: "single column: households in 人",
      table: {
        layout: "single",
        indicators: cleanWith({ 4: { level3: "受益农户户数", value: "≥300人" } }, CLEAN_MOF),
      },
      findings: [{ address: "E13", messageId: "contradicts", message: "户、家" }],
    },
    {
      name: "merges unknown: site visits in 个",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 0: { level3: "现场踏勘次数", unit: "个" } }) }],
      },
      findings: [{ address: "G10", messageId: "contradicts", message: "次、人次、场" }],
    },
  ],
});

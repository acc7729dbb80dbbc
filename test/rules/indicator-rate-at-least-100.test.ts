import rule from "../../src/domain/rules/indicator-rate-at-least-100";
import { CLEAN_HEBEI, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "= 100 % already",
      table: { indicators: cleanWith({ 1: { symbol: "=", value: 100 } }) },
    },
    { name: "≥ 95 %", table: { indicators: cleanWith({ 1: { value: 95 } }) } },
    {
      name: "≥ 100 with a count unit (≥100 人)",
      table: { indicators: cleanWith({ 0: { level3: "培训人数", value: 100, unit: "人" } }) },
    },
    {
      name: "≤ 100 %",
      table: { indicators: cleanWith({ 1: { symbol: "≤", value: 100 } }) },
    },
    {
      name: "percent-formatted 1 with =",
      table: {
        indicators: cleanWith({ 1: { symbol: "=", value: 1, unit: "", percentFormat: true } }),
      },
    },
    {
      name: "growth rate may reach 100 %",
      table: { indicators: cleanWith({ 4: { level3: "用地供应量同比增长率", value: 100 } }) },
    },
    {
      name: "satisfaction at 100 %: satisfaction/target's business",
      table: { indicators: cleanWith({ 6: { value: 100 } }) },
    },
    {
      name: "single column: =100% and ≥100人",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 1: { value: "=100%" }, 0: { level3: "受益人数", value: "≥100人" } },
          CLEAN_MOF
        ),
      },
    },
    {
      name: "blank placeholder row with level names only",
      table: {
        indicators: [...CLEAN_HEBEI, { level1: "效益指标", level2: "可持续影响指标" }],
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "split: ≥ · 100 · %",
      table: { indicators: cleanWith({ 1: { value: 100 } }) },
      findings: [
        {
          address: "E11",
          messageId: "atLeast100",
          message: "“组卷材料合格率”的目标“≥ 100 %”应写为“=100%”",
          fix: { E11: "=" },
        },
      ],
    },
    {
      name: "split: >= · 100 · % and 不低于 · 100 · 百分比",
      table: {
        indicators: cleanWith({
          1: { symbol: ">=", value: 100 },
          2: { symbol: "不低于", value: 100, unit: "百分比" },
        }),
      },
      findings: [
        { address: "E11", messageId: "atLeast100", message: "组卷材料合格率", fix: { E11: "=" } },
        { address: "E12", messageId: "atLeast100", message: "按期完成率", fix: { E12: "=" } },
      ],
    },
    {
      name: "split: percent-formatted 1 with ≥",
      table: { indicators: cleanWith({ 4: { value: 1, unit: "", percentFormat: true } }) },
      findings: [
        {
          address: "E14",
          messageId: "atLeast100",
          message: "重点项目用地保障率",
          fix: { E14: "=" },
        },
      ],
    },
    {
      name: "split: the whole target in the 值 cell, 符号 blank",
      table: { indicators: cleanWith({ 1: { symbol: "", value: "≥100%", unit: "" } }) },
      findings: [
        { address: "F11", messageId: "atLeast100", message: "≥ 100 %", fix: { F11: "=100%" } },
      ],
    },
    {
      name: "single column: ≥100%, ≥ 100 %, >=100% and 100%以上",
      table: {
        layout: "single",
        indicators: [
          ...cleanWith({ 1: { value: "≥100%" } }, CLEAN_MOF),
          { ...CLEAN_MOF[1], level3: "资料归档率", value: "≥ 100 %" },
          { ...CLEAN_MOF[1], level3: "问题整改率", value: ">=100%" },
          { ...CLEAN_MOF[1], level3: "设备完好率", value: "100%以上" },
        ],
      },
      findings: [
        {
          address: "E10",
          messageId: "atLeast100",
          message: "工程验收合格率",
          fix: { E10: "=100%" },
        },
        { address: "E16", messageId: "atLeast100", message: "资料归档率", fix: { E16: "= 100 %" } },
        { address: "E17", messageId: "atLeast100", message: "问题整改率", fix: { E17: "=100%" } },
        { address: "E18", messageId: "atLeast100", message: "设备完好率", fix: { E18: "=100%" } },
      ],
    },
    {
      name: "merges unknown: 按期完成率 ≥ 100 %",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 2: { value: 100 } }) }] },
      findings: [{ address: "E12", messageId: "atLeast100", message: "按期完成率" }],
    },
  ],
});

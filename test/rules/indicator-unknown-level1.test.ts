import rule from "../../src/domain/rules/indicator-unknown-level1";
import { CLEAN_FRAMEWORK, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    {
      name: "a self-evaluation on the evaluation framework: 项目决策 · 项目管理 · 项目产出 · 项目效益",
      table: { indicators: CLEAN_FRAMEWORK },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "names with spaces or without 指标",
      table: {
        indicators: cleanWith({
          0: { level1: "产出 指标" },
          1: { level1: "产出 指标" },
          2: { level1: "产出 指标" },
          3: { level1: "产出 指标" },
          4: { level1: "效益" },
          5: { level1: "效益" },
        }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "a first level that gives only its points (山东 2019: `(50分)`)",
      table: { indicators: cleanWith({ 4: { level1: "(30分)" } }) },
      findings: [
        {
          address: "A14",
          messageId: "pointsOnly",
          message: "一级指标只写了分值“(30分)”，没有名称",
        },
      ],
    },
    {
      name: "投入 in a goal table puts no table on the framework (福建 2017)",
      table: { indicators: cleanWith({ 0: { level1: "投入" }, 1: { level1: "投入" } }) },
      // The two rows' 投入 is one merged cell, reported once.
      findings: [{ address: "A10", messageId: "unknown", message: "“投入”" }],
    },
    {
      name: "效果指标 in a goal table puts no table on the framework (河北 2020)",
      table: { indicators: cleanWith({ 4: { level1: "效果指标" } }) },
      findings: [{ address: "A14", messageId: "unknown", message: "“效果指标”" }],
    },
    {
      name: "unknown first level 结果指标",
      table: { indicators: cleanWith({ 0: { level1: "结果指标" } }) },
      findings: [
        { address: "A10", messageId: "unknown", message: "“结果指标”不在财预〔2015〕88号" },
      ],
    },
    {
      name: "first level blank",
      table: { indicators: cleanWith({ 0: { level1: "" } }) },
      findings: [{ address: "A10", messageId: "blank", message: "一级指标为空" }],
    },
    {
      name: "a merged run is reported once",
      table: { indicators: cleanWith({ 0: { level1: "结果指标" }, 1: { level1: "结果指标" } }) },
      findings: [{ address: "A10", messageId: "unknown" }],
    },
    {
      name: "merges unknown: the run is still reported once",
      sheet: {
        mergesKnown: false,
        tables: [
          { indicators: cleanWith({ 0: { level1: "结果指标" }, 1: { level1: "结果指标" } }) },
        ],
      },
      findings: [{ address: "A10", messageId: "unknown" }],
    },
    {
      name: "single column: 群众评价指标",
      table: {
        layout: "single",
        indicators: cleanWith({ 6: { level1: "群众评价指标" } }, CLEAN_MOF),
      },
      findings: [{ address: "A15", messageId: "unknown", message: "财政部 2021" }],
    },
    {
      name: "hebei-2020 forced: 成本指标 is not a first level there",
      profile: "mof-2015",
      table: { indicators: cleanWith({ 3: { level1: "成本指标", level2: "经济成本指标" } }) },
      findings: [
        { address: "A13", messageId: "unknown", message: "“成本指标”不在财预〔2015〕88号" },
      ],
    },
  ],
});

import rule from "../../src/domain/rules/indicator-unknown-level1";
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

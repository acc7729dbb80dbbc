import rule from "../../src/domain/rules/table-missing-category";
import { CLEAN_FRAMEWORK, CLEAN_HEBEI, CLEAN_MOF } from "../support/layouts";
import { runRuleTests } from "../support/ruleTester";

const MOF_WITHOUT_COST = CLEAN_MOF.filter((indicator) => indicator.level1 !== "成本指标");

runRuleTests(rule, {
  valid: [
    {
      name: "the evaluation framework: 决策 · 过程 · 产出 · 效益, satisfaction under 效益",
      table: { indicators: CLEAN_FRAMEWORK },
    },
    {
      name: "the evaluation framework without 过程 rows: 决策 and 过程 are not asked for",
      table: { indicators: CLEAN_FRAMEWORK.filter((row) => !row.level1?.startsWith("项目管理")) },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "no cost indicator: detected as hebei-2020, which asks for none",
      table: { layout: "single", indicators: MOF_WITHOUT_COST },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      // 阆中 2021: indicator/unknown-level1 tells the blank first levels; the categories are there.
      name: "first levels left blank over second levels that name their category",
      table: {
        indicators: CLEAN_HEBEI.map((row) =>
          row.level1 === "满意度指标" ? row : { ...row, level1: "" }
        ),
      },
    },
  ],
  invalid: [
    {
      name: "the evaluation framework without 效益",
      table: { indicators: CLEAN_FRAMEWORK.filter((row) => !row.level1?.startsWith("项目效益")) },
      findings: [{ address: "A8", messageId: "missing", message: "缺少“效益”" }],
    },
    {
      name: "no satisfaction indicator",
      table: { indicators: CLEAN_HEBEI.slice(0, 6) },
      findings: [{ address: "A8", messageId: "missing", message: "缺少“满意度指标”" }],
    },
    {
      name: "neither benefit nor satisfaction: one finding names both",
      table: { indicators: CLEAN_HEBEI.slice(0, 4) },
      findings: [{ address: "A8", messageId: "missing", message: "效益指标、满意度指标" }],
    },
    {
      name: "mof-2021 single column without cost",
      profile: "mof-2021",
      table: { layout: "single", indicators: MOF_WITHOUT_COST },
      findings: [{ address: "A8", messageId: "missing", message: "成本指标" }],
    },
    {
      name: "mof-2021 forced on the Hebei table: 成本 is no first level there",
      profile: "mof-2021",
      table: {},
      findings: [{ address: "A8", messageId: "missing", message: "成本指标" }],
    },
    {
      name: "title row above",
      table: { title: ["土地征收组卷报批项目绩效目标表"], indicators: CLEAN_HEBEI.slice(0, 6) },
      findings: [{ address: "A9", messageId: "missing" }],
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{ indicators: CLEAN_HEBEI.slice(0, 6) }] },
      findings: [{ address: "A8", messageId: "missing" }],
    },
  ],
});

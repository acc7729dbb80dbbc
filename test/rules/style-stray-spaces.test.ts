import rule from "../../src/domain/rules/style-stray-spaces";
import { CLEAN_HEBEI, CLEAN_MOF, IndicatorSpec } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** 产出指标 with a trailing space, written once and merged down over four rows. */
const OUTPUT_WITH_SPACE: IndicatorSpec[] = CLEAN_HEBEI.map((indicator) =>
  indicator.level1 === "产出指标" ? { ...indicator, level1: "产出指标 " } : indicator
);

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "spaces and line breaks inside the text",
      table: {
        indicators: cleanWith({
          0: { level3: "完成 组卷 个数", description: "年度完成土地征收组卷的\n个数" },
        }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "header and indicator cells",
      table: {
        header: { projectName: " 土地征收组卷报批项目" },
        indicators: cleanWith({ 0: { level3: "完成组卷个数 " }, 3: { unit: "万元 " } }),
      },
      findings: [
        {
          address: "B1",
          messageId: "spaces",
          message: "土地征收组卷报批项目",
          fix: { B1: "土地征收组卷报批项目" },
        },
        {
          address: "C10",
          messageId: "spaces",
          message: "完成组卷个数",
          fix: { C10: "完成组卷个数" },
        },
        { address: "G13", messageId: "spaces", message: "万元", fix: { G13: "万元" } },
      ],
    },
    {
      name: "a merged first level is reported once",
      table: { indicators: OUTPUT_WITH_SPACE },
      findings: [{ address: "A10", messageId: "spaces", message: "产出指标" }],
    },
    {
      name: "merges unknown: still once",
      sheet: { mergesKnown: false, tables: [{ indicators: OUTPUT_WITH_SPACE }] },
      findings: [{ address: "A10", messageId: "spaces" }],
    },
    {
      name: "single column: ≥95% followed by a space",
      table: { layout: "single", indicators: cleanWith({ 1: { value: "≥95% " } }, CLEAN_MOF) },
      findings: [{ address: "E10", messageId: "spaces", message: "≥95%", fix: { E10: "≥95%" } }],
    },
    {
      name: "ideographic space after the basis",
      table: { indicators: cleanWith({ 0: { basis: "根据年度工作计划\u3000" } }) },
      findings: [{ address: "H10", messageId: "spaces", fix: { H10: "根据年度工作计划" } }],
    },
  ],
});

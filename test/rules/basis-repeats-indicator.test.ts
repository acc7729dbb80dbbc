import rule from "../../src/domain/rules/basis-repeats-indicator";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "basis that names the indicator and says more",
      table: { indicators: cleanWith({ 2: { basis: "根据年度工作计划确定按期完成率" } }) },
    },
    {
      name: "blank basis is another rule's business",
      table: { indicators: cleanWith({ 0: { basis: "" } }) },
    },
  ],
  invalid: [
    {
      name: "basis repeats the name (punctuation aside)",
      table: { indicators: cleanWith({ 0: { basis: "完成组卷个数。" } }) },
      findings: [{ address: "H10", messageId: "repeatsName", message: "依据重复了指标名称" }],
    },
    {
      name: "basis repeats the description",
      table: { indicators: cleanWith({ 1: { basis: "报批材料一次通过审查的比例" } }) },
      findings: [
        {
          address: "H11",
          messageId: "repeatsDescription",
          message: "“报批材料一次通过审查的比例”",
        },
      ],
    },
    {
      name: "name and description the same: reported once, as the name",
      table: {
        indicators: cleanWith({
          4: { description: "重点项目用地保障率", basis: "重点项目用地保障率" },
        }),
      },
      findings: [{ address: "H14", messageId: "repeatsName" }],
    },
    {
      name: "single column: spaces inside the name do not hide the repeat",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { basis: "整治 耕地 面积" } }, CLEAN_MOF),
      },
      findings: [{ address: "F9", messageId: "repeatsName", message: "整治 耕地 面积" }],
    },
    {
      name: "merges unknown: satisfaction basis repeats the description",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 6: { basis: "用地单位对报批服务的满意程度" } }) }],
      },
      findings: [{ address: "H16", messageId: "repeatsDescription" }],
    },
  ],
});

import rule from "../../src/domain/rules/basis-missing";
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
      name: "blank description but a basis",
      table: { indicators: cleanWith({ 0: { description: "" } }) },
    },
  ],
  invalid: [
    {
      name: "basis blank on the first row",
      table: { indicators: cleanWith({ 0: { basis: "" } }) },
      findings: [{ address: "H10", messageId: "blank", message: "“完成组卷个数”未填写" }],
    },
    {
      name: "two rows without basis",
      table: { indicators: cleanWith({ 1: { basis: "" }, 5: { basis: "" } }) },
      findings: [
        { address: "H11", messageId: "blank", message: "组卷材料合格率" },
        { address: "H15", messageId: "blank", message: "耕地保护成效" },
      ],
    },
    {
      name: "single column: a basis of spaces only is blank",
      table: { layout: "single", indicators: cleanWith({ 3: { basis: "  " } }, CLEAN_MOF) },
      findings: [{ address: "F12", messageId: "blank", message: "亩均整治成本" }],
    },
    {
      name: "merges unknown: satisfaction row without basis",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 6: { basis: "" } }) }] },
      findings: [{ address: "H16", messageId: "blank", message: "用地单位满意度" }],
    },
    {
      name: "no name either: the message names the description",
      table: { indicators: cleanWith({ 0: { level3: "", basis: "" } }) },
      findings: [{ address: "H10", messageId: "blank", message: "年度完成土地征收组卷的个数" }],
    },
  ],
});

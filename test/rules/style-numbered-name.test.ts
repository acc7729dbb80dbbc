import rule from "../../src/domain/rules/style-numbered-name";
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
      name: "指标 inside a name is no number",
      table: { indicators: cleanWith({ 0: { level3: "指标体系完善度" } }) },
    },
    {
      name: "a Chinese numeral right before the name may begin a word (指标一致性)",
      table: { indicators: cleanWith({ 0: { level3: "指标一致性检查率" } }) },
    },
    {
      name: "指标1 alone is a placeholder (indicator/placeholder), not a prefix",
      table: { indicators: cleanWith({ 0: { level3: "指标1" } }) },
    },
  ],
  invalid: [
    {
      name: "指标1 right before the name, without a separator (河北 2019)",
      table: { indicators: cleanWith({ 0: { level3: "指标1工程完工率" } }) },
      findings: [{ address: "C10", messageId: "prefix", message: "“指标1”：“指标1工程完工率”" }],
    },
    {
      name: "指标1： before the name",
      table: { indicators: cleanWith({ 0: { level3: "指标1：完成组卷个数" } }) },
      findings: [{ address: "C10", messageId: "prefix", message: "“指标1：”" }],
    },
    {
      name: "single column: 指标2:",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { level3: "指标2:耕地质量等级" } }, CLEAN_MOF),
      },
      findings: [{ address: "C10", messageId: "prefix", message: "“指标2:”" }],
    },
  ],
});

import rule from "../../src/domain/rules/satisfaction-misfiled";
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
      name: "a survey held is an output, not a satisfaction (满意度调查覆盖率)",
      table: { indicators: cleanWith({ 1: { level3: "满意度调查覆盖率" } }) },
    },
    {
      name: "a row whose levels name nothing known: indicator/unknown-level1 speaks",
      table: {
        indicators: cleanWith({ 1: { level1: "其他指标", level2: "其他", level3: "群众满意度" } }),
      },
    },
  ],
  invalid: [
    {
      name: "资助对象满意度 under 质量指标 (宁晋 2019), 群众满意率 under 社会效益指标",
      table: {
        indicators: cleanWith({
          1: { level3: "资助对象满意度" },
          4: { level3: "群众满意率（%）" },
        }),
      },
      findings: [
        {
          address: "C11",
          messageId: "misfiled",
          message: "“资助对象满意度”是满意度指标，却归在“质量指标”下",
        },
        { address: "C14", messageId: "misfiled", message: "却归在“社会效益指标”下" },
      ],
    },
  ],
});

import rule from "../../src/domain/rules/style-name-target-hint";
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
      name: "the hint with no target filled in is indicator/placeholder's error",
      table: {
        indicators: cleanWith({
          0: { level3: "完成组卷个数（≥**个）", symbol: "", value: null, unit: "" },
        }),
      },
    },
    {
      name: "a real X in a name is no hint (胸片(X线), Excel)",
      table: {
        indicators: cleanWith({
          0: { level3: "胸片(X线)检查人次" },
          1: { level3: "Excel培训覆盖率" },
        }),
      },
    },
    {
      name: "a mark inside the name, not a hint at its end, is indicator/placeholder's",
      table: { indicators: cleanWith({ 0: { level3: "XX项目完成率" } }) },
    },
  ],
  invalid: [
    {
      name: "the template's hint kept in names whose targets are filled in (宁夏 2022, Hunan 2018)",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            0: { level3: "整治耕地面积( ≥**亩 )" },
            6: { level3: "受益农户满意度(≥**%)" },
            4: { level3: "受益农户户数≥**户", value: "≥300户" },
          },
          CLEAN_MOF
        ),
      },
      findings: [
        {
          address: "C9",
          messageId: "hint",
          message: "三级指标名称里留着模板提示“( ≥**亩 )”：“整治耕地面积( ≥**亩 )”",
        },
        { address: "C13", messageId: "hint", message: "“≥**户”" },
        { address: "C15", messageId: "hint", message: "“(≥**%)”" },
      ],
    },
  ],
});

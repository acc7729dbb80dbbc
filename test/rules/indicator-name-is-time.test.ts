import rule from "../../src/domain/rules/indicator-name-is-time";
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
      name: "names that hold a time among their words",
      table: {
        indicators: cleanWith({
          0: { level3: "2022年完成改造户数" },
          2: { level3: "12月底前完成率" },
        }),
      },
    },
  ],
  invalid: [
    {
      name: "2022年全年 (黄石 2022) and 2022年底之前 (霍邱 2022) as names",
      table: {
        indicators: cleanWith({ 0: { level3: "2022年全年" }, 2: { level3: "2022年底之前" } }),
      },
      findings: [
        { address: "C10", messageId: "time", message: "三级指标名称写成了时间“2022年全年”" },
        { address: "C12", messageId: "time", message: "“2022年底之前”" },
      ],
    },
    {
      name: "a time after a list's number ((1)2022年全年, 3.2022年底之前)",
      table: {
        indicators: cleanWith({ 0: { level3: "(1)2022年全年" }, 2: { level3: "3.2022年底之前" } }),
      },
      findings: [
        { address: "C10", messageId: "time" },
        { address: "C12", messageId: "time" },
      ],
    },
    {
      name: "a time typed in full-width digits (２０２２年全年)",
      table: { indicators: cleanWith({ 1: { level3: "２０２２年全年" } }) },
      findings: [{ address: "C11", messageId: "time", message: "“２０２２年全年”" }],
    },
  ],
});

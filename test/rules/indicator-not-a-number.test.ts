import rule from "../../src/domain/rules/indicator-not-a-number";
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
      name: "thousands separator and full-width digits",
      table: { indicators: cleanWith({ 0: { value: "1,200" }, 4: { value: "９０" } }) },
    },
    {
      name: "qualitative text in the value cell",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: "有效提升" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "Chinese numerals",
      table: { indicators: cleanWith({ 0: { value: "十二" } }) },
      findings: [{ address: "F10", messageId: "notNumber", message: "的值为“十二”" }],
    },
    {
      name: "an error value",
      table: { indicators: cleanWith({ 1: { value: { error: "#N/A" } } }) },
      findings: [{ address: "F11", messageId: "notNumber", message: "“#N/A”" }],
    },
    {
      name: "single column: ≥一千二百亩",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "≥一千二百亩" } }, CLEAN_MOF),
      },
      findings: [{ address: "E9", messageId: "notNumber", message: "整治耕地面积" }],
    },
    {
      name: "merges unknown: 四 万元",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 3: { value: "四" } }) }] },
      findings: [{ address: "F13", messageId: "notNumber", message: "“四”" }],
    },
  ],
});

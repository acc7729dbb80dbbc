import rule from "../../src/domain/rules/style-percent-word";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "full-width ％", table: { indicators: cleanWith({ 1: { unit: "％" } }) } },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "百分比 on two rows",
      table: { indicators: cleanWith({ 1: { unit: "百分比" }, 2: { unit: "百分比" } }) },
      findings: [
        {
          address: "G11",
          messageId: "word",
          message: "单位“百分比”建议写作“%”",
          fix: { G11: "%" },
        },
        { address: "G12", messageId: "word", fix: { G12: "%" } },
      ],
    },
    {
      name: "single column: ≥90百分比",
      table: { layout: "single", indicators: cleanWith({ 6: { value: "≥90百分比" } }, CLEAN_MOF) },
      findings: [{ address: "E15", messageId: "word", fix: { E15: "≥90%" } }],
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 4: { unit: "百分比" } }) }] },
      findings: [{ address: "G14", messageId: "word" }],
    },
  ],
});

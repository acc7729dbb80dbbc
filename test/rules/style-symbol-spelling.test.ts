import rule from "../../src/domain/rules/style-symbol-spelling";
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
      name: "mof-2021 values in the split layout's 值 column (≥95%)",
      table: { indicators: CLEAN_MOF },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "single value column: >=95% in the 指标值 cell",
      table: { layout: "single", indicators: cleanWith({ 1: { value: ">=95%" } }, CLEAN_MOF) },
      findings: [{ address: "E10", messageId: "spelling", message: "“>=”", fix: { E10: "≥95%" } }],
    },
    {
      name: ">=, ＞＝, ≧ and 不高于",
      table: {
        indicators: cleanWith({
          0: { symbol: ">=" },
          1: { symbol: "＞＝" },
          2: { symbol: "≧" },
          3: { symbol: "不高于" },
        }),
      },
      findings: [
        {
          address: "E10",
          messageId: "spelling",
          message: "符号写法“>=”建议改为“≥”",
          fix: { E10: "≥" },
        },
        { address: "E11", messageId: "spelling", message: "“＞＝”", fix: { E11: "≥" } },
        { address: "E12", messageId: "spelling", message: "“≧”", fix: { E12: "≥" } },
        {
          address: "E13",
          messageId: "spelling",
          message: "“不高于”建议改为“≤”",
          fix: { E13: "≤" },
        },
      ],
    },
    {
      name: "symbol written in the 值 cell: reported where it stands",
      table: { indicators: cleanWith({ 1: { value: ">=95%" } }, CLEAN_MOF) },
      findings: [{ address: "F11", messageId: "spelling", message: "“>=”", fix: { F11: "≥95%" } }],
    },
    {
      name: "95%以上 in the 值 cell",
      table: { indicators: cleanWith({ 1: { symbol: "", value: "95%以上", unit: "" } }) },
      findings: [
        {
          address: "F11",
          messageId: "spelling",
          message: "“以上”建议改为“≥”",
          fix: { F11: "≥95%" },
        },
      ],
    },
    {
      name: "a symbol with spaces around: the fix trims them too",
      table: { indicators: cleanWith({ 1: { symbol: " >= " } }) },
      findings: [{ address: "E11", messageId: "spelling", fix: { E11: "≥" } }],
    },
    {
      name: "merges unknown: 大于等于",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 6: { symbol: "大于等于" } }) }],
      },
      findings: [{ address: "E16", messageId: "spelling", message: "大于等于" }],
    },
  ],
});

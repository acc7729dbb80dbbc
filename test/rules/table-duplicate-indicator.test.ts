import rule from "../../src/domain/rules/table-duplicate-indicator";
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
      name: "the same names in two stacked tables",
      sheet: { tables: [{}, { header: { projectName: "土地变更调查项目" } }] },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "names that differ only in Latin letters",
      table: { indicators: cleanWith({ 0: { level3: "COD排放量" }, 2: { level3: "BOD排放量" } }) },
    },
  ],
  invalid: [
    {
      name: "完成组卷个数 twice",
      table: { indicators: cleanWith({ 2: { level3: "完成组卷个数" } }) },
      findings: [
        { address: "C12", messageId: "duplicate", message: "“完成组卷个数”已在第 10 行出现" },
      ],
    },
    {
      name: "nor does a list's number in front (1.完成组卷个数, 3.完成组卷个数)",
      table: {
        indicators: cleanWith({ 0: { level3: "1.完成组卷个数" }, 2: { level3: "3.完成组卷个数" } }),
      },
      findings: [{ address: "C12", messageId: "duplicate", message: "第 10 行" }],
    },
    {
      name: "spaces and punctuation do not hide a repeat",
      table: {
        indicators: cleanWith({ 2: { level3: "完成 组卷个数。" }, 4: { level3: "完成组卷个数" } }),
      },
      findings: [
        { address: "C12", messageId: "duplicate", message: "第 10 行" },
        { address: "C14", messageId: "duplicate", message: "第 10 行" },
      ],
    },
    {
      name: "Latin letters compared regardless of case",
      table: { indicators: cleanWith({ 0: { level3: "COD排放量" }, 2: { level3: "cod 排放量" } }) },
      findings: [{ address: "C12", messageId: "duplicate", message: "第 10 行" }],
    },
    {
      name: "single column: 整治耕地面积 twice",
      table: {
        layout: "single",
        indicators: cleanWith({ 4: { level3: "整治耕地面积" } }, CLEAN_MOF),
      },
      findings: [{ address: "C13", messageId: "duplicate", message: "第 9 行" }],
    },
    {
      name: "merges unknown",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 6: { level3: "重点项目用地保障率" } }) }],
      },
      findings: [{ address: "C16", messageId: "duplicate", message: "第 14 行" }],
    },
  ],
});

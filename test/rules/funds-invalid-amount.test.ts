import rule from "../../src/domain/rules/funds-invalid-amount";
import { CLEAN_MOF } from "../support/layouts";
import { runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "amounts with thousands separators and 万元",
      table: { header: { fundsTotal: "1,200", fundsFiscal: "1,000万元", fundsOther: "200" } },
    },
    { name: "other funds blank", table: { header: { fundsOther: null } } },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "the title of the amounts' column beside the total (四川 2021: 金额(万元))",
      table: { header: { fundsTotal: "金额(万元)" } },
    },
  ],
  invalid: [
    {
      name: "total in Chinese numerals",
      table: { header: { fundsTotal: "四十八万" } },
      findings: [
        { address: "C3", messageId: "notNumber", message: "“年度资金总额”不是数字：“四十八万”" },
      ],
    },
    {
      name: "negative other funds",
      table: { header: { fundsTotal: 43, fundsOther: -5 } },
      findings: [{ address: "C5", messageId: "negative", message: "“其他资金”为负数：-5" }],
    },
    {
      name: "fiscal funds are an error value",
      table: { header: { fundsFiscal: { error: "#REF!" } } },
      findings: [{ address: "C4", messageId: "notNumber", message: "#REF!" }],
    },
    {
      name: "single column: fiscal funds 待定",
      table: { layout: "single", indicators: CLEAN_MOF, header: { fundsFiscal: "待定" } },
      findings: [{ address: "C4", messageId: "notNumber", message: "财政拨款" }],
    },
    {
      name: "merges unknown: negative amount in 万元",
      sheet: {
        mergesKnown: false,
        tables: [{ header: { fundsTotal: 45.5, fundsOther: "-2.5万元" } }],
      },
      findings: [{ address: "C5", messageId: "negative" }],
    },
    {
      name: "title rows above: the total moves down",
      table: {
        title: ["一、土地征收组卷报批项目", "1、绩效目标表"],
        header: { fundsTotal: "约48" },
      },
      findings: [{ address: "C5", messageId: "notNumber", message: "约48" }],
    },
  ],
});

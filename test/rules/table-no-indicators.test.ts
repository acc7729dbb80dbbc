import rule from "../../src/domain/rules/table-no-indicators";
import { CLEAN_HEBEI, CLEAN_MOF } from "../support/layouts";
import { runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "a single indicator", table: { indicators: CLEAN_HEBEI.slice(0, 1) } },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "header only",
      table: { indicators: [] },
      findings: [{ address: "A8", messageId: "empty", message: "没有填写任何绩效指标" }],
    },
    {
      name: "single column: one header row",
      table: { layout: "single", indicators: [] },
      findings: [{ address: "A8", messageId: "empty" }],
    },
    {
      name: "footer right below the header",
      table: { indicators: [], footer: ["填表人：李华  审核人：王强"] },
      findings: [{ address: "A8", messageId: "empty" }],
    },
    {
      name: "title rows above",
      table: { title: ["一、土地征收组卷报批项目", "1、绩效目标表"], indicators: [] },
      findings: [{ address: "A10", messageId: "empty" }],
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{ indicators: [] }] },
      findings: [{ address: "A8", messageId: "empty" }],
    },
  ],
});

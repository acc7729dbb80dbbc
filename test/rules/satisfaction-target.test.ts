import rule from "../../src/domain/rules/satisfaction-target";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (≥ 90 %)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "≥ 95 %", table: { indicators: cleanWith({ 6: { value: 95 } }) } },
    {
      name: "percent-formatted 0.95",
      table: { indicators: cleanWith({ 6: { value: 0.95, unit: "", percentFormat: true } }) },
    },
    {
      name: "= 100 % outside satisfaction",
      table: { indicators: cleanWith({ 1: { symbol: "=", value: 100 } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "satisfaction set with =",
      table: { indicators: cleanWith({ 6: { symbol: "=" } }) },
      findings: [{ address: "E16", messageId: "equals", message: "的目标为“= 90 %”" }],
    },
    {
      name: "satisfaction of 100 %",
      table: { indicators: cleanWith({ 6: { value: 100 } }) },
      findings: [{ address: "F16", messageId: "hundred", message: "“用地单位满意度”不现实" }],
    },
    {
      name: "= 100 %: both",
      table: { indicators: cleanWith({ 6: { symbol: "=", value: 100 } }) },
      findings: [
        { address: "E16", messageId: "equals" },
        { address: "F16", messageId: "hundred" },
      ],
    },
    {
      name: "single column: =100% in one cell",
      table: { layout: "single", indicators: cleanWith({ 6: { value: "=100%" } }, CLEAN_MOF) },
      findings: [
        { address: "E15", messageId: "equals", message: "受益农户满意度" },
        { address: "E15", messageId: "hundred" },
      ],
    },
    {
      name: "percent-formatted 1 reads as 100 %",
      table: { indicators: cleanWith({ 6: { value: 1, unit: "", percentFormat: true } }) },
      findings: [{ address: "F16", messageId: "hundred" }],
    },
    {
      name: "merges unknown: 等于 spelled out",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 6: { symbol: "等于" } }) }] },
      findings: [{ address: "E16", messageId: "equals" }],
    },
  ],
});

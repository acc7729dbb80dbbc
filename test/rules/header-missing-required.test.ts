import rule from "../../src/domain/rules/header-missing-required";
import { CLEAN_MOF } from "../support/layouts";
import { runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "title rows above", table: { title: ["一、土地征收组卷报批项目", "1、绩效目标表"] } },
    {
      name: "synonym labels",
      table: {
        labels: { department: "主管部门及代码", goal: "年度绩效目标", funds: "项目资金（万元）" },
      },
    },
    { name: "recommended fields blank", table: { header: { owner: null, implementer: null } } },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "project name blank",
      table: { header: { projectName: null } },
      findings: [{ address: "B1", messageId: "blank", message: "“项目名称”为空" }],
    },
    {
      name: "total and goal blank",
      table: { header: { fundsTotal: null, goal: null } },
      findings: [
        { address: "C3", messageId: "blank", message: "年度资金总额" },
        { address: "B7", messageId: "blank", message: "年度目标" },
      ],
    },
    {
      name: "department field absent",
      table: { omit: ["department"] },
      findings: [{ address: "A1", messageId: "absent", message: "表头缺少“主管部门”一栏" }],
    },
    {
      name: "two fields absent: one finding names both",
      table: { omit: ["department", "goal"] },
      findings: [{ address: "A1", messageId: "absent", message: "主管部门、年度目标" }],
    },
    {
      name: "single column: goal absent",
      table: { layout: "single", indicators: CLEAN_MOF, omit: ["goal"] },
      findings: [{ address: "A1", messageId: "absent", message: "年度目标" }],
    },
    {
      name: "title rows above: department blank",
      table: { title: ["一、土地征收组卷报批项目", "1、绩效目标表"], header: { department: null } },
      findings: [{ address: "B4", messageId: "blank", message: "主管部门" }],
    },
    {
      name: "merges unknown: goal blank",
      sheet: { mergesKnown: false, tables: [{ header: { goal: null } }] },
      findings: [{ address: "B7", messageId: "blank" }],
    },
  ],
});

import rule from "../../src/domain/rules/header-missing-required";
import { CLEAN_MOF } from "../support/layouts";
import { DEPARTMENT_TABLE, departmentTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";
import { snapshotFromRows } from "../../src/domain/snapshot";

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
    {
      name: "a field left out entirely is only a hint (header/field-not-found)",
      table: { omit: ["department"] },
    },
    { name: "a department-wide table has no 项目名称", snapshot: DEPARTMENT_TABLE },
  ],
  invalid: [
    {
      name: "a department self-evaluation's 单位 blank: named as the sheet names it (寿县 2023)",
      snapshot: snapshotFromRows("自评表", [
        ["2023年度部门整体支出绩效评价自评表"],
        ["单位", null],
        ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "自评得分"],
        ["规划(6分)", "工作计划(6分)", "年度工作计划完整性", 6, "计划完整可行", 6],
      ]),
      findings: [{ address: "B2", messageId: "blank", message: "“单位”为空" }],
    },
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
      name: "title rows above: department blank",
      table: { title: ["一、土地征收组卷报批项目", "1、绩效目标表"], header: { department: null } },
      findings: [{ address: "B4", messageId: "blank", message: "主管部门" }],
    },
    {
      name: "department-wide table: department name blank",
      snapshot: departmentTable({ name: null }),
      findings: [{ address: "B2", messageId: "blank", message: "“部门（单位）名称”为空" }],
    },
    {
      name: "merges unknown: goal blank",
      sheet: { mergesKnown: false, tables: [{ header: { goal: null } }] },
      findings: [{ address: "B7", messageId: "blank" }],
    },
  ],
});

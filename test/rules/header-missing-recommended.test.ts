import rule from "../../src/domain/rules/header-missing-recommended";
import { CLEAN_MOF } from "../support/layouts";
import { DEPARTMENT_TABLE } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "synonym labels with values",
      table: { labels: { owner: "项目负责人/联系电话", department: "主管部门及代码" } },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "both fields left out of the header entirely: only required fields are asked for",
      table: { omit: ["owner", "implementer"] },
    },
    { name: "a department-wide table has no 实施单位", snapshot: DEPARTMENT_TABLE },
  ],
  invalid: [
    {
      name: "implementing unit blank",
      table: { header: { implementer: null } },
      findings: [{ address: "F2", messageId: "blank", message: "“实施单位”为空" }],
    },
    {
      name: "person in charge and implementing unit blank",
      table: { header: { owner: "", implementer: null } },
      findings: [
        { address: "F1", messageId: "blank", message: "项目负责人及电话" },
        { address: "F2", messageId: "blank", message: "实施单位" },
      ],
    },
    {
      name: "single column: person in charge blank",
      table: { layout: "single", indicators: CLEAN_MOF, header: { owner: null } },
      findings: [{ address: "E1", messageId: "blank", message: "项目负责人及电话" }],
    },
    {
      name: "synonym label 项目负责人/联系电话 with a blank value",
      table: { labels: { owner: "项目负责人/联系电话" }, header: { owner: null } },
      findings: [{ address: "F1", messageId: "blank" }],
    },
    {
      name: "merges unknown: implementing unit blank",
      sheet: { mergesKnown: false, tables: [{ header: { implementer: null } }] },
      findings: [{ address: "F2", messageId: "blank" }],
    },
  ],
});

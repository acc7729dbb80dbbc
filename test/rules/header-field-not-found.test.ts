import rule from "../../src/domain/rules/header-field-not-found";
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
      name: "blank values are header/missing-required's",
      table: { header: { projectName: null } },
    },
    { name: "recommended fields left out", table: { omit: ["owner", "implementer"] } },
    {
      name: "a department-wide table names its department, not a project",
      snapshot: DEPARTMENT_TABLE,
    },
  ],
  invalid: [
    {
      name: "department field absent",
      table: { omit: ["department"] },
      findings: [{ address: "A1", messageId: "absent", message: "没有找到“主管部门”一栏" }],
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
  ],
});

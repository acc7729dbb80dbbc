import rule from "../../src/domain/rules/table-unknown-column";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { CLEAN_MOF } from "../support/layouts";
import { CLEAN_KIND_ROWS, kindTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";

const withExtraColumn = snapshotFromRows("表", [
  ["项目名称", "农村公路养护", null, "主管部门", "县交通运输局"],
  ["年度资金总额", 120, null, "年度目标", "完成养护"],
  ["一级指标", "二级指标", "三级指标", "指标值", "考核部门"],
  ["产出指标", "数量指标", "养护里程", "≥125公里", "县交通局"],
]);

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "a kind and a unit column are understood", snapshot: kindTable(CLEAN_KIND_ROWS) },
  ],
  invalid: [
    {
      name: "a column this reader does not know",
      snapshot: withExtraColumn,
      findings: [{ address: "E3", messageId: "unknown", message: "“考核部门”" }],
    },
  ],
});

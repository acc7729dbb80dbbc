import rule from "../../src/domain/rules/indicator-qualitative-with-unit";
import { CLEAN_KIND_ROWS, KindRow, kindTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";

const withRow = (i: number, row: KindRow) => CLEAN_KIND_ROWS.map((r, j) => (j === i ? row : r));

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (no kind column)", table: {} },
    { name: "kinds that agree with their targets", snapshot: kindTable(CLEAN_KIND_ROWS) },
    {
      name: "定性 with `—` in the unit column",
      snapshot: kindTable(withRow(4, ["群众出行条件", "定性", "改善", "—"])),
    },
    {
      name: "定性 with a deadline",
      snapshot: kindTable(withRow(4, ["完成时间", "定性", "2024年底前", null])),
    },
  ],
  invalid: [
    {
      name: "定性 with a number",
      snapshot: kindTable(withRow(4, ["群众出行条件", "定性", 95, "%"])),
      findings: [{ address: "E8", messageId: "withNumber", message: "数值 95" }],
    },
    {
      name: "定性 with a unit only",
      snapshot: kindTable(withRow(4, ["群众出行条件", "定性", "明显改善", "公里"])),
      findings: [{ address: "F8", messageId: "withUnit", message: "“公里”" }],
    },
  ],
});

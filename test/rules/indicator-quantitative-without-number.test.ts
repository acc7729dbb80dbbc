import rule from "../../src/domain/rules/indicator-quantitative-without-number";
import { CLEAN_KIND_ROWS, KindRow, kindTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";

const withRow = (i: number, row: KindRow) => CLEAN_KIND_ROWS.map((r, j) => (j === i ? row : r));

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (no kind column)", table: {} },
    { name: "kinds that agree with their targets", snapshot: kindTable(CLEAN_KIND_ROWS) },
    {
      name: "定量 with a deadline",
      snapshot: kindTable(withRow(0, ["完成时限", "定量", "6月底前", null])),
    },
    {
      name: "定性 without a number is qualitative-with-unit's concern",
      snapshot: kindTable(withRow(0, ["群众出行", "定性", "改善", null])),
    },
    {
      name: "a number that is not one is indicator/not-a-number's",
      snapshot: kindTable(withRow(0, ["养护里程", "定量", "≥十二", "公里"])),
    },
  ],
  invalid: [
    {
      name: "定量 with a described target",
      snapshot: kindTable(withRow(0, ["养护里程", "定量", "全面完成", "公里"])),
      findings: [{ address: "E4", messageId: "noNumber", message: "“养护里程”标为定量指标" }],
    },
    {
      name: "定量 with a blank target",
      snapshot: kindTable(withRow(1, ["养护合格率", "定量指标", null, "%"])),
      findings: [{ address: "E5", messageId: "noNumberBlank" }],
    },
  ],
});

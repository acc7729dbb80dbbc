import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import rule from "../../src/domain/rules/selfeval-approved-indicator-missing";
import { runRuleTests } from "../support/ruleTester";
import {
  changed,
  EvaluatedIndicator,
  FARMLAND,
  goalTableSheet,
  selfEvaluationSheet,
  stacked,
} from "../support/approved-goals";

/** The approved goal table (A1:E14), then the self-evaluation (indicator header D28). */
const both = (indicators: EvaluatedIndicator[], projectName?: string) =>
  stacked("项目", [goalTableSheet(), selfEvaluationSheet({ indicators, projectName })]);

const without = (...positions: number[]) => FARMLAND.filter((_, i) => !positions.includes(i));

runRuleTests(rule, {
  valid: [
    { name: "every approved indicator", snapshot: both(FARMLAND) },
    { name: "a self-evaluation alone", snapshot: selfEvaluationSheet({ indicators: without(2) }) },
    { name: "another project's goal table", snapshot: both(without(2), "农村公路养护项目") },
    {
      name: "an indicator renamed in its place",
      snapshot: both(changed({ 2: { name: "完成时间" } })),
    },
    {
      name: "an indicator added to the approved ones",
      snapshot: both([
        ...FARMLAND,
        { level1: "效益指标", level2: "生态效益指标", name: "水土流失治理面积", target: "≥100亩" },
      ]),
    },
  ],
  invalid: [
    {
      name: "one approved indicator left out",
      snapshot: both(without(3)),
      findings: [
        {
          address: "D28",
          messageId: "missing",
          message: "批复的绩效目标中的指标“亩均建设成本”（项目!C12）未列入自评表",
        },
      ],
    },
    {
      name: "two left out",
      snapshot: both(without(1, 5)),
      findings: [
        { address: "D28", messageId: "missing", message: "“农田建设验收合格率”" },
        { address: "D28", messageId: "missing", message: "“农户满意度”" },
      ],
    },
  ],
});

describe("selfeval/approved-indicator-missing against goal tables of another workbook", () => {
  it("names the approved indicator left out, where it stands", () => {
    const approved = recognize(goalTableSheet({ sheet: "批复目标" }), {});
    const findings = checkTables(recognize(selfEvaluationSheet({ indicators: without(0) }), {}), {
      rules: [rule],
      approvedGoals: approved,
    }).flatMap((result) => result.findings.map((f) => `${f.address} ${f.message}`));
    expect(findings).toEqual([
      "D12 批复的绩效目标中的指标“新建高标准农田面积”（批复目标!C9）未列入自评表",
    ]);
  });
});

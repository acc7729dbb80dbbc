import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import rule from "../../src/domain/rules/selfeval-target-changed";
import { runRuleTests } from "../support/ruleTester";
import {
  changed,
  EvaluatedIndicator,
  goalTableSheet,
  selfEvaluationSheet,
  stacked,
} from "../support/approved-goals";

/** The approved goal table (A1:E14), then the self-evaluation from row 17 (indicators E29:E34). */
const both = (indicators: EvaluatedIndicator[], projectName?: string) =>
  stacked("项目", [goalTableSheet(), selfEvaluationSheet({ indicators, projectName })]);

runRuleTests(rule, {
  valid: [
    { name: "the targets as approved", snapshot: both(changed({})) },
    { name: "a self-evaluation alone", snapshot: selfEvaluationSheet() },
    {
      name: "another project's goal table",
      snapshot: both(changed({ 1: { target: "≥90%" } }), "农村公路养护项目"),
    },
    {
      name: "the symbol left out where it is the usual one",
      snapshot: both(changed({ 1: { target: "95%" }, 3: { target: "1500元/亩" } })),
    },
    {
      name: "the unit left out, spacing and full-width forms",
      snapshot: both(changed({ 0: { target: "≥2" }, 1: { target: "≥ 95 ％" } })),
    },
    {
      name: "a renamed indicator with its approved target, matched by position",
      snapshot: both(changed({ 4: { name: "受益农户" } })),
    },
    {
      name: "indicators in another order, matched by name",
      snapshot: both([...changed({}).slice(3), ...changed({}).slice(0, 3)]),
    },
  ],
  invalid: [
    {
      name: "a target lowered",
      snapshot: both(changed({ 1: { target: "≥90%" } })),
      findings: [
        {
          address: "E30",
          messageId: "changed",
          message: "年度指标值“≥90%”与批复的绩效目标“≥95%”不一致（项目!D10）",
        },
      ],
    },
    {
      name: "a cost limit turned round, a deadline moved, a unit changed",
      snapshot: both(
        changed({
          0: { target: "≥2万平方米" },
          2: { target: "2025年6月30日前" },
          3: { target: "≥1500元/亩" },
        })
      ),
      findings: [
        { address: "E29", messageId: "changed", message: "“≥2万平方米”" },
        { address: "E31", messageId: "changed", message: "“2024年12月31日前”" },
        { address: "E32", messageId: "changed", message: "“≤1500元/亩”" },
      ],
    },
    {
      name: "a target made a range",
      snapshot: both(changed({ 1: { target: "95%-100%" } })),
      findings: [{ address: "E30", messageId: "changed", message: "“95%-100%”" }],
    },
    {
      name: "a renamed indicator whose target changed too, matched by position",
      snapshot: both(changed({ 5: { name: "群众满意度", target: "≥80%" } })),
      findings: [{ address: "E34", messageId: "changed", message: "（项目!D14）" }],
    },
    {
      name: "the project named with other spacing",
      snapshot: both(changed({ 4: { target: "≥2000户" } }), "高标准 农田建设项目"),
      findings: [{ address: "E33", messageId: "changed", message: "“≥3000户”" }],
    },
  ],
});

describe("selfeval/target-changed against goal tables of another workbook", () => {
  const approved = recognize(goalTableSheet({ sheet: "批复目标" }), {});
  const check = (indicators: EvaluatedIndicator[]) =>
    checkTables(recognize(selfEvaluationSheet({ indicators }), {}), {
      rules: [rule],
      approvedGoals: approved,
    }).flatMap((result) => result.findings.map((f) => `${f.address} ${f.message}`));

  it("flags a changed target, quoting the approved one where it stands", () => {
    expect(check(changed({ 5: { target: "≥85%" } }))).toEqual([
      "E18 年度指标值“≥85%”与批复的绩效目标“≥90%”不一致（批复目标!D14）",
    ]);
  });

  it("is quiet when the targets are as approved", () => {
    expect(check(changed({}))).toEqual([]);
  });

  it("prefers the workbook's own goal table of the project", () => {
    const own = goalTableSheet({ indicators: changed({ 5: { target: "≥85%" } }) });
    const tables = [
      ...recognize(own, {}),
      ...recognize(selfEvaluationSheet({ indicators: changed({ 5: { target: "≥85%" } }) }), {}),
    ];
    const findings = checkTables(tables, { rules: [rule], approvedGoals: approved }).flatMap(
      (result) => result.findings
    );
    expect(findings).toEqual([]);
  });
});

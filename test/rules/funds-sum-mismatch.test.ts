import rule from "../../src/domain/rules/funds-sum-mismatch";
import { CLEAN_MOF } from "../support/layouts";
import { DEPARTMENT_TABLE, departmentTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";
import { buildTable } from "../support/layouts";
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (48 = 48 + blank)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "text amounts that add up",
      table: { header: { fundsTotal: "1,200", fundsFiscal: 1000, fundsOther: "200万元" } },
    },
    {
      name: "floating point sums",
      table: { header: { fundsTotal: 0.3, fundsFiscal: 0.1, fundsOther: 0.2 } },
    },
    {
      name: "fiscal blank, all other funds",
      table: { header: { fundsFiscal: null, fundsOther: 48 } },
    },
    {
      name: "only the total typed so far: no sources to compare yet",
      table: { header: { fundsTotal: 30, fundsFiscal: null, fundsOther: null } },
    },
    {
      name: "a total that is not a number is funds/invalid-amount's business",
      table: { header: { fundsTotal: "四十八" } },
    },
    { name: "department-wide: 1200 = 基本支出 800 + 项目支出 400", snapshot: DEPARTMENT_TABLE },
    {
      name: "amounts in 元 where the label says 万元",
      table: { header: { fundsTotal: "480000元", fundsFiscal: 48, fundsOther: null } },
    },
  ],
  invalid: [
    {
      name: "department-wide: 1300 ≠ any sum of 800 and 400",
      snapshot: departmentTable({ total: 1300 }),
      findings: [{ address: "C4", messageId: "sourcesMismatch", message: "1300" }],
    },
    {
      name: "total exceeds fiscal funds, other blank: the rest goes into 其他资金",
      table: { header: { fundsTotal: 50 } },
      findings: [
        {
          address: "C5",
          messageId: "mismatch",
          message: "年度资金总额 50 ≠ 财政拨款 48 + 其他资金 0",
          fix: { C5: 2 },
        },
      ],
    },
    {
      name: "single column: 60 ≠ 48 + 10",
      table: {
        layout: "single",
        indicators: CLEAN_MOF,
        header: { fundsTotal: 60, fundsFiscal: 48, fundsOther: 10 },
      },
      findings: [
        { address: "C3", messageId: "mismatch", message: "财政拨款 48 + 其他资金 10", fix: null },
      ],
    },
    {
      name: "merges unknown: 48万元 ≠ 40 + 6",
      sheet: {
        mergesKnown: false,
        tables: [{ header: { fundsTotal: "48万元", fundsFiscal: 40, fundsOther: 6 } }],
      },
      findings: [{ address: "C3", messageId: "mismatch", message: "年度资金总额 48" }],
    },
    {
      name: "fiscal blank beside other funds short of the total: the rest goes into 财政拨款",
      table: { header: { fundsTotal: 80, fundsFiscal: null, fundsOther: 0 } },
      findings: [
        {
          address: "C4",
          messageId: "mismatch",
          message: "年度资金总额 80 ≠ 财政拨款 0 + 其他资金 0",
          fix: { C4: 80 },
        },
      ],
    },
    {
      name: "fiscal blank, other funds in 元: the rest is not written for the user",
      table: { header: { fundsTotal: 80, fundsFiscal: null, fundsOther: "100000元" } },
      findings: [{ address: "C4", messageId: "mismatch", fix: null }],
    },
    {
      name: "fiscal above the total, other blank: the amounts need checking",
      table: { header: { fundsTotal: 40 } },
      findings: [{ address: "C3", messageId: "mismatch", message: "年度资金总额 40" }],
    },
    {
      name: "total in 元 beyond the fiscal funds: the rest is not written for the user",
      table: { header: { fundsTotal: "500000元", fundsOther: null } },
      findings: [{ address: "C5", messageId: "mismatch", fix: null }],
    },
    {
      name: "title rows above",
      table: { title: ["土地征收组卷报批项目绩效目标表"], header: { fundsTotal: 100 } },
      findings: [{ address: "C6", messageId: "mismatch", message: "100" }],
    },
  ],
});

it("suggests putting the rest of the total into a blank 其他资金, not changing the total", () => {
  const snapshot = buildTable({ header: { fundsTotal: 120, fundsFiscal: 100 } }).snapshot;
  const [finding] = checkTables(recognize(snapshot), { rules: [rule] })[0].findings;
  expect(finding.suggestion).toBe("其他资金填 20（总额 120 − 财政拨款 100）");
  expect(finding.suggestionEn).toBe("put 20 into other funds (total 120 − fiscal 100)");
});

it("suggests putting the rest of the total into a blank 财政拨款, not changing the total", () => {
  const snapshot = buildTable({
    header: { fundsTotal: 120, fundsFiscal: null, fundsOther: 20 },
  }).snapshot;
  const [finding] = checkTables(recognize(snapshot), { rules: [rule] })[0].findings;
  expect(finding.address).toBe("C4");
  expect(finding.suggestion).toBe("财政拨款填 100（总额 120 − 其他资金 20）");
  expect(finding.suggestionEn).toBe("put 100 into fiscal funds (total 120 − other 20)");
});

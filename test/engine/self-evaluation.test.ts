/**
 * Recognition of a self-evaluation's own blocks: the funds block in the central and the
 * provincial layouts, the goal pair, the 总分 row and the reasons row, and the header
 * fields the goal-table rules read from them.
 */
import { readFileSync } from "fs";
import { checkTables } from "../../src/domain/check";
import { applyToSnapshots, planFixes } from "../../src/domain/fixes";
import { GoalTable, SelfEvaluationFundsLine } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { RULES } from "../../src/domain/rules";
import {
  CellRange,
  parseRangeA1,
  SheetSnapshot,
  snapshotFromRows,
} from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { corpusWorkbookPath } from "../support/corpus";
import { buildTable } from "../support/layouts";
import {
  centralSelfEvaluation,
  countySelfEvaluation,
  provincialSelfEvaluation,
} from "../support/self-evaluation";

function onlyTable(snapshot: SheetSnapshot): GoalTable {
  const tables = recognize(snapshot);
  expect(tables).toHaveLength(1);
  return tables[0];
}

/** A line's cells as `address:text`, by role. */
function cellsOf(line: SelfEvaluationFundsLine): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of Object.entries(line)) {
    if (key !== "kind" && field && typeof field === "object")
      out[key] = `${field.address}:${field.text}`;
  }
  return out;
}

describe("self-evaluation recognition", () => {
  it("reads the central funds block, line by line and column by column", () => {
    const table = onlyTable(centralSelfEvaluation());
    expect(table.form).toBe("selfEvaluation");
    const funds = table.selfEvaluation?.funds;
    expect(funds?.headerRow).toBe(4);
    expect(Object.keys(funds?.heads ?? {}).sort()).toEqual(
      ["budget", "executed", "initialBudget", "points", "rate", "score"].sort()
    );
    expect(funds?.lines.map((l) => l.kind)).toEqual(["total", "fiscal", "carryOver", "other"]);
    expect(cellsOf(funds!.lines[0])).toEqual({
      label: "B6:年度资金总额",
      initialBudget: "C6:100",
      budget: "D6:100",
      executed: "E6:95",
      points: "F6:10",
      rate: "G6:95%",
      score: "H6:9.5",
    });
    expect(funds?.statedPoints).toBeUndefined();
  });

  it("gives the header the 全年预算数 of each line, so the goal-table funds rules read one column", () => {
    const table = onlyTable(
      centralSelfEvaluation({ total: { initial: 80, budget: 100 }, fiscal: { initial: 80 } })
    );
    expect(table.header.fundsTotal?.value.address).toBe("D6");
    expect(table.header.fundsTotal?.amount).toBe(100);
    expect(table.header.fundsFiscal?.value.address).toBe("D7");
    expect(table.header.fundsOther?.value.address).toBe("D9");
    expect(table.fundSources.map((f) => f.value.address)).toEqual(["D8"]);
  });

  it("reads amounts in 元 as the block's label says", () => {
    const table = onlyTable(
      centralSelfEvaluation({
        unit: "元",
        total: { initial: 250000, budget: 250000, executed: 215457.6 },
        fiscal: { initial: 250000, budget: 250000, executed: 215457.6 },
      })
    );
    expect(table.header.fundsTotal?.amount).toBe(25);
  });

  it("reads the goal pair: 预期目标 and 实际完成情况, the header's goal being the expected one", () => {
    const table = onlyTable(centralSelfEvaluation({ goal: { expected: null } }));
    const goal = table.selfEvaluation?.goal;
    expect(goal?.expected.address).toBe("B11");
    expect(goal?.expected.text).toBe("");
    expect(goal?.actual.address).toBe("F11");
    expect(goal?.actual.text).toBe("新建高标准农田2100亩，已通过验收");
    expect(table.header.goal?.label.text).toBe("预期目标");
    expect(table.header.goal?.value.address).toBe("B11");
  });

  it("reads the national transfer payments' pair: 总体目标 beside 全年实际完成情况 (阆中 2021)", () => {
    const path = corpusWorkbookPath("selfeval-sichuan-2021-langzhong-chegoushui");
    const table = onlyTable(readWorkbookSnapshots(readFileSync(path))[0]);
    expect(table.selfEvaluation?.goal?.expected.address).toBe("C12");
    expect(table.selfEvaluation?.goal?.actual.address).toBe("E12");
    expect(table.header.goal?.label.text).toBe("总体目标");
    // Its 转移支付(项目)名称 is the project's name.
    expect(table.header.projectName?.value.address).toBe("C3");
  });

  it("reads the 总分 row's points and score under the grid's 分值 and 得分 columns", () => {
    const table = onlyTable(centralSelfEvaluation({ reasonNote: "受天气影响，部分工程延期" }));
    expect(table.indicators).toHaveLength(5);
    const total = table.selfEvaluation?.total;
    expect(total?.label.address).toBe("A18");
    expect(total?.points?.address).toBe("G18");
    expect(total?.points?.text).toBe("100");
    expect(total?.score?.address).toBe("H18");
    expect(total?.score?.text).toBe("99.5");
    expect(table.selfEvaluation?.reasonNote?.value.address).toBe("B19");
    expect(table.selfEvaluation?.reasonNote?.value.text).toBe("受天气影响，部分工程延期");
    // The table runs from its header block to the reasons row.
    expect(table.rangeA1).toBe("A3:I19");
  });

  it("has no total when the table ends without one", () => {
    const table = onlyTable(centralSelfEvaluation({ totalRow: null }));
    expect(table.selfEvaluation?.total).toBeUndefined();
    expect(table.selfEvaluation?.funds).toBeDefined();
  });

  it("reads the provincial block: 调整后预算数 as the budget, 权重 as the points, 原因, stated points", () => {
    const table = onlyTable(provincialSelfEvaluation());
    expect(table.header.projectName?.value.text).toBe("工资性支出");
    const funds = table.selfEvaluation?.funds;
    expect(funds?.statedPoints).toBe(10);
    expect(funds?.lines.map((l) => l.kind)).toEqual(["total", "fiscal", "other"]);
    expect(cellsOf(funds!.lines[0])).toEqual({
      label: "B5:总额",
      initialBudget: "C5:200",
      budget: "D5:250",
      executed: "E5:250",
      rate: "F5:100.00%",
      points: "G5:10",
      score: "H5:10",
      reason: "I5:",
    });
    expect(table.header.fundsTotal?.value.address).toBe("D5");
    const total = table.selfEvaluation?.total;
    expect(total?.label.text).toBe("合计");
    expect(total?.points?.address).toBe("I11");
    expect(total?.score?.address).toBe("J11");
  });

  it("reads 山东's 预期指标值(A) · 实际完成指标值(B) as the target and the actual", () => {
    const rows = [
      [
        "一级指标",
        "二级指标",
        "三级指标",
        "预期指标值(A)",
        "实际完成指标值(B)",
        "分值",
        "得分",
        "未完成原因",
      ],
      ["产出指标(50分)", "数量指标", "全年免费开放天数", "≥300天", "310天", 25, 25, null],
      [null, "质量指标", "免费开放管理制度执行率", "100%", "100%", 25, 25, null],
    ];
    const table = onlyTable(snapshotFromRows("自评表", rows));
    expect(table.form).toBe("selfEvaluation");
    expect([table.columns.value, table.columns.actual]).toEqual([3, 4]);
    expect(table.unknownColumns).toEqual([]);
    const findings = checkTables([table]).flatMap((result) => result.findings);
    // The rows' own findings: the sheet has no header block and only two rows besides.
    const onRows = findings.filter((f) => f.address !== "A1");
    expect(onRows.map((f) => `${f.address} ${f.ruleId}`)).toEqual(["D3 indicator/missing-symbol"]);
  });

  it.each([
    ["年度指标值（A）", "实际完成值（B）"],
    ["考核指标值", "实际达成值"],
    ["2024年度指标值", "实际实现值"],
    ["调整后目标值", "年末完成值"],
  ])("reads %s · %s as the target and the actual", (target, actual) => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", target, actual, "分值", "得分", "偏差原因"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 20, 20, null],
    ];
    const table = onlyTable(snapshotFromRows("自评表", rows));
    expect([table.columns.value, table.columns.actual, table.columns.score]).toEqual([3, 4, 6]);
    expect(table.unknownColumns).toEqual([]);
  });

  it("reads 江苏 2016's 目标 and 评价指标 side by side, under levels written as heading rows", () => {
    const rows = [
      ["绩效目标设置情况", null, null, null, "绩效目标完成情况", null, null, null, null],
      [
        "目标名称",
        "目标值",
        "评价指标",
        "标准值",
        "目标完成值",
        "评价指标值",
        "权重分值",
        "评分规则",
        "得分",
      ],
      ["一、投入目标"],
      ["1.预算投入资金", "=6475万元", "预算完成率", "=100%", "6475万元", "100%", 1, "规则", 1],
      ["二、管理目标"],
      ["1.资金管理情况", "专账核算", "专账核算率", "=100%", "专账核算", "专账核算率", 2, "规则", 2],
      ["三、产出目标"],
      ["1.数量目标"],
      ["建档数", "≥941250份", "建档率", "≥75%", "1024410份", "81.74%", 5, "规则", 5],
    ];
    const table = onlyTable(snapshotFromRows("自评表", rows));
    expect(table.form).toBe("selfEvaluation");
    expect(table.profile).toBe("mof-2020-eval");
    const { level3, value, actual, weight, standard, score } = table.columns;
    expect([level3, value, actual, weight, standard, score]).toEqual([0, 1, 4, 6, 7, 8]);
    expect(table.unknownColumns).toEqual([]);
    expect(
      table.indicators.map((row) => [row.level1.text, row.level2.text, row.level3.text])
    ).toEqual([
      ["一、投入目标", "", "1.预算投入资金"],
      ["二、管理目标", "", "1.资金管理情况"],
      ["三、产出目标", "1.数量目标", "建档数"],
    ]);
    // The evaluation indicators: a set of their own, with their own names, targets and actuals.
    expect(table.otherSets).toHaveLength(1);
    const [set] = table.otherSets;
    expect(
      set.indicators.map((row) => [row.level3.text, row.value.text, row.actual?.text])
    ).toEqual([
      ["预算完成率", "=100%", "100%"],
      ["专账核算率", "=100%", "专账核算率"],
      ["建档率", "≥75%", "81.74%"],
    ]);
    const findings = checkTables([table]).flatMap((result) => result.findings);
    expect(
      findings.filter((f) => f.address !== "A1").map((f) => `${f.address} ${f.ruleId}`)
    ).toEqual(["F6 selfeval/actual-not-a-value"]);
  });

  it("reads 重庆 2021's department self-evaluation: one funds line under its heads, 财政处室 no value", () => {
    const rows = [
      ["部门整体绩效自评表", null, null, null, null, null, null, null, null, null, null],
      ["主管部门", null, null, null, "财政处室", null, null, "自评总分(分)", null, 97.6, null],
      ["部门联系人", "[姓名]", null, null, "联系电话", "[电话]", null, null, null, null, null],
      [
        "部门预算执行情况(万元)",
        "年初预算数",
        null,
        "全年(调整)预算数",
        null,
        "全年执行数",
        null,
        "执行率(%)",
        "执行率权重",
        "执行率得分(分)",
        null,
      ],
      [null, 500, null, 520, null, 395, null, "76%", 10, 7.6, null],
      [
        "当年绩效目标",
        "年初绩效目标",
        null,
        null,
        "全年(调整)绩效目标",
        null,
        null,
        null,
        "全年目标实际完成情况",
      ],
      [
        null,
        "保障中心运转，做好新闻宣传",
        null,
        null,
        "同年初",
        null,
        null,
        null,
        "较好地完成了履职任务",
      ],
      [
        "绩效指标",
        "指标名称",
        "计量单位",
        "指标性质",
        "年初指标值",
        "调整指标值",
        "全年完成值",
        "得分系数(%)",
        "指标权重(分)",
        "指标得分(分)",
        "是否核心指标",
      ],
      [null, "预算完成率", "%", "定量指标", "≥70%", null, "76%", "100%", 2, 2, "是"],
    ];
    const merges = [
      "B2:D2",
      "F2:G2",
      "A4:A5",
      "B4:C4",
      "D4:E4",
      "F4:G4",
      "B5:C5",
      "D5:E5",
      "F5:G5",
    ];
    const snapshot = snapshotFromRows("自评表", rows, {
      merges: merges.map((a1) => parseRangeA1(a1) as CellRange),
    });
    const table = onlyTable(snapshot);
    expect(table.form).toBe("selfEvaluation");
    expect(table.header.department?.value.address).toBe("B2");
    expect(table.header.owner?.value.text).toBe("[姓名]");
    const funds = table.selfEvaluation?.funds;
    expect(funds?.lines.map((line) => cellsOf(line))).toEqual([
      {
        label: "A4:部门预算执行情况(万元)",
        initialBudget: "B5:500",
        budget: "D5:520",
        executed: "F5:395",
        rate: "H5:76%",
        points: "I5:10",
        score: "J5:7.6",
      },
    ]);
    const findings = checkTables([table]).flatMap((result) => result.findings);
    expect(
      findings.filter((f) => f.severity === "error").map((f) => `${f.address} ${f.ruleId}`)
    ).toEqual(["B2 header/missing-required"]);
  });

  it("gives goal tables no self-evaluation parts", () => {
    const goalTable = onlyTable(buildTable().snapshot);
    expect(goalTable.form).toBe("project");
    expect(goalTable.selfEvaluation).toBeUndefined();
  });
});

describe("indicator names that state the symbol and the unit", () => {
  it("reads `种公猪(≥头)` · `2` as ≥ 2 头, from the name", () => {
    const table = onlyTable(
      centralSelfEvaluation({
        indicators: [
          ["产出指标(50分)", "数量指标", "种公猪(≥头)", 2, 2, 25, 25, null],
          [null, "数量指标", "公猪舍(≥**平方米)", 22.8, 22.8, 25, 25, null],
          ["效益指标(30分)", "社会效益指标", "受益农户数", "≥3000户", "3200户", 30, 30, null],
        ],
      })
    );
    const [pigs, pens, farms] = table.indicators.map((row) => row.target);
    expect(pigs).toMatchObject({
      comparator: "≥",
      number: 2,
      unit: "头",
      comparatorFromName: true,
    });
    expect(pens).toMatchObject({ comparator: "≥", number: 22.8, unit: "平方米" });
    expect(farms.comparatorFromName).toBeUndefined();
  });
});

describe("self-evaluations under the goal-table funds rule and the fixes", () => {
  const findingsOf = (snapshot: SheetSnapshot, rules = RULES) =>
    checkTables(recognize(snapshot), { rules }).flatMap((result) => result.findings);

  it("funds/sum-mismatch reads the 全年预算数 column: quiet on a sound block, at D6 on a wrong total", () => {
    const fundsRule = RULES.filter((rule) => rule.meta.id === "funds/sum-mismatch");
    expect(findingsOf(centralSelfEvaluation(), fundsRule)).toEqual([]);
    // 年初预算数 80 beside 全年预算数 100 is no mismatch: each column is read on its own.
    const adjusted = centralSelfEvaluation({
      total: { initial: 80 },
      fiscal: { initial: 80 },
    });
    expect(findingsOf(adjusted, fundsRule)).toEqual([]);
    const wrong = centralSelfEvaluation({ total: { budget: 120, rate: "79.17%", score: 7.92 } });
    expect(findingsOf(wrong, fundsRule).map((f) => f.address)).toEqual(["D6"]);
  });

  it("a clean self-evaluation gets no finding from the self-evaluation rules", () => {
    const selfEvalRules = RULES.filter((rule) => rule.meta.id.startsWith("selfeval/"));
    expect(selfEvalRules.length).toBeGreaterThanOrEqual(6);
    for (const snapshot of [
      centralSelfEvaluation(),
      provincialSelfEvaluation(),
      countySelfEvaluation(),
    ])
      expect(findingsOf(snapshot, selfEvalRules).map((f) => `${f.address} ${f.message}`)).toEqual(
        []
      );
  });

  it("fixed round by round, a wrong rate, budget score and total end consistent", () => {
    const snapshot = centralSelfEvaluation({
      total: { initial: 287, budget: 287, executed: 171, rate: "70%", score: 7 },
      fiscal: { initial: 287, budget: 287, executed: 171, rate: null },
      totalRow: { score: 90 },
      reasonNote: "部分项目延续至下年实施",
    });
    const plan = planFixes([snapshot]);
    expect(plan.edits.map((e) => `${e.address} ${e.value}`).sort()).toEqual([
      "G6 59.58%",
      "H18 95.96",
      "H6 5.96",
    ]);
    const after = findingsOf(applyToSnapshots([snapshot], plan.edits)[0]);
    expect(after.filter((f) => f.ruleId.startsWith("selfeval/"))).toEqual([]);
  });
});

describe("the paired funds layout (河北: 预算数 · 到位数 · 执行数 · 预算执行进度)", () => {
  const [sheet] = readWorkbookSnapshots(
    readFileSync(corpusWorkbookPath("selfeval-hebei-2020-chengan-gaoling"))
  );

  it("reads each line's 预算数 and 执行数 beside their labels, and the rate merged beside them", () => {
    const funds = onlyTable(sheet).selfEvaluation?.funds;
    expect(funds?.lines.map((line) => cellsOf(line))).toEqual([
      { label: "B4:预算数", budget: "D4:6.84", executed: "J4:6.84", rate: "K4:100.00" },
      { label: "B5:其中:财政资金", budget: "D5:6.84", executed: "J5:6.84", rate: "K5:" },
      { label: "B6:其他", budget: "D6:0.00", executed: "J6:0.00", rate: "K6:" },
    ]);
  });

  it("holds the written progress against 执行数 ÷ 预算数", () => {
    const rateRule = RULES.filter((rule) => rule.meta.id === "selfeval/rate-mismatch");
    const check = (snapshot: SheetSnapshot) =>
      checkTables(recognize(snapshot), { rules: rateRule }).flatMap((r) => r.findings);
    expect(check(sheet)).toEqual([]);
    const values = sheet.values.map((row) => [...row]);
    values[3][10] = 90;
    const wrong = check({ ...sheet, values, texts: undefined });
    expect(wrong.map((f) => `${f.address} ${f.message}`)).toEqual([
      "K4 执行率90不等于执行数6.84÷预算数6.84=100%",
    ]);
  });
});

/**
 * Header blocks laid out in ways the corpus has few or none of, each of which gave false
 * errors before:
 * - a row of labels over a row of their values (`年度资金总额 · 财政拨款 · 其他资金` over the
 *   amounts, or `项目名称 · 主管部门 · 实施单位` over the names): each value stands under its label
 *   (read as labels with no cell beside them, every field was told blank);
 * - a header wider than its indicator grid: read to its last written column;
 * - the national department template (部门整体支出绩效目标申报表): its 年度主要任务 merged down over a
 *   list of tasks with their amounts under `总额 · 财政拨款 · 其他资金`, totalled by `金额合计`. The
 *   block ended at the list, so the form was read as a project's with no header fields;
 * - the year's funds beside the whole period's (`实施期资金总额 · X · 年度资金总额 · Y`, each over
 *   its own 财政拨款 and 其他资金): the year's lines are the funds (the period's 财政拨款 was set
 *   against the year's total, a false sum-mismatch);
 * - a title ending in 指标表 (河北 2019's `…项目绩效评价指标表`) closes the block above the table,
 *   as other form names do (it reached into the form stacked above and took its 绩效目标).
 */
import { checkWorkbook } from "../../src/domain/check";
import { nameInTitle, projectNameOf } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { CellValue, snapshotFromRows } from "../../src/domain/snapshot";

const GRID: CellValue[][] = [
  ["一级指标", "二级指标", "三级指标", "指标值", null],
  ["产出指标", "数量指标", "培训人数", "≥100人", null],
  ["效益指标", "社会效益指标", "技能提升", "明显提升", null],
  ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", null],
];

function errorsOf(rows: CellValue[][]) {
  const findings = checkWorkbook([snapshotFromRows("表", rows)]).sheets[0].tables[0].findings;
  return findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId} ${f.address}`);
}

describe("a row of labels over a row of values", () => {
  it("gives each label the value under it: the funds", () => {
    const rows: CellValue[][] = [
      ["项目名称", "培训项目", "主管部门", "某局", null],
      ["项目资金(万元)", "年度资金总额", "财政拨款", "其他资金", null],
      [null, 100, 80, 20, null],
      ["年度目标", "完成年度培训任务", null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.fundsTotal?.value.address).toBe("B3");
    expect(table.header.fundsTotal?.amount).toBe(100);
    expect(table.header.fundsOther?.amount).toBe(20);
    expect(errorsOf(rows)).toEqual([]);
  });

  it("gives each label the value under it: the whole header", () => {
    const rows: CellValue[][] = [
      ["项目支出绩效目标表", null, null, null, null],
      ["项目名称", "主管部门", "实施单位", "年度资金总额", "其中：财政拨款"],
      ["培训项目", "某局", "某中心", 10, 10],
      ["年度目标", "完成年度培训任务", null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.projectName?.value.text).toBe("培训项目");
    expect(table.header.department?.value.text).toBe("某局");
    expect(errorsOf(rows)).toEqual([]);
  });

  it("gives each label the value under it beside a row label (金额(万元))", () => {
    const rows: CellValue[][] = [
      ["项目名称", "培训项目", "主管部门", "某局", null],
      [null, "年度资金总额", "财政拨款", "其他资金", null],
      ["金额(万元)", 100, 80, 20, null],
      ["年度目标", "完成年度培训任务", null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.fundsTotal?.value.address).toBe("B3");
    expect(errorsOf(rows)).toEqual([]);
  });

  it("tells a value left blank under its label there", () => {
    const rows: CellValue[][] = [
      ["项目名称", "主管部门", "实施单位", "年度资金总额", "其中：财政拨款"],
      ["培训项目", null, "某中心", 10, 10],
      ["年度目标", "完成年度培训任务", null, null, null],
      ...GRID,
    ];
    expect(errorsOf(rows)).toEqual(["header/missing-required B2"]);
  });

  it("does not read a row of labels written with a colon as their values", () => {
    // 炎陵 2017: `政府性基金拨款:` · `其他支出:` over `纳入专户管理的非税收入拨款:`, each label's value blank.
    const rows: CellValue[][] = [
      ["部门名称", "某局", null, null, null],
      ["年度资金总额", 20, "财政拨款", 20, null],
      ["其他资金", "基本支出", null, null, null],
      ["纳入专户管理的非税收入拨款:", null, null, null, null],
      ["年度目标", "完成年度工作任务", null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.fundsOther?.value.text).toBe("");
  });

  it("does not take labels with a blank between them for labels over values", () => {
    // 永济 2023: `其他资金` · blank · `其他资金` · blank (实施期 and 年度): each value left blank.
    const rows: CellValue[][] = [
      ["项目名称", "培训项目", "主管部门", "某局", null],
      ["年度资金总额", 20, "财政拨款", 20, null],
      ["其他资金", null, "单位自筹", null, null],
      ["无", null, "无", null, null],
      ["年度目标", "完成年度培训任务", null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.fundsOther?.value.address).toBe("B3");
  });
});

describe("a header wider than its grid", () => {
  it("is read to its last written column: three label-and-value pairs over four columns", () => {
    const rows: CellValue[][] = [
      ["项目名称", "培训项目", "主管部门", "某局", "实施单位", "某中心"],
      ["年度资金总额", 100, "财政拨款", 80, "其他资金", 20],
      ["年度目标", "完成年度培训任务", null, null, null, null],
      ...GRID.map((row) => [...row.slice(0, 4), null, null]),
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.header.implementer?.value.text).toBe("某中心");
    expect(table.header.fundsOther?.amount).toBe(20);
    const findings = checkWorkbook([snapshotFromRows("表", rows)]).sheets[0].tables[0].findings;
    expect(
      findings.filter((f) => f.ruleId.startsWith("header/") || f.ruleId.startsWith("funds/"))
    ).toEqual([]);
  });
});

describe("the year's funds beside the whole period's", () => {
  const funds = (period: string): CellValue[][] => [
    ["项目名称", "培训项目", "主管部门", "某局", null],
    ["项目资金(万元)", period, 300, "年度资金总额:", 100],
    [null, "其中:财政拨款", 300, "其中:财政拨款", 100],
    [null, "其他资金", 0, "其他资金", 0],
    ["年度目标", "完成年度培训任务", null, null, null],
    ...GRID,
  ];

  it.each(["实施期资金总额:", "中期资金总额:", "中 期 资 金 总 额："])(
    "are the year's lines beside %s",
    (period) => {
      const [table] = recognize(snapshotFromRows("表", funds(period)));
      expect(table.header.fundsTotal?.value.address).toBe("E2");
      expect(table.header.fundsFiscal?.value.address).toBe("E3");
      expect(table.header.fundsOther?.value.address).toBe("E4");
      expect(errorsOf(funds(period))).toEqual([]);
    }
  );
});

describe("the national department template", () => {
  const rows: CellValue[][] = [
    ["部门整体支出绩效目标申报表", null, null, null, null, null],
    ["部门（单位）名称", "某局", null, null, null, null],
    ["年度主要任务", "任务名称", "主要内容", "预算金额（万元）", null, null],
    [null, null, null, "总额", "财政拨款", "其他资金"],
    [null, "任务1", "开展培训", 100, 80, 20],
    [null, "任务2", "开展宣传", 50, 50, 0],
    ["金额合计", null, null, 150, 130, 20],
    ["年度总体目标", "完成年度工作任务", null, null, null, null],
    ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", null],
    [null, "产出指标", "数量指标", "培训人数", "≥100人", null],
    [null, "效益指标", "社会效益指标", "技能提升", "明显提升", null],
    [null, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", null],
  ];
  const merges = [
    { top: 2, bottom: 5, left: 0, right: 0 },
    { top: 2, bottom: 2, left: 3, right: 5 },
    { top: 2, bottom: 3, left: 1, right: 1 },
    { top: 2, bottom: 3, left: 2, right: 2 },
    { top: 8, bottom: 11, left: 0, right: 0 },
  ];

  it("is a department's form whose funds are the tasks' total", () => {
    const snapshot = snapshotFromRows("表", rows, { merges });
    const [table] = recognize(snapshot);
    expect(table.form).toBe("department");
    expect(table.header.departmentName?.value.text).toBe("某局");
    expect(table.header.fundsTotal?.amount).toBe(150);
    expect(table.header.fundsFiscal?.amount).toBe(130);
    expect(table.header.fundsOther?.amount).toBe(20);
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings;
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});

describe("the national project template as built", () => {
  it("gives no finding filled in well (中期 and 年度 side by side)", () => {
    const rows: CellValue[][] = [
      ["项目支出绩效目标申报表", null, null, null, null, null, null, null],
      ["（2024年度）", null, null, null, null, null, null, null],
      ["项目名称", "农村道路养护", null, null, null, null, null, null],
      ["主管部门及代码", "[101]某县交通运输局", null, null, "实施单位", "某县公路中心", null, null],
      ["项目属性", "延续项目", null, null, "项目期", "3年", null, null],
      ["项目资金（万元）", null, "中期资金总额：", null, 300, "年度资金总额：", null, 100],
      [null, null, "其中：财政拨款", null, 300, "其中：财政拨款", null, 100],
      [null, null, "其他资金", null, 0, "其他资金", null, 0],
      ["总体目标", "中期目标（2024年－2026年）", null, null, null, "年度目标", null, null],
      [
        null,
        "完成全县农村道路养护300公里",
        null,
        null,
        null,
        "完成农村道路养护100公里",
        null,
        null,
      ],
      ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值"],
      [null, "产出指标", "数量指标", "养护里程", "≥300公里", "数量指标", "养护里程", "≥100公里"],
      [null, null, "质量指标", "养护合格率", "≥95%", "质量指标", "养护合格率", "≥95%"],
      [
        null,
        "效益指标",
        "社会效益指标",
        "群众出行条件",
        "明显改善",
        "社会效益指标",
        "群众出行条件",
        "明显改善",
      ],
      [
        null,
        "满意度指标",
        "服务对象满意度指标",
        "沿线群众满意度",
        "≥90%",
        "服务对象满意度指标",
        "沿线群众满意度",
        "≥90%",
      ],
    ];
    const merges = [
      { top: 0, bottom: 0, left: 0, right: 7 },
      { top: 1, bottom: 1, left: 0, right: 7 },
      { top: 2, bottom: 2, left: 1, right: 7 },
      { top: 3, bottom: 3, left: 1, right: 3 },
      { top: 3, bottom: 3, left: 5, right: 7 },
      { top: 4, bottom: 4, left: 1, right: 3 },
      { top: 4, bottom: 4, left: 5, right: 7 },
      { top: 5, bottom: 7, left: 0, right: 1 },
      { top: 5, bottom: 5, left: 2, right: 3 },
      { top: 5, bottom: 5, left: 5, right: 6 },
      { top: 6, bottom: 6, left: 2, right: 3 },
      { top: 6, bottom: 6, left: 5, right: 6 },
      { top: 7, bottom: 7, left: 2, right: 3 },
      { top: 7, bottom: 7, left: 5, right: 6 },
      { top: 8, bottom: 9, left: 0, right: 0 },
      { top: 8, bottom: 8, left: 1, right: 4 },
      { top: 8, bottom: 8, left: 5, right: 7 },
      { top: 9, bottom: 9, left: 1, right: 4 },
      { top: 9, bottom: 9, left: 5, right: 7 },
      { top: 10, bottom: 14, left: 0, right: 0 },
      { top: 11, bottom: 12, left: 1, right: 1 },
    ];
    const [table] = recognize(snapshotFromRows("表", rows, { merges }));
    expect(table.header.fundsFiscal?.value.address).toBe("H7");
    expect(table.otherSets).toHaveLength(1);
    const result = checkWorkbook([snapshotFromRows("表", rows, { merges })]);
    expect(result.sheets[0].tables[0].findings).toEqual([]);
  });
});

describe("a title ending in 指标表 (`…项目绩效评价指标表`)", () => {
  it("closes the header block: no label above it is this table's", () => {
    const rows: CellValue[][] = [
      ["绩效目标", "保障农村低保户的基本生活", null, null, null],
      ["某表的其他内容", null, null, null, null],
      [null, null, null, null, null],
      ["2019年度宁晋县高中助学金项目绩效评价指标表", null, null, null, null],
      ...GRID,
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.title?.text).toBe("2019年度宁晋县高中助学金项目绩效评价指标表");
    expect(table.header.goal).toBeUndefined();
    // The name it gives is the project's, without the form's words.
    expect(projectNameOf(table)).toBe("宁晋县高中助学金");
    expect(nameInTitle("项目绩效评价指标表")).toBe("");
  });
});

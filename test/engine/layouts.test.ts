/**
 * Layout variants nobody gave us (DOMAIN.md §4): every clean table is recognized
 * where it stands and gives zero errors.
 */
import { checkWorkbook } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { buildSheet, CLEAN_HEBEI, CLEAN_MOF, IndicatorSpec, SheetSpec } from "../support/layouts";

/** The same indicators reworded per project, so stacked tables are not copies of each other. */
function reworded(indicators: IndicatorSpec[], project: string): IndicatorSpec[] {
  return indicators.map((ind) => ({
    ...ind,
    description: `${project}：${ind.description}`,
    basis: `${project}${ind.basis}`,
  }));
}

const SYNONYMS = {
  owner: "项目负责人/联系电话",
  department: "主管部门及代码",
  funds: "项目资金（万元）",
  goal: "年度绩效目标",
  basis: "指标值设定依据",
  level3: "三级指标名称",
  value: "年度指标值",
} as const;

const VARIANTS: Record<string, SheetSpec> = {
  "split layout at A1": { tables: [{}] },
  "single value column (mof-2021)": { tables: [{ layout: "single", indicators: CLEAN_MOF }] },
  "side label, 序号 and 备注 columns": {
    tables: [{ sideLabel: true, sequenceColumn: true, remarkColumn: true }],
  },
  "中长期指标值 beside the value": {
    tables: [{ layout: "single", indicators: CLEAN_MOF, midTermColumn: true }],
  },
  "offset start with a title": {
    originRow: 6,
    originCol: 3,
    tables: [{ title: ["土地征收组卷报批项目绩效目标表"] }],
  },
  "label synonyms": { tables: [{ layout: "single", indicators: CLEAN_MOF, labels: SYNONYMS }] },
  "labels with spaces, line breaks and full-width colons": {
    tables: [
      {
        labels: {
          projectName: "项 目 名 称",
          department: "主管\n部门",
          fundsTotal: "年度资金总额：",
          fundsFiscal: "其中：财政拨款",
          goal: "年度\n目标",
        },
      },
    ],
  },
  "blank rows inside the indicator block, footer below": {
    tables: [
      { blankRowsAfter: [1, 4], footer: ["填表人：张三        审核人：李四", "2020年1月10日"] },
    ],
  },
  "unknown merged areas": { mergesKnown: false, tables: [{ sideLabel: true }] },
  "percent-formatted cells": {
    tables: [
      {
        indicators: CLEAN_HEBEI.map((ind) =>
          ind.unit === "%"
            ? { ...ind, value: Number(ind.value) / 100, unit: "", percentFormat: true }
            : ind
        ),
      },
    ],
  },
  "first levels repeated on every row (no merges)": { tables: [{ mergeLevels: false }] },
};

describe("clean tables in every layout", () => {
  for (const [name, spec] of Object.entries(VARIANTS)) {
    it(`${name}: recognized at its range with zero errors and warnings`, () => {
      const { snapshot, tables: built } = buildSheet(spec);
      const result = checkWorkbook([snapshot]);
      const tables = result.sheets[0].tables;
      expect(tables.map((t) => t.table.rangeA1)).toEqual(built.map((b) => b.rangeA1));
      expect(tables.map((t) => t.table.indicators.map((row) => row.row))).toEqual(
        built.map((b) => b.indicatorRows)
      );
      expect(tables[0].table.header.projectName?.value.text).toBe("土地征收组卷报批项目");
      expect(tables.flatMap((t) => t.findings).map((f) => `${f.address} ${f.message}`)).toEqual([]);
    });
  }
});

describe("stacked tables", () => {
  const spec: SheetSpec = {
    gap: 3,
    tables: [
      {
        title: ["一、组卷项目", "1、绩效目标表"],
        header: { projectName: "组卷项目" },
        indicators: reworded(CLEAN_HEBEI, "组卷"),
      },
      {
        title: ["二、整治项目", "1、绩效目标表"],
        header: { projectName: "整治项目" },
        layout: "single",
        indicators: reworded(CLEAN_MOF, "整治"),
      },
      {
        header: { projectName: "调查项目" },
        indicators: reworded(CLEAN_HEBEI, "调查"),
        footer: ["填表人：王五"],
      },
    ],
  };

  it("finds each table with its own name, range, title and profile", () => {
    const { snapshot, tables: built } = buildSheet(spec);
    const tables = recognize(snapshot);
    expect(tables.map((t) => t.rangeA1)).toEqual(built.map((b) => b.rangeA1));
    expect(tables.map((t) => t.header.projectName?.value.text)).toEqual([
      "组卷项目",
      "整治项目",
      "调查项目",
    ]);
    expect(tables.map((t) => t.title?.text)).toEqual(["一、组卷项目", "二、整治项目", undefined]);
    expect(tables.map((t) => t.profile)).toEqual(["mof-2015", "mof-2021", "mof-2015"]);
    expect(tables.map((t) => t.layout)).toEqual(["split", "single", "split"]);
  });

  it("gives zero findings when the tables are clean and distinct", () => {
    const result = checkWorkbook([buildSheet(spec).snapshot]);
    expect(result.counts).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it("reports a table copied from the one above it", () => {
    const copied: SheetSpec = { tables: [{}, { header: { projectName: "复制项目" } }] };
    const result = checkWorkbook([buildSheet(copied).snapshot]);
    const second = result.sheets[0].tables[1];
    expect(second.findings.map((f) => f.ruleId)).toEqual(
      new Array(CLEAN_HEBEI.length).fill("workbook/copied-indicator")
    );
  });
});

describe("no table where there is none", () => {
  it("ignores a prose sheet that mentions 一级指标 in a sentence", () => {
    const { snapshot } = buildSheet({
      tables: [],
      before: [
        ["填报说明"],
        ["一、一级指标包括产出指标、效益指标和满意度指标。"],
        ["二、二级指标、三级指标按照财预〔2015〕88号填写，一级指标 二级指标 三级指标均不得空缺。"],
      ],
    });
    expect(recognize(snapshot)).toEqual([]);
  });

  it("reads the header block when the value sits in the label cell (`项目名称：XX`)", () => {
    const { snapshot } = buildSheet({ tables: [{ omit: ["projectName"] }] });
    snapshot.values[0][0] = "项目名称：土地整治项目";
    const [table] = recognize(snapshot);
    expect(table.header.projectName?.value.text).toBe("土地整治项目");
  });
});

describe("labels spaced out to fill their cells", () => {
  // 重庆's list without levels, its labels centred with spaces as many offices type them.
  const rows = (header: string[]) => [
    header,
    ["产出指标", "新建高标准农田面积", 20, "万亩", "≥", 2],
    ["效益指标", "受益农户数", 20, "户", "≥", 3000],
  ];
  const PLAIN = ["绩效指标", "指标名称", "指标权重", "计量单位", "指标性质", "指标值"];
  const SPACED = ["绩 效 指 标", "指 标 名 称", "指标权重", "计量单位", "指标性质", "指标值"];

  it("open a list without level columns as the same labels written close", () => {
    const [plain] = recognize(snapshotFromRows("表", rows(PLAIN)));
    const [spaced] = recognize(snapshotFromRows("表", rows(SPACED)));
    expect(spaced.columns).toEqual(plain.columns);
    expect(spaced.indicators.map((row) => row.level3.text)).toEqual([
      "新建高标准农田面积",
      "受益农户数",
    ]);
  });

  it("with a full-width space too (`指　标　名　称`)", () => {
    const header = ["指　标　名　称", "指标权重", "计量单位", "指标性质", "指标值"];
    const [table] = recognize(
      snapshotFromRows(
        "表",
        rows(header).map((row, i) => (i === 0 ? row : row.slice(1)))
      )
    );
    expect(table?.indicators).toHaveLength(2);
  });
});

describe("the value split as 计算符号 · 目标值 · 度量单位", () => {
  it("reads 计算符号 as the symbol column", () => {
    const header = [
      "一级指标",
      "二级指标",
      "三级指标",
      "计算符号",
      "目标值",
      "度量单位",
      "指标值说明",
    ];
    const rows = [
      header,
      ["产出指标", "数量指标", "湿地保有量", "=", 4900, "公顷", "根据湿地保护规划"],
      ["效益指标", "生态效益指标", "森林覆盖率", "≥", 80, "%", "根据林长制考核目标"],
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect([table.columns.symbol, table.columns.value, table.columns.unit]).toEqual([3, 4, 5]);
    expect(table.indicators.map((row) => row.target.comparator)).toEqual(["=", "≥"]);
  });
});

describe("the long-term target named in brackets: 指标值（年度） · 指标值（中长期）", () => {
  it.each([
    ["指标值（年度）", "指标值（中长期）"],
    ["目标值(中长期)", "目标值(年度)"],
    ["年度指标值", "中期目标值"],
  ])("reads %s and %s as the year's target and the long-term one", (first, second) => {
    const longTermFirst = /中长期|中期/.test(first);
    const targets = longTermFirst ? ["≥300人", "≥100人"] : ["≥100人", "≥300人"];
    const rows = [
      ["一级指标", "二级指标", "三级指标", first, second],
      ["产出指标", "数量指标", "培训人数", ...targets],
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect([table.columns.value, table.columns.midTerm]).toEqual(longTermFirst ? [4, 3] : [3, 4]);
    expect(table.indicators[0].value.text).toBe("≥100人");
  });
});

describe("a self-evaluation's 自评分 column", () => {
  it("is the score, not a scoring standard", () => {
    const rows = [
      ["一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "自评分"],
      ["产出指标", "数量指标", "培训人数", "≥100人", "120人", 20, 20],
    ];
    const [table] = recognize(snapshotFromRows("表", rows));
    expect([table.columns.score, table.columns.standard]).toEqual([6, undefined]);
  });
});

describe("header labels 项目支出名称 and 年度本级预算金额", () => {
  it("reads 项目支出名称 as the project's name and 年度本级预算金额 as its funds total", () => {
    const { snapshot } = buildSheet({
      tables: [{ labels: { projectName: "项目支出名称", fundsTotal: "年度本级预算金额" } }],
    });
    const [table] = recognize(snapshot);
    expect(table.header.projectName?.value.text).toBe("土地征收组卷报批项目");
    expect(table.header.fundsTotal?.value.value).toBe(48);
  });
});

describe("header labels of the 北京 2020 template", () => {
  it("reads 主管预算部门 as the department and 项目预算金额 as the funds total", () => {
    const { snapshot } = buildSheet({
      tables: [{ labels: { department: "主管预算部门", fundsTotal: "项目预算金额 (万元)" } }],
    });
    const [table] = recognize(snapshot);
    expect(table.header.department?.value.text).toBe("承德高新区国土资源分局");
    expect(table.header.fundsTotal?.value.value).toBe(48);
  });
});

describe("the older 四川 template's first levels", () => {
  it("takes 项目完成指标 for 产出指标 and 项目效益指标 for 效益指标", () => {
    const indicators = CLEAN_HEBEI.map((row) => ({
      ...row,
      level1:
        row.level1 === "产出指标"
          ? "项目完成指标"
          : row.level1 === "效益指标"
            ? "项目效益指标"
            : row.level1,
    }));
    const { snapshot } = buildSheet({ tables: [{ indicators }] });
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings.map((f) => f.ruleId);
    expect(findings).not.toContain("indicator/unknown-level1");
    expect(findings).not.toContain("table/missing-category");
  });
});

describe("the 重庆 2023 审批表 template", () => {
  it("takes a first level with a range of points after it (成本指标(0-20)分) for that level", () => {
    const indicators = CLEAN_MOF.map((row) => ({ ...row, level1: `${row.level1}(0-20)分` }));
    const { snapshot } = buildSheet({ tables: [{ layout: "single", indicators }] });
    const findings = checkWorkbook([snapshot]).sheets[0].tables[0].findings.map((f) => f.ruleId);
    expect(findings).not.toContain("indicator/unknown-level1");
  });

  it("reads 当年年度预算 as the funds total and 年度主要目标和成果 as the goal", () => {
    const { snapshot } = buildSheet({
      tables: [{ labels: { fundsTotal: "当年年度预算", goal: "年度主要目标和成果" } }],
    });
    const [table] = recognize(snapshot);
    expect(table.header.fundsTotal?.value.value).toBe(48);
    expect(table.header.goal?.value.text).toContain("完成年度土地转用征收组卷报批工作");
  });
});

describe("the 临海 2024 template: 指标类型 · 指标名称 · 指标值 · 指标描述", () => {
  /** The grid as 临海 lays it out: first levels under 指标类型, second levels under 指标名称. */
  const rows = (names: [string, string][]) => [
    ["项目名称:", "绿化养护经费", null, null, null],
    ["项目绩效目标", "绩效目标 总体描述", "完成建成区的绿化养护工作", null, null],
    [null, "指标类型", "指标名称", "指标值", "指标描述"],
    ...names.map(([level1, name], i) => [
      null,
      level1,
      name,
      i === 0 ? "≥375万平方米" : "≥95%",
      "说明",
    ]),
  ];
  /** 项目绩效目标, merged down the rows' first column. */
  const SIDE = { top: 1, left: 0, bottom: 5, right: 0 };
  const LEVELS: [string, string][] = [
    ["产出指标", "数量指标"],
    ["效益指标", "可持续影响指标"],
    ["满意度指标", "服务对象满意度指标"],
  ];

  it("reads 指标类型 as the first level when its cells name first levels", () => {
    const [table] = recognize(snapshotFromRows("表", rows(LEVELS), { merges: [SIDE] }));
    expect([table.columns.level1, table.columns.level2, table.columns.level3]).toEqual([
      1,
      undefined,
      2,
    ]);
    expect(table.indicators.map((row) => row.level1.text)).toEqual([
      "产出指标",
      "效益指标",
      "满意度指标",
    ]);
  });

  it("tells each name that is only a second level, at the name", () => {
    const { sheets } = checkWorkbook([snapshotFromRows("表", rows(LEVELS), { merges: [SIDE] })]);
    const named = sheets[0].tables[0].findings.filter((f) => f.messageId === "nameIsLevel");
    expect(named.map((f) => `${f.address} ${f.message}`)).toEqual([
      "C4 指标名称只写了二级指标“数量指标”，没有具体的三级指标",
      "C5 指标名称只写了二级指标“可持续影响指标”，没有具体的三级指标",
      "C6 指标名称只写了二级指标“服务对象满意度指标”，没有具体的三级指标",
    ]);
  });

  it("reads a 指标类型 column of other words as before: no first level", () => {
    const kinds: [string, string][] = LEVELS.map(([, name]) => ["定量", name]);
    const tables = recognize(snapshotFromRows("表", rows(kinds), { merges: [SIDE] }));
    expect(tables.map((table) => table.columns.level1)).not.toContain(1);
  });
});

describe("the 东莞 2022 template: the period's targets and the year's side by side", () => {
  const rows = [
    ["项目名称", "物业管理费支出", null, null, null, null, null, null],
    [
      "绩效指标",
      "一级指标",
      "二级指标",
      "三级指标",
      "实施周期指标值",
      "二级指标",
      "三级指标",
      "当年度指标值",
    ],
    [
      null,
      "产出指标",
      "数量指标",
      "物管服务面积",
      "≥2.6万平方米",
      "数量指标",
      "物管服务面积",
      "≥2.6万平方米",
    ],
    [
      null,
      null,
      "质量指标",
      "物业管理保障工作合格率",
      "100%",
      "质量指标",
      "物业管理保障工作合格率",
      "95%",
    ],
  ];

  it("reads 实施周期指标值 and 当年度指标值 as two sets, and checks both", () => {
    const [table] = recognize(snapshotFromRows("表", rows));
    expect(table.columns.value).toBe(4);
    expect(table.otherSets.map((set) => set.columns.value)).toEqual([7]);
    const { sheets } = checkWorkbook([snapshotFromRows("表", rows)]);
    const symbols = sheets[0].tables[0].findings.filter(
      (f) => f.ruleId === "indicator/missing-symbol"
    );
    expect(symbols.map((f) => f.address)).toEqual(["E4", "H4"]);
  });
});

describe("the form kind a title gives", () => {
  const FUND_TITLE = ["兵团本级财政衔接推进乡村振兴补助资金绩效目标申报表"];

  it("a fund's title over one project's own header (项目名称, 项目期) is a project table", () => {
    const { snapshot } = buildSheet({
      tables: [{ title: FUND_TITLE, labels: { owner: "项目期" }, header: { owner: "1年" } }],
    });
    expect(recognize(snapshot)[0].form).toBe("project");
  });

  it("a fund's title over a header without 项目期 or 项目属性 is a special fund's", () => {
    const { snapshot } = buildSheet({ tables: [{ title: FUND_TITLE }] });
    expect(recognize(snapshot)[0].form).toBe("specialFund");
  });
});

describe("profiles", () => {
  it("detects mof-2021 from 成本指标 as a first level, and a given profile wins", () => {
    const { snapshot } = buildSheet({ tables: [{ layout: "single", indicators: CLEAN_MOF }] });
    expect(recognize(snapshot)[0]).toMatchObject({
      profile: "mof-2021",
      profileSource: "detected",
    });
    expect(recognize(snapshot, { profile: "mof-2015" })[0]).toMatchObject({
      profile: "mof-2015",
      profileSource: "given",
    });
  });

  it("flags 成本指标 as a first level when the user forces mof-2015", () => {
    const { snapshot } = buildSheet({ tables: [{ layout: "single", indicators: CLEAN_MOF }] });
    const result = checkWorkbook([snapshot], { profile: "mof-2015" });
    expect(result.sheets[0].tables[0].findings.map((f) => f.ruleId)).toContain(
      "indicator/unknown-level1"
    );
  });
});

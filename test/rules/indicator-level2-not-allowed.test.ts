import rule from "../../src/domain/rules/indicator-level2-not-allowed";
import { CLEAN_FRAMEWORK, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";
import { snapshotFromRows } from "../../src/domain/snapshot";

/** 临海 2024: first levels under 指标类型, the names column holding second levels or names. */
const linhai = (names: string[]) =>
  snapshotFromRows("表", [
    ["项目名称:", "绿化养护经费", null, null],
    ["指标类型", "指标名称", "指标值", "指标描述"],
    ["产出指标", names[0], "≥375万平方米", "说明"],
    ["效益指标", names[1], "≥95%", "说明"],
    ["满意度指标", names[2], "≥95%", "说明"],
  ]);

runRuleTests(rule, {
  valid: [
    {
      name: "a second level named with its first level: 产出数量指标, 产出时效指标 (宁晋 2019)",
      table: {
        indicators: cleanWith({ 0: { level2: "产出数量指标" }, 2: { level2: "产出时效指标" } }),
      },
    },
    {
      name: "the framework's 决策 and 过程 with no second level, or the evaluator's own",
      table: { indicators: CLEAN_FRAMEWORK },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "实施效果指标 rows among the usual ones: indicator/unknown-level1 speaks for the rest",
      table: {
        indicators: cleanWith({
          0: { level1: "实施效果指标", level2: "产出指标" },
          1: { level1: "实施效果指标", level2: "产出指标" },
        }),
      },
    },
    {
      name: "names without 指标, older forms",
      table: {
        indicators: cleanWith({
          0: { level1: "产出", level2: "数量" },
          4: { level2: "环境效益指标" },
          6: { level2: "社会公众或服务对象满意度指标" },
        }),
      },
    },
    {
      name: "unknown first level over a known second level: indicator/unknown-level1 speaks",
      table: { indicators: cleanWith({ 0: { level1: "结果指标", level2: "数量指标" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      // A form with no second-level column asks for none: 市民满意度 has no blank to fill in.
      name: "no second-level column: names that are second levels are told, the others not",
      snapshot: linhai(["数量指标", "生态效益指标", "市民满意度"]),
      findings: [
        { address: "B3", messageId: "nameIsLevel", message: "只写了二级指标“数量指标”" },
        { address: "B4", messageId: "nameIsLevel", message: "“生态效益指标”" },
      ],
    },
    {
      name: "the framework's 产出 and 效益 keep their second levels",
      table: {
        indicators: [
          ...CLEAN_FRAMEWORK,
          {
            level1: "项目产出(30分)",
            level2: "",
            level3: "覆盖学校数",
            symbol: "≥",
            value: 3,
            unit: "所",
          },
          {
            level1: "项目效益(35分)",
            level2: "投入管理",
            level3: "家长满意度",
            symbol: "≥",
            value: 90,
            unit: "%",
          },
        ],
      },
      findings: [
        { address: "B18", messageId: "blank" },
        { address: "B19", messageId: "unknown", message: "财预〔2020〕10号评价指标体系框架" },
      ],
    },
    {
      name: "unknown first level and an unknown second level: the second is named too",
      table: { indicators: cleanWith({ 0: { level1: "结果指标", level2: "产量指标" } }) },
      findings: [{ address: "B10", messageId: "unknown", message: "“产量指标”" }],
    },
    {
      name: "second level blank",
      table: { indicators: cleanWith({ 0: { level2: "" } }) },
      findings: [{ address: "B10", messageId: "blank", message: "二级指标为空" }],
    },
    {
      name: "unknown second level",
      table: { indicators: cleanWith({ 0: { level2: "产量指标" } }) },
      findings: [
        { address: "B10", messageId: "unknown", message: "“产量指标”不在财预〔2015〕88号" },
      ],
    },
    {
      name: "second level under the wrong first level",
      table: { indicators: cleanWith({ 4: { level2: "数量指标" } }) },
      findings: [{ address: "B14", messageId: "wrongParent", message: "应归入“产出指标”" }],
    },
    {
      name: "a merged run is reported once",
      table: { indicators: cleanWith({ 0: { level2: "产量指标" }, 1: { level2: "产量指标" } }) },
      findings: [{ address: "B10", messageId: "unknown" }],
    },
    {
      name: "merges unknown: the run is still reported once",
      sheet: {
        mergesKnown: false,
        tables: [
          { indicators: cleanWith({ 0: { level2: "产量指标" }, 1: { level2: "产量指标" } }) },
        ],
      },
      findings: [{ address: "B10", messageId: "unknown" }],
    },
    {
      name: "mof-2021 forced: 成本指标 is no longer a second level",
      profile: "mof-2021",
      table: {},
      findings: [{ address: "B13", messageId: "unknown", message: "财政部 2021" }],
    },
    {
      name: "single column: 经济效益指标 under 成本指标",
      table: {
        layout: "single",
        indicators: cleanWith({ 3: { level2: "经济效益指标" } }, CLEAN_MOF),
      },
      findings: [{ address: "B12", messageId: "wrongParent", message: "应归入“效益指标”" }],
    },
  ],
});

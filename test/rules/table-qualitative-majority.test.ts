import rule from "../../src/domain/rules/table-qualitative-majority";
import { CLEAN_FRAMEWORK, CLEAN_MOF, IndicatorSpec } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

const qualitative = (value: string): Partial<IndicatorSpec> => ({
  symbol: "定性",
  value,
  unit: "",
});

runRuleTests(rule, {
  valid: [
    {
      name: "the framework's 决策 and 过程 rows described in words are not counted",
      table: {
        indicators: CLEAN_FRAMEWORK.map((row) =>
          /^项目(决策|管理)/.test(row.level1 ?? "") ? { ...row, ...qualitative("目标明确") } : row
        ),
      },
    },
    { name: "clean Hebei table (1 qualitative, 6 quantitative)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "a tie: 3 and 3, the deadline counts as neither",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { value: "合格" }, 4: { value: "达到预期" } }, CLEAN_MOF),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "a framework table's 产出 and 效益 rows are counted",
      table: {
        indicators: [
          ...CLEAN_FRAMEWORK,
          {
            level1: "项目产出(30分)",
            level2: "质量指标",
            level3: "公用经费标准",
            ...qualitative("符合要求"),
          },
          {
            level1: "项目效益(35分)",
            level2: "可持续影响指标",
            level3: "办学环境",
            ...qualitative("持续改善"),
          },
          {
            level1: "项目效益(35分)",
            level2: "经济效益指标",
            level3: "家庭负担",
            ...qualitative("有所减轻"),
          },
        ],
      },
      findings: [
        { address: "E16", messageId: "majority", message: "定性指标 4 项，多于定量指标 3 项" },
      ],
    },
    {
      name: "5 qualitative, 2 quantitative",
      table: {
        indicators: cleanWith({
          0: qualitative("较好"),
          1: qualitative("良好"),
          4: qualitative("明显改善"),
          6: qualitative("满意"),
        }),
      },
      findings: [
        { address: "E10", messageId: "majority", message: "定性指标 5 项，多于定量指标 2 项" },
      ],
    },
    {
      name: "4 to 3, with the seed's habit of text in the 单位 column",
      table: {
        indicators: cleanWith({
          0: { symbol: "文字描述", value: null, unit: "完成数据库建设" },
          1: qualitative("良好"),
          4: qualitative("明显改善"),
        }),
      },
      findings: [
        { address: "E10", messageId: "majority", message: "定性指标 4 项，多于定量指标 3 项" },
      ],
    },
    {
      name: "single column: words in the 指标值 cell",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 0: { value: "顺利完成" }, 1: { value: "合格" }, 4: { value: "达到预期" } },
          CLEAN_MOF
        ),
      },
      findings: [
        { address: "E9", messageId: "majority", message: "定性指标 4 项，多于定量指标 2 项" },
      ],
    },
    {
      name: "merges unknown: the first qualitative row is pointed at",
      sheet: {
        mergesKnown: false,
        tables: [
          {
            indicators: cleanWith({
              2: qualitative("按期完成"),
              4: qualitative("有效保障"),
              6: qualitative("满意"),
            }),
          },
        ],
      },
      findings: [{ address: "E12", messageId: "majority" }],
    },
  ],
});

import rule from "../../src/domain/rules/indicator-level-named-goal";
import { CLEAN_FRAMEWORK, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "the evaluation framework's older templates name their levels 目标 (江苏 2016)",
      table: {
        indicators: CLEAN_FRAMEWORK.map((row) => ({
          ...row,
          level1: row.level1?.replace(/指标$/, "目标"),
        })),
      },
    },
    {
      name: "names that end in 目标 but name no level: the name, an unknown level",
      table: {
        indicators: cleanWith({
          0: { level3: "完成年度目标" },
          1: { level2: "工作目标" },
          2: { level2: "绩 效 目 标" },
        }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "second levels written 数量目标 and 成本目标(20分) (福建 2017)",
      table: {
        indicators: cleanWith({ 0: { level2: "数量目标" }, 3: { level2: "成本目标(20分)" } }),
      },
      findings: [
        {
          address: "B10",
          messageId: "named",
          message: "二级指标写作“数量目标”，规范名称为“数量指标”",
          fix: { B10: "数量指标" },
        },
        {
          address: "B13",
          messageId: "named",
          message: "“成本目标(20分)”，规范名称为“成本指标(20分)”",
          fix: { B13: "成本指标(20分)" },
        },
      ],
    },
    {
      name: "a first level written 产出目标, merged over its rows: reported once",
      table: {
        indicators: cleanWith({ 0: { level1: "产出目标" }, 1: { level1: "" }, 2: { level1: "" } }),
      },
      findings: [
        {
          address: "A10",
          messageId: "named",
          message: "一级指标写作“产出目标”，规范名称为“产出指标”",
          fix: { A10: "产出指标" },
        },
      ],
    },
    {
      name: "a level spaced out as its template spaces them (成 本 目 标): the fix keeps the spacing",
      table: { indicators: cleanWith({ 3: { level2: "成 本 目 标" } }) },
      findings: [
        {
          address: "B13",
          messageId: "named",
          message: "“成 本 目 标”，规范名称为“成 本 指 标”",
          fix: { B13: "成 本 指 标" },
        },
      ],
    },
    {
      name: "mof-2021: its own levels written 目标",
      profile: "mof-2021",
      table: { layout: "single", indicators: cleanWith({ 2: { level1: "成本目标" } }, CLEAN_MOF) },
      findings: [{ address: "A11", messageId: "named", message: "“成本目标”" }],
    },
  ],
});

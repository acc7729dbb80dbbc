import rule from "../../src/domain/rules/indicator-missing-value";
import { CLEAN_FRAMEWORK, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { buildTable } from "../support/layouts";

/** 黄石 2022: one target written over two indicators, its cell merged down over both rows. */
const sharedTarget = (merged: boolean) =>
  snapshotFromRows(
    "表",
    [
      ["项目名称", "共享工程", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["效益指标", "社会效益指标", "读者查询便利程度", "查询范围可扩展到省图"],
      ["效益指标", "社会效益指标", "丰富市民文化活动", null],
    ],
    { merges: merged ? [{ top: 2, left: 3, bottom: 3, right: 3 }] : [] }
  );

runRuleTests(rule, {
  valid: [
    { name: "a target merged down over two indicators", snapshot: sharedTarget(true) },
    {
      name: "the framework's 决策 and 过程 rows, scored by a standard, set no target",
      table: { indicators: CLEAN_FRAMEWORK },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table (a deadline target)",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "qualitative target with a symbol: ≥ 较好",
      table: { indicators: cleanWith({ 5: { symbol: "≥", value: "较好" } }) },
    },
    {
      name: "the seed's habit: qualitative text in the 单位 column",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: null, unit: "有效提升" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "the target written in the name, the 指标值 left blank: moved there (single column)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { level3: "培训人数（≥100人）", value: null } }, CLEAN_MOF),
      },
      findings: [{ address: "E9", messageId: "empty", fix: { E9: "≥100人" } }],
    },
    {
      name: "the target written in the name, split columns: told, not written",
      table: {
        indicators: cleanWith({
          0: { level3: "完成组卷个数≥20个", symbol: "", value: null, unit: "" },
        }),
      },
      findings: [{ address: "F10", messageId: "empty", fix: null }],
    },
    {
      name: "the same rows with the second target left blank, no merge",
      snapshot: sharedTarget(false),
      findings: [{ address: "D4", messageId: "empty" }],
    },
    {
      name: "a framework table's 产出 row still needs its target",
      table: {
        indicators: [
          ...CLEAN_FRAMEWORK,
          { level1: "项目产出(30分)", level2: "质量指标", level3: "公用经费标准" },
        ],
      },
      findings: [{ address: "F18", messageId: "empty", message: "“公用经费标准”" }],
    },
    {
      name: "定性 with nothing described",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: null, unit: "" } }) },
      findings: [
        { address: "F15", messageId: "qualitativeEmpty", message: "标为“定性”，却没有写明目标" },
      ],
    },
    {
      name: "single value column holding only a unit (陕西 2020: 公里, 万人, %)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "万亩" }, 1: { value: "%" } }, CLEAN_MOF),
      },
      findings: [
        { address: "E9", messageId: "unitOnly", message: "指标值只有单位“万亩”，没有数值" },
        { address: "E10", messageId: "unitOnly", message: "“%”" },
      ],
    },
    {
      name: "single value column holding a symbol and a unit (≧ %)",
      table: { layout: "single", indicators: cleanWith({ 1: { value: "≧ %" } }, CLEAN_MOF) },
      findings: [{ address: "E10", messageId: "symbolOnly" }],
    },
    {
      name: "a unit in its column and the value left blank",
      table: { indicators: cleanWith({ 0: { symbol: "", value: null } }) },
      findings: [{ address: "F10", messageId: "empty", message: "“完成组卷个数”未填写目标" }],
    },
    {
      name: "single value column holding only a symbol",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "≥" } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "symbolOnly" }],
    },
    {
      name: "symbol and unit but no number",
      table: { indicators: cleanWith({ 0: { value: null } }) },
      findings: [
        { address: "F10", messageId: "symbolOnly", message: "“完成组卷个数”有符号“≥”但没有数值" },
      ],
    },
    {
      name: "no target at all",
      table: { indicators: cleanWith({ 0: { symbol: "", value: null, unit: "" } }) },
      findings: [{ address: "F10", messageId: "empty", message: "“完成组卷个数”未填写目标" }],
    },
    {
      name: "one of each",
      table: {
        indicators: cleanWith({ 0: { value: null }, 4: { symbol: "", value: null, unit: "" } }),
      },
      findings: [
        { address: "F10", messageId: "symbolOnly" },
        { address: "F14", messageId: "empty", message: "重点项目用地保障率" },
      ],
    },
    {
      name: "single column: blank 指标值",
      table: { layout: "single", indicators: cleanWith({ 4: { value: null } }, CLEAN_MOF) },
      findings: [{ address: "E13", messageId: "empty", message: "新增耕地指标收益" }],
    },
    {
      name: "merges unknown: symbol only",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 2: { value: null } }) }] },
      findings: [{ address: "F12", messageId: "symbolOnly", message: "按期完成率" }],
    },
  ],
});

it("suggests moving a target written in the name into the 指标值", () => {
  const snapshot = buildTable({
    indicators: cleanWith({
      0: { level3: "完成组卷个数≥20个", symbol: "", value: null, unit: "" },
    }),
  }).snapshot;
  const [finding] = checkTables(recognize(snapshot), { rules: [rule] })[0].findings;
  expect(finding.suggestion).toBe("目标写在了指标名称里：把“≥20个”填入指标值，名称只留指标本身");
});

import rule from "../../src/domain/rules/timeliness-no-time";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** 完成率 = 100 %: a quantity, not a time. */
const NO_TIME = {
  level3: "组卷报批完成率",
  description: "组卷报批工作的完成比例",
  symbol: "=",
  value: 100,
};

runRuleTests(rule, {
  valid: [
    {
      name: "a placeholder row not yet filled in",
      table: {
        indicators: cleanWith({
          2: { level3: "", description: "", symbol: "", value: null, unit: "", basis: "" },
        }),
      },
    },
    { name: "clean Hebei table (按期完成率, 12月31日前)", table: {} },
    {
      name: "clean mof-2021 single-column table (2021年12月31日前)",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "a number of working days",
      table: {
        indicators: cleanWith({
          2: {
            level3: "报批办理时长",
            description: "单宗组卷报批的办理用时",
            symbol: "≤",
            value: 30,
            unit: "工作日",
          },
        }),
      },
    },
    {
      name: "年底前 in the description",
      table: {
        indicators: cleanWith({
          2: { ...NO_TIME, description: "年底前完成组卷报批的比例" },
        }),
      },
    },
    {
      name: "single column: the deadline is the target",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 2: { level3: "工程验收", description: "整治工程通过验收", value: "2021年12月31日前" } },
          CLEAN_MOF
        ),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "完成率 = 100 %",
      table: { indicators: cleanWith({ 2: NO_TIME }) },
      findings: [
        { address: "C12", messageId: "noTime", message: "“组卷报批完成率”没有写明完成时限" },
      ],
    },
    {
      name: "single column: =100%",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            2: { level3: "工程验收完成率", description: "整治工程通过验收的比例", value: "=100%" },
          },
          CLEAN_MOF
        ),
      },
      findings: [{ address: "C11", messageId: "noTime", message: "工程验收完成率" }],
    },
    {
      name: "mof-2021 forced",
      profile: "mof-2021",
      table: { indicators: cleanWith({ 2: NO_TIME }) },
      findings: [{ address: "C12", messageId: "noTime" }],
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 2: NO_TIME }) }] },
      findings: [{ address: "C12", messageId: "noTime" }],
    },
  ],
});

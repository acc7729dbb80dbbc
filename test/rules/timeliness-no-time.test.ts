import fc from "fast-check";
import rule, { tellsTime } from "../../src/domain/rules/timeliness-no-time";
import { toHalfWidth } from "../../src/domain/text";
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
      name: "a time in full-width digits (２周), read once folded",
      table: {
        indicators: cleanWith({
          2: { ...NO_TIME, description: "２周完成组卷报批" },
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

/** tellsTime reads a text as written first and folds only one with full-width digits. */
describe("tellsTime", () => {
  const characters = "0１２9年月周时期内前底末天季度个一十按及工作日（）：:，%≥ 　ａA完成率".split(
    ""
  );
  const texts = fc
    .array(fc.constantFrom(...characters), { maxLength: 8 })
    .map((parts) => parts.join(""));
  it("reads a text as it reads the text half-width folded", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tellsTime(text)).toBe(tellsTime(toHalfWidth(text)));
      }),
      { numRuns: 2000 }
    );
  });
  it.each(["２０２３年", "２周", "１２月", "2周", "年底", "整改周期"])("tells time in %j", (text) =>
    expect(tellsTime(text)).toBe(true)
  );
  it.each(["完成率", "２０２３", "周", "1２3"])("tells none in %j", (text) =>
    expect(tellsTime(text)).toBe(false)
  );
});

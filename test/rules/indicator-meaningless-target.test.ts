import rule, {
  mayBeLookedFor,
  MEANINGLESS,
  OPTION_LISTS,
} from "../../src/domain/rules/indicator-meaningless-target";
import { toHalfWidth } from "../../src/domain/text";
import { CLEAN_FRAMEWORK, CLEAN_HEBEI, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    {
      name: "— in the framework's 决策 and 过程 rows: scored by a standard, no target set",
      table: { indicators: CLEAN_FRAMEWORK },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "blank placeholder rows: level names only, or 无 without a name",
      table: {
        indicators: [
          ...CLEAN_HEBEI,
          { level1: "效益指标", level2: "可持续影响指标" },
          { level1: "效益指标", level2: "经济效益指标", level3: "", value: "无" },
        ],
      },
    },
    {
      name: "a category marked as not used: 无 as the name and the target",
      table: {
        indicators: [
          ...CLEAN_HEBEI,
          { level1: "效益指标", level2: "经济效益指标", level3: "无", value: "无" },
        ],
      },
    },
    {
      name: "qualitative targets 好 and 达到预期",
      table: {
        layout: "single",
        indicators: cleanWith({ 5: { value: "好" }, 2: { value: "达到预期" } }, CLEAN_MOF),
      },
    },
    {
      name: "a word containing 无 is a target (无投诉)",
      table: { indicators: cleanWith({ 5: { value: "无投诉" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
    {
      name: "a target that says part of the name (及时 under 补助发放及时性)",
      table: {
        layout: "single",
        indicators: cleanWith({ 2: { level3: "补助发放及时性", value: "及时" } }, CLEAN_MOF),
      },
    },
    {
      name: "a deadline as the name and the target (霍邱 2022): the name is at fault",
      table: {
        layout: "single",
        indicators: cleanWith({ 2: { level3: "2022年底之前", value: "2022年底之前" } }, CLEAN_MOF),
      },
    },
  ],
  invalid: [
    {
      name: "the name again as the target (霍邱 2022)",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 4: { level3: "巩固拓展脱贫攻坚成果", value: "巩固拓展脱贫攻坚成果" } },
          CLEAN_MOF
        ),
      },
      findings: [
        {
          address: "E13",
          messageId: "repeatsName",
          message: "指标值只重复了指标名称“巩固拓展脱贫攻坚成果”",
        },
      ],
    },
    {
      name: "the name again as the target, the name numbered (5.巩固拓展脱贫攻坚成果)",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 4: { level3: "5.巩固拓展脱贫攻坚成果", value: "巩固拓展脱贫攻坚成果" } },
          CLEAN_MOF
        ),
      },
      findings: [{ address: "E13", messageId: "repeatsName" }],
    },
    {
      name: "是 as the target of a level written for a name (临海 2024)",
      table: { layout: "single", indicators: cleanWith({ 4: { value: "是" } }, CLEAN_MOF) },
      findings: [{ address: "E13", messageId: "meaningless", message: "的指标值为“是”" }],
    },
    {
      name: "— in a framework table's 产出 row",
      table: {
        indicators: [
          ...CLEAN_FRAMEWORK,
          { level1: "项目产出(30分)", level2: "质量指标", level3: "公用经费标准", value: "—" },
        ],
      },
      findings: [{ address: "F18", messageId: "meaningless", message: "“公用经费标准”" }],
    },
    {
      name: "the template's grades left as they were: 高中低",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: "高中低", unit: "" } }) },
      findings: [{ address: "F15", messageId: "options", message: "“高中低”，没有选定目标" }],
    },
    {
      name: "split: 无, /, — and 不适用 in 值",
      table: {
        indicators: cleanWith({
          0: { symbol: "", value: "无", unit: "" },
          1: { symbol: "/", value: "/", unit: "/" },
          4: { symbol: "", value: "—", unit: "" },
          5: { value: "不适用" },
        }),
      },
      findings: [
        { address: "F10", messageId: "meaningless", message: "“完成组卷个数”的指标值为“无”" },
        { address: "F11", messageId: "meaningless", message: "“/”" },
        { address: "F14", messageId: "meaningless", message: "“—”" },
        { address: "F15", messageId: "meaningless", message: "“不适用”" },
      ],
    },
    {
      name: "a yes-or-no question answered 否, an adverse event 无 (Fujian 2025)",
      table: {
        indicators: cleanWith({
          1: { level3: "已建工程是否存在质量问题", symbol: "定性", value: "否", unit: "" },
          5: { level3: "重大安全事故", symbol: "", value: "无", unit: "" },
        }),
      },
      findings: [
        {
          address: "F11",
          messageId: "meaningless",
          message: "“已建工程是否存在质量问题”的指标值为“否”",
        },
        { address: "F15", messageId: "meaningless", message: "“重大安全事故”的指标值为“无”" },
      ],
    },
    {
      name: "split: the seed's habit, 定性 with 暂无 in the 单位 column",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: null, unit: "暂无" } }) },
      findings: [{ address: "G15", messageId: "meaningless", message: "“耕地保护成效”" }],
    },
    {
      name: "single column: -, N/A, 否, ／",
      table: {
        layout: "single",
        indicators: cleanWith(
          { 0: { value: "-" }, 1: { value: "N/A" }, 4: { value: "否" }, 5: { value: "／" } },
          CLEAN_MOF
        ),
      },
      findings: [
        { address: "E9", messageId: "meaningless", message: "“-”" },
        { address: "E10", messageId: "meaningless", message: "“N/A”" },
        { address: "E13", messageId: "meaningless", message: "“否”" },
        { address: "E14", messageId: "meaningless", message: "“／”" },
      ],
    },
    {
      name: "merges unknown: 无",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 2: { symbol: "", value: "无", unit: "" } }) }],
      },
      findings: [{ address: "F12", messageId: "meaningless", message: "按期完成率" }],
    },
  ],
});

/** A value that starts with a digit is not folded to be looked up: no text looked for does. */
describe("the texts that say nothing", () => {
  it.each([...MEANINGLESS])("%j does not start with a digit", (text) =>
    expect(text).not.toMatch(/^[0-9]/)
  );
});

/** A text told apart by its first character is told apart as folding would tell it. */
describe("the first character of a text looked for", () => {
  const firsts = new Set([...MEANINGLESS, ...OPTION_LISTS].map((text) => text[0]));
  const folded = (text: string) =>
    toHalfWidth(text)
      .replace(/[\s\u3000]+/g, "")
      .toLowerCase();

  it("is never missed, whatever character a text starts with", () => {
    const missed: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = String.fromCharCode(code);
      const key = folded(text);
      if (key !== "" && firsts.has(key[0]) && !mayBeLookedFor(text)) missed.push(text);
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ["无", true],
    ["Ｎ/Ａ", true],
    ["／", true],
    ["　不适用", true],
    ["好/较好/一般/差", true],
    ["95", false],
    ["有效提升", true],
    ["明显改善", false],
    ["", false],
  ])("%j may be one: %s", (text, may) => expect(mayBeLookedFor(text)).toBe(may));
});

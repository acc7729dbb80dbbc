/**
 * The value parser, case by case: every symbol spelling, suffix, unit, number
 * form, percent cell, deadline, qualitative marker and word of DOMAIN.md §2.
 */
import { CellValue } from "../../src/domain/snapshot";
import { readSymbolCell, SymbolReading } from "../../src/domain/values/symbols";
import {
  emptyTarget,
  isDeadlineText,
  readSingleTarget,
  readSplitTarget,
  Target,
  TargetCell,
} from "../../src/domain/values/target";

/** A cell as the recognizer hands it over; the text defaults to what Excel would show. */
function cell(value: CellValue, options: { text?: string; percent?: boolean } = {}): TargetCell {
  let text = options.text;
  if (text === undefined) {
    if (value === null) text = "";
    else if (typeof value === "object") text = value.error;
    else if (typeof value === "boolean") text = value ? "TRUE" : "FALSE";
    else text = String(value);
  }
  return { value, text, percentFormatted: options.percent ?? false };
}

/** The whole target: every field not named is at its empty default. */
function target(fields: Partial<Target>): Target {
  return { ...emptyTarget(), ...fields };
}

describe("readSymbolCell", () => {
  const comparator = (c: string, spelling: string | null, rest = ""): SymbolReading =>
    ({ kind: "comparator", comparator: c, spelling, rest }) as SymbolReading;
  const cases: Array<[string, SymbolReading]> = [
    ["≥", comparator("≥", null)],
    [">=", comparator("≥", ">=")],
    ["＞＝", comparator("≥", "＞＝")],
    ["≧", comparator("≥", "≧")],
    ["=>", comparator("≥", "=>")],
    ["大于等于", comparator("≥", "大于等于")],
    ["不低于", comparator("≥", "不低于")],
    ["≤", comparator("≤", null)],
    ["<=", comparator("≤", "<=")],
    ["不高于", comparator("≤", "不高于")],
    ["不超过", comparator("≤", "不超过")],
    [">", comparator(">", null)],
    ["<", comparator("<", null)],
    ["=", comparator("=", null)],
    ["＝", comparator("=", "＝")],
    [" ≥ ", comparator("≥", null)],
    ["≥ 95", comparator("≥", null, "95")],
    ["文字描述", { kind: "qualitative", marker: "文字描述" }],
    ["定性", { kind: "qualitative", marker: "定性" }],
    ["定 性", { kind: "qualitative", marker: "定性" }],
    ["", { kind: "none" }],
    ["   ", { kind: "none" }],
    ["约", { kind: "unknown", text: "约" }],
    [" 大约 ", { kind: "unknown", text: "大约" }],
  ];
  it.each(cases)("reads %j", (raw, expected) => {
    expect(readSymbolCell(raw)).toEqual(expected);
  });
});

describe("readSplitTarget: 符号 · 值 · 单位", () => {
  type Case = [string, TargetCell, TargetCell, TargetCell, Partial<Target>];
  const n = (value: CellValue) => cell(value);
  const cases: Case[] = [
    // Every spelling of the symbol; the canonical ones carry no spelling.
    ["≥", n("≥"), n(12), n("个"), { comparator: "≥", number: 12, unit: "个", unitIsUnit: true }],
    [
      ">=",
      n(">="),
      n(95),
      n("%"),
      { comparator: "≥", comparatorSpelling: ">=", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "＞＝ (full width)",
      n("＞＝"),
      n(95),
      n("%"),
      { comparator: "≥", comparatorSpelling: "＞＝", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "≧",
      n("≧"),
      n(95),
      n("%"),
      { comparator: "≥", comparatorSpelling: "≧", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "=>",
      n("=>"),
      n(95),
      n("%"),
      { comparator: "≥", comparatorSpelling: "=>", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "大于等于",
      n("大于等于"),
      n(90),
      n("%"),
      { comparator: "≥", comparatorSpelling: "大于等于", number: 90, unit: "%", unitIsUnit: true },
    ],
    [
      "不低于",
      n("不低于"),
      n(90),
      n("%"),
      { comparator: "≥", comparatorSpelling: "不低于", number: 90, unit: "%", unitIsUnit: true },
    ],
    ["≤", n("≤"), n(4), n("万元"), { comparator: "≤", number: 4, unit: "万元", unitIsUnit: true }],
    [
      "<=",
      n("<="),
      n(4),
      n("万元"),
      { comparator: "≤", comparatorSpelling: "<=", number: 4, unit: "万元", unitIsUnit: true },
    ],
    [
      "不高于",
      n("不高于"),
      n(5),
      n("%"),
      { comparator: "≤", comparatorSpelling: "不高于", number: 5, unit: "%", unitIsUnit: true },
    ],
    [
      "不超过",
      n("不超过"),
      n(30),
      n("天"),
      { comparator: "≤", comparatorSpelling: "不超过", number: 30, unit: "天", unitIsUnit: true },
    ],
    [">", n(">"), n(0), n("户"), { comparator: ">", number: 0, unit: "户", unitIsUnit: true }],
    ["<", n("<"), n(5), n("%"), { comparator: "<", number: 5, unit: "%", unitIsUnit: true }],
    ["=", n("="), n(100), n("%"), { comparator: "=", number: 100, unit: "%", unitIsUnit: true }],
    [
      "＝ (full width)",
      n("＝"),
      n(100),
      n("%"),
      { comparator: "=", comparatorSpelling: "＝", number: 100, unit: "%", unitIsUnit: true },
    ],
    // Numbers and units.
    [
      "per mille",
      n("≤"),
      n(3),
      n("‰"),
      { comparator: "≤", number: 3, unit: "‰", unitIsUnit: true },
    ],
    [
      "compound unit",
      n("≤"),
      n(1700),
      n("元/亩"),
      { comparator: "≤", number: 1700, unit: "元/亩", unitIsUnit: true },
    ],
    [
      "百分比 is a unit",
      n("≥"),
      n(95),
      n("百分比"),
      { comparator: "≥", number: 95, unit: "百分比", unitIsUnit: true },
    ],
    [
      "number as text with thousands commas",
      n("≥"),
      n("1,200"),
      n("亩"),
      { comparator: "≥", number: 1200, unit: "亩", unitIsUnit: true },
    ],
    [
      "full-width digits",
      n("="),
      n("１２"),
      n("个"),
      { comparator: "=", number: 12, unit: "个", unitIsUnit: true },
    ],
    [
      "number and unit in the 值 cell",
      n("≥"),
      n("95%"),
      n(null),
      { comparator: "≥", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "suffix 以上 in the 值 cell",
      n(null),
      n("95%以上"),
      n(null),
      { comparator: "≥", comparatorSpelling: "以上", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "unit with spaces",
      n("≥"),
      n(12),
      n(" 个 "),
      { comparator: "≥", number: 12, unit: "个", unitIsUnit: true },
    ],
    [
      "a number without a symbol",
      n(null),
      n(12),
      n("个"),
      { number: 12, unit: "个", unitIsUnit: true },
    ],
    [
      "an unknown symbol is kept",
      n("约"),
      n(5),
      n("个"),
      { unknownSymbol: "约", number: 5, unit: "个", unitIsUnit: true },
    ],
    // Percent-formatted cells: 0.95 shown as 95%.
    [
      "percent-formatted value, unit blank",
      n("≥"),
      cell(0.95, { text: "95%", percent: true }),
      n(null),
      { comparator: "≥", number: 95, unit: "%", unitIsUnit: true, percentFormatted: true },
    ],
    [
      "percent-formatted value, unit %",
      n("≥"),
      cell(0.95, { text: "95%", percent: true }),
      n("%"),
      { comparator: "≥", number: 95, unit: "%", unitIsUnit: true, percentFormatted: true },
    ],
    [
      "percent-formatted 1 is 100",
      n("="),
      cell(1, { text: "100%", percent: true }),
      n(null),
      { comparator: "=", number: 100, unit: "%", unitIsUnit: true, percentFormatted: true },
    ],
    [
      "percent-formatted 0.07 reads 7 exactly",
      n("≤"),
      cell(0.07, { text: "7%", percent: true }),
      n(null),
      { comparator: "≤", number: 7, unit: "%", unitIsUnit: true, percentFormatted: true },
    ],
    // Deadlines.
    [
      "a date in the 值 cell",
      n(null),
      n("2021年12月31日前"),
      n(null),
      { deadline: true, qualitativeText: "2021年12月31日前" },
    ],
    [
      "a month deadline",
      n(null),
      n("6月底前"),
      n(null),
      { deadline: true, qualitativeText: "6月底前" },
    ],
    [
      "a month deadline with words after it (四川 2021: 12月底到位)",
      n(null),
      n("12月底到位"),
      n(null),
      { deadline: true, qualitativeText: "12月底到位" },
    ],
    // Qualitative rows.
    [
      "the seed's habit: target text in the 单位 column",
      n("文字描述"),
      n(null),
      n("合规性"),
      { qualitativeMarker: "文字描述", unit: "合规性", qualitativeText: "合规性" },
    ],
    [
      "target text in 单位 without a marker",
      n(null),
      n(null),
      n("完成本年任务"),
      { unit: "完成本年任务", qualitativeText: "完成本年任务" },
    ],
    [
      "a comparison with a non-unit word in 单位 is not qualitative",
      n("≥"),
      n(null),
      n("完成本年任务"),
      { comparator: "≥", unit: "完成本年任务" },
    ],
    [
      "定性 with a word in 值",
      n("定性"),
      n("好"),
      n(null),
      { qualitativeMarker: "定性", qualitativeText: "好" },
    ],
    [
      "a qualitative word without marker",
      n(null),
      n("明显改善"),
      n(null),
      { qualitativeText: "明显改善" },
    ],
    [
      "seed project 3: 文字描述 · 100 · 完成数据库",
      n("文字描述"),
      n(100),
      n("完成数据库"),
      { qualitativeMarker: "文字描述", number: 100, unit: "完成数据库" },
    ],
    // Invalid numbers.
    [
      "十二 with a symbol",
      n("≥"),
      n("十二"),
      n("个"),
      { comparator: "≥", invalidNumber: "十二", unit: "个", unitIsUnit: true },
    ],
    [
      "十二 without a symbol, a unit makes it quantitative",
      n(null),
      n("十二"),
      n("个"),
      { invalidNumber: "十二", unit: "个", unitIsUnit: true },
    ],
    [
      "#N/A error cell",
      n("≥"),
      n({ error: "#N/A" }),
      n("%"),
      { comparator: "≥", invalidNumber: "#N/A", unit: "%", unitIsUnit: true },
    ],
    [
      "a boolean is not a number",
      n("="),
      n(true),
      n("个"),
      { comparator: "=", invalidNumber: "TRUE", unit: "个", unitIsUnit: true },
    ],
    // Empty cells.
    ["all empty", n(null), n(null), n(null), {}],
    ["blank strings", n(" "), n(""), n("  "), {}],
    [
      "a symbol and no value",
      n("≥"),
      n(null),
      n("%"),
      { comparator: "≥", unit: "%", unitIsUnit: true },
    ],
  ];
  it.each(cases)("%s", (_name, symbol, value, unit, expected) => {
    expect(readSplitTarget(symbol.text, value, unit.text)).toEqual(target(expected));
  });

  // A canonical symbol with the number typed into the 符号 cell is not a spelling problem.
  it("`≥95` in the 符号 cell keeps no spelling", () => {
    expect(readSplitTarget("≥95", cell(null), "%")).toEqual(
      target({ comparator: "≥", number: 95, unit: "%", unitIsUnit: true })
    );
  });
});

describe("readSingleTarget: one 指标值 cell", () => {
  const cases: Array<[string, TargetCell, Partial<Target>]> = [
    ["≥95%", cell("≥95%"), { comparator: "≥", number: 95, unit: "%", unitIsUnit: true }],
    [
      ">=95%",
      cell(">=95%"),
      { comparator: "≥", comparatorSpelling: ">=", number: 95, unit: "%", unitIsUnit: true },
    ],
    // Folded to half width before matching: the spelling is reported folded.
    [
      "＞＝95%",
      cell("＞＝95%"),
      { comparator: "≥", comparatorSpelling: ">=", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "≧95%",
      cell("≧95%"),
      { comparator: "≥", comparatorSpelling: "≧", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "=>95%",
      cell("=>95%"),
      { comparator: "≥", comparatorSpelling: "=>", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "大于等于90%",
      cell("大于等于90%"),
      { comparator: "≥", comparatorSpelling: "大于等于", number: 90, unit: "%", unitIsUnit: true },
    ],
    [
      "不低于90%",
      cell("不低于90%"),
      { comparator: "≥", comparatorSpelling: "不低于", number: 90, unit: "%", unitIsUnit: true },
    ],
    [
      "不高于5%",
      cell("不高于5%"),
      { comparator: "≤", comparatorSpelling: "不高于", number: 5, unit: "%", unitIsUnit: true },
    ],
    [
      "不超过5天",
      cell("不超过5天"),
      { comparator: "≤", comparatorSpelling: "不超过", number: 5, unit: "天", unitIsUnit: true },
    ],
    [
      "<=3‰",
      cell("<=3‰"),
      { comparator: "≤", comparatorSpelling: "<=", number: 3, unit: "‰", unitIsUnit: true },
    ],
    [
      "≤1700元/亩",
      cell("≤1700元/亩"),
      { comparator: "≤", number: 1700, unit: "元/亩", unitIsUnit: true },
    ],
    [
      "≤1700元／亩 (full-width slash)",
      cell("≤1700元／亩"),
      { comparator: "≤", number: 1700, unit: "元/亩", unitIsUnit: true },
    ],
    [">0", cell(">0"), { comparator: ">", number: 0 }],
    ["<5%", cell("<5%"), { comparator: "<", number: 5, unit: "%", unitIsUnit: true }],
    ["=100%", cell("=100%"), { comparator: "=", number: 100, unit: "%", unitIsUnit: true }],
    ["＝100%", cell("＝100%"), { comparator: "=", number: 100, unit: "%", unitIsUnit: true }],
    [
      "95%以上",
      cell("95%以上"),
      { comparator: "≥", comparatorSpelling: "以上", number: 95, unit: "%", unitIsUnit: true },
    ],
    [
      "5天以内",
      cell("5天以内"),
      { comparator: "≤", comparatorSpelling: "以内", number: 5, unit: "天", unitIsUnit: true },
    ],
    [
      "3个工作日内 (within a span of time)",
      cell("3个工作日内"),
      { comparator: "≤", comparatorSpelling: "内", number: 3, unit: "个工作日", unitIsUnit: true },
    ],
    [
      "3个月内",
      cell("3个月内"),
      { comparator: "≤", comparatorSpelling: "内", number: 3, unit: "个月", unitIsUnit: true },
    ],
    ["12月内 (a month: a deadline)", cell("12月内"), { deadline: true, qualitativeText: "12月内" }],
    [
      "2023年内 (a year: a deadline)",
      cell("2023年内"),
      { deadline: true, qualitativeText: "2023年内" },
    ],
    // A range writes both its bounds: no symbol, the unit at either end or both.
    ["90-110人", cell("90-110人"), { number: 90, upperBound: 110, unit: "人", unitIsUnit: true }],
    ["95%-100%", cell("95%-100%"), { number: 95, upperBound: 100, unit: "%", unitIsUnit: true }],
    ["95%～100%", cell("95%～100%"), { number: 95, upperBound: 100, unit: "%", unitIsUnit: true }],
    ["1至2次", cell("1至2次"), { number: 1, upperBound: 2, unit: "次", unitIsUnit: true }],
    [
      "≥90%且≤100% (two comparisons)",
      cell("≥90%且≤100%"),
      { number: 90, upperBound: 100, unit: "%", unitIsUnit: true },
    ],
    [
      "≤100%，≥90% (the upper bound first)",
      cell("≤100%，≥90%"),
      { number: 90, upperBound: 100, unit: "%", unitIsUnit: true },
    ],
    // Not ranges: bounds the wrong way round, two units, a dash after a comparison, years.
    ["110-90人", cell("110-90人"), { number: 110, unit: "-90人" }],
    ["90%-100人", cell("90%-100人"), { number: 90, unit: "%-100人" }],
    ["≥90-100", cell("≥90-100"), { comparator: "≥", number: 90, unit: "-100" }],
    ["≥90%且≥95%", cell("≥90%且≥95%"), { comparator: "≥", number: 90, unit: "%且≥95%" }],
    ["2023-2025年", cell("2023-2025年"), { deadline: true, qualitativeText: "2023-2025年" }],
    [
      "≥1200（亩） (a unit in brackets)",
      cell("≥1200（亩）"),
      { comparator: "≥", number: 1200, unit: "亩", unitIsUnit: true },
    ],
    [
      "≥5000亩次 (an area in rounds)",
      cell("≥5000亩次"),
      { comparator: "≥", number: 5000, unit: "亩次", unitIsUnit: true },
    ],
    ["≥30台次", cell("≥30台次"), { comparator: "≥", number: 30, unit: "台次", unitIsUnit: true }],
    ["≥30次次 (no unit)", cell("≥30次次"), { comparator: "≥", number: 30, unit: "次次" }],
    // A unit and no number: the number left out (陕西 2020).
    ["公里", cell("公里"), { unit: "公里", unitIsUnit: true }],
    ["季度 (a time word alone: words)", cell("季度"), { qualitativeText: "季度" }],
    [
      "≤5%且≥1% (two comparisons, ≤ first)",
      cell("≤5%且≥1%"),
      { number: 1, upperBound: 5, unit: "%", unitIsUnit: true },
    ],
    [
      "=5%且≤6% (= faces nothing)",
      cell("=5%且≤6%"),
      { comparator: "=", number: 5, unit: "%且≤6%" },
    ],
    ["万人 (a unit, not a Chinese number)", cell("万人"), { unit: "万人", unitIsUnit: true }],
    ["≧ %", cell("≧ %"), { comparator: "≥", comparatorSpelling: "≧", unit: "%", unitIsUnit: true }],
    ["3‰", cell("3‰"), { number: 3, unit: "‰", unitIsUnit: true }],
    ["1,200亩", cell("1,200亩"), { number: 1200, unit: "亩", unitIsUnit: true }],
    [
      "≥1,200.5万元",
      cell("≥1,200.5万元"),
      { comparator: "≥", number: 1200.5, unit: "万元", unitIsUnit: true },
    ],
    ["１２ (full-width digits)", cell("１２"), { number: 12 }],
    ["≥１２个", cell("≥１２个"), { comparator: "≥", number: 12, unit: "个", unitIsUnit: true }],
    ["12 个 (space)", cell("12 个"), { number: 12, unit: "个", unitIsUnit: true }],
    ["≥-5 (negative)", cell("≥-5"), { comparator: "≥", number: -5 }],
    ["a number cell", cell(12), { number: 12 }],
    [
      "percent-formatted 0.95",
      cell(0.95, { text: "95%", percent: true }),
      { number: 95, unit: "%", unitIsUnit: true, percentFormatted: true },
    ],
    [
      "2021年12月31日前",
      cell("2021年12月31日前"),
      { deadline: true, qualitativeText: "2021年12月31日前" },
    ],
    ["6月底前", cell("6月底前"), { deadline: true, qualitativeText: "6月底前" }],
    ["2021-12-31", cell("2021-12-31"), { deadline: true, qualitativeText: "2021-12-31" }],
    ["文字描述", cell("文字描述"), { qualitativeMarker: "文字描述" }],
    ["定性", cell("定性"), { qualitativeMarker: "定性" }],
    ["定性：好", cell("定性：好"), { qualitativeMarker: "定性", qualitativeText: "好" }],
    [
      "文字描述:达到预期",
      cell("文字描述:达到预期"),
      { qualitativeMarker: "文字描述", qualitativeText: "达到预期" },
    ],
    ["好", cell("好"), { qualitativeText: "好" }],
    ["明显改善", cell("明显改善"), { qualitativeText: "明显改善" }],
    ["完成数据库 (free text)", cell("完成数据库"), { qualitativeText: "完成数据库" }],
    ["十二", cell("十二"), { invalidNumber: "十二" }],
    ["十二个", cell("十二个"), { invalidNumber: "十二个" }],
    ["≥十二个", cell("≥十二个"), { comparator: "≥", invalidNumber: "≥十二个" }],
    ["#N/A", cell({ error: "#N/A" }), { invalidNumber: "#N/A" }],
    ["#DIV/0!", cell({ error: "#DIV/0!" }), { invalidNumber: "#DIV/0!" }],
    ["TRUE", cell(true), { invalidNumber: "TRUE" }],
    ["empty", cell(null), {}],
    ["blank string", cell("   "), {}],
    // A number whose format shows a unit or a comparison (`0"亩"`, `"≥"0`): as the cell shows it.
    [
      "20000 shown 20,000亩",
      cell(20000, { text: "20,000亩" }),
      { number: 20000, unit: "亩", unitIsUnit: true },
    ],
    ["95 shown ≥95", cell(95, { text: "≥95" }), { comparator: "≥", number: 95 }],
    [
      "12.345 shown 12.35万元",
      cell(12.345, { text: "12.35万元" }),
      { number: 12.345, unit: "万元", unitIsUnit: true },
    ],
    ["a date's number shows its date", cell(45291, { text: "2023年12月31日" }), { number: 45291 }],
    ["a time's number shows its hours", cell(1.5, { text: "36:00" }), { number: 1.5 }],
    ["1234.5 shown 1,234.50 ", cell(1234.5, { text: "1,234.50 " }), { number: 1234.5 }],
    // A list's number in front counts nothing; a decimal, or a number before a unit, is kept.
    ["1.按时完成培训任务", cell("1.按时完成培训任务"), { qualitativeText: "1.按时完成培训任务" }],
    ["2、≥95%", cell("2、≥95%"), { comparator: "≥", number: 95, unit: "%", unitIsUnit: true }],
    ["１．≥95%", cell("１．≥95%"), { comparator: "≥", number: 95, unit: "%", unitIsUnit: true }],
    ["1.5万元", cell("1.5万元"), { number: 1.5, unit: "万元", unitIsUnit: true }],
    [
      "1.2024年12月底前",
      cell("1.2024年12月底前"),
      { deadline: true, qualitativeText: "1.2024年12月底前" },
    ],
    ["1.2024", cell("1.2024"), { number: 1.2024 }],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(readSingleTarget(input)).toEqual(target(expected));
  });

  it("a range in the value cell takes its unit from the unit column", () => {
    expect(readSplitTarget("", cell("90-110"), "人")).toEqual(
      target({ number: 90, upperBound: 110, unit: "人", unitIsUnit: true })
    );
  });

  it("a unit written beside the number counts before the one its format shows", () => {
    const split = readSplitTarget("", cell(20000, { text: "20000亩" }), "万亩");
    expect(split).toEqual(target({ number: 20000, unit: "万亩", unitIsUnit: true }));
  });
});

describe("isDeadlineText", () => {
  const cases: Array<[string, boolean]> = [
    ["2021年12月31日前", true],
    ["2021 年 12 月 31 日前", true],
    ["２０２１年１２月３１日前", true],
    ["6月底前", true],
    ["12月31日前完成", true],
    ["2020年12月", true],
    ["2021年", true],
    ["2021-12-31", true],
    ["2021/6/30", true],
    ["5天以内", false],
    ["按期完成", false],
    ["好", false],
    ["95%", false],
    ["12", false],
    ["", false],
  ];
  it.each(cases)("%j → %s", (text, expected) => {
    expect(isDeadlineText(text)).toBe(expected);
  });
});

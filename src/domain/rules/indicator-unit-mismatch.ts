import { normalizeLabel, quote } from "../text";
import { isUnit, unscaledUnit } from "../vocabulary";
import { isShareUnit } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** What a name counts (any of these words), and the units that count it. */
const EXPECTED_UNITS: Array<[string[], string[]]> = [
  [
    ["地块", "宗地"],
    ["块", "宗", "个", "宗地", "幅", "处", "亩", "公顷", "平方米", "万亩"],
  ],
  [["次数"], ["次", "人次", "场", "期", "批"]],
  [["人数"], ["人", "人次", "名", "万人", "万人次"]],
  // Reviewers write 户 and 个 as one (`没有单位(个/户)`): households, firms and stalls are counted in both.
  [["户数"], ["户", "家", "个"]],
  [["面积"], ["亩", "公顷", "平方米", "平方公里", "万亩"]],
  [
    ["天数", "工期"],
    ["天", "日", "工作日", "个月", "月"],
  ],
];

/**
 * A word as written: its characters may be split by the white space (or zero-width space)
 * that folding drops, so a name holds the word as written exactly when it does once folded
 * (folding makes no ideograph), and the name need not be folded to be searched.
 */
const asWritten = (word: string) => Array.from(word).join("[\\s\\u200b]*");

/** Each entry's words as one pattern: a name is searched once per entry, not once per word. */
const COUNTED_BY = EXPECTED_UNITS.map(
  ([words, expected]) => [new RegExp(words.map(asWritten).join("|")), expected] as const
);

/** All the entries' words as one pattern: most names hold none. */
const ANY_COUNTED = new RegExp(EXPECTED_UNITS.flatMap(([words]) => words.map(asWritten)).join("|"));

/**
 * Whether the name as written may end in a unit in brackets (`个数（件）`): an opening bracket,
 * one to six characters that are neither brackets nor white space (any white space between
 * them), a closing bracket, then only white space and colons. One search of the name as
 * written, not folded; only a name that may is folded and matched.
 */
const MAY_END_IN_BRACKETED_UNIT =
  /[(（][\s\u200b]*(?:[^\s\u200b()（）][\s\u200b]*){1,6}[)）][\s\u200b:：]*$/;

const SHARE_WORDS = /比例|比重|占比|率|百分比/;

const rule: Rule = {
  meta: {
    id: "indicator/unit-mismatch",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "单位与指标名称矛盾（“地块数”以“次”计），或名称中的单位与单位栏不同",
        en: "The unit contradicts the name (a plot count in 次), or the unit in the name differs from the unit column",
      },
      why: {
        zh: "名称和单位对不上，说明数值口径错了，考核时无法核对。",
        en: "When name and unit disagree the number is measured wrongly and cannot be checked.",
      },
    },
    messages: {
      contradicts: {
        zh: "单位与名称不符：“{name}”以“{unit}”计，应为 {expected} 等",
        en: 'unit contradicts the name: "{name}" is counted in "{unit}"; expected {expected}',
      },
      nameUnit: {
        zh: "名称中的单位“{inName}”与单位栏“{unit}”不同",
        en: 'the unit in the name "{inName}" differs from the unit column "{unit}"',
      },
      suggestUnit: { zh: "单位改为“{first}”", en: 'change the unit to "{first}"' },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const unit = row.target.unit;
      if (!row.target.unitIsUnit) continue;
      // Most names hold neither: the name as written says so, without folding it.
      const text = row.level3.text;
      const bracketed = MAY_END_IN_BRACKETED_UNIT.test(text);
      const counted = ANY_COUNTED.test(text);
      if (!bracketed && !counted) continue;
      // Only a name that may end in a unit in brackets is folded to read it.
      const name = bracketed ? normalizeLabel(text) : "";
      const inName = name.endsWith(")") ? /\(([^()]{1,6})\)$/.exec(name)?.[1] : undefined;
      if (inName && isUnit(inName) && inName !== unit) {
        report({
          address: row.unit.address,
          messageId: "nameUnit",
          data: { inName, unit },
          suggestion: { messageId: "suggestUnit", data: { first: inName } },
        });
        continue;
      }
      if (!counted) continue;
      // A share of what the name counts (`推广面积占总面积比例` · %) is a rate, not a count.
      if (isShareUnit(unit) && SHARE_WORDS.test(text)) continue;
      // A count or measure in ten-thousands (`万平方米`) counts as the unit itself, a rate
      // (`亩/年`) as its first unit, and rounds of it (`亩次`) as the unit.
      const counting = unscaledUnit(unit.split("/")[0].replace(/(.)次$/, "$1"));
      for (const [words, expected] of COUNTED_BY) {
        if (!words.test(text) || expected.includes(unit) || expected.includes(counting)) continue;
        report({
          address: row.unit.address,
          messageId: "contradicts",
          data: { name: quote(row.level3.text), unit, expected: expected.slice(0, 3).join("、") },
          suggestion: { messageId: "suggestUnit", data: { first: expected[0] } },
        });
        break;
      }
    }
  },
};
export default rule;

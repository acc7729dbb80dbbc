/**
 * Tests rewritten without backtracking patterns (see test/engine/hostile-texts.test.ts) give
 * the answers the patterns gave, on texts made of the pieces those patterns look for.
 */
import {
  endsWithWordOrNote,
  formWordsIn,
  isHeadingText,
  withoutMarks,
} from "../../src/domain/recognize/labels";
import { hasPercentOutsideQuotes } from "../../src/domain/grid";
import { POINTS_IN_QUALIFIER } from "../../src/domain/recognize/self-evaluation";
import { projectKey } from "../../src/domain/rules/approved-goals";
import { TARGET_HINT } from "../../src/domain/rules/template-marks";
import { tellsTime } from "../../src/domain/rules/timeliness-no-time";
import { toHalfWidth } from "../../src/domain/text";
import { differences } from "../support/generated-texts";

const BREAKS = ["\n", "\r", "\u2028", " ", "\u3000"];

/** Pieces given as words apart by spaces, with line breaks and spaces among them. */
const piecesOf = (words: string) => [...words.split(" "), ...BREAKS];

describe("patterns rewritten as searches answer as the patterns did", () => {
  it("a number format's % outside quotes, brackets and escapes", () => {
    const before = (format: string) => /%/.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ""));
    const pieces = ['"', "[", "]", "\\", "%", "0", "中", "\n", "\u2028", " ", '"%"', "[%]"];
    expect(differences(pieces, hasPercentOutsideQuotes, before)).toEqual([]);
    expect(hasPercentOutsideQuotes("0.0%;[Red]-0.0%")).toBe(true);
    expect(hasPercentOutsideQuotes('0"%"')).toBe(false);
    expect(hasPercentOutsideQuotes("0\\%")).toBe(false);
    expect(hasPercentOutsideQuotes('"[%')).toBe(true);
  });

  it("a heading's form name at the end, with a note in brackets", () => {
    const before = (text: string) =>
      /^([一二三四五六七八九十百]+[、.．]|\d{1,3}[、．.](?!\d)|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[部分章节])/.test(
        text
      ) ||
      /(绩效目标表|目标申报表|情况说明|绩效目标|申报表|审批表|自评表|评价表|目标表)(\(.*\))?$/.test(
        text
      );
    const pieces = piecesOf("申报表 目标表 绩效目标 情况说明 表 目标 ( ) （ x 2023年 一、 1.");
    expect(differences(pieces, isHeadingText, before)).toEqual([]);
  });

  it("a title's form words, the fund's form among them", () => {
    const before = (text: string) => {
      if (text.includes("自") && /自评|自我评价/.test(text)) return "selfEvaluation";
      if (
        text.includes("整体") &&
        /部门整体|整体支出|部门\(单位\)整体|单位整体|整体绩效目标/.test(text)
      )
        return "department";
      if (text.includes("项目") && /项目(支出)?(具体)?绩效目标|项目绩效/.test(text))
        return "project";
      if (
        (text.includes("目标") || text.includes("申报表")) &&
        /(专项资金|专项|资金|转移支付)\S*(绩效目标|目标表|申报表)|区域绩效目标/.test(text)
      )
        return "specialFund";
      return undefined;
    };
    const pieces = piecesOf("专项 资金 转移支付 绩效目标 目标表 申报表 区域 目标 表 项目 x");
    expect(differences(pieces, formWordsIn, before)).toEqual([]);
  });

  it("a project's key, its trailing 项目 dropped", () => {
    const before = (name: string) =>
      toHalfWidth(name)
        .replace(/[\s()[\]{}<>《》〈〉「」『』【】〔〕]/g, "")
        .replace(/(项目)+$/, "");
    const pieces = piecesOf("项目 项 目 （ ) x 建设");
    expect(differences(pieces, projectKey, before)).toEqual([]);
  });

  it("a target's time wording", () => {
    const before = (text: string) =>
      /(\d+\s*(年|月|日|天|周|小时)|[一二三四五六七八九十]+\s*(月|季度|个月)|月|日|天|工作日|季度|时|期|前|内|年底|年末|年初|按期|按时|及时)/.test(
        toHalfWidth(text)
      );
    const pieces = piecesOf("一 三 十 1 ２ 年 月 个月 季度 周 小时 天 x 内");
    expect(differences(pieces, tellsTime, before)).toEqual([]);
  });

  it("a label without its marks in front and behind", () => {
    const before = (text: string) => text.replace(/^[*★☆※▲△●○◆◇■□√✔#]+|[*★☆※]+$/g, "");
    const pieces = piecesOf("* ** ★ ☆ ※ ▲ # √ 项目 名称 x ( ) :");
    expect(differences(pieces, withoutMarks, before)).toEqual([]);
  });

  it("a level's name at the end, with a note in brackets", () => {
    const before = (text: string) => /指标(\(.*\))?$/.test(text);
    // Few pieces, so that a bracket opened before a line break and closed after it is common.
    const pieces = ["指标", "指标(", "标", "(", ")", "x", "\n", "\r", "\u2028"];
    const now = (text: string) => endsWithWordOrNote(text, "指标");
    expect(differences(pieces, now, before)).toEqual([]);
  });

  it("points in a qualifier: the same number, from the same place", () => {
    const before = /(\d+(?:\.\d+)?)分/;
    const where = (pattern: RegExp) => (text: string) => {
      const match = pattern.exec(text);
      return match ? `${match.index}:${match[1]}` : null;
    };
    const pieces = piecesOf("1 12 0 . .5 分 分值 x 满分 *");
    expect(differences(pieces, where(POINTS_IN_QUALIFIER), where(before))).toEqual([]);
  });

  it("a template's target hint at the end of a name: the same match, at the same place", () => {
    const before =
      /[(]?\s*[≥≤><=]{0,2}\s*(?:[*＊]+|[Xx×]{2,}|[Xx×](?=\s*[%‰]))\s*[%‰]?[^\s()]{0,6}?\s*[)]?\s*$/;
    const where = (pattern: RegExp) => (text: string) => {
      const match = pattern.exec(text);
      return match ? `${match.index}:${match[0]}` : null;
    };
    const pieces = piecesOf("( ) ≥ ≤ > = * ** ＊ X XX x × % ‰ 个 满意度 MAX 1");
    expect(differences(pieces, where(TARGET_HINT), where(before))).toEqual([]);
  });
});

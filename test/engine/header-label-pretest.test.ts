/**
 * mayBeHeaderLabel rules texts out before they are normalized or looked up: it must never
 * rule out a header label, however it is dressed, and must rule out the values around them.
 */
import fc from "fast-check";
import { headerMeaning, labelCore, mayBeHeaderLabel } from "../../src/domain/recognize/labels";
import { normalizeLabel } from "../../src/domain/text";

/** Header labels as real forms word them, one or more per kind of meaning. */
const LABELS = [
  "项目名称",
  "项目(专项)名称",
  "二级项目名称",
  "项目负责人及电话",
  "项目负责人/联系电话",
  "主管部门",
  "主管部门及代码",
  "单位名称",
  "实施单位",
  "实施期限",
  "项目属性",
  "部门主要职能概述",
  "年度主要任务",
  "年度资金总额",
  "其中:财政拨款",
  "其中：一般公共预算资金",
  "其他资金",
  "上年结转资金",
  "中央财政资金",
  "资金情况",
  "总体目标",
  "年度绩效目标",
  "中长期目标",
];

/** How a label is dressed on real forms: marks, numbering, qualifiers, full width, spacing. */
const DRESS: Array<(label: string) => string> = [
  (label) => label,
  (label) => `*${label}`,
  (label) => `★${label}※`,
  (label) => `一、${label}`,
  (label) => `1.${label}`,
  (label) => `(二)${label}`,
  (label) => `①${label}`,
  (label) => `${label}：`,
  (label) => `${label}(万元)`,
  (label) => `${label}（单位万元）`,
  (label) => `${label}【必填】`,
  (label) => `【必填】${label}`,
  (label) => `〔说明〕${label}`,
  (label) => label.split("").join(" "),
  (label) => label.split("").join("\u3000"),
  (label) => `${label.slice(0, 2)}(含各类资金)${label.slice(2)}`,
];

describe("mayBeHeaderLabel", () => {
  it("lets every header label through, however it is dressed, raw or normalized", () => {
    for (const label of LABELS) {
      expect([label, headerMeaning(normalizeLabel(label)).kind]).not.toEqual([label, "none"]);
      for (const dress of DRESS) {
        const text = dress(label);
        expect([text, mayBeHeaderLabel(text)]).toEqual([text, true]);
        expect([text, mayBeHeaderLabel(normalizeLabel(text))]).toEqual([text, true]);
      }
    }
  });

  it("rules out the values, names and indicator texts around the labels", () => {
    const values = [
      "项目3465001-1：土地征收组卷报批",
      "承德高新区国土资源分局（项目3465001-1）",
      "张明3465001-1 0314-2379895",
      "完成项目3465001-1年度土地转用征收组卷报批工作，保障重点项目用地需求。",
      "产出指标",
      "完成组卷个数",
      "≥",
      "万元",
    ];
    for (const value of values) expect([value, mayBeHeaderLabel(value)]).toEqual([value, false]);
  });

  it("reads only the range it is given", () => {
    const text = "项目名称:土地征收组卷报批";
    expect(mayBeHeaderLabel(text, 0, 4)).toBe(true);
    expect(mayBeHeaderLabel(text)).toBe(false);
  });

  it("rules a text out only when its reduced words cannot be a label", () => {
    // Label characters, others, brackets of every kind, marks, numbering, spaces and colons.
    const pieces = [
      ..."项目名称资金总额其中财政拨款目标年度",
      ..."甲乙土征收张明",
      ..."()[]<>（）【】〔〕＜＞",
      ..."*★※#①一、.1２:： \u3000",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((chars) => chars.join("")),
        (text) => {
          if (mayBeHeaderLabel(text)) return;
          // Ruled out raw: the normalized label is too, for a character its words keep, or
          // (a full-width form folded) the full reading finds no meaning in it.
          const label = normalizeLabel(text);
          if (mayBeHeaderLabel(label)) expect(headerMeaning(label).kind).toBe("none");
          else expect([...labelCore(label)].some((ch) => !mayBeHeaderLabel(ch))).toBe(true);
        }
      ),
      { numRuns: 3000 }
    );
  });
});

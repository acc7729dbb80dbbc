import { mayOpenHeader } from "../../src/domain/recognize/columns";
import { columnKeyOf } from "../../src/domain/recognize/labels";
import { normalizeLabel } from "../../src/domain/text";

/** What the full test says: the label reduced and given a role, one that opens a header. */
const opensHeader = (raw: string) => {
  const key = columnKeyOf(normalizeLabel(raw));
  return key === "level1" || key === "level3" || key === "side";
};

/** Labels that open a header, in the words the column patterns accept. */
const OPENERS = [
  "一级指标",
  "一级",
  "一级绩效",
  "一级绩效指标名称",
  "三级指标名称",
  "三级",
  "指标名称",
  "绩效指标名称",
  "具体指标",
  "指标项",
  "指标项目",
  "细化指标",
  "指标",
  "绩效指标",
  "项目绩效指标",
  "本年度指标",
  "年度绩效指标",
  "中长期指标",
  "长期指标",
  "项目年度指标",
  "评价指标",
  "绩效指标体系",
  "绩效一级指标",
  "绩效具体指标",
  "绩效项目指标",
  "绩效年度指标",
];

/** What a label may carry around and inside its words. */
const PREFIXES = ["", "*", "★", "#", "1、", "一、", "(1)", "（二）", "①", " ", "\u3000"];
const INSIDE = ["", " ", "*", "★", "（注）", "(50分)", "[说明]", "〔x〕", "<产出指标>", "\n"];
const SUFFIXES = ["", ":", "：", "*", "※", " ", "（分值）", "(%)", "【说明】", "(产出指标)"];

/** A number below n, from the high bits of a 32-bit linear congruential generator. */
function random(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 4294967296) * n);
  };
}

function decorate(words: string, pick: (n: number) => number): string {
  let raw = PREFIXES[pick(PREFIXES.length)];
  for (const ch of words) raw += (pick(3) === 0 ? INSIDE[pick(INSIDE.length)] : "") + ch;
  return raw + SUFFIXES[pick(SUFFIXES.length)];
}

describe("the cheap test before a header row is parsed", () => {
  it("lets through every label that opens a header, however decorated", () => {
    const pick = random(7);
    let opening = 0;
    for (let i = 0; i < 8000; i++) {
      const raw = decorate(OPENERS[pick(OPENERS.length)], pick);
      if (!opensHeader(raw)) continue;
      opening++;
      expect([raw, mayOpenHeader(raw)]).toEqual([raw, true]);
    }
    // Most decorations keep the label's role: the test above saw many openers.
    expect(opening).toBeGreaterThan(2000);
  });

  it("lets through every opener among random texts of the words that matter", () => {
    const alphabet = [
      ..."一二三级指标名称项目绩效具体细化本年度中长期评价体系产出满意时 *(（)）:、1",
    ];
    const pick = random(11);
    for (let i = 0; i < 50000; i++) {
      let raw = "";
      for (let n = 1 + pick(9); n > 0; n--) raw += alphabet[pick(alphabet.length)];
      if (opensHeader(raw)) expect([raw, mayOpenHeader(raw)]).toEqual([raw, true]);
    }
  });

  it("turns away the level names and values of indicator rows", () => {
    for (const raw of [
      "产出指标",
      "数量指标",
      "时效指标",
      "满意度指标",
      "服务对象满意度指标",
      "社会效益指标",
      "完成组卷个数（项目1）",
      "≥",
      "有效提升",
      "",
    ])
      expect([raw, mayOpenHeader(raw)]).toEqual([raw, false]);
  });
});

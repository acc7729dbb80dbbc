import { labelCore, labelParts } from "../../src/domain/recognize/labels";
import { withTextCaches } from "../../src/domain/text";

/** labelParts as it was defined, step by step, by regular expressions. */
const MARKS = /^[*★☆※▲△●○◆◇■□√✔#]+|[*★☆※]+$/g;
const NUMBERING =
  /^(?:[一二三四五六七八九十]+[、.]|\d{1,3}[、.](?!\d)|\(\d{1,3}\)|\([一二三四五六七八九十]+\)|[①②③④⑤⑥⑦⑧⑨⑩])/;
const BRACKETED = /\(([^()]*)\)|\[([^[\]]*)\]|<([^<>]*)>|〔([^〔〕]*)〕/g;
const MAY_HAVE_PARTS = /[*★☆※▲△●○◆◇■□√✔#(<[〔]|^[一二三四五六七八九十\d①②③④⑤⑥⑦⑧⑨⑩]|[:：]$/;

function byRegex(label: string) {
  if (!MAY_HAVE_PARTS.test(label)) return { core: label, qualifiers: [] };
  const qualifiers: string[] = [];
  const core = label
    .replace(MARKS, "")
    .replace(NUMBERING, "")
    .replace(BRACKETED, (_all, ...groups: Array<string | undefined>) => {
      const inner = groups.slice(0, 4).find((g) => g !== undefined);
      if (inner) qualifiers.push(inner);
      return "";
    })
    .replace(MARKS, "")
    .replace(/[*★]/g, "")
    .replace(/[:：]+$/, "");
  return { core, qualifiers };
}

/** Every character the steps treat apart, a few that none does, and white space. */
const ALPHABET = [
  ..."*★☆※▲△●○◆◇■□√✔#()[]<>〔〕（）【】:：、.。0123456789０一二三四五六七八九十百①⑤⑩⑪",
  ..."项目名称指标分万元a ",
  "\n",
];

/** The characters of numbering, drawn as often again: runs of digits and numerals. */
const NUMBERING_CHARS = [..."0129一二十、.()"];

/** A number below n, from the high bits of a 32-bit linear congruential generator. */
function random(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 4294967296) * n);
  };
}

describe("labelParts", () => {
  it("splits any text as the regular expressions did", () => {
    const pick = random(3);
    const differing: string[] = [];
    for (let i = 0; i < 40000; i++) {
      let label = "";
      for (let n = pick(16); n > 0; n--)
        label +=
          pick(2) === 0
            ? ALPHABET[pick(ALPHABET.length)]
            : NUMBERING_CHARS[pick(NUMBERING_CHARS.length)];
      const parts = byRegex(label);
      // labelCore tells the core without making the parts: the same core, parts or none.
      if (
        JSON.stringify(labelParts(label)) !== JSON.stringify(parts) ||
        labelCore(label) !== parts.core
      )
        differing.push(label);
    }
    expect(differing).toEqual([]);
  });

  it("reads the labels of real forms", () => {
    const labels = [
      "★项目名称",
      "*绩效指标:",
      "一、项目基本情况",
      "1.5万元",
      "12.项目名称",
      "(3)资金总额(万元)",
      "(十二)年度目标",
      "①产出指标(50分)",
      "指标值[450字内]<说明>〔注〕",
      "项目*名称※",
      "1234.名称",
      "(1234)名称",
    ];
    withTextCaches(() => {
      for (const label of labels)
        expect([label, labelParts(label)]).toEqual([label, byRegex(label)]);
    });
    expect(labelParts("①产出指标(50分)")).toEqual({ core: "产出指标", qualifiers: ["50分"] });
  });
});

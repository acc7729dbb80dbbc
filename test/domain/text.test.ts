import {
  isSpace,
  memoize,
  normalizeForComparison,
  normalizeLabel,
  sameForComparison,
  SPACE_CODES,
  tidy,
  toHalfWidth,
  trimmed,
  withoutListNumber,
  withoutSpaces,
  withTextCaches,
} from "../../src/domain/text";

/** The definitions the one-pass folding replaces, as regular expressions. */
const WHITESPACE = /[\s\u3000\u00a0\u200b]+/g;
const SPACE_AND_PUNCTUATION = /[\s\u3000\u00a0\u200b,.;:!?、。"'“”‘’《》<>()[\]]+/g;
const byRegex = {
  label: (text: string) => toHalfWidth(text).replace(WHITESPACE, "").replace(/:+$/, ""),
  comparison: (text: string) => {
    const folded = toHalfWidth(text).replace(SPACE_AND_PUNCTUATION, "");
    return /[A-Z]/.test(folded) ? folded.toLowerCase() : folded;
  },
};

/** Characters that fold, are left out or stay, mixed with ordinary text. */
const ALPHABET = [
  ..."项目名称指标值 \t\n\r\u3000\u00a0\u200b\u2028\ufeff\u1680",
  ..."：（）【】，；／％＋－．＝＞＜０９ＡＺａｚ！？",
  ...":()[],.;!?、。\"'“”‘’《》<>AZaz09*★",
];

function randomText(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const length = next() % 14;
  let text = "";
  for (let i = 0; i < length; i++) text += ALPHABET[next() % ALPHABET.length];
  return text;
}

describe("label folding", () => {
  it.each([
    ["项目名称：", "项目名称"],
    [" 项 目\n名称 ::", "项目名称"],
    ["指标值（万元）", "指标值(万元)"],
    ["【一级】", "[一级]"],
    ["项目名称", "项目名称"],
  ])("normalizeLabel(%j) is %j", (text, label) => {
    expect(normalizeLabel(text)).toBe(label);
  });

  it.each([
    ["完成数据库，建成 3 个。", "完成数据库建成3个"],
    ["“CT”扫描（ＡＢ）", "ct扫描ab"],
    ["《规划》", "规划"],
  ])("normalizeForComparison(%j) is %j", (text, key) => {
    expect(normalizeForComparison(text)).toBe(key);
  });

  it("gives what the regular expressions gave, for any mix of characters", () => {
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(seed);
      expect([text, normalizeLabel(text)]).toEqual([text, byRegex.label(text)]);
      expect([text, normalizeForComparison(text)]).toEqual([text, byRegex.comparison(text)]);
    }
  });

  it("lists as SPACE_CODES exactly the characters isSpace tells: `\\s` and the zero-width space", () => {
    const spaces: number[] = [];
    const byRegex: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code)) spaces.push(code);
      if (code === 0x200b || /\s/.test(String.fromCharCode(code))) byRegex.push(code);
    }
    expect(spaces).toEqual(SPACE_CODES);
    expect(spaces).toEqual(byRegex);
    expect(isSpace("a".charCodeAt(1))).toBe(false);
  });

  it("folds every character as the regular expressions do", () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const text = `名${String.fromCharCode(code)}称`;
      if (normalizeLabel(text) !== byRegex.label(text)) differ.push(`label ${code}`);
      if (normalizeForComparison(text) !== byRegex.comparison(text)) differ.push(`key ${code}`);
      if (sameForComparison(text, byRegex.comparison(text)) !== true) differ.push(`same ${code}`);
    }
    expect(differ).toEqual([]);
  });

  it("compares free text as its folded forms do", () => {
    const variants = (text: string) => [
      text,
      text.toUpperCase(),
      text.toLowerCase(),
      ` ${text}。`,
      text.replace(/[，,]/g, ""),
      toHalfWidth(text),
    ];
    const texts = [
      "",
      "。",
      "完成，率",
      "CT扫描",
      "ÄB中",
      "äb中",
      "Kelvin\u212a",
      "İA",
      "ia",
      "x\ud83d",
    ];
    for (let seed = 1; seed <= 400; seed++) texts.push(randomText(seed));
    for (const a of texts)
      for (const b of [...variants(a), ...texts.slice(0, 40)]) {
        const same = normalizeForComparison(a) === normalizeForComparison(b);
        expect([a, b, sameForComparison(a, b)]).toEqual([a, b, same]);
      }
  });

  it("returns the text itself when nothing changes", () => {
    const text = "完成测绘宗地数";
    expect(normalizeLabel(text)).toBe(text);
  });
});

describe("space removal and tidying", () => {
  it("give what the regular expressions gave, for any mix of characters", () => {
    const texts = ["", " ", "a b", " a", "a ", "a  b", "a\u200bb", "a\u3000b", "a \n b", "\ufeffa"];
    for (let seed = 1; seed <= 5000; seed++) texts.push(randomText(seed));
    for (const text of texts) {
      expect([text, withoutSpaces(text)]).toEqual([text, text.replace(/\s+/g, "")]);
      expect([text, tidy(text)]).toEqual([text, text.replace(WHITESPACE, " ").trim()]);
      expect([text, trimmed(text)]).toEqual([text, text.trim()]);
    }
  });

  it("return the text itself when it has nothing to remove", () => {
    const text = "张明 0314-2379895";
    expect(tidy(text)).toBe(text);
    expect(withoutSpaces("完成测绘宗地数")).toBe("完成测绘宗地数");
  });
});

describe("text caches", () => {
  it("cache within a check only, and forget its texts when it ends", () => {
    let calls = 0;
    const length = memoize((text: string) => {
      calls++;
      return text.length === 0 ? undefined : text.length;
    });
    withTextCaches(() => {
      expect([length("产出指标"), length("产出指标"), length(""), length("")]).toEqual([
        4,
        4,
        undefined,
        undefined,
      ]);
      // A nested check shares the outer one's caches.
      withTextCaches(() => length("产出指标"));
    });
    expect(calls).toBe(2);
    withTextCaches(() => length("产出指标"));
    expect(calls).toBe(3);
    // Outside a check nothing is kept.
    length("产出指标");
    length("产出指标");
    expect(calls).toBe(5);
  });

  it("answer every text as the function does when more texts are asked than they hold", () => {
    const texts = Array.from({ length: 20000 }, (_, i) => `指标${i}`);
    const tagged = memoize((text: string) => `[${text}]`);
    const answers = withTextCaches(() => [...texts, ...texts].map(tagged));
    expect(answers).toEqual([...texts, ...texts].map((text) => `[${text}]`));
  });

  it("do not keep texts longer than their limit", () => {
    let calls = 0;
    const short = memoize((text: string) => {
      calls++;
      return text;
    }, 4);
    withTextCaches(() => {
      short("一二三四五");
      short("一二三四五");
    });
    expect(calls).toBe(2);
  });
});

describe("a list's number in front of a name", () => {
  it.each([
    ["1.培训人数", "培训人数"],
    ["2、培训人数", "培训人数"],
    ["１．培训人数", "培训人数"],
    ["(3)培训人数", "培训人数"],
    ["（一）培训人数", "培训人数"],
    ["①培训人数", "培训人数"],
    ["一、培训人数", "培训人数"],
    ["1.5吨钢材", "1.5吨钢材"],
    ["2、3号楼改造", "2、3号楼改造"],
    ["1.2022年底之前", "2022年底之前"],
    ["1.2022吨", "1.2022吨"],
    ["一次性补助", "一次性补助"],
    ["1.", "1."],
    ["培训人数", "培训人数"],
  ])("%s reads %s", (name, rest) => {
    expect(withoutListNumber(name)).toBe(rest);
  });
});

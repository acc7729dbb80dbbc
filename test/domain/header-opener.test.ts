import fc from "fast-check";
import { Grid } from "../../src/domain/grid";
import { CellValue } from "../../src/domain/snapshot";
import {
  MAY_NAME_PROSE,
  MAY_OPEN_HEADER,
  mayOpenHeader,
  parseProseGrid,
  rowProspects,
} from "../../src/domain/recognize/columns";
import { columnKeyOf } from "../../src/domain/recognize/labels";
import { normalizeLabel, withTextCaches } from "../../src/domain/text";

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

/** A grid of one row holding these values. */
function oneRowGrid(values: CellValue[]): Grid {
  return new Grid({ sheetName: "表", originRow: 0, originCol: 0, values: [values], merges: [] });
}

describe("the one pass over a row before any parse", () => {
  /** Fragments of header labels, level names and values. */
  const FRAGMENTS = [
    "一级指标",
    "三级指标",
    "指标名称",
    "指 标 名 称",
    "绩效指标",
    "产出指标",
    "满意度指标",
    "指标值",
    "完成组卷个数（项目1）",
    "≥",
    "1、",
    "*",
    " ",
  ];
  const text = (fragments: string[]) =>
    fc
      .array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 3 })
      .map((parts) => parts.join(""));
  const cell = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 }), text(FRAGMENTS));

  it("tells a row that may open a header exactly as the test of each text does", () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 7 }), (values) => {
        const grid = oneRowGrid(values);
        // A text opens a row when it holds 级 or 指标 (side by side, or spaced out as in
        // `指 标 名 称`) and is read as a label that opens a header.
        const opens = values.some(
          (v) =>
            typeof v === "string" &&
            v.length <= 40 &&
            /级|指[\s\u200b]*标/.test(v) &&
            opensHeader(v)
        );
        expect((rowProspects(grid, 0) & MAY_OPEN_HEADER) !== 0).toBe(opens);
      }),
      { numRuns: 3000 }
    );
  });

  it("never turns away a row where a prose grid's label stands", () => {
    const LABELS = [
      "部门整体支出年度绩效指标",
      "绩 效 指 标",
      "（一）绩效指标",
      "年度绩效指标(2017)",
      "指标",
    ];
    const FIRST = ["产出指标", "效益指标（30分）", "数量指标"];
    const PROSE = ["质量指标：各项工作完成率达到百分之九十五以上", "时效指标：按期完成", "≥95%"];
    const proseRow = fc
      .tuple(
        fc.array(cell, { maxLength: 2 }),
        fc.constantFrom(...LABELS),
        fc.constantFrom(...FIRST),
        fc.constantFrom(...PROSE),
        fc.array(fc.oneof(fc.constant(null), cell), { maxLength: 2 })
      )
      .map(([before, label, first, prose, after]) => [...before, label, first, prose, ...after]);
    let found = 0;
    fc.assert(
      fc.property(proseRow, (values) => {
        const grid = oneRowGrid(values);
        if (withTextCaches(() => parseProseGrid(grid, 0)) === undefined) return;
        found++;
        expect(rowProspects(grid, 0) & MAY_NAME_PROSE).toBe(MAY_NAME_PROSE);
      }),
      { numRuns: 3000 }
    );
    // The rows are made to hold prose grids often enough for the test to mean something.
    expect(found).toBeGreaterThan(100);
  });
});

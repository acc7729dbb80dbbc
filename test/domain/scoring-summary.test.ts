import fc from "fast-check";
import { Field } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { pointsOf, scoreSummary } from "../../src/domain/scoring/summary";
import { buildTable } from "../support/layouts";
import {
  centralSelfEvaluation,
  provincialSelfEvaluation,
  SelfEvalRow,
  SelfEvalSpec,
} from "../support/self-evaluation";

function summaryOf(spec: SelfEvalSpec, settings = DEFAULT_SCORING) {
  const tables = recognize(centralSelfEvaluation(spec));
  expect(tables).toHaveLength(1);
  return scoreSummary(tables[0], settings)!;
}

/** 产出 50 (stated), 效益 30 (stated), 满意度 10: two shortfalls, one within the tolerance. */
const ROWS: SelfEvalRow[] = [
  ["产出指标(50分)", "数量指标", "新建高标准农田面积", "≥2000亩", "2100亩", 20, 20, null],
  [null, "质量指标", "农田建设验收合格率", "≥95%", "90%", 30, 25.5, "部分地块返工"],
  ["效益指标(30分)", "社会效益指标", "受益农户数", "≥3000户", "3200户", 30, 30, null],
  ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "89.5%", 10, 9.95, null],
];

describe("score summary", () => {
  it("reads points written as numbers, as text with 分, or full-width; fillers are none", () => {
    const cell = (value: string | number, text = String(value)): Field => ({
      row: 0,
      col: 0,
      address: "A1",
      value,
      text,
    });
    expect(pointsOf(cell(8.5))).toBe(8.5);
    expect(pointsOf(cell("90分"))).toBe(90);
    expect(pointsOf(cell("９０"))).toBe(90);
    expect(pointsOf(cell(" 1,000 "))).toBe(1000);
    for (const filler of ["—", "/", "", "-", "达成", "10%"])
      expect(pointsOf(cell(filler))).toBeNull();
    expect(pointsOf(undefined)).toBeNull();
  });

  it("gives the budget line, each first level, the total and the shortfalls with their cells", () => {
    const summary = summaryOf({
      total: { points: 10, score: 9 },
      indicators: ROWS,
      totalRow: { points: 100, score: 94.45 },
    });
    expect(summary.budget).toMatchObject({ points: 10, score: 9 });
    expect(summary.budget?.pointsCell?.address).toBe("F6");
    expect(summary.budget?.scoreCell?.address).toBe("H6");
    expect(
      summary.levels.map(({ name, statedPoints, points, score, indicatorCount, cell }) => ({
        name,
        statedPoints,
        points,
        score,
        indicatorCount,
        cell: cell?.address,
      }))
    ).toEqual([
      { name: "产出", statedPoints: 50, points: 50, score: 45.5, indicatorCount: 2, cell: "B13" },
      { name: "效益", statedPoints: 30, points: 30, score: 30, indicatorCount: 1, cell: "B15" },
      {
        name: "满意度",
        statedPoints: null,
        points: 10,
        score: 9.95,
        indicatorCount: 1,
        cell: "B16",
      },
    ]);
    expect(summary.levels.map((level) => level.kind)).toEqual([
      "output",
      "benefit",
      "satisfaction",
    ]);
    expect(summary.total).toMatchObject({ points: 100, score: 94.45 });
    expect(summary.total?.scoreCell?.address).toBe("H17");
    expect(summary.summed).toEqual({ points: 100, score: 94.45 });
    // 9.95 of 10 is within the 0.1 tolerance: full marks as staff round them.
    expect(
      summary.shortfalls?.map((s) => [
        s.name.address,
        s.points,
        s.score,
        s.scoreCell.address,
        s.reason?.text,
      ])
    ).toEqual([["D14", 30, 25.5, "H14", "部分地块返工"]]);
  });

  it("counts a shortfall by the configured tolerance", () => {
    const strict = { ...DEFAULT_SCORING, scoreTolerance: 0 };
    const summary = summaryOf({ indicators: ROWS }, strict);
    expect(summary.shortfalls?.map((s) => s.scoreCell.address)).toEqual(["H14", "H16"]);
  });

  it("leaves out what the table does not have", () => {
    const summary = summaryOf({ indicators: ROWS, totalRow: null });
    expect(summary.total).toBeNull();
    const table = recognize(centralSelfEvaluation({ indicators: ROWS }))[0];
    delete table.selfEvaluation;
    const bare = scoreSummary(table)!;
    expect(bare.budget).toBeNull();
    expect(bare.total).toBeNull();
    expect(bare.summed).toEqual({ points: 90, score: 85.45 });
    const withoutWeights = { ...table, columns: { ...table.columns, weight: undefined } };
    expect(scoreSummary(withoutWeights)?.shortfalls).toBeNull();
  });

  it("reads blank scores and fillers as none; the sums skip them; nothing scored, no shortfalls", () => {
    const summary = summaryOf({
      total: { score: null },
      indicators: [["产出指标", "数量指标", "发放人数", "≥100人", "100人", 60, "—", null]],
      totalRow: { points: 100, score: null },
    });
    expect(summary.budget).toMatchObject({ points: 10, score: null });
    expect(summary.levels[0]).toMatchObject({ points: 60, score: null });
    expect(summary.total).toMatchObject({ points: 100, score: null });
    expect(summary.summed).toEqual({ points: 70, score: null });
    expect(summary.shortfalls).toBeNull();
  });

  it("reads the provincial form: 权重 and 得分 of 总额, the 合计 row", () => {
    const [table] = recognize(
      provincialSelfEvaluation({ total: { points: 10, score: 8 }, totalRow: { score: 98 } })
    );
    const summary = scoreSummary(table)!;
    expect(summary.budget).toMatchObject({ points: 10, score: 8 });
    expect(summary.levels.map((level) => [level.name, level.points, level.score])).toEqual([
      ["产出", 60, 60],
      ["效益", 30, 30],
    ]);
    expect(summary.total?.score).toBe(98);
    expect(summary.summed).toEqual({ points: 100, score: 98 });
    expect(summary.shortfalls).toEqual([]);
  });

  it("is null for the goal tables", () => {
    expect(scoreSummary(recognize(buildTable().snapshot)[0])).toBeNull();
  });

  it("adds up any generated table: each level, the sums and the shortfalls", () => {
    const LEVELS = [
      ["产出指标", "数量指标"],
      ["效益指标", "社会效益指标"],
      ["满意度指标", "服务对象满意度指标"],
    ] as const;
    // Points and scores in tenths, a score at most its points.
    const indicator = fc
      .tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 300 }))
      .map(([points, lost]) => ({ points: points / 10, score: Math.max(0, points - lost) / 10 }));
    const table = fc.record({
      budget: fc.record({
        points: fc.integer({ min: 0, max: 20 }),
        score: fc.integer({ min: 0, max: 20 }),
      }),
      levels: fc.tuple(...LEVELS.map(() => fc.array(indicator, { minLength: 1, maxLength: 4 }))),
      stated: fc.boolean(),
    });
    fc.assert(
      fc.property(table, ({ budget, levels, stated }) => {
        const rows: SelfEvalRow[] = [];
        levels.forEach((indicators, l) => {
          const [level1, level2] = LEVELS[l];
          const points = indicators.reduce((sum, i) => sum + i.points, 0);
          indicators.forEach((i, n) => {
            const name = stated ? `${level1}(${Math.round(points * 10) / 10}分)` : level1;
            rows.push([
              n === 0 ? name : null,
              level2,
              `指标${l}-${n}完成率`,
              "≥90%",
              "95%",
              i.points,
              i.score,
              null,
            ]);
          });
        });
        const summary = summaryOf({ total: budget, indicators: rows, totalRow: null });
        const all = levels.flat();
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(summary.budget).toMatchObject(budget);
        expect(summary.levels.map((level) => level.name)).toEqual(["产出", "效益", "满意度"]);
        summary.levels.forEach((level, l) => {
          expect(level.indicatorCount).toBe(levels[l].length);
          expect(level.points).toBeCloseTo(sum(levels[l].map((i) => i.points)), 6);
          expect(level.score).toBeCloseTo(sum(levels[l].map((i) => i.score)), 6);
          expect(level.statedPoints === null).toBe(!stated);
        });
        expect(summary.summed.points).toBeCloseTo(budget.points + sum(all.map((i) => i.points)), 6);
        expect(summary.summed.score).toBeCloseTo(budget.score + sum(all.map((i) => i.score)), 6);
        expect(summary.shortfalls).toHaveLength(all.filter((i) => i.score < i.points - 0.1).length);
      }),
      { numRuns: 60 }
    );
  });
});

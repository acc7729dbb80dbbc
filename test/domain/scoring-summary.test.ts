import { Field, GoalTable } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { parseA1, SheetSnapshot } from "../../src/domain/snapshot";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { pointsOf, scoreSummary } from "../../src/domain/scoring/summary";
import { buildTable } from "../support/layouts";
import { selfEvaluationSheet, SelfEvaluationSpec } from "../support/self-evaluation";

/** A cell of the snapshot as the recognizer gives it. */
function fieldAt(snapshot: SheetSnapshot, address: string): Field {
  const { row, col } = parseA1(address)!;
  const value = snapshot.values[row]?.[col] ?? null;
  return { row, col, address, value, text: value === null ? "" : String(value) };
}

/**
 * The table of a generated self-evaluation, its funds line and total row given by hand
 * (the summary is computed from the model, whoever filled it).
 */
function tableOf(spec: SelfEvaluationSpec): GoalTable {
  const snapshot = selfEvaluationSheet(spec);
  const [table] = recognize(snapshot);
  const at = (address: string) => fieldAt(snapshot, address);
  const totalRow = snapshot.values.length;
  table.selfEvaluation = {
    funds: {
      headerRow: 4,
      lines: [
        { kind: "total", label: at("B6"), budget: at("E6"), points: at("G6"), score: at("I6") },
        { kind: "fiscal", label: at("B7"), budget: at("E7"), points: at("G7"), score: at("I7") },
      ],
    },
    ...(spec.total && {
      total: { label: at(`A${totalRow}`), points: at(`G${totalRow}`), score: at(`H${totalRow}`) },
    }),
  };
  return table;
}

const SPEC: SelfEvaluationSpec = {
  budget: { points: 10, score: 9 },
  levels: [
    {
      kind: "产出",
      statedPoints: 50,
      indicators: [
        { points: 20, score: 20 },
        { points: 30, score: 25.5, reason: "部分路段延至次年" },
      ],
    },
    { kind: "效益", statedPoints: 30, indicators: [{ points: 30, score: 30 }] },
    { kind: "满意度", indicators: [{ points: 10, score: 9.95 }] },
  ],
  total: { points: 100, score: 94.45 },
};

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
    const summary = scoreSummary(tableOf(SPEC))!;
    expect(summary.budget).toMatchObject({ points: 10, score: 9 });
    expect(summary.budget?.pointsCell?.address).toBe("G6");
    expect(summary.budget?.scoreCell?.address).toBe("I6");
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
    ).toEqual([["D14", 30, 25.5, "H14", "部分路段延至次年"]]);
  });

  it("counts a shortfall by the configured tolerance", () => {
    const strict = { ...DEFAULT_SCORING, scoreTolerance: 0 };
    expect(
      scoreSummary(tableOf(SPEC), strict)?.shortfalls?.map((s) => s.scoreCell.address)
    ).toEqual(["H14", "H16"]);
  });

  it("leaves out what the table does not have", () => {
    const table = tableOf({ ...SPEC, total: undefined });
    delete table.selfEvaluation;
    const summary = scoreSummary(table)!;
    expect(summary.budget).toBeNull();
    expect(summary.total).toBeNull();
    expect(summary.summed).toEqual({ points: 90, score: 85.45 });
    const withoutWeights = { ...table, columns: { ...table.columns, weight: undefined } };
    expect(scoreSummary(withoutWeights)?.shortfalls).toBeNull();
  });

  it("reads a blank score or a filler as no score, and the sums skip it", () => {
    const summary = scoreSummary(
      tableOf({
        budget: { points: 10, score: null },
        levels: [{ kind: "产出", indicators: [{ points: 60, score: "—" }] }],
        total: { points: 100, score: null },
      })
    )!;
    expect(summary.budget).toMatchObject({ points: 10, score: null });
    expect(summary.levels[0]).toMatchObject({ points: 60, score: null });
    expect(summary.total).toMatchObject({ points: 100, score: null });
    expect(summary.summed).toEqual({ points: 70, score: null });
    // No indicator is scored yet: no count of shortfalls.
    expect(summary.shortfalls).toBeNull();
  });

  it("is null for the goal tables", () => {
    expect(scoreSummary(recognize(buildTable().snapshot)[0])).toBeNull();
  });
});

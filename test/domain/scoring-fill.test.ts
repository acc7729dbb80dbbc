import { checkTables } from "../../src/domain/check";
import { planScoreFill } from "../../src/domain/scoring/fill";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { GoalTable } from "../../src/domain/model";
import { recognize } from "../../src/domain/recognize";
import { CellValue } from "../../src/domain/snapshot";
import {
  changed,
  EvaluatedIndicator,
  FundsSpec,
  selfEvaluationSheet,
} from "../support/approved-goals";

/** The self-evaluation as recognized: its budget line is row 6, its 总分 row follows the indicators. */
function selfEvaluation(
  spec: { indicators?: EvaluatedIndicator[]; funds?: FundsSpec; total?: CellValue } = {}
): GoalTable {
  const [table] = recognize(
    selfEvaluationSheet({ ...spec, total: { score: spec.total ?? null } }),
    {}
  );
  expect(table.selfEvaluation?.funds?.lines[0].score?.address).toBe("I6");
  return table;
}

const blankScores = (indicators = changed({})) =>
  indicators.map((indicator) => ({ ...indicator, score: null }));
const noFundsScores = { rate: null, score: null };

const planned = (table: GoalTable, replaceScores = false) =>
  planScoreFill(table, { scoring: DEFAULT_SCORING, replaceScores });
const written = (table: GoalTable, replaceScores = false) =>
  Object.fromEntries(planned(table, replaceScores).edits.map((e) => [e.address, e.value]));

describe("planScoreFill", () => {
  it("computes the rate, the budget score, each quantitative score and the total", () => {
    const table = selfEvaluation({ indicators: blankScores(), funds: noFundsScores });
    // 96 of 100: 96 %, 9.6 of 10. 90 % of ≥95 %: 14.21 of 15. 1600 of ≤1500: 9.38 of 10.
    // The deadline (H15) is the evaluator's to score: the total waits for it.
    expect(written(table)).toEqual({
      H6: "96%",
      I6: 9.6,
      H13: 15,
      H14: 14.21,
      H16: 9.38,
      H17: 30,
      H18: 10,
    });
  });

  it("adds up the total once every indicator with points has a score", () => {
    const indicators = blankScores().map((indicator, i) =>
      i === 2 ? { ...indicator, score: 10 } : indicator
    );
    const table = selfEvaluation({ indicators, funds: noFundsScores });
    expect(written(table).H19).toBe(98.19);
  });

  it("writes text cells as text and numbers as numbers, never over a written cell", () => {
    const table = selfEvaluation({ indicators: blankScores(), funds: noFundsScores });
    for (const edit of planned(table).edits) {
      expect(edit.asText).toBe(typeof edit.value === "string");
      expect(edit.previous).toBeNull();
      expect(edit.overwrite).toBeUndefined();
    }
  });

  it("leaves qualitative indicators and indicators without points alone", () => {
    const indicators = blankScores(
      changed({
        0: { target: "明显改善", actual: "明显改善" },
        1: { points: null },
        4: { actual: "3200人" },
      })
    );
    const scores = written(selfEvaluation({ indicators }));
    expect(Object.keys(scores).filter((a) => a.startsWith("H1"))).toEqual(["H16", "H18"]);
  });

  it("lists a written score that differs and replaces it only when asked", () => {
    const indicators = changed({ 1: { score: 15 } });
    const kept = planned(selfEvaluation({ indicators, total: 98.98 }));
    expect(kept.edits).toEqual([]);
    expect(kept.differences.map((d) => d.message)).toEqual([
      "自评表!H14 的得分“15”与计算值 14.21 不一致，未替换（替换须同意：--replace-scores）",
    ]);
    const replaced = planned(selfEvaluation({ indicators, total: 98.98 }), true);
    expect(replaced.edits.map((e) => [e.address, e.previous, e.value, e.overwrite])).toEqual([
      ["H14", 15, 14.21, true],
      ["H19", 98.98, 98.19, true],
    ]);
    expect(replaced.differences.map((d) => [d.address, d.kind, d.replaced])).toEqual([
      ["H14", "score", true],
      ["H19", "total", true],
    ]);
  });

  it("takes scores within the tolerance as written", () => {
    const table = selfEvaluation({
      indicators: changed({ 1: { score: 14.2 } }),
      funds: { rate: 0.9605, score: 9.6 },
      total: 98.19,
    });
    expect(planned(table, true)).toEqual({ edits: [], differences: [] });
  });

  it("leaves a dash or words in a score cell alone", () => {
    const table = selfEvaluation({ indicators: changed({ 1: { score: "—" } }), total: "优" });
    expect(planned(table, true)).toEqual({ edits: [], differences: [] });
  });

  it("caps the budget score at its points and computes nothing from a zero budget", () => {
    expect(written(selfEvaluation({ funds: { executed: 120, ...noFundsScores } }))).toMatchObject({
      H6: "120%",
      I6: 10,
    });
    const zero = written(selfEvaluation({ funds: { budget: 0, ...noFundsScores } }));
    expect(zero.H6).toBeUndefined();
    expect(zero.I6).toBeUndefined();
  });

  it("plans nothing for a goal table", () => {
    const table = selfEvaluation({ indicators: blankScores() });
    expect(planned({ ...table, form: "project" }).edits).toEqual([]);
  });
});

describe("a target without a symbol", () => {
  // 1400 of 1500 yuan under 成本: ≤ gives the full 10, ≥ and = give 9.33 (H16).
  const cost = (score: CellValue) =>
    selfEvaluation({
      indicators: changed({ 3: { target: "1500元/亩", actual: "1400元/亩", score } }),
    });
  const differing = (table: GoalTable) => planned(table).differences.map((d) => d.address);
  const findingsAt = (table: GoalTable, address: string) =>
    checkTables([table])[0]
      .findings.filter((f) => f.address === address)
      .map((f) => f.ruleId);

  it("is filled in as directionOf reads it: a cost as a ceiling", () => {
    expect(written(cost(null)).H16).toBe(10);
  });

  it.each([[10], [9.33]])(
    "takes a written %j as the check does, from any reading the target allows",
    (score) => {
      const table = cost(score);
      expect(findingsAt(table, "H16")).toEqual([]);
      expect(differing(table)).not.toContain("H16");
    }
  );

  it("lists a score that no reading gives, against the one it would write", () => {
    const table = cost(5);
    const [difference] = planned(table).differences.filter((d) => d.address === "H16");
    expect(difference.computed).toBe(10);
  });

  it("outside 成本 takes the ≥ and the = reading", () => {
    // 3300 of 3000 households: ≥ gives the full 30, = gives 27.27 (H17).
    const table = (score: CellValue) =>
      selfEvaluation({ indicators: changed({ 4: { target: "3000户", actual: "3300户", score } }) });
    expect(written(table(null)).H17).toBe(30);
    expect(differing(table(27.27))).not.toContain("H17");
    expect(findingsAt(table(27.27), "H17")).toEqual([]);
  });
});

describe("written rates", () => {
  const rateOf = (rate: CellValue, executed = 96) =>
    planned(selfEvaluation({ funds: { rate, executed } }), true).differences.map(
      (d) => `${d.address} ${d.written} ${d.computed}`
    );

  it.each([["96%"], [0.96], [96], ["96.04%"]])("takes %j as the computed 96%", (rate) => {
    expect(rateOf(rate)).toEqual([]);
  });

  it("lists a rate rounded further than the tolerance, in the form it was written", () => {
    expect(rateOf("86%", 86.2)).toEqual(["H6 86% 86.2%", "I6 9.6 8.62"]);
    expect(rateOf(0.86, 86.2)).toEqual(["H6 0.86 0.862", "I6 9.6 8.62"]);
  });
});

import {
  budgetScore,
  directionOf,
  executionRate,
  isMet,
  quantitativeScore,
  readActual,
  roundScore,
  withinTier,
} from "../../src/domain/scoring/compute";
import { emptyTarget } from "../../src/domain/values/target";

const field = (value: string | number, text = String(value)) => ({
  row: 0,
  col: 0,
  address: "A1",
  value,
  text,
});

describe("scoring", () => {
  it("reads the direction from the symbol, and a bare cost target as ≤", () => {
    const target = emptyTarget();
    expect(directionOf(target, "数量指标")).toBe("atLeast");
    expect(directionOf(target, "成本指标")).toBe("atMost");
    expect(directionOf({ ...target, comparator: "≤" }, "时效指标")).toBe("atMost");
    expect(directionOf({ ...target, comparator: "=" }, "成本指标")).toBe("exactly");
  });

  it("computes the execution rate and its score, capped at the points", () => {
    expect(executionRate(287, 171)).toBeCloseTo(0.5958, 4);
    expect(executionRate(0, 5)).toBeNull();
    expect(budgetScore(0.5958, 10)).toBeCloseTo(5.958, 3);
    expect(budgetScore(1.2, 10)).toBe(10);
  });

  it.each([
    ["atLeast", 90, 60, 20, 13.33],
    ["atLeast", 90, 95, 20, 20],
    ["atMost", 38, 40, 10, 9.5],
    ["atMost", 38, 30, 10, 10],
    ["exactly", 100, 80, 10, 8],
    ["exactly", 100, 125, 10, 8],
  ] as const)(
    "%s target %d, actual %d, %d points: %d",
    (direction, target, actual, points, score) => {
      expect(roundScore(quantitativeScore(direction, target, actual, points)!)).toBe(score);
    }
  );

  it("gives no score where the numbers cannot give one", () => {
    expect(quantitativeScore("atLeast", 0, 0, 10)).toBe(10);
    expect(quantitativeScore("atMost", 0, 5, 10)).toBe(0);
    expect(quantitativeScore("atLeast", -1, 5, 10)).toBeNull();
  });

  it("says whether a target was met", () => {
    expect(isMet("atMost", 38, 38)).toBe(true);
    expect(isMet("atLeast", 90, 89.9)).toBe(false);
  });

  it("reads an actual value like a target", () => {
    expect(readActual(field("100人次"))).toMatchObject({ number: 100, unit: "人次" });
    expect(readActual(field(0.985, "98.5%"))).toMatchObject({ number: 98.5, unit: "%" });
    expect(readActual(field("≥80%"))).toMatchObject({ comparator: "≥", number: 80 });
  });

  it("places a score within a tier", () => {
    expect(withinTier(8, 10, { from: 0.8, to: 1 }, 0.1)).toBe(true);
    expect(withinTier(7.5, 10, { from: 0.8, to: 1 }, 0.1)).toBe(false);
  });
});

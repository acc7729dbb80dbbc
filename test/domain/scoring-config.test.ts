import { ConfigError, parseConfig } from "../../src/domain/config";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";

const parse = (raw: unknown) => parseConfig(raw, []);

describe("the scoring part of the config", () => {
  it("is absent when the file says nothing of scoring", () => {
    expect(parse({}).scoring).toBeUndefined();
  });

  it("keeps the defaults for what it does not change", () => {
    const scoring = parse({
      scoring: { budgetPoints: 20, partPoints: { output: 40 }, tiers: { partly: { from: 0.5 } } },
    }).scoring;
    expect(scoring).toEqual({
      ...DEFAULT_SCORING,
      budgetPoints: 20,
      partPoints: { ...DEFAULT_SCORING.partPoints, output: 40 },
      tiers: { ...DEFAULT_SCORING.tiers, partly: { from: 0.5, to: 0.8 } },
    });
  });

  it.each([
    [{ scoring: [] }, "scoring"],
    [{ scoring: { budgetPoint: 10 } }, "scoring.budgetPoint"],
    [{ scoring: { budgetPoints: -1 } }, "scoring.budgetPoints"],
    [{ scoring: { reasonBelowRate: 90 } }, "scoring.reasonBelowRate"],
    [{ scoring: { partPoints: { cost: 10 } } }, "scoring.partPoints.cost"],
    [{ scoring: { tiers: { achieved: { from: 0.9, to: 0.8 } } } }, "scoring.tiers.achieved"],
    [{ scoring: { tiers: { achieved: "80%" } } }, "scoring.tiers.achieved"],
  ])("refuses %j, naming %s", (raw, key) => {
    expect(() => parse(raw)).toThrow(ConfigError);
    expect(() => parse(raw)).toThrow(key);
  });
});

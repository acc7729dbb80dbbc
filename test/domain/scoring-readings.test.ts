/** The scoring functions the self-evaluation indicator rules read rows with. */
import {
  actualInTargetUnit,
  plausibleDirections,
  qualitativeTierOf,
  readActual,
  scoreFollows,
  tierRange,
  unitRelation,
  writtenAsTarget,
} from "../../src/domain/scoring/compute";
import { DEFAULT_SCORING } from "../../src/domain/scoring/settings";
import { readSingleTarget } from "../../src/domain/values/target";

const target = (text: string) => readSingleTarget({ value: text, text, percentFormatted: false });
const actual = (value: string | number, text = String(value)) =>
  readActual({ row: 0, col: 0, address: "A1", value, text });

describe("self-evaluation readings", () => {
  it("reads a written symbol one way, a bare target as ≥ or =, and a bare cost also as ≤", () => {
    expect(plausibleDirections(target("≥95%"), "质量指标")).toEqual(["atLeast"]);
    expect(plausibleDirections(target("≤1500元"), "成本指标")).toEqual(["atMost"]);
    expect(plausibleDirections(target("95%"), "质量指标")).toEqual(["atLeast", "exactly"]);
    expect(plausibleDirections(target("1500元"), "成本指标")).toEqual([
      "atLeast",
      "exactly",
      "atMost",
    ]);
  });

  it("names the tier an actual text says", () => {
    expect(qualitativeTierOf("达成预期指标")).toBe("achieved");
    expect(qualitativeTierOf("已完成")).toBe("achieved");
    expect(qualitativeTierOf("按时完成")).toBe("achieved");
    expect(qualitativeTierOf("基本达成")).toBe("mostly");
    expect(qualitativeTierOf("部分达成预期指标并具有一定效果")).toBe("partly");
    expect(qualitativeTierOf("未全部完成")).toBe("partly");
    expect(qualitativeTierOf("未达成预期指标且效果较差")).toBe("notAchieved");
    expect(qualitativeTierOf("未按时完成")).toBe("notAchieved");
    expect(qualitativeTierOf("效果明显")).toBeNull();
    expect(qualitativeTierOf("完成率98%")).toBeNull();
    expect(qualitativeTierOf("")).toBeNull();
  });

  it("gives each tier its share of the points; 基本达成 spans 部分达成 and 达成", () => {
    const { tiers } = DEFAULT_SCORING;
    expect(tierRange("achieved", tiers)).toEqual({ from: 0.8, to: 1 });
    expect(tierRange("mostly", tiers)).toEqual({ from: 0.6, to: 1 });
    expect(tierRange("notAchieved", tiers)).toEqual({ from: 0, to: 0.6 });
  });

  it("relates units: the same, money or a count in another scale, or a clash", () => {
    expect(unitRelation("百分比", "%")).toEqual({ kind: "same" });
    expect(unitRelation("", "个")).toEqual({ kind: "same" });
    expect(unitRelation("元", "万元")).toEqual({ kind: "scale", factor: 1e-4 });
    expect(unitRelation("万元/亩", "元/亩")).toEqual({ kind: "scale", factor: 1e4 });
    expect(unitRelation("万元/亩", "元")).toEqual({ kind: "clash" });
    expect(unitRelation("个", "%")).toEqual({ kind: "clash" });
    expect(unitRelation("万亩", "亩")).toEqual({ kind: "scale", factor: 1e4 });
    expect(unitRelation("人次", "万人次")).toEqual({ kind: "scale", factor: 1e-4 });
  });

  it("reads an actual in the target's unit, or not at all", () => {
    expect(actualInTargetUnit(target("≥100万元"), actual("800000元"))).toBe(80);
    expect(actualInTargetUnit(target("≥2000亩"), actual("0.21万亩"))).toBe(2100);
    expect(actualInTargetUnit(target("≥95%"), actual(0.98, "98%"))).toBe(98);
    expect(actualInTargetUnit(target("≥95%"), actual(0.98))).toBeNull();
    expect(actualInTargetUnit(target("≥95%"), actual("≥95%"))).toBeNull();
    expect(actualInTargetUnit(target("≥95%"), actual("98个"))).toBeNull();
    expect(actualInTargetUnit(target("≥95%"), actual("=98%"))).toBe(98);
    // A range is no one value to score.
    expect(actualInTargetUnit(target("≥95%"), actual("95%-98%"))).toBeNull();
  });

  it("tells an actual written as a target from a value said in words", () => {
    expect(writtenAsTarget(actual("≥80%"), "≥80%")).toBe(true);
    expect(writtenAsTarget(actual("不低于90%"), "不低于90%")).toBe(true);
    expect(writtenAsTarget(actual("2天以内"), "2天以内")).toBe(false);
    expect(writtenAsTarget(actual("=100%"), "=100%")).toBe(false);
    expect(writtenAsTarget(actual("98%"), "98%")).toBe(false);
  });

  it("accepts a score within the tolerance, or a shortfall rounded down to whole points", () => {
    expect(scoreFollows(8.66, 8.62, 10, 0.1)).toBe(true);
    expect(scoreFollows(9, 9.8, 10, 0.1)).toBe(true);
    expect(scoreFollows(9, 8.62, 10, 0.1)).toBe(false);
    expect(scoreFollows(9.5, 9.8, 10, 0.1)).toBe(false);
    expect(scoreFollows(9, 10, 10, 0.1)).toBe(false);
  });
});

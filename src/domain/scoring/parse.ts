/** Reads the `scoring` part of the JSON config over the defaults, naming any bad key. */
import { ConfigError } from "../config";
import { tBoth } from "../messages/catalog";
import { DEFAULT_SCORING, ScoringSettings, Tier } from "./settings";

type Expect =
  "config.scoringExpectPoints" | "config.scoringExpectShare" | "config.scoringExpectTier";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function bad(key: string, value: unknown, expected: Expect): ConfigError {
  return new ConfigError(
    tBoth("config.badScoring", { key, value: JSON.stringify(value), expected: tBoth(expected) })
  );
}

function points(key: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw bad(key, value, "config.scoringExpectPoints");
  return value;
}

function share(key: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    throw bad(key, value, "config.scoringExpectShare");
  return value;
}

function tier(key: string, value: unknown, fallback: Tier): Tier {
  if (value === undefined) return fallback;
  if (!isRecord(value) || Object.keys(value).some((k) => k !== "from" && k !== "to"))
    throw bad(key, value, "config.scoringExpectTier");
  const from = share(`${key}.from`, value.from, fallback.from);
  const to = share(`${key}.to`, value.to, fallback.to);
  if (from > to) throw bad(key, value, "config.scoringExpectTier");
  return { from, to };
}

function section(key: string, value: unknown, known: readonly string[]): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ConfigError(tBoth("config.scoringNotObject"));
  for (const name of Object.keys(value)) {
    if (!known.includes(name))
      throw new ConfigError(tBoth("config.unknownKey", { key: `${key}.${name}` }));
  }
  return value;
}

export function parseScoring(raw: unknown): ScoringSettings {
  const d = DEFAULT_SCORING;
  const top = section("scoring", raw ?? {}, Object.keys(d));
  const parts = section("scoring.partPoints", top.partPoints, Object.keys(d.partPoints));
  const tiers = section("scoring.tiers", top.tiers, Object.keys(d.tiers));
  return {
    budgetPoints: points("budgetPoints", top.budgetPoints, d.budgetPoints),
    partPoints: {
      output: points("partPoints.output", parts.output, d.partPoints.output),
      benefit: points("partPoints.benefit", parts.benefit, d.partPoints.benefit),
      satisfaction: points(
        "partPoints.satisfaction",
        parts.satisfaction,
        d.partPoints.satisfaction
      ),
    },
    tiers: {
      achieved: tier("tiers.achieved", tiers.achieved, d.tiers.achieved),
      partly: tier("tiers.partly", tiers.partly, d.tiers.partly),
      notAchieved: tier("tiers.notAchieved", tiers.notAchieved, d.tiers.notAchieved),
    },
    reasonBelowRate: share("reasonBelowRate", top.reasonBelowRate, d.reasonBelowRate),
    scoreTolerance: points("scoreTolerance", top.scoreTolerance, d.scoreTolerance),
    rateTolerance: points("rateTolerance", top.rateTolerance, d.rateTolerance),
  };
}

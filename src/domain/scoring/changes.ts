/**
 * The scoring settings as a config file writes them: only what differs from the defaults,
 * as a hand-written file would, so a config read and written again keeps its shape.
 */
import { DEFAULT_SCORING, ScoringSettings } from "./settings";

export type ScoringChanges = {
  [K in keyof ScoringSettings]?: ScoringSettings[K] extends number
    ? number
    : Partial<ScoringSettings[K]>;
};

/** The keys of `value` whose values differ from `fallback` (compared as JSON). */
function differing<T extends object>(value: T, fallback: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (JSON.stringify(value[key]) !== JSON.stringify(fallback[key])) changed[key] = value[key];
  }
  return changed;
}

/** What the settings change from the defaults; undefined when they change nothing. */
export function scoringChanges(settings: ScoringSettings): ScoringChanges | undefined {
  const { partPoints, tiers, ...numbers } = settings;
  const { partPoints: defaultParts, tiers: defaultTiers, ...defaultNumbers } = DEFAULT_SCORING;
  const changes: ScoringChanges = differing(numbers, defaultNumbers);
  const parts = differing(partPoints, defaultParts);
  if (Object.keys(parts).length > 0) changes.partPoints = parts;
  const changedTiers = differing(tiers, defaultTiers);
  if (Object.keys(changedTiers).length > 0) changes.tiers = changedTiers;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

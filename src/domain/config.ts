/** The JSON configuration: profile, and rules switched off or given another severity. */
import { SEVERITIES, Severity } from "./findings";
import { parseProfileId, PROFILE_CHOICES, ProfileId } from "./vocabulary";
import { tBoth } from "./messages/catalog";
import { parseScoring } from "./scoring/parse";
import { ScoringSettings } from "./scoring/settings";

export type RuleSetting = Severity | "off";

export interface Config {
  profile?: ProfileId;
  rules: Record<string, RuleSetting>;
  /** Self-evaluation scoring, the defaults with what the file changes. Absent: the defaults. */
  scoring?: ScoringSettings;
}

export class ConfigError extends Error {}

const TOP_LEVEL_KEYS = ["profile", "rules", "scoring"];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates a parsed configuration. Throws ConfigError naming the bad key.
 * Each rule takes `"off"`, a severity, or `{ "severity": … }`.
 */
export function parseConfig(raw: unknown, knownRuleIds: readonly string[]): Config {
  if (!isRecord(raw)) throw new ConfigError(tBoth("config.notObject"));
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(tBoth("config.unknownKey", { key }));
  }
  const config: Config = { rules: {} };
  if (raw.profile !== undefined) {
    const profile = typeof raw.profile === "string" ? parseProfileId(raw.profile) : undefined;
    if (!profile) {
      throw new ConfigError(
        tBoth("config.badProfile", { value: JSON.stringify(raw.profile), choices: PROFILE_CHOICES })
      );
    }
    config.profile = profile;
  }
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError(tBoth("config.rulesNotObject"));
    for (const [ruleId, setting] of Object.entries(raw.rules)) {
      if (!knownRuleIds.includes(ruleId))
        throw new ConfigError(tBoth("config.unknownRule", { ruleId }));
      const value = isRecord(setting) ? setting.severity : setting;
      if (value !== "off" && !SEVERITIES.includes(value as Severity)) {
        throw new ConfigError(
          tBoth("config.badSetting", { ruleId, value: JSON.stringify(setting) })
        );
      }
      config.rules[ruleId] = value as RuleSetting;
    }
  }
  if (raw.scoring !== undefined) config.scoring = parseScoring(raw.scoring);
  return config;
}

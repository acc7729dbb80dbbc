/**
 * Rule settings (规则设置): the profile and each rule's switch and severity, stored in the
 * workbook's settings in exactly the shape of the CLI's JSON config, so an office can hand
 * one file to all its units. Every check reads them (`storedConfig`).
 */
import { Config, ConfigError, parseConfig, RuleSetting } from "../../domain/config";
import { Severity } from "../../domain/findings";
import { Language, t } from "../../domain/messages/catalog";
import { RULE_IDS, RULES } from "../../domain/rules";
import { scoringChanges } from "../../domain/scoring/changes";
import { ProfileId } from "../../domain/vocabulary";
import { HostMessageError, WorkbookHost } from "../../hosts/host";
import { StateStore } from "./store";

export const CONFIG_SETTING = "perfgoal.config";

/** The config stored in the workbook; none (or one no longer valid) reads as the defaults. */
export function storedConfig(host: WorkbookHost): Config {
  const stored = host.getSetting<unknown>(CONFIG_SETTING);
  if (stored === undefined) return { rules: {} };
  try {
    return parseConfig(stored, RULE_IDS);
  } catch {
    return { rules: {} };
  }
}

/**
 * The config as the CLI reads it: two-space JSON, `profile` left out when detected,
 * `scoring` with only what differs from the defaults (left out when nothing does).
 */
export function configJson(config: Config): string {
  const scoring = config.scoring && scoringChanges(config.scoring);
  const shape = {
    ...(config.profile && { profile: config.profile }),
    rules: config.rules,
    ...(scoring && { scoring }),
  };
  return JSON.stringify(shape, null, 2);
}

/** Parses pasted or chosen config text; throws ConfigError with a one-line reason. */
export function parseConfigText(text: string, language: Language): Config {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(t("settings.badJson", { reason: (error as Error).message }, language));
  }
  return parseConfig(raw, RULE_IDS);
}

export interface SettingsState {
  config: Config;
  busy: boolean;
  /** The last import's or save's outcome. */
  message?: { kind: "success" | "error"; text: string };
}

export class RuleSettingsController extends StateStore<SettingsState> {
  constructor(
    private readonly host: WorkbookHost,
    private readonly language: () => Language
  ) {
    super({ config: storedConfig(host), busy: false });
  }

  /** A rule's setting now: its own default when the config leaves it out. */
  settingOf(ruleId: string): RuleSetting {
    const rule = RULES.find((r) => r.meta.id === ruleId);
    return this.current.config.rules[ruleId] ?? rule?.meta.severity ?? "off";
  }

  /** Switches a rule on (at its last chosen or default severity) or off (全部忽略). */
  setEnabled(ruleId: string, enabled: boolean): Promise<void> {
    return this.setRule(ruleId, enabled ? this.defaultSeverity(ruleId) : "off");
  }

  setSeverity(ruleId: string, severity: Severity): Promise<void> {
    return this.setRule(ruleId, severity);
  }

  setProfile(profile: ProfileId | undefined): Promise<void> {
    const config: Config = { ...this.current.config, profile };
    if (!profile) delete config.profile;
    return this.save(config);
  }

  /** Applies a config file's text; invalid JSON or an unknown rule is refused, nothing changes. */
  async importText(text: string): Promise<void> {
    let config: Config;
    try {
      config = parseConfigText(text, this.language());
    } catch (error) {
      this.update({ message: { kind: "error", text: (error as Error).message } });
      return;
    }
    await this.save(config, t("settings.imported", {}, this.language()));
  }

  /** The config to hand to other units, in the CLI's file format. */
  exportText(): string {
    return configJson(this.current.config);
  }

  reset(): Promise<void> {
    return this.save({ rules: {} });
  }

  private defaultSeverity(ruleId: string): Severity {
    return RULES.find((r) => r.meta.id === ruleId)?.meta.severity ?? "warning";
  }

  /** A rule at its default severity is left out of the config, as a hand-written one would. */
  private setRule(ruleId: string, setting: RuleSetting): Promise<void> {
    const rules: Record<string, RuleSetting> = { ...this.current.config.rules };
    if (setting === this.defaultSeverity(ruleId)) delete rules[ruleId];
    else rules[ruleId] = setting;
    return this.save({ ...this.current.config, rules });
  }

  private async save(config: Config, success?: string): Promise<void> {
    this.update({ busy: true, message: undefined });
    try {
      await this.host.setSetting(CONFIG_SETTING, JSON.parse(configJson(config)));
      this.update({
        config,
        busy: false,
        message: success ? { kind: "success", text: success } : undefined,
      });
    } catch (error) {
      const text =
        error instanceof HostMessageError
          ? t(error.key, error.data, this.language())
          : (error as Error).message;
      this.update({ busy: false, message: { kind: "error", text } });
    }
  }
}

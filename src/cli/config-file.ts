/** `--config FILE`: the JSON configuration of rules, profile and scoring, read and validated. */
import { readFileSync } from "fs";
import { Config, ConfigError, parseConfig } from "../domain/config";
import { t, tBoth } from "../domain/messages/catalog";
import { readFailure } from "./files";

export async function loadConfig(path: string): Promise<Config> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    // The reason is in both languages already.
    throw new ConfigError(t("cli.unreadable", { file: path, reason: readFailure(error) }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      tBoth("config.badJson", { file: path, reason: (error as Error).message })
    );
  }
  const { RULE_IDS } = await import("../domain/rules");
  return parseConfig(raw, RULE_IDS);
}

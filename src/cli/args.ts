/** Command-line arguments of `perfgoal`. */
import { t } from "../domain/messages/catalog";
import { PROFILE_IDS, ProfileId } from "../domain/vocabulary";

export type OutputFormat = "text" | "json";

export type Command =
  | {
      kind: "check";
      files: string[];
      format: OutputFormat;
      profile?: ProfileId;
      configPath?: string;
    }
  | { kind: "help" }
  | { kind: "version" };

export class UsageError extends Error {}

function usage(key: Parameters<typeof t>[0], data?: Record<string, string | number>): UsageError {
  return new UsageError(`${t(key, data)} / ${t(key, data, "en")}`);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help")
    return { kind: "help" };
  if (command === "--version" || command === "-v") return { kind: "version" };
  if (command !== "check") throw usage("cli.unknownCommand", { command });

  const files: string[] = [];
  let format: OutputFormat = "text";
  let profile: ProfileId | undefined;
  let configPath: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--help" || arg === "-h") return { kind: "help" };
    if (!arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.split("=", 2);
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || (inline === undefined && next.startsWith("--")))
        throw usage("cli.missingOptionValue", { option: name });
      return next;
    };
    switch (name) {
      case "--format": {
        const chosen = value();
        if (chosen !== "text" && chosen !== "json") throw usage("cli.badFormat", { value: chosen });
        format = chosen;
        break;
      }
      case "--profile": {
        const chosen = value();
        if (!PROFILE_IDS.includes(chosen as ProfileId))
          throw usage("cli.badProfile", { value: chosen, choices: PROFILE_IDS.join(", ") });
        profile = chosen as ProfileId;
        break;
      }
      case "--config":
        configPath = value();
        break;
      default:
        throw usage("cli.unknownOption", { option: name });
    }
  }
  if (files.length === 0) throw usage("cli.noFiles");
  return { kind: "check", files, format, profile, configPath };
}

/** Command-line arguments of `perfgoal`. */
import { t } from "../domain/messages/catalog";
import { parseProfileId, PROFILE_CHOICES, ProfileId } from "../domain/vocabulary";
import { AuthorCommand, parseAuthorArgs } from "./author-args";

export type OutputFormat = "text" | "json";

export type Command =
  | {
      /** `check` runs the rules; `inspect` shows how each table was read. */
      kind: "check" | "inspect";
      files: string[];
      format: OutputFormat;
      profile?: ProfileId;
      configPath?: string;
    }
  | { kind: "help" }
  | { kind: "version" }
  | AuthorCommand;

export class UsageError extends Error {}

export function usageError(
  key: Parameters<typeof t>[0],
  data?: Record<string, string | number>
): UsageError {
  return new UsageError(`${t(key, data)} / ${t(key, data, "en")}`);
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help")
    return { kind: "help" };
  if (command === "--version" || command === "-v") return { kind: "version" };
  if (command === "template" || command === "fill") return parseAuthorArgs(command, rest);
  if (command !== "check" && command !== "inspect")
    throw usageError("cli.unknownCommand", { command });

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
        throw usageError("cli.missingOptionValue", { option: name });
      return next;
    };
    switch (name) {
      case "--format": {
        const chosen = value();
        if (chosen !== "text" && chosen !== "json")
          throw usageError("cli.badFormat", { value: chosen });
        format = chosen;
        break;
      }
      case "--profile": {
        const chosen = value();
        profile = parseProfileId(chosen);
        if (!profile)
          throw usageError("cli.badProfile", { value: chosen, choices: PROFILE_CHOICES });
        break;
      }
      case "--config":
        if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
        configPath = value();
        break;
      default:
        throw usageError("cli.unknownOption", { option: name });
    }
  }
  if (files.length === 0) throw usageError("cli.noFiles");
  return { kind: command, files, format, profile, configPath };
}

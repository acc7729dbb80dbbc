/** Command-line arguments of `perfgoal`. */
import { t } from "../domain/messages/catalog";
import { parseProfileId, PROFILE_CHOICES, ProfileId } from "../domain/vocabulary";
import { AuthorCommand, parseAuthorArgs } from "./author-args";
import { DEFAULT_MAX_MEMORY_MB } from "./checker-process";
import { FixCommand, parseFixArgs } from "./fix-args";

export type OutputFormat = "text" | "json" | "csv";

export type Command =
  | {
      /** `check` runs the rules; `inspect` shows how each table was read. */
      kind: "check" | "inspect";
      files: string[];
      format: OutputFormat;
      profile?: ProfileId;
      configPath?: string;
      /** Seconds one file may take before its check is stopped. */
      timeoutSeconds: number;
      /** MB of JavaScript heap one file's check may use. */
      maxMemoryMb: number;
      /** Files checked at once; by default chosen from the files and the cores. */
      jobs?: number;
      /** Folders are searched with their subfolders unless --no-recursive. */
      recursive: boolean;
      /** Text output: only one line per file and the total. */
      quiet: boolean;
      /** check: the review report (审核意见) is written to this new workbook. */
      reportPath?: string;
      /** check: workbooks or folders of approved goal tables to hold self-evaluations against. */
      goalsPaths: string[];
      /** check: hidden sheets are checked too (`--hidden`). */
      includeHidden: boolean;
    }
  | { kind: "help"; command?: "check" | "inspect" | "template" | "fill" | "fix" }
  | { kind: "version" }
  | AuthorCommand
  | FixCommand;

export class UsageError extends Error {}

export const DEFAULT_TIMEOUT_SECONDS = 60;
/** Below this a checking process cannot even load its code. */
const MIN_MEMORY_MB = 32;
const MIN_TIMEOUT_SECONDS = 0.001;

export function usageError(
  key: Parameters<typeof t>[0],
  data?: Record<string, string | number>
): UsageError {
  return new UsageError(`${t(key, data)} / ${t(key, data, "en")}`);
}

/**
 * Walks the arguments: plain ones go to `onPlain`, `--name value` and `--name=value` options to
 * `onOption`, whose `value()` takes the option's value (a missing one is a usage error).
 */
export function walkArgs(
  rest: readonly string[],
  onPlain: (arg: string) => void,
  onOption: (name: string, value: () => string) => void
): void {
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) {
      onPlain(arg);
      continue;
    }
    const [name, inline] = arg.split("=", 2);
    onOption(name, () => {
      const next = inline ?? rest[++i];
      if (next === undefined || (inline === undefined && next.startsWith("--")))
        throw usageError("cli.missingOptionValue", { option: name });
      return next;
    });
  }
}

/** The `--profile` value as a profile id; an unknown one is a usage error. */
export function profileOption(text: string): ProfileId {
  const profile = parseProfileId(text);
  if (!profile) throw usageError("cli.badProfile", { value: text, choices: PROFILE_CHOICES });
  return profile;
}

function numberAtLeast(option: string, text: string, min: number): number {
  const number = Number(text);
  if (text.trim() === "" || !Number.isFinite(number))
    throw usageError("cli.badNumber", { option, value: text });
  if (number < min) throw usageError("cli.tooSmall", { option, value: text, min });
  return number;
}

/** `--timeout SECONDS`: the time limit per file. */
export function timeoutOption(option: string, text: string): number {
  return numberAtLeast(option, text, MIN_TIMEOUT_SECONDS);
}

/** `--max-memory MB`: each checking process's JavaScript heap. */
export function maxMemoryOption(option: string, text: string): number {
  return Math.round(numberAtLeast(option, text, MIN_MEMORY_MB));
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw usageError("cli.noCommand");
  if (command === "--help" || command === "-h" || command === "help") return { kind: "help" };
  if (command === "--version" || command === "-v") return { kind: "version" };
  if (!["check", "inspect", "template", "fill", "fix"].includes(command))
    throw usageError("cli.unknownCommand", { command });
  const known = command as "check" | "inspect" | "template" | "fill" | "fix";
  if (rest.some((arg) => arg === "--help" || arg === "-h")) return { kind: "help", command: known };
  if (known === "template" || known === "fill") return parseAuthorArgs(known, rest);
  if (known === "fix") return parseFixArgs(rest);

  const files: string[] = [];
  let format: OutputFormat = "text";
  let profile: ProfileId | undefined;
  let configPath: string | undefined;
  let timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
  let maxMemoryMb = DEFAULT_MAX_MEMORY_MB;
  let jobs: number | undefined;
  let recursive = true;
  let quiet = false;
  let reportPath: string | undefined;
  let includeHidden = false;
  const goalsPaths: string[] = [];
  walkArgs(
    rest,
    (file) => files.push(file),
    (name, value) => {
      switch (name) {
        case "--format": {
          const chosen = value();
          if (command === "check" && chosen === "csv") {
            format = chosen;
            break;
          }
          if (chosen !== "text" && chosen !== "json")
            throw usageError(command === "check" ? "cli.badCheckFormat" : "cli.badFormat", {
              value: chosen,
            });
          format = chosen;
          break;
        }
        case "--profile":
          profile = profileOption(value());
          break;
        case "--config":
          if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
          configPath = value();
          break;
        case "--timeout":
          timeoutSeconds = timeoutOption(name, value());
          break;
        case "--max-memory":
          maxMemoryMb = maxMemoryOption(name, value());
          break;
        case "--no-recursive":
          recursive = false;
          break;
        case "--quiet":
          if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
          quiet = true;
          break;
        case "--report":
          if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
          reportPath = value();
          break;
        case "--hidden":
          if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
          includeHidden = true;
          break;
        case "--goals":
          if (command === "inspect") throw usageError("cli.unknownOption", { option: name });
          goalsPaths.push(value());
          break;
        case "--jobs": {
          const text = value();
          jobs = numberAtLeast(name, text, 1);
          if (!Number.isInteger(jobs))
            throw usageError("cli.badNumber", { option: name, value: text });
          break;
        }
        default:
          throw usageError("cli.unknownOption", { option: name });
      }
    }
  );
  if (files.length === 0) throw usageError("cli.noFiles");
  return {
    kind: known,
    files,
    format,
    profile,
    configPath,
    timeoutSeconds,
    maxMemoryMb,
    jobs,
    recursive,
    quiet,
    reportPath,
    goalsPaths,
    includeHidden,
  };
}

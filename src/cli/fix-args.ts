/** Arguments of `perfgoal fix`. */
import { ProfileId } from "../domain/vocabulary";
import { t } from "../domain/messages/catalog";
import {
  DEFAULT_TIMEOUT_SECONDS,
  maxMemoryOption,
  profileOption,
  timeoutOption,
  UsageError,
  usageError,
  walkArgs,
} from "./args";
import { DEFAULT_MAX_MEMORY_MB } from "./checker-process";
import { CommandUsageError } from "./author-args";

export interface FixCommand {
  kind: "fix";
  /** Workbooks, or folders of them. */
  inputs: string[];
  /** The output file, for one workbook. */
  out?: string;
  /** The output folder, for several workbooks: each is written there under its own name. */
  outDir?: string;
  /** Only these rules' fixes; every rule's when absent. */
  rules?: string[];
  dryRun: boolean;
  format: "text" | "json";
  profile?: ProfileId;
  recursive: boolean;
  /** Per workbook, when several are fixed (each in a checking process, as check does). */
  timeoutSeconds: number;
  maxMemoryMb: number;
}

export function fixUsage(): string {
  return `${t("cli.usageFix")}\n${t("cli.usageFix", {}, "en")}`;
}

/** Parses the arguments; a usage error names the command's own usage. */
export function parseFixArgs(rest: readonly string[]): FixCommand {
  try {
    return fixArgs(rest);
  } catch (error) {
    if (error instanceof UsageError) throw new CommandUsageError(error.message, fixUsage());
    throw error;
  }
}

function fixArgs(rest: readonly string[]): FixCommand {
  const command: FixCommand = {
    kind: "fix",
    inputs: [],
    dryRun: false,
    format: "text",
    recursive: true,
    timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
    maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
  };
  const rules: string[] = [];
  walkArgs(
    rest,
    (input) => command.inputs.push(input),
    (name, value) => {
      switch (name) {
        case "--out":
          command.out = value();
          break;
        case "--out-dir":
          command.outDir = value();
          break;
        case "--rule":
          rules.push(value());
          break;
        case "--dry-run":
          command.dryRun = true;
          break;
        case "--no-recursive":
          command.recursive = false;
          break;
        case "--format": {
          const format = value();
          if (format !== "text" && format !== "json")
            throw usageError("cli.badFormat", { value: format });
          command.format = format;
          break;
        }
        case "--profile":
          command.profile = profileOption(value());
          break;
        case "--timeout":
          command.timeoutSeconds = timeoutOption(name, value());
          break;
        case "--max-memory":
          command.maxMemoryMb = maxMemoryOption(name, value());
          break;
        default:
          throw usageError("cli.unknownOption", { option: name });
      }
    }
  );
  if (command.inputs.length === 0) throw usageError("cli.noFiles");
  if (rules.length > 0) command.rules = rules;
  if (command.out !== undefined && command.outDir !== undefined)
    throw usageError("cli.fixOutOrDir");
  if (command.out === undefined && command.outDir === undefined && !command.dryRun)
    throw usageError("cli.fixOutOrDir");
  return command;
}

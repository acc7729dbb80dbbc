/** Arguments of `perfgoal template` and `perfgoal fill`. */
import { t } from "../domain/messages/catalog";
import { PROFILE_CHOICES, ProfileId } from "../domain/vocabulary";
import { profileOption, UsageError, usageError, walkArgs } from "./args";

/**
 * A usage error of one command, carrying that command's own usage lines. (Not a UsageError:
 * args.ts imports this module, so a subclass of its class could not be defined here.)
 */
export class CommandUsageError extends Error {
  constructor(
    message: string,
    readonly usage: string
  ) {
    super(message);
  }
}

export function authorUsage(command: "template" | "fill"): string {
  const key = command === "template" ? "cli.usageTemplate" : "cli.usageFill";
  return `${t(key)}\n${t(key, {}, "en")}`;
}

export type AuthorCommand =
  | {
      kind: "template";
      /** A goal table (`project`) or a self-evaluation (`selfEvaluation`). */
      form: "project" | "selfEvaluation";
      /** Required, except for a self-evaluation prefilled `--from` a goal table (its profile). */
      profile?: ProfileId;
      out: string;
      /** A self-evaluation: the workbook of the approved goal table to prefill from. */
      from?: string;
      /** Add the table on a new sheet of this name (to `out` if it exists). */
      sheet?: string;
      projectName?: string;
      fundsTotal?: number;
      fundsFiscal?: number;
      fundsOther?: number;
    }
  | {
      kind: "fill";
      input: string;
      out?: string;
      dryRun: boolean;
      /** `json` prints the plan (and what was written) as JSON. */
      format: "text" | "json";
      replaceRepeats: boolean;
      /** Self-evaluations: replace written scores that differ from the computed ones. */
      replaceScores: boolean;
      /** Write the 情况说明 also for unfinished tables. */
      explainAnyway: boolean;
      profile?: ProfileId;
      phrasesPath?: string;
      /** The JSON config whose `scoring` scores self-evaluations (and whose profile applies). */
      configPath?: string;
    };

/** Reads `--name value` and `--name=value` options; flags take no value. */
function readOptions(rest: readonly string[], flags: readonly string[], valued: readonly string[]) {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const seen = new Set<string>();
  walkArgs(
    rest,
    (arg) => positional.push(arg),
    (name, value) => {
      if (flags.includes(name)) seen.add(name);
      else if (valued.includes(name)) values.set(name, value());
      else throw usageError("cli.unknownOption", { option: name });
    }
  );
  return { positional, values, flags: seen };
}

function profileOf(value: string | undefined): ProfileId | undefined {
  return value === undefined ? undefined : profileOption(value);
}

function numberOf(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number)) throw usageError("cli.badNumber", { option, value });
  return number;
}

/** Parses the arguments; a usage error names the command's own usage. */
export function parseAuthorArgs(
  command: "template" | "fill",
  rest: readonly string[]
): AuthorCommand {
  try {
    return command === "template" ? templateArgs(rest) : fillArgs(rest);
  } catch (error) {
    if (error instanceof UsageError)
      throw new CommandUsageError(error.message, authorUsage(command));
    throw error;
  }
}

/** `--form`: the JSON form name (`selfEvaluation`) or its spelled-out option (`self-evaluation`). */
function formOf(value: string | undefined): "project" | "selfEvaluation" {
  if (value === undefined || value === "project") return "project";
  if (value === "self-evaluation" || value === "selfEvaluation") return "selfEvaluation";
  throw usageError("cli.badForm", { value });
}

function templateArgs(rest: readonly string[]): AuthorCommand {
  const { positional, values } = readOptions(
    rest,
    [],
    [
      "--profile",
      "--out",
      "--sheet",
      "--name",
      "--funds",
      "--fiscal",
      "--other",
      "--form",
      "--from",
    ]
  );
  if (positional.length > 0) throw usageError("cli.unknownOption", { option: positional[0] });
  const out = values.get("--out");
  if (!out) throw usageError("cli.missingOut");
  const form = formOf(values.get("--form"));
  const from = values.get("--from");
  if (from !== undefined && form !== "selfEvaluation")
    throw usageError("cli.fromSelfEvaluationOnly");
  // The profile decides the whole table, so it is asked for rather than guessed (a goal
  // table to prefill from brings its own).
  const profile = profileOf(values.get("--profile"));
  if (!profile && from === undefined)
    throw usageError("cli.profileRequired", { choices: PROFILE_CHOICES });
  return {
    kind: "template",
    form,
    profile,
    out,
    from,
    sheet: values.get("--sheet"),
    projectName: values.get("--name"),
    fundsTotal: numberOf("--funds", values.get("--funds")),
    fundsFiscal: numberOf("--fiscal", values.get("--fiscal")),
    fundsOther: numberOf("--other", values.get("--other")),
  };
}

function fillArgs(rest: readonly string[]): AuthorCommand {
  const { positional, values, flags } = readOptions(
    rest,
    ["--dry-run", "--replace-repeats", "--replace-scores", "--explain-anyway"],
    ["--out", "--profile", "--phrases", "--format", "--config"]
  );
  const format = values.get("--format") ?? "text";
  if (format !== "text" && format !== "json") throw usageError("cli.badFormat", { value: format });
  if (positional.length !== 1) throw usageError("cli.fillOneFile");
  const dryRun = flags.has("--dry-run");
  const out = values.get("--out");
  if (!out && !dryRun) throw usageError("cli.missingOut");
  return {
    kind: "fill",
    input: positional[0],
    out,
    dryRun,
    format,
    replaceRepeats: flags.has("--replace-repeats"),
    replaceScores: flags.has("--replace-scores"),
    explainAnyway: flags.has("--explain-anyway"),
    profile: profileOf(values.get("--profile")),
    phrasesPath: values.get("--phrases"),
    configPath: values.get("--config"),
  };
}

/**
 * The child processes that read and check files (file-worker.ts). A `check` or `inspect`
 * run starts its first one before the rest of the CLI has loaded (bin/perfgoal.js): the
 * child then loads its code while the parent loads its own and reads the command line,
 * instead of after. isolation.ts takes that child over when it was started with the run's
 * limits, and starts any other. This module loads nothing of the CLI: it runs first.
 */
import { ChildProcess, fork } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

/** MB of JavaScript heap one file's check may use, unless `--max-memory` says otherwise. */
export const DEFAULT_MAX_MEMORY_MB = 2048;

/**
 * The compiled process's first module (checker-start.js, which runs the bundle when the
 * build made one), or under the test runner file-worker's TypeScript source.
 */
function workerEntry(): { script: string; execArgv: string[] } {
  const compiled = join(__dirname, "checker-start.js");
  if (existsSync(compiled)) return { script: compiled, execArgv: [] };
  return {
    script: join(__dirname, "file-worker.ts"),
    execArgv: ["--require", require.resolve("tsx/cjs")],
  };
}

/**
 * The young generation, at its full size from the start: a check keeps most of what it reads,
 * and each collection of a small young generation copies it again. Under the default heap
 * limit it is 64 MB, four times V8's usual full size. Measured on the 1,000-table workbook, as
 * the checking process reads and checks it with its code cache: ~5–7 % less CPU than at 16 MB
 * (medians of 7 fresh processes, twice), for ~10 MB more peak memory; a small workbook's peak
 * is unchanged (pages are taken as they are used). It is a thirty-second of the heap's limit,
 * so that a lower `--max-memory` still bounds what one file may take.
 */
function youngGeneration(maxMemoryMb: number): string[] {
  const mb = Math.max(1, Math.min(64, Math.floor(maxMemoryMb / 32)));
  return [`--min-semi-space-size=${mb}`, `--max-semi-space-size=${mb}`];
}

/**
 * How much a function runs before V8 considers optimizing it: four times V8's default
 * (67,584 in Node 20). A checking process lives for a few files, and its first check paid
 * for optimizing code it had nearly done with. Measured against the default, CLI runs
 * interleaved in fresh processes (medians of 5–11): 1,000 tables −5 to −6 %, a folder of
 * 50 small workbooks −3 to −4 %, one sample workbook unchanged, 5,000 and 20,000 tables
 * +3 %. Twice the default gained half as much; eight times, nothing.
 */
const INTERRUPT_BUDGET = 4 * 67_584;

/**
 * The V8 flags of a checking process. The build makes the bundle's code cache under the
 * default ones (scripts/checker-code-cache.ts): V8 takes a cache only under the same flags.
 */
export function checkerFlags(maxMemoryMb = DEFAULT_MAX_MEMORY_MB): string[] {
  return [
    ...youngGeneration(maxMemoryMb),
    `--max-old-space-size=${maxMemoryMb}`,
    `--interrupt-budget=${INTERRUPT_BUDGET}`,
  ];
}

/** A child process that reads and checks files, its JavaScript heap capped at `maxMemoryMb`. */
export function forkChecker(maxMemoryMb: number): ChildProcess {
  const entry = workerEntry();
  return fork(entry.script, [], {
    execArgv: [...entry.execArgv, ...checkerFlags(maxMemoryMb)],
    stdio: ["ignore", "ignore", "pipe", "ipc"],
    serialization: "advanced",
  });
}

/** A child started before anyone was there to hear from it, and what it said meanwhile. */
export interface EarlyChecker {
  child: ChildProcess;
  /** It said it is ready for files. */
  ready: boolean;
  /** How it ended, when it did. */
  ended?: string;
}

let early: (EarlyChecker & { maxMemoryMb: number; forget: () => void }) | undefined;

/**
 * Starts the first child of a `check` or `inspect` run, given the command line's arguments.
 * Only with the default heap limit: what `--max-memory` says is known once the arguments
 * are read, and a run that sets it starts its children then.
 */
export function startEarly(argv: readonly string[]): void {
  const [command, ...rest] = argv;
  if (command !== "check" && command !== "inspect") return;
  if (rest.some((arg) => arg === "--help" || arg === "-h" || arg.startsWith("--max-memory")))
    return;
  try {
    const child = forkChecker(DEFAULT_MAX_MEMORY_MB);
    const started: NonNullable<typeof early> = {
      child,
      ready: false,
      maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
      forget: () => {
        child.off("message", onMessage);
        child.off("close", onClose);
        child.off("error", onError);
      },
    };
    const onMessage = (message: unknown) => {
      if (typeof message === "object" && message !== null && "ready" in message)
        started.ready = true;
    };
    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      started.ended ??= signal ?? `exit ${code}`;
    };
    const onError = (error: Error) => {
      child.kill("SIGKILL");
      started.ended ??= error.message.split("\n")[0];
    };
    child.on("message", onMessage);
    child.on("close", onClose);
    child.on("error", onError);
    early = started;
  } catch {
    early = undefined; // the run starts its children itself
  }
}

/** The early child, when it was started with this heap limit; any other early child is ended. */
export function takeEarly(maxMemoryMb: number): EarlyChecker | undefined {
  if (early?.maxMemoryMb !== maxMemoryMb) {
    stopEarly();
    return undefined;
  }
  const taken = early;
  early = undefined;
  taken.forget();
  return taken;
}

/** Ends the early child if no run took it over (the arguments were wrong, or named no file). */
export function stopEarly(): void {
  if (!early) return;
  early.forget();
  early.child.kill("SIGKILL");
  early = undefined;
}

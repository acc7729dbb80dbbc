/**
 * A check run starts its first checking process before the rest of the CLI loads
 * (checker-process.ts): the run takes it over whether or not it has said it is ready, a run
 * with other limits starts its own, and a run that checks nothing ends it.
 */
import { ChildProcess, fork, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, statSync, utimesSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  checkerFlags,
  DEFAULT_MAX_MEMORY_MB,
  startEarly,
  stopEarly,
  takeEarly,
} from "../../src/cli/checker-process";
import { runIsolated } from "../../src/cli/isolation";
import { main } from "../../src/cli/main";
import { TaskResult } from "../../src/cli/task";
import { fixturePath } from "../support/fixtures";

// The child processes load the TypeScript sources.
jest.setTimeout(60_000);

// fork as it is, watched: which processes were started, and when.
jest.mock("child_process", () => {
  const actual = jest.requireActual<typeof import("child_process")>("child_process");
  return { ...actual, fork: jest.fn(actual.fork) };
});
const forks = jest.mocked(fork);

// readFileSync as it is, so that a test can make one read fail.
jest.mock("fs", () => {
  const actual = jest.requireActual<typeof import("fs")>("fs");
  return { ...actual, readFileSync: jest.fn(actual.readFileSync) };
});

const STACKED = fixturePath("hebei-2020-stacked.xlsx");

/** Checks one workbook in one child process; says how many processes the run started itself. */
async function checkStacked(
  maxMemoryMb: number
): Promise<{ results: TaskResult[]; forks: number }> {
  const results: TaskResult[] = [];
  forks.mockClear();
  await runIsolated(
    [{ command: "check", file: STACKED }],
    { timeoutSeconds: 60, maxMemoryMb, processes: 1 },
    (index, result) => (results[index] = result)
  );
  return { results, forks: forks.mock.calls.length };
}

function tablesOf(results: TaskResult[]): number {
  const [result] = results;
  return result.command === "check" ? result.report.tables.length : -1;
}

/** The child process startEarly starts, as fork returned it. */
function startEarlyWatched(argv: string[]): ChildProcess | undefined {
  forks.mockClear();
  startEarly(argv);
  return forks.mock.results[0]?.value as ChildProcess | undefined;
}

afterEach(stopEarly);

describe("the early checking process", () => {
  it("is taken over by the run while it is still loading", async () => {
    expect(startEarlyWatched(["check", STACKED])).toBeDefined();
    const { results, forks } = await checkStacked(DEFAULT_MAX_MEMORY_MB);
    expect(tablesOf(results)).toBe(8);
    expect(forks).toBe(0);
    expect(takeEarly(DEFAULT_MAX_MEMORY_MB)).toBeUndefined();
  });

  it("is taken over by the run once it has said it is ready", async () => {
    const child = startEarlyWatched(["check", STACKED]);
    await new Promise((resolve) => child?.once("message", resolve));
    const { results, forks } = await checkStacked(DEFAULT_MAX_MEMORY_MB);
    expect(tablesOf(results)).toBe(8);
    expect(forks).toBe(0);
  });

  it("is ended, and another started, for a run with another memory limit", async () => {
    const child = startEarlyWatched(["check", STACKED]);
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child?.once("exit", (_code, signal) => resolve(signal))
    );
    const { results, forks } = await checkStacked(300);
    expect(tablesOf(results)).toBe(8);
    expect(forks).toBe(1);
    expect(await ended).toBe("SIGKILL");
  });

  it("is not started for other commands, for help, or when --max-memory is given", () => {
    for (const argv of [
      ["template", "out.xlsx"],
      ["check", STACKED, "--help"],
      ["check", STACKED, "--max-memory", "300"],
      ["check", STACKED, "--max-memory=300"],
    ]) {
      expect(startEarlyWatched(argv)).toBeUndefined();
      expect(takeEarly(DEFAULT_MAX_MEMORY_MB)).toBeUndefined();
    }
  });

  it("is ended when the run fails before it begins", async () => {
    const child = startEarlyWatched(["check", STACKED]);
    const ended = new Promise<NodeJS.Signals | null>((resolve) =>
      child?.once("exit", (_code, signal) => resolve(signal))
    );
    // The first thing main reads is its version, from package.json.
    jest.mocked(readFileSync).mockImplementationOnce(() => {
      throw new Error("EACCES: package.json");
    });
    await expect(main()).rejects.toThrow("EACCES");
    expect(await ended).toBe("SIGKILL");
  });
});

describe("the installed command", () => {
  const bin = join(__dirname, "..", "..", "bin", "perfgoal.js");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 30_000 });

  it("ends when its arguments are wrong or name no workbook, the early process with it", () => {
    expect(run("check", "--bogus", STACKED).status).toBe(2);
    const empty = run("check", mkdtempSync(join(tmpdir(), "perfgoal-empty-")));
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain("共 0 个文件");
  });

  it("checks alike with the early process and without it", () => {
    const early = run("check", STACKED, "--format", "json");
    const late = run("check", STACKED, "--format", "json", "--max-memory", "2048");
    expect(early.status).toBe(1);
    expect(JSON.parse(early.stdout).summary.tables).toBe(8);
    expect(early.stdout).toBe(late.stdout);
  });

  it("runs its checking process from the bundle, with the code cache the build made", () => {
    const start = join(__dirname, "..", "..", "dist", "src", "cli", "checker-start.js");
    const status = (flags: string[]) =>
      spawnSync(process.execPath, [...flags, start, "--code-cache-status"], { encoding: "utf8" })
        .stdout;
    expect(status(checkerFlags())).toBe("accepted\n");
    // Other flags (`--max-memory`): V8 compiles the bundle without the cache, and checks alike.
    expect(status(checkerFlags(300))).toBe("not used\n");
    const other = run("check", STACKED, "--format", "json", "--max-memory", "300");
    expect(other.stdout).toBe(run("check", STACKED, "--format", "json").stdout);
  });

  it("gives the young generation a thirty-second of the heap's limit, at most 64 MB", () => {
    const semiSpace = (flags: string[]) =>
      flags.filter((flag) => /semi-space-size/.test(flag)).map((flag) => flag.split("=")[1]);
    expect(semiSpace(checkerFlags())).toEqual(["64", "64"]);
    expect(semiSpace(checkerFlags(8192))).toEqual(["64", "64"]);
    expect(semiSpace(checkerFlags(300))).toEqual(["9", "9"]);
    // A low limit stays a limit: the young generation does not add its own 64 MB to it.
    expect(semiSpace(checkerFlags(40))).toEqual(["1", "1"]);
  });

  it("passes over a bundle older than tsc's output (a build that stopped before webpack)", () => {
    const start = join(__dirname, "..", "..", "dist", "src", "cli", "checker-start.js");
    const bundle = join(__dirname, "..", "..", "dist", "checker", "file-worker.js");
    const { atime, mtime } = statSync(bundle);
    utimesSync(bundle, atime, new Date(0));
    try {
      const status = spawnSync(
        process.execPath,
        [...checkerFlags(), start, "--code-cache-status"],
        { encoding: "utf8" }
      ).stdout;
      expect(status).toBe("no bundle\n");
    } finally {
      utimesSync(bundle, atime, mtime);
    }
  });
});

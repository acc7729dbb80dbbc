/**
 * What a checking process runs first: the bundled checking process (dist/checker, see
 * webpack.checker.config.js) compiled with the code cache the build wrote beside it, or,
 * where there is no bundle (a build without it, the test runner), file-worker.ts itself.
 * V8 takes the cache only when it was made by the same Node with the same flags (see
 * checkerFlags); otherwise it compiles the bundle as usual, a little slower.
 *
 * `checker-start.js --write-code-cache SAMPLE` is the build's step that makes the cache:
 * it checks SAMPLE, so that the functions a check runs are in it too.
 * `checker-start.js --code-cache-status` prints whether V8 took the cache, or that there is no
 * current bundle (for the tests).
 */
import { readFileSync, renameSync, statSync, writeFileSync } from "fs";
import Module, { createRequire } from "module";
import { dirname, join } from "path";
import { Script } from "vm";

const BUNDLE = join(__dirname, "..", "..", "checker", "file-worker.js");
const CODE_CACHE = join(__dirname, "..", "..", "checker", "file-worker.code-cache");

type Worker = typeof import("./file-worker");

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's source, unless tsc has written file-worker.js since the bundle was made (a
 * build that stopped before webpack): a stale bundle would check with yesterday's rules.
 */
function currentBundle(): string | undefined {
  try {
    const compiled = statSync(join(__dirname, "file-worker.js")).mtimeMs;
    if (statSync(BUNDLE).mtimeMs < compiled) return undefined;
    return readFileSync(BUNDLE, "utf8");
  } catch {
    return undefined;
  }
}

/** The bundle run as a CommonJS module, and the compiled script it came from. */
function loadBundle(source: string): { worker: Worker; script: Script } {
  const script = new Script(Module.wrap(source), {
    filename: BUNDLE,
    cachedData: readIfThere(CODE_CACHE),
  });
  const module = { exports: {} as Worker };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { worker: module.exports, script };
}

/** Checks the sample, then writes the cache whole or not at all. */
function writeCodeCache(worker: Worker, script: Script, sample: string | undefined): void {
  if (sample) worker.performTask({ command: "check", file: sample });
  const partial = `${CODE_CACHE}.${process.pid}`;
  writeFileSync(partial, script.createCachedData());
  renameSync(partial, CODE_CACHE);
}

const source = currentBundle();
if (source === undefined) {
  require("./file-worker");
  if (process.argv.includes("--code-cache-status")) console.log("no bundle");
} else {
  const { worker, script } = loadBundle(source);
  const at = process.argv.indexOf("--write-code-cache");
  if (at >= 0) writeCodeCache(worker, script, process.argv[at + 1]);
  else if (process.argv.includes("--code-cache-status"))
    console.log(script.cachedDataRejected === false ? "accepted" : "not used");
}

/**
 * Reads workbook bytes in a child process, so that a hang, an unbounded allocation or a crash
 * fails the test that caused it without stalling or killing the test run.
 */
import { spawn, spawnSync } from "child_process";
import { repoRoot } from "./paths";

const SCRIPT = [
  'const { readWorkbookSnapshots } = require("./src/hosts/xlsx/read.ts");',
  "const chunks = [];",
  'process.stdin.on("data", (c) => chunks.push(c));',
  'process.stdin.on("end", () => {',
  "  try {",
  "    const sheets = readWorkbookSnapshots(Buffer.concat(chunks));",
  "    const sizes = sheets.map((s) => s.values.length + 'x' + (s.values[0] || []).length + (s.cut ? ' ' + JSON.stringify(s.cut) : ''));",
  "    console.log('read ' + sizes.join(', '));",
  "  } catch (e) { console.log(e.constructor.name + ' ' + (e.key || '') + ': ' + e.message); }",
  "});",
].join("\n");

export interface ChildLimits {
  /** MB of heap the child may use; Node's own ceiling when absent. */
  memoryMb?: number;
  /** Milliseconds before the child is killed. */
  timeoutMs: number;
}

/**
 * What the child makes of the bytes: `read <rows>x<cols> [cut]` per sheet, or
 * `<ErrorClass> <key>: <message>`; `killed (<signal>)` or `exit <code>` when it died.
 */
export function readInChild(
  bytes: Uint8Array,
  { memoryMb, timeoutMs }: ChildLimits
): Promise<string> {
  const limit = memoryMb ? [`--max-old-space-size=${memoryMb}`] : [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...limit, "--import", "tsx", "-e", SCRIPT], {
      cwd: repoRoot(),
      stdio: ["pipe", "pipe", "ignore"],
      timeout: timeoutMs,
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("close", (code, signal) =>
      resolve(signal ? `killed (${signal})` : code ? `exit ${code}` : out.trim())
    );
    child.stdin.end(bytes);
  });
}

/**
 * What a script (TypeScript from the repo's root, through tsx) printed, and the signal that
 * stopped it when it ran past `timeoutMs`: for code that would hang the test runner.
 */
export function runInChild(
  script: string,
  timeoutMs: number
): { signal: NodeJS.Signals | null; out: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    cwd: repoRoot(),
    encoding: "utf8",
    timeout: timeoutMs,
  });
  return { signal: run.signal, out: run.stdout.trim() };
}

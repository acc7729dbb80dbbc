/**
 * Cells holding the longest text a cell can, made to trip the patterns (see
 * test/support/hostile-texts.ts). A pattern that goes back over a text from each place it
 * could start takes seconds on one such text, and a workbook can hold thousands: before such
 * patterns were rewritten, 40 tables of 一 took 74 s to check, of `申报表(` 10 s, and 80
 * tables of stars did not end within the test's two minutes; later, 10 tables of a label with
 * stars in brackets took 33 s, and of digits after a Chinese character 12 s. Numbers under a
 * number format of 32,000 characters whose quotes never close are checked last (before the
 * format was scanned in one pass, 10 such tables took 21 s).
 *
 * A check is synchronous: only a child process can be stopped when one hangs, so they are
 * all checked in one, which names each text before checking it.
 */
import { spawn } from "child_process";
import { HOSTILE_TEXTS } from "../support/hostile-texts";
import { repoRoot } from "../support/paths";

const TABLES = 80;

const SCRIPT = [
  'const { checkWorkbook } = require("./src/domain/check.ts");',
  'const { HOSTILE_FORMAT, HOSTILE_TEXTS, sheetOfFormat, sheetOfText } = require("./test/support/hostile-texts.ts");',
  "for (const [name, text] of HOSTILE_TEXTS) {",
  "  console.log(name);",
  `  console.log(checkWorkbook([sheetOfText(text, ${TABLES})]).sheets[0].tables.length);`,
  "}",
  'console.log("number format");',
  `console.log(checkWorkbook([sheetOfFormat(HOSTILE_FORMAT, ${TABLES})]).sheets[0].tables.length);`,
].join("\n");

/** What the child printed, and how it ended. */
function checkAllInChild(): Promise<{ lines: string[]; end: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", SCRIPT], {
      cwd: repoRoot(),
      stdio: ["ignore", "pipe", "inherit"],
      // Some 10–20 s of checking under load; the patterns as they were took minutes.
      timeout: 120_000,
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("close", (code, signal) =>
      resolve({
        lines: out.trim().split("\n"),
        end: signal ? `killed (${signal})` : `exit ${code}`,
      })
    );
  });
}

it("cells holding the longest text a cell can, made to trip patterns: every table found, in time", async () => {
  const { lines, end } = await checkAllInChild();
  // On a hang, the last name printed is the text being checked.
  expect({ end, last: lines[lines.length - 1] }).toEqual({ end: "exit 0", last: String(TABLES) });
  expect(lines).toEqual([
    ...HOSTILE_TEXTS.flatMap(([name]) => [name, String(TABLES)]),
    "number format",
    String(TABLES),
  ]);
}, 130_000);

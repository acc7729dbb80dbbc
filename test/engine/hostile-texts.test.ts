/**
 * Cells holding the longest text a cell can, made to trip the patterns (see
 * test/support/hostile-texts.ts). A pattern that goes back over a text from each place it
 * could start takes seconds on one such text, and a workbook can hold thousands: before
 * such patterns were rewritten, 40 tables of 一 took 74 s to check, and of `申报表(` 10 s.
 */
import { spawn } from "child_process";
import { checkWorkbook } from "../../src/domain/check";
import { CELL_LIMIT, HOSTILE_TEXTS, sheetOfText } from "../support/hostile-texts";
import { repoRoot } from "../support/paths";

describe("cells holding the longest text a cell can, made to trip patterns", () => {
  it.each(HOSTILE_TEXTS)("%s: checked, every table found", (_name, text) => {
    expect(text.length).toBeGreaterThan(CELL_LIMIT - 10);
    expect(checkWorkbook([sheetOfText(text, 5)]).sheets[0].tables).toHaveLength(5);
  });

  it("all of them, 80 tables each, are checked in a child process within its time limit", async () => {
    // Some 10–20 s of checking here, under load; the patterns as they were took minutes. A
    // check is synchronous: only a child process can be stopped when one hangs.
    const script = [
      'const { checkWorkbook } = require("./src/domain/check.ts");',
      'const { HOSTILE_TEXTS, sheetOfText } = require("./test/support/hostile-texts.ts");',
      "for (const [, text] of HOSTILE_TEXTS)",
      "  console.log(checkWorkbook([sheetOfText(text, 80)]).sheets[0].tables.length);",
    ].join("\n");
    const outcome = await new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "-e", script], {
        cwd: repoRoot(),
        stdio: ["ignore", "pipe", "inherit"],
        timeout: 120_000,
      });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      child.on("close", (code, signal) =>
        resolve(signal ? `killed (${signal})` : `${code}\n${out}`)
      );
    });
    expect(outcome.trim().split("\n")).toEqual(["0", ...HOSTILE_TEXTS.map(() => "80")]);
  }, 130_000);
});

/**
 * One file cannot take down a batch: each file is checked in a child process with a memory
 * and a time limit; a file that exhausts either is one error entry, and every other file is
 * still reported, in the order given, whatever the number of processes.
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { denseWorkbook } from "../support/hostile";

// Each run checks its files in child processes that load the TypeScript sources.
jest.setTimeout(120_000);

const folder = mkdtempSync(join(tmpdir(), "perfgoal-isolation-"));
const good1 = join(folder, "1-good.xlsx");
const dense = join(folder, "2-dense.xlsx");
const notWorkbook = join(folder, "3-notes.xlsx");
const pipe = join(folder, "4-pipe.xlsx");
const good2 = join(folder, "5-good.xlsx");
copyFileSync(fixturePath("hebei-2020-stacked.xlsx"), good1);
// A million cells within the 256 columns read: well over 40 MB, however lean the reader.
writeFileSync(dense, denseWorkbook(4000, 500));
writeFileSync(notWorkbook, "这不是工作簿");
execFileSync("mkfifo", [pipe]);
copyFileSync(fixturePath("hebei-2020-seed.xlsx"), good2);

interface JsonFile {
  file: string;
  error?: string;
  tables: unknown[];
}

describe("a folder with a file that exhausts its memory, a bad file and a pipe", () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    result = await runCli("check", folder, "--max-memory", "40", "--format", "json");
  });

  it("reports every readable file, in order, and the bad ones as errors", () => {
    const files: JsonFile[] = JSON.parse(result.stdout).files;
    expect(files.map((f) => f.file)).toEqual([good1, dense, notWorkbook, good2]);
    expect(files[0].tables).toHaveLength(8);
    expect(files[1].error).toContain("处理所需内存超过 40 MB");
    expect(files[2].error).toContain("不是 .xlsx 工作簿");
    expect(files[3].tables).toHaveLength(8);
    expect(result.code).toBe(2);
  });

  it("says why in one line per bad file on stderr, without a stack trace", () => {
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("4-pipe.xlsx");
    expect(lines[1]).toContain("2-dense.xlsx");
    expect(lines[1]).toContain("--max-memory");
    expect(lines[2]).toContain("3-notes.xlsx");
    expect(result.stderr).not.toMatch(/\n\s+at |FATAL|heap/);
  });
});

describe("the same folder in text", () => {
  it("gives each file its line, the bad ones with their reason, and a failing total", async () => {
    const { code, stdout } = await runCli("check", folder, "--max-memory", "40", "--quiet");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^✔|^✖/);
    expect(lines[0]).toContain(`${good1}  8 张表`);
    expect(lines[1]).toMatch(/^✖ .*2-dense\.xlsx {2}处理所需内存超过 40 MB/);
    expect(lines[2]).toMatch(/^✖ .*3-notes\.xlsx {2}不是 \.xlsx 工作簿/);
    expect(lines[3]).toContain(`${good2}  8 张表`);
    expect(lines[4]).toMatch(/^✖ 共 4 个文件、16 张表：.*；2 个文件无法检查$/);
    expect(code).toBe(2);
  });
});

describe("inspect on the same folder", () => {
  it("is isolated alike", async () => {
    const { code, stdout } = await runCli(
      "inspect",
      folder,
      "--max-memory",
      "40",
      "--format",
      "json"
    );
    const files: { file: string; error?: string; tables: unknown[] }[] = JSON.parse(stdout).files;
    expect(files.map((f) => f.file)).toEqual([good1, dense, notWorkbook, good2]);
    expect(files[1].error).toContain("处理所需内存超过 40 MB");
    expect(files[3].tables).toHaveLength(8);
    expect(code).toBe(2);
  });
});

describe("a file over the time limit", () => {
  const slow = mkdtempSync(join(tmpdir(), "perfgoal-slow-"));
  writeFileSync(join(slow, "a-dense.xlsx"), denseWorkbook(2000, 500));
  copyFileSync(notWorkbook, join(slow, "b-notes.xlsx"));
  copyFileSync(good1, join(slow, "c-good.xlsx"));

  it("is stopped and reported, and the files after it are still checked", async () => {
    // One process: the one stopped must be replaced for the rest of the run.
    const { code, stdout } = await runCli(
      "check",
      slow,
      "--timeout",
      "0.001",
      "--jobs",
      "1",
      "--format",
      "json"
    );
    const files: JsonFile[] = JSON.parse(stdout).files;
    expect(files.map((f) => f.file)).toEqual(
      ["a-dense.xlsx", "b-notes.xlsx", "c-good.xlsx"].map((name) => join(slow, name))
    );
    expect(files[0].error).toContain("处理超过 0.001 秒仍未完成");
    // A millisecond is too short for any workbook; a file that is not one may be told so first.
    expect(files[1].error).toMatch(/处理超过 0\.001 秒|不是 \.xlsx 工作簿/);
    // Checked by a fresh process after the first was stopped; too short a time, most likely.
    if (files[2].error) expect(files[2].error).toContain("处理超过 0.001 秒");
    else expect(files[2].tables).toHaveLength(8);
    expect(code).toBe(2);
  });
});

describe("the number of processes", () => {
  const mixed = mkdtempSync(join(tmpdir(), "perfgoal-mixed-"));
  for (const [name, from] of [
    ["a.xlsx", good1],
    ["b.xlsx", notWorkbook],
    ["c.xlsx", good2],
    ["d.xlsx", good1],
  ])
    copyFileSync(from, join(mixed, name));

  it.each(["text", "json"])("does not change the %s report", async (format) => {
    const one = await runCli("check", mixed, "--jobs", "1", "--format", format);
    const two = await runCli("check", mixed, "--jobs", "2", "--format", format);
    expect(two).toEqual(one);
    expect(one.code).toBe(2);
  });
});

describe("limits on the command line", () => {
  it.each([
    [["--timeout", "0"], "选项 --timeout 至少为 0.001"],
    [["--timeout", "soon"], "选项 --timeout 需要数字"],
    [["--max-memory", "8"], "选项 --max-memory 至少为 32"],
    [["--jobs", "1.5"], "选项 --jobs 需要数字"],
  ])("%j is refused", async (options, message) => {
    const { code, stderr } = await runCli("check", good1, ...options);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

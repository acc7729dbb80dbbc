/**
 * Batch use of `check` and `inspect`: folders with their subfolders in natural order, one line
 * per file, colour only where it belongs, progress only on a terminal, each command's own help,
 * and a closed output pipe ending the run quietly.
 */
import { ChildProcess, spawn } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import * as XLSX from "@e965/xlsx";
import { run } from "../../src/cli/main";
import { wantsColour } from "../../src/cli/terminal";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";

// Each run checks its files in child processes that load the TypeScript sources.
jest.setTimeout(120_000);

const STACKED = fixturePath("hebei-2020-stacked.xlsx");
const SEED = fixturePath("hebei-2020-seed.xlsx");

const root = mkdtempSync(join(tmpdir(), "perfgoal-batch-"));
const sub = join(root, "乙区");
mkdirSync(join(sub, "深层"), { recursive: true });
copyFileSync(STACKED, join(root, "单位10.xlsx"));
copyFileSync(SEED, join(root, "单位2.xlsx"));
writeFileSync(join(root, "单位3.xlsx"), "这不是工作簿");
copyFileSync(STACKED, join(sub, "单位1.xlsx"));
copyFileSync(SEED, join(sub, "深层", "单位9.xlsx"));
const ALL = [
  "单位2.xlsx",
  "单位3.xlsx",
  "单位10.xlsx",
  join("乙区", "单位1.xlsx"),
  join("乙区", "深层", "单位9.xlsx"),
].map((name) => join(root, name));

async function runWith(
  argv: string[],
  terminal: { colour?: boolean; progress?: boolean },
  progressAfterMs?: number
) {
  let stdout = "";
  let stderr = "";
  const code = await run(
    argv,
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), ...terminal },
    { progressAfterMs }
  );
  return { code, stdout, stderr };
}

describe("a folder", () => {
  it("is searched with its subfolders, in natural order (单位2 before 单位10)", async () => {
    const { stdout } = await runCli("check", root, "--format", "json");
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual(ALL);
  });

  it("without its subfolders with --no-recursive", async () => {
    const { stdout } = await runCli("inspect", root, "--no-recursive", "--format", "json");
    expect(JSON.parse(stdout).files.map((f: { file: string }) => f.file)).toEqual(ALL.slice(0, 3));
  });
});

describe("every kind of workbook a folder holds", () => {
  it("is checked, whatever saved it: .xlsx, .xlsm, .xls, .xlsb, WPS's .et, .ods", async () => {
    const folder = mkdtempSync(join(tmpdir(), "perfgoal-kinds-"));
    const seed = XLSX.read(readFileSync(SEED), { cellNF: true });
    copyFileSync(SEED, join(folder, "a.xlsx"));
    copyFileSync(SEED, join(folder, "b.xlsm"));
    const written: [string, XLSX.BookType][] = [
      ["c.xls", "biff8"],
      ["d.xlsb", "xlsb"],
      ["f.ods", "ods"],
    ];
    for (const [name, bookType] of written)
      writeFileSync(join(folder, name), XLSX.write(seed, { type: "buffer", bookType }) as Buffer);
    // WPS Spreadsheets' .et is a compound file of the kind an .xls is.
    copyFileSync(join(folder, "c.xls"), join(folder, "e.et"));
    // Not workbooks: a document and a scan beside them, said in one line; the lock file of
    // an open workbook, a Mac's hidden files (one named as a workbook) and Windows'
    // thumbnails, which no one put there, not even counted.
    writeFileSync(join(folder, "说明.docx"), "不是工作簿");
    writeFileSync(join(folder, "扫描件.PDF"), "不是工作簿");
    for (const name of ["~$a.xlsx", "._a.xlsx", ".DS_Store", "Thumbs.db"])
      writeFileSync(join(folder, name), "");
    const { stdout, stderr } = await runCli("check", folder, "--format", "json");
    expect(stderr).toBe(
      `perfgoal: ${folder}: 另有 2 个文件不是工作簿，未检查（.docx 1 个、.pdf 1 个） / ` +
        "not workbooks, not checked: 2 (.docx 1, .pdf 1)\n"
    );
    const files = (JSON.parse(stdout) as { files: { file: string; tables: unknown[] }[] }).files;
    expect(files.map((f) => basename(f.file))).toEqual([
      "a.xlsx",
      "b.xlsm",
      "c.xls",
      "d.xlsb",
      "e.et",
      "f.ods",
    ]);
    for (const file of files)
      expect({ file: basename(file.file), tables: file.tables.length }).toEqual({
        file: basename(file.file),
        tables: 8,
      });
  });
});

describe("the text report", () => {
  let full: Awaited<ReturnType<typeof runCli>>;
  let quiet: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    full = await runCli("check", root);
    quiet = await runCli("check", root, "--quiet");
  });

  it("gives each file one line: its mark, name and counts, or why it could not be read", () => {
    expect(quiet.stdout.split("\n")).toEqual([
      `✖ ${ALL[0]}  8 张表：1 个错误，32 个警告，21 个提示`,
      `✖ ${ALL[1]}  不是 .xlsx 工作簿（文件内容不是 ZIP 压缩包） / not an .xlsx workbook (the file is not a ZIP archive)`,
      `✖ ${ALL[2]}  8 张表：1 个错误，32 个警告，21 个提示`,
      `✖ ${ALL[3]}  8 张表：1 个错误，32 个警告，21 个提示`,
      `✖ ${ALL[4]}  8 张表：1 个错误，32 个警告，21 个提示`,
      "✖ 共 5 个文件、32 张表：4 个错误，128 个警告，84 个提示；1 个文件无法检查",
      "",
    ]);
    expect(quiet.code).toBe(2);
  });

  it("without --quiet, follows each file's line with its tables and findings", () => {
    const lines = full.stdout.split("\n");
    expect(lines[0]).toBe(quiet.stdout.split("\n")[0]);
    expect(lines[1]).toBe("  [项目1]");
    expect(full.stdout).toContain(`\n${quiet.stdout.split("\n")[1]}\n\n✖ ${ALL[2]}`);
    expect(lines.filter((line) => /^ {2}表 \d/.test(line))).toHaveLength(32);
  });

  it("says why a file could not be read once on stdout and once on stderr, not more", () => {
    for (const output of [full.stdout, full.stderr])
      expect(output.split("不是 .xlsx 工作簿")).toHaveLength(2);
    expect(full.stderr).toBe(
      `perfgoal: ${ALL[1]}: 不是 .xlsx 工作簿（文件内容不是 ZIP 压缩包） / not an .xlsx workbook (the file is not a ZIP archive)\n`
    );
  });

  it("an unreadable file alone is not a green ✔", async () => {
    const { code, stdout } = await runCli("check", ALL[1]);
    expect(stdout.trimEnd().split("\n").pop()).toBe(
      "✖ 共 1 个文件、0 张表：0 个错误，0 个警告，0 个提示；1 个文件无法检查"
    );
    expect(code).toBe(2);
  });
});

describe("colour", () => {
  it("is used on a terminal, and never with NO_COLOR or off a terminal", () => {
    expect(wantsColour(true, {})).toBe(true);
    expect(wantsColour(true, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColour(false, {})).toBe(false);
    expect(wantsColour(undefined, {})).toBe(false);
  });

  it("marks severities and the result when wanted, and nothing otherwise", async () => {
    const coloured = await runWith(["check", STACKED], { colour: true });
    expect(coloured.stdout).toContain("\u001b[31m错误\u001b[39m");
    expect(coloured.stdout).toContain("\u001b[31m✖\u001b[39m");
    const plain = await runWith(["check", STACKED], {});
    expect(plain.stdout).not.toContain("\u001b");
    const uncoloured = coloured.stdout
      .split("\u001b")
      .map((part, i) => (i === 0 ? part : part.replace(/^\[\d+m/, "")))
      .join("");
    expect(plain.stdout).toBe(uncoloured);
  });
});

describe("progress", () => {
  it("is shown on a terminal's stderr and cleared at the end", async () => {
    const { stderr, stdout } = await runWith(
      ["check", root, "--format", "json"],
      { progress: true },
      0
    );
    expect(stderr).toContain("已检查 ");
    expect(stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(stdout).not.toContain("已检查");
  });

  it("is not shown when stderr is not a terminal", async () => {
    const { stderr } = await runWith(["check", root, "--format", "json"], {}, 0);
    expect(stderr).not.toContain("已检查");
  });
});

describe("help and usage", () => {
  it("perfgoal --help lists every command", async () => {
    const { code, stdout } = await runCli("--help");
    expect(code).toBe(0);
    for (const command of ["check", "inspect", "template", "fill"])
      expect(stdout).toContain(`用法：perfgoal ${command}`);
  });

  it.each([
    ["check", "--quiet"],
    ["inspect", "--no-recursive"],
    ["template", "指标体系（必填）"],
    ["fill", "--replace-repeats"],
  ])("perfgoal %s --help shows that command's own usage", async (command, text) => {
    const { code, stdout } = await runCli(command, "--help");
    expect(code).toBe(0);
    expect(stdout.startsWith(`用法：perfgoal ${command}`)).toBe(true);
    expect(stdout).toContain(text);
    for (const other of ["check", "inspect", "template", "fill"].filter((c) => c !== command))
      expect(stdout).not.toContain(`perfgoal ${other}`);
  });

  it("no command exits 2 with the general usage", async () => {
    const { code, stdout, stderr } = await runCli();
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("请指定命令");
    expect(stderr).toContain("perfgoal <命令> --help");
  });

  it("a usage error shows the usage of the command it concerns", async () => {
    const { code, stderr } = await runCli("fill", STACKED, "--bogus");
    expect(code).toBe(2);
    expect(stderr).toContain("用法：perfgoal fill");
    expect(stderr).not.toContain("perfgoal check");
  });
});

describe("a run that is stopped", () => {
  const many = mkdtempSync(join(tmpdir(), "perfgoal-pipe-"));
  for (let i = 1; i <= 30; i++) copyFileSync(STACKED, join(many, `单位${i}.xlsx`));
  const bin = join(__dirname, "..", "..", "bin", "perfgoal.js");

  /** Runs the built CLI on the folder; `onFirstOutput` acts once the first file is printed. */
  async function stopAfterFirstFile(onFirstOutput: (child: ChildProcess) => void) {
    const child = spawn(process.execPath, [bin, "check", many], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    child.stdout?.once("data", () => onFirstOutput(child));
    const status = await new Promise<number | null>((resolve) =>
      child.on("close", (code) => resolve(code))
    );
    return { status, stderr };
  }

  it("by a closed output pipe ends quietly, as a reader like head expects", async () => {
    const { status, stderr } = await stopAfterFirstFile((child) => child.stdout?.destroy());
    expect(stderr).toBe("");
    expect(status).toBe(141);
  });

  it("by SIGTERM ends at once with status 143, without a word", async () => {
    const { status, stderr } = await stopAfterFirstFile((child) => child.kill("SIGTERM"));
    expect(stderr).toBe("");
    expect(status).toBe(143);
  });
});

/**
 * A folder run over the whole hostile corpus (test/support/hostile.ts), a pipe and two good
 * workbooks around it: every readable file is reported with its tables, every other with
 * one clear line, none crashes or hangs the run, and the pipe is skipped with a line.
 */
import { execFileSync } from "child_process";
import { copyFileSync } from "fs";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { writeHostileCorpus } from "../support/hostile";
import { scratchFolder } from "../support/scratch";

// The corpus is written once (two ~600 KB bombs among it); each file is checked in a child.
jest.setTimeout(120_000);

interface FileJson {
  file: string;
  error?: string;
  tables: unknown[];
  findings: { ruleId: string }[];
}

const folder = scratchFolder("perfgoal-hostile-folder-").dir;
let written: string[] = [];

beforeAll(async () => {
  written = await writeHostileCorpus(folder);
  copyFileSync(fixturePath("hebei-2020-seed.xlsx"), join(folder, "0-good.xlsx"));
  copyFileSync(fixturePath("hebei-2020-stacked.xlsx"), join(folder, "z-good.xlsx"));
  execFileSync("mkfifo", [join(folder, "pipe.xlsx")]);
});

/** What each kind of hostile file must give: its tables, or the start of its one line. */
const EXPECTED: Record<string, number | RegExp> = {
  "0-good.xlsx": 8,
  "z-good.xlsx": 8,
  "dimension-xfd.xlsx": 8,
  "dimension-amj.xlsx": 8,
  "zip64.xlsx": 8,
  "case-mismatched.xlsx": 8,
  "damaged-properties.xls": 8,
  "far-apart.xlsx": 0,
  "far-apart-xml.xls": 0,
  "one-cell-far-right.xlsx": 0,
  "overlapping-merges.xlsx": 1,
  "long-formats.xlsx": 0,
  "long-format-sheetjs.xlsx": 0,
  "bomb-declared.xlsx":
    /^工作簿中的 xl\/worksheets\/sheet1\.xml 解压后约 601 MB，超过单个部件 256 MB 的上限/,
  "bomb-hidden.xlsx": /^工作簿已损坏，无法解压/,
  "damaged.xlsx": /^工作簿已损坏，无法解压/,
  "same-sheet-names.xlsx": /^工作簿中有两张名为“项目1”的工作表，文件可能已损坏/,
  "no-sheets.xlsx": /^工作簿中没有工作表，文件可能已损坏/,
  "encrypted.xlsx": /^工作簿设有打开密码（已加密），请去除密码后再检查/,
  "bomb-content.ods": /^工作簿中的 content\.xml 解压后约 601 MB，超过单个部件 256 MB 的上限/,
  "encrypted.ods": /^工作簿设有打开密码（已加密），请去除密码后再检查/,
  "encrypted.xls": /^工作簿设有打开密码（已加密），请去除密码后再检查/,
};

it("the corpus is what this test expects", () => {
  expect([...written, "0-good.xlsx", "z-good.xlsx"].sort()).toEqual(Object.keys(EXPECTED).sort());
});

it("every file is reported: its tables, or one line saying why it was not read", async () => {
  const { code, stdout, stderr } = await runCli("check", folder, "--format", "json");
  expect(code).toBe(2);
  const files = (JSON.parse(stdout) as { files: FileJson[] }).files;
  const got = Object.fromEntries(
    files.map((f) => [f.file.slice(folder.length + 1), f.error ?? f.tables.length])
  );
  expect(Object.keys(got).sort()).toEqual(Object.keys(EXPECTED).sort());
  for (const [name, expected] of Object.entries(EXPECTED)) {
    if (typeof expected === "number")
      expect({ name, got: got[name] }).toEqual({ name, got: expected });
    else {
      expect(got[name]).toMatch(expected);
      expect(String(got[name])).not.toContain("\n");
    }
  }
  // The cut sheets say what was cut.
  const cut = [
    "far-apart",
    "one-cell-far-right",
    "overlapping-merges",
    "long-formats",
    "long-format-sheetjs",
  ];
  for (const name of [...cut.map((stem) => `${stem}.xlsx`), "far-apart-xml.xls"]) {
    const file = files.find((f) => f.file.endsWith(name));
    expect(file?.findings.map((finding) => finding.ruleId)).toContain("read/sheet-cut");
  }
  expect(stderr).toContain("pipe.xlsx: 不是普通文件（管道、设备或套接字），已跳过");
});

it("the text report has one line per file, in the order of their names", async () => {
  const { stdout } = await runCli("check", folder);
  const fileLines = stdout.split("\n").filter((line) => line.includes(folder));
  expect(
    fileLines.map((line) => line.slice(line.indexOf(folder) + folder.length + 1).split(" ")[0])
  ).toEqual(Object.keys(EXPECTED).sort());
});

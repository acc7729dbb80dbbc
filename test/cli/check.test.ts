/** `perfgoal check`: both output formats, exit codes, bad files and bad usage. */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";

// Each run checks its files in child processes that load the TypeScript sources.
jest.setTimeout(60_000);

const STACKED = fixturePath("hebei-2020-stacked.xlsx");
const SEED = fixturePath("hebei-2020-seed.xlsx");
const scratch = mkdtempSync(join(tmpdir(), "perfgoal-cli-"));

describe("text output", () => {
  let code: number;
  let stdout: string;
  beforeAll(async () => {
    ({ code, stdout } = await runCli("check", STACKED));
  });

  it("groups findings by file, sheet and table, one a line, then a summary", () => {
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`✖ ${STACKED}  8 张表：1 个错误，32 个警告，21 个提示`);
    expect(lines[1]).toBe("  [绩效目标表]");
    expect(lines[2]).toBe(
      "  表 1：土地转用征收组卷费用 (2017-2020)（项目支出绩效目标表，A3:H15，4 行指标）"
    );
    expect(stdout).toMatch(
      /^ {4}F48 {4}错误 {2}定性与定量混写：“形成数据库”.*indicator\/qualitative-with-number$/m
    );
    expect(stdout).toMatch(
      /^ {4}G21 {4}警告 {2}“实施单位”为空，请填写 {2}header\/missing-recommended$/m
    );
    expect(lines.filter((line) => /^ {2}表 \d/.test(line))).toHaveLength(8);
    // Each finding's suggestion below it.
    expect(stdout).toMatch(/^ {4}F48 .*\n {11}建议：.*定性则删去数值/m);
    expect(stdout.trimEnd().split("\n").pop()).toBe(
      "✖ 共 1 个文件、8 张表：1 个错误，32 个警告，21 个提示"
    );
  });

  it("exits 1 when errors were found", () => {
    expect(code).toBe(1);
  });
});

describe("JSON output", () => {
  it("has the documented shape", async () => {
    const { code, stdout } = await runCli("check", STACKED, SEED, "--format", "json");
    const report = JSON.parse(stdout);
    expect(code).toBe(1);
    expect(report.summary).toEqual({
      files: 2,
      tables: 16,
      errors: 2,
      warnings: 64,
      infos: 42,
      unreadable: 0,
    });
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([STACKED, SEED]);
    const table = report.files[0].tables[2];
    expect(table).toMatchObject({
      sheet: "绩效目标表",
      range: "A37:H49",
      form: "project",
      projectName: "第三次全国国土调查",
      profile: "mof-2015",
      indicatorCount: 4,
      filledIndicatorCount: 4,
    });
    const error = table.findings.find((f: { severity: string }) => f.severity === "error");
    expect(error).toEqual({
      ruleId: "indicator/qualitative-with-number",
      messageId: "mixed",
      severity: "error",
      sheet: "绩效目标表",
      address: "F48",
      message: "定性与定量混写：“形成数据库”的符号为“文字描述”，值却是 100",
      messageEn:
        'qualitative and quantitative mixed: "形成数据库" has the marker "文字描述" and the number 100',
      suggestion: expect.stringContaining("定性则删去数值"),
      suggestionEn: expect.any(String),
    });
  });
});

describe("profiles and configuration", () => {
  it("--profile mof-2021 asks every table for 成本指标", async () => {
    const { stdout } = await runCli("check", STACKED, "--format", "json", "--profile", "mof-2021");
    const tables = JSON.parse(stdout).files[0].tables;
    expect(tables.every((t: { profile: string }) => t.profile === "mof-2021")).toBe(true);
    expect(stdout).toContain("缺少“成本指标”");
  });

  it("a config switches a rule off and changes a severity", async () => {
    const config = join(scratch, "config.json");
    writeFileSync(
      config,
      JSON.stringify({
        rules: { "indicator/qualitative-with-number": "warning", "style/percent-word": "off" },
      })
    );
    const { code, stdout } = await runCli("check", STACKED, "--format", "json", "--config", config);
    expect(code).toBe(0);
    expect(stdout).not.toContain("style/percent-word");
    expect(JSON.parse(stdout).summary).toMatchObject({ errors: 0, warnings: 33 });
  });

  it.each([
    [{ rulez: {} }, "未知的配置项 “rulez”"],
    [{ rules: { "indicator/no-such-rule": "off" } }, "未知的规则 “rules.indicator/no-such-rule”"],
    [
      { rules: { "indicator/missing-unit": "fatal" } },
      '“rules.indicator/missing-unit” 的设置 "fatal" 无效',
    ],
    [{ profile: "beijing" }, '“profile” 的值 "beijing" 无效'],
  ])("a bad config %j exits 2 naming the bad key", async (content, message) => {
    const config = join(scratch, "bad.json");
    writeFileSync(config, JSON.stringify(content));
    const { code, stderr, stdout } = await runCli("check", STACKED, "--config", config);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a config that is not JSON exits 2", async () => {
    const config = join(scratch, "broken.json");
    writeFileSync(config, "{ rules: ");
    const { code, stderr } = await runCli("check", STACKED, "--config", config);
    expect(code).toBe(2);
    expect(stderr).toContain("不是有效的 JSON");
  });
});

describe("bad usage and bad files", () => {
  it.each([
    [["lint", STACKED], "未知的命令 “lint”"],
    [["check"], "请至少指定一个 .xlsx 文件"],
    [["check", STACKED, "--format", "xml"], "输出格式 “xml” 无效"],
    [["check", STACKED, "--profile", "beijing"], "规范 “beijing” 无效"],
    [["check", STACKED, "--colour"], "未知的选项 “--colour”"],
    [["check", STACKED, "--format"], "选项 --format 缺少取值"],
  ])("%j exits 2 with a reason", async (argv, message) => {
    const { code, stderr } = await runCli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at .*:\d+/);
  });

  it("reports an unreadable file in one line, checks the others, and exits 2", async () => {
    const text = join(scratch, "notes.xlsx");
    writeFileSync(text, "这不是工作簿");
    const corrupt = join(scratch, "corrupt.xlsx");
    writeFileSync(corrupt, readFileSync(SEED).subarray(0, 3000));
    const { code, stdout, stderr } = await runCli(
      "check",
      text,
      corrupt,
      join(scratch, "missing.xlsx"),
      STACKED,
      "--format",
      "json"
    );
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("不是 .xlsx 工作簿");
    expect(lines[1]).toContain("工作簿已损坏");
    expect(lines[2]).toContain("文件不存在");
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { error?: string }) => Boolean(f.error))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(report.summary.tables).toBe(8);
  });

  it("checks every workbook in a folder", async () => {
    const { stdout } = await runCli(
      "check",
      join(__dirname, "..", "fixtures"),
      "--no-recursive",
      "--format",
      "json"
    );
    expect(JSON.parse(stdout).summary).toMatchObject({ files: 2, tables: 16 });
  });
});

describe("the installed command", () => {
  const bin = join(__dirname, "..", "..", "bin", "perfgoal.js");

  it("runs from bin/ after the build, with exit codes", () => {
    const ok = spawnSync(process.execPath, [bin, "check", STACKED, "--config", writeConfig()], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("✔ 共 1 个文件、8 张表：0 个错误");
    const failing = spawnSync(process.execPath, [bin, "check", STACKED], { encoding: "utf8" });
    expect(failing.status).toBe(1);
    const bad = spawnSync(process.execPath, [bin, "check", "/nonexistent.xlsx"], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints help and version", () => {
    expect(execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" })).toContain(
      "用法：perfgoal check"
    );
    expect(execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).trim()).toMatch(
      /^\d+\.\d+\.\d+$/
    );
  });
});

function writeConfig(): string {
  const path = join(scratch, "lenient.json");
  writeFileSync(
    path,
    JSON.stringify({ rules: { "indicator/qualitative-with-number": "warning" } })
  );
  return path;
}

describe("files that are not regular files", () => {
  const folder = mkdtempSync(join(tmpdir(), "perfgoal-fifo-"));
  writeFileSync(join(folder, "a.xlsx"), readFileSync(STACKED));
  execFileSync("mkfifo", [join(folder, "b.xlsx")]);
  writeFileSync(join(folder, "c.xlsx"), readFileSync(SEED));

  it("a pipe in a folder is skipped with a line; the other files are still reported", async () => {
    const { code, stdout, stderr } = await runCli("check", folder, "--format", "json");
    const report = JSON.parse(stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      join(folder, "a.xlsx"),
      join(folder, "c.xlsx"),
    ]);
    expect(stderr).toContain("b.xlsx");
    expect(stderr).toContain("不是普通文件（管道、设备或套接字），已跳过");
    expect(code).toBe(1);
  });

  it("a pipe named on the command line is refused, not waited on", async () => {
    const { code, stderr } = await runCli("check", join(folder, "b.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toContain("不是普通文件");
  });
});

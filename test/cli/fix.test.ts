/**
 * `perfgoal fix`: every edit printed (text and JSON), only the named rules, the workbook
 * written and read back, and fill's refusals (no clobber, same file, extension, protected
 * cells, .xls, encrypted inputs); folders with --out-dir; `check` marking fixable findings.
 */
import * as fs from "fs";
import { join } from "path";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { FixJson } from "../../src/cli/fix";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { denseWorkbook, encryptedWorkbook, unopenedAttributeQuote } from "../support/hostile";
import { scratchFolder } from "../support/scratch";

const SEED = fixturePath("hebei-2020-seed.xlsx");
const STACKED = fixturePath("hebei-2020-stacked.xlsx");
const { dir: scratch, fresh } = scratchFolder("perfgoal-fix-");

function cellOf(path: string, sheet: string, address: string): unknown {
  const snapshot = readWorkbookSnapshots(new Uint8Array(fs.readFileSync(path))).find(
    (s) => s.sheetName === sheet
  );
  const cell = XLSX.utils.decode_cell(address);
  return snapshot?.values[cell.r - snapshot.originRow]?.[cell.c - snapshot.originCol];
}

describe("perfgoal fix on the seed", () => {
  it("--dry-run prints every edit, before → after with its rule, and writes nothing", async () => {
    const { code, stdout, stderr } = await runCli("fix", SEED, "--dry-run");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toContain("  项目1!E11  “>=” → “≥”  style/symbol-spelling");
    // The cost row's >= becomes ≤, not ≥: one edit, from the cost rule.
    expect(lines).toContain("  项目1!E12  “>=” → “≤”  cost/target");
    expect(lines.filter((line) => line.includes("项目1!E12"))).toHaveLength(1);
    expect(lines).toContain("  项目1!G13  “百分比” → “%”  style/percent-word");
    expect(lines[lines.length - 1]).toBe("试运行：将修改 22 个单元格，未写任何文件");
  });

  it("--format json lists the edits with previous values and rules; --rule keeps only that rule's", async () => {
    const all = await runCli("fix", SEED, "--dry-run", "--format", "json");
    expect(all.code).toBe(0);
    const report = JSON.parse(all.stdout) as FixJson;
    expect(report.dryRun).toBe(true);
    expect(report.files[0].edits).toHaveLength(22);
    expect(report.files[0].edits).toContainEqual({
      sheet: "项目1",
      address: "E12",
      previous: ">=",
      value: "≤",
      rules: ["cost/target"],
    });
    const only = await runCli(
      "fix",
      SEED,
      "--dry-run",
      "--format",
      "json",
      "--rule",
      "style/symbol-spelling"
    );
    const edits = (JSON.parse(only.stdout) as FixJson).files[0].edits;
    expect(edits.map((e) => e.rules)).toEqual(edits.map(() => ["style/symbol-spelling"]));
    expect(edits.map((e) => e.value)).toEqual(edits.map(() => "≥"));
    expect(edits.some((e) => e.sheet === "项目1" && e.address === "E12")).toBe(false);
  });

  it("writes a new workbook that reads back fixed and checks with no fixable finding left", async () => {
    const before = fs.readFileSync(SEED);
    const out = fresh();
    const { code, stdout } = await runCli("fix", SEED, "--out", out);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n").pop()).toBe(`已修改 22 个单元格：${out}`);
    expect(fs.readFileSync(SEED).equals(before)).toBe(true);
    expect(cellOf(out, "项目1", "E12")).toBe("≤");
    expect(cellOf(out, "项目1", "G13")).toBe("%");
    const check = await runCli("check", out, "--format", "json");
    const findings = JSON.stringify(JSON.parse(check.stdout).files[0].tables);
    expect(findings).not.toContain('"fix"');
    // Fixed again: nothing left, nothing written, exit 2.
    const again = fresh();
    const second = await runCli("fix", out, "--out", again);
    expect(second.code).toBe(2);
    expect(second.stdout).toContain("没有可自动修改的问题");
    expect(fs.existsSync(again)).toBe(false);
  });
});

describe("perfgoal fix refuses before writing", () => {
  /** `fix` of a workbook of these bytes into a new file: refused (exit 2), nothing written. */
  async function refusedFix(bytes: Uint8Array) {
    const input = fresh();
    fs.writeFileSync(input, bytes);
    const out = fresh();
    const result = await runCli("fix", input, "--out", out);
    expect(result.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
    return result;
  }

  it("an existing output, the input itself, a wrong extension", async () => {
    const existing = fresh();
    fs.writeFileSync(existing, "keep me");
    const clobber = await runCli("fix", SEED, "--out", existing);
    expect(clobber.code).toBe(2);
    expect(clobber.stderr).toContain("已存在，不会覆盖");
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    expect((await runCli("fix", SEED, "--out", SEED)).code).toBe(2);
    const xls = fresh(".xls");
    const wrong = await runCli("fix", SEED, "--out", xls);
    expect(wrong.code).toBe(2);
    expect(fs.existsSync(xls)).toBe(false);
  });

  it("locked cells of a protected sheet, naming them", async () => {
    const entries = unzipSync(fs.readFileSync(SEED));
    const part = "xl/worksheets/sheet1.xml";
    entries[part] = strToU8(
      strFromU8(entries[part]).replace("</sheetData>", '</sheetData><sheetProtection sheet="1"/>')
    );
    const result = await refusedFix(zipSync(entries));
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("工作表受保护");
    expect(result.stderr).toContain("项目1!E11, E12");
  });

  it("a fix that would not read back from a damaged sheet, naming the cell", async () => {
    const result = await refusedFix(unopenedAttributeQuote());
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("工作表“绩效自评表”的单元格 M12 写入后读出的内容与写入的不同");
  });

  it("a legacy .xls and an encrypted workbook", async () => {
    const xls = fresh(".xls");
    fs.writeFileSync(
      xls,
      XLSX.write(XLSX.read(fs.readFileSync(SEED)), { type: "buffer", bookType: "xls" }) as Buffer
    );
    const legacy = await runCli("fix", xls, "--dry-run");
    expect(legacy.code).toBe(2);
    expect(legacy.stderr).toContain("这是旧版 .xls 工作簿");
    const locked = await refusedFix(encryptedWorkbook());
    expect(locked.stderr).toContain("已加密");
  });

  it("usage: no output, --out for a folder, a rule that is unknown or offers no fixes", async () => {
    const cases = [
      [["fix", SEED], "--out-dir"],
      [["fix", scratch, "--out", fresh()], "--out-dir"],
      [["fix", SEED, "--dry-run", "--rule", "nope"], "未知的规则 “nope”"],
      [["fix", SEED, "--dry-run", "--rule", "indicator/missing-unit"], "不提供自动修改"],
    ] as const;
    for (const [argv, message] of cases) {
      const result = await runCli(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain("用法：perfgoal fix");
    }
  });
});

describe("perfgoal fix on a folder", () => {
  it("writes each workbook into --out-dir under its own name, never over one there", async () => {
    const folder = fs.mkdtempSync(join(scratch, "in-"));
    fs.copyFileSync(SEED, join(folder, "a.xlsx"));
    fs.copyFileSync(STACKED, join(folder, "b.xlsx"));
    const outDir = fs.mkdtempSync(join(scratch, "out-"));
    const { code, stdout } = await runCli("fix", folder, "--out-dir", outDir);
    expect(code).toBe(0);
    expect(fs.readdirSync(outDir).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    expect(stdout).toContain(`已修改 22 个单元格：${join(outDir, "a.xlsx")}`);
    expect(cellOf(join(outDir, "b.xlsx"), "绩效目标表", "G14")).toBe("%");
    // Run again: both outputs exist, each file is refused on its own line, exit 2.
    const again = await runCli("fix", folder, "--out-dir", outDir);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split("\n")).toHaveLength(2);
  });

  it("fixes each workbook in a checking process: one that exhausts its memory is one refused file", async () => {
    const folder = fs.mkdtempSync(join(scratch, "in-"));
    fs.copyFileSync(SEED, join(folder, "1-seed.xlsx"));
    // A million cells or more: far beyond the 40 MB the run allows each file.
    fs.writeFileSync(join(folder, "2-dense.xlsx"), denseWorkbook(4000, 500));
    fs.copyFileSync(STACKED, join(folder, "3-stacked.xlsx"));
    const outDir = fs.mkdtempSync(join(scratch, "out-"));
    const args = ["fix", folder, "--out-dir", outDir, "--max-memory", "40", "--format", "json"];
    const { code, stdout, stderr } = await runCli(...args);
    expect(code).toBe(2);
    const files = (JSON.parse(stdout) as FixJson).files;
    expect(files.map((f) => [f.input, f.written, f.edits.length])).toEqual([
      [join(folder, "1-seed.xlsx"), true, 22],
      [join(folder, "2-dense.xlsx"), false, 0],
      [join(folder, "3-stacked.xlsx"), true, 22],
    ]);
    expect(files[1].error).toContain("内存超过 40 MB");
    expect(stderr.trim().split("\n")).toEqual([
      `perfgoal: ${join(folder, "2-dense.xlsx")}: ${files[1].error}`,
    ]);
    expect(fs.readdirSync(outDir).sort()).toEqual(["1-seed.xlsx", "3-stacked.xlsx"]);
    expect(cellOf(join(outDir, "3-stacked.xlsx"), "绩效目标表", "G14")).toBe("%");
  });
});

describe("perfgoal check and help", () => {
  it("check marks fixable findings in text and carries their edits in JSON", async () => {
    const text = await runCli("check", SEED);
    expect(text.stdout).toMatch(/E12 +警告 .* cost\/target {2}可自动修改\n/);
    const json = JSON.parse((await runCli("check", SEED, "--format", "json")).stdout);
    const e12 = json.files[0].tables[0].findings.filter(
      (f: { address: string }) => f.address === "E12"
    );
    expect(e12).toHaveLength(1);
    expect(e12[0].fix.edits).toEqual([
      { sheet: "项目1", address: "E12", value: "≤", asText: true, previous: ">=", overwrite: true },
    ]);
  });

  it("fix --help shows its usage and options", async () => {
    const { code, stdout } = await runCli("fix", "--help");
    expect(code).toBe(0);
    expect(stdout).toContain("用法：perfgoal fix");
    expect(stdout).toContain("--out-dir");
    expect(stdout).toContain("--rule");
    const general = await runCli("--help");
    expect(general.stdout).toContain("perfgoal fix");
  });
});

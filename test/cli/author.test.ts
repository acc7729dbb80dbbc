/** `perfgoal template` and `perfgoal fill` on real files: recognized templates, faithful fills. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli } from "../support/cli";
import { checkWorkbook } from "../../src/domain/check";
import {
  explanationLines,
  DEFAULT_PHRASES,
  isFinishedIndicator,
} from "../../src/domain/boilerplate";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { fixturePath } from "../support/fixtures";

const scratch = mkdtempSync(join(tmpdir(), "perfgoal-author-"));

function read(path: string): SheetSnapshot[] {
  return readWorkbookSnapshots(new Uint8Array(readFileSync(path)));
}

function findingsOf(snapshots: SheetSnapshot[]) {
  return checkWorkbook(snapshots).sheets.flatMap((s) => s.tables.flatMap((t) => t.findings));
}

/** Every cell of `before` that no edit named is the same in `after`: value, text, format. */
function unchangedExcept(
  before: SheetSnapshot[],
  after: SheetSnapshot[],
  written: Set<string>
): string[] {
  const differences: string[] = [];
  for (const sheet of before) {
    const other = after.find((s) => s.sheetName === sheet.sheetName);
    if (!other) {
      differences.push(`${sheet.sheetName} missing`);
      continue;
    }
    expect(other.merges).toEqual(sheet.merges);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const sheetRow = sheet.originRow + r;
        const sheetCol = sheet.originCol + c;
        const key = `${sheet.sheetName}!${String.fromCharCode(65 + sheetCol)}${sheetRow + 1}`;
        if (written.has(key)) return;
        const r2 = sheetRow - other.originRow;
        const c2 = sheetCol - other.originCol;
        const same =
          JSON.stringify(other.values[r2]?.[c2] ?? null) === JSON.stringify(value) &&
          (other.numberFormats?.[r2]?.[c2] ?? "General") ===
            (sheet.numberFormats?.[r]?.[c] ?? "General");
        if (!same) differences.push(key);
      })
    );
  }
  return differences;
}

describe.each(["hebei-2020", "mof-2015-legacy", "mof-2021", "mof-2020-eval"])(
  "perfgoal template --profile %s",
  (profile) => {
    it("writes a workbook whose one table asks only to be filled in", async () => {
      const out = join(scratch, `template-${profile}.xlsx`);
      const { code, stdout } = await runCli("template", "--profile", profile, "--out", out);
      expect(code).toBe(0);
      expect(stdout).toContain(out);
      const result = checkWorkbook(read(out));
      const tables = result.sheets.flatMap((s) => s.tables);
      expect(tables).toHaveLength(1);
      // The old id is still accepted and names the same profile.
      expect(tables[0].table.profile).toBe(profile === "hebei-2020" ? "mof-2015" : profile);
      const kinds = new Set(tables[0].findings.map((f) => `${f.ruleId}:${f.messageId}`));
      expect(
        [...kinds].every((kind) =>
          /^(header\/missing-(required|recommended):blank|basis\/missing:blank|table\/no-indicators:empty)$/.test(
            kind
          )
        )
      ).toBe(true);
    });
  }
);

it("perfgoal template --sheet adds a sheet to an existing workbook and keeps the others", async () => {
  const out = join(scratch, "with-template.xlsx");
  copyFileSync(fixturePath("hebei-2020-seed.xlsx"), out);
  const before = read(out);
  expect(
    (
      await runCli(
        "template",
        "--profile",
        "mof-2021",
        "--out",
        out,
        "--sheet",
        "新项目",
        "--name",
        "耕地保护"
      )
    ).code
  ).toBe(0);
  const after = read(out);
  expect(after.map((s) => s.sheetName)).toEqual([...before.map((s) => s.sheetName), "新项目"]);
  expect(unchangedExcept(before, after, new Set())).toEqual([]);
  const table = checkWorkbook([after[after.length - 1]]).sheets[0].tables[0].table;
  expect(table.header.projectName?.value.text).toBe("耕地保护");
  // The same sheet twice is refused.
  const again = await runCli(
    "template",
    "--profile",
    "mof-2021",
    "--out",
    out,
    "--sheet",
    "新项目"
  );
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("工作表“新项目”已存在");
});

describe.each(["hebei-2020-stacked.xlsx", "hebei-2020-seed.xlsx"])("perfgoal fill %s", (name) => {
  const input = fixturePath(name);
  const out = join(scratch, `filled-${name}`);
  let result: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    result = await runCli("fill", input, "--out", out, "--replace-repeats");
  });

  it("writes the file and prints every cell it wrote", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/已写入 \d+ 个单元格/);
    expect(result.stdout).toContain("绩效目标指标情况说明");
  });

  it("leaves no basis finding on finished rows; prose only for finished tables", () => {
    const after = read(out);
    const finishedRows = new Set(
      checkWorkbook(after)
        .sheets.flatMap((s) => s.tables.map((t) => t.table))
        .flatMap((table) =>
          table.indicators.filter(isFinishedIndicator).map((row) => `${table.sheet}!${row.row}`)
        )
    );
    const basisLeft = findingsOf(after).filter(
      (f) =>
        f.ruleId === "basis/missing" &&
        finishedRows.has(`${f.sheet}!${Number(/\d+$/.exec(f.address)?.[0]) - 1}`)
    );
    expect(basisLeft).toEqual([]);
    const results = checkWorkbook(read(input)).sheets.flatMap((s) => s.tables);
    const text = after
      .flatMap((s) => s.values.flat())
      .filter((v): v is string => typeof v === "string");
    for (const { table, findings } of results) {
      const errors = findings.filter((f) => f.severity === "error").length;
      if (errors > 0) {
        expect(result.stdout).toContain(`${table.sheet} 表 ${table.index}（`);
        expect(result.stdout).toContain(`有 ${errors} 个错误，请先改正`);
        continue;
      }
      const numbered = explanationLines(table, DEFAULT_PHRASES).filter((line) =>
        /^\d+\. /.test(line)
      );
      const heading = numbered[0].split("：")[0];
      expect(text.some((cell) => cell.startsWith(heading))).toBe(true);
    }
  });

  it("keeps every cell it did not fill identical (values, formats, merges)", () => {
    const written = new Set(
      result.stdout
        .split("\n")
        .map((line) => /^\s+(\S+!\w+\d+)\s/.exec(line)?.[1])
        .filter((cell): cell is string => cell !== undefined)
    );
    expect(written.size).toBeGreaterThan(0);
    expect(unchangedExcept(read(input), read(out), written)).toEqual([]);
  });
});

describe("perfgoal fill safety", () => {
  const input = fixturePath("hebei-2020-seed.xlsx");

  it("--dry-run prints the plan and writes nothing", async () => {
    const out = join(scratch, "dry.xlsx");
    const { code, stdout } = await runCli("fill", input, "--out", out, "--dry-run");
    expect(code).toBe(0);
    expect(stdout).toMatch(/试运行：将写入 \d+ 个单元格/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to overwrite an existing output or the input itself", async () => {
    const out = join(scratch, "exists.xlsx");
    writeFileSync(out, "keep me");
    expect((await runCli("fill", input, "--out", out)).code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    expect((await runCli("fill", input, "--out", input)).stderr).toContain(
      "输出文件不能是输入文件本身"
    );
  });

  it("writes an office's wording as text, even when it begins with =", async () => {
    const phrases = join(scratch, "phrases.json");
    writeFileSync(phrases, JSON.stringify({ quality: "=依据国家或行业标准" }));
    const out = join(scratch, "phrased.xlsx");
    expect(
      (
        await runCli(
          "fill",
          fixturePath("hebei-2020-seed.xlsx"),
          "--out",
          out,
          "--replace-repeats",
          "--phrases",
          phrases
        )
      ).code
    ).toBe(0);
    const values = read(out).flatMap((s) => s.values.flat());
    expect(values).toContain("=依据国家或行业标准");
  });
});

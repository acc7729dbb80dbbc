/**
 * `perfgoal check --report 审核意见.xlsx` and `--format csv`: the review workbook read back
 * (its sheets, rows, links and autofilter), printed by LibreOffice on A4 landscape when it is
 * installed, an existing report refused before anything is checked, and the CSV's quoting,
 * byte-order mark and defence against formulas.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { csvField, formatCsv } from "../../src/cli/csv";
import { Finding } from "../../src/domain/findings";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { canRenderPdf, readPdf, renderPdf, squeezed } from "../support/pdf";

// Each run checks its files in child processes; LibreOffice takes seconds per file.
jest.setTimeout(300_000);

const SEED = fixturePath("hebei-2020-seed.xlsx");
const SEED_FINDINGS = 1 + 32 + 21;

const root = mkdtempSync(join(tmpdir(), "perfgoal-report-"));
const incoming = join(root, "来件");
const reports = join(root, "意见");
mkdirSync(incoming);
mkdirSync(reports);
copyFileSync(SEED, join(incoming, "单位 1.xlsx"));
writeFileSync(join(incoming, "单位2.xlsx"), "这不是工作簿");

function parts(file: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(readFileSync(file))).map(([name, data]) => [name, strFromU8(data)])
  );
}

function sheetsOf(file: string) {
  return new Map(readWorkbookSnapshots(readFileSync(file)).map((s) => [s.sheetName, s.values]));
}

describe("check --report on one file", () => {
  const out = join(reports, "审核意见.xlsx");
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    run = await runCli("check", SEED, "--report", out, "--quiet");
  });

  it("still prints the text report, then says where the report is", () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("1 个错误，32 个警告，21 个提示");
    expect(run.stdout.trim().split("\n").at(-1)).toBe(`已写出审核意见：${out}`);
  });

  it("holds 汇总 and 明细: a line per table, a line per finding", () => {
    const sheets = sheetsOf(out);
    expect([...sheets.keys()]).toEqual(["汇总", "明细"]);
    const summary = sheets.get("汇总") ?? [];
    expect(summary[0]).toEqual([
      "文件",
      "工作表",
      "表格位置",
      "表格类型",
      "项目名称",
      "错误",
      "警告",
      "提示",
      "结论",
      "说明",
    ]);
    expect(summary).toHaveLength(1 + 8 + 1);
    expect(summary.at(-1)?.slice(5, 9)).toEqual([1, 32, 21, "需修改"]);
    const detail = sheets.get("明细") ?? [];
    expect(detail[0]).toEqual(["文件", "工作表", "单元格", "级别", "问题", "修改建议", "规则"]);
    expect(detail).toHaveLength(1 + SEED_FINDINGS);
    expect(detail.filter((row) => row[3] === "错误")).toHaveLength(1);
    expect(detail.slice(1).every((row) => /^[a-z-]+\/[a-z-]+$/.test(String(row[6])))).toBe(true);
  });

  it("links each detail line to its cell in the checked file, relative to the report", () => {
    const all = parts(out);
    const detailXml = all["xl/worksheets/sheet2.xml"];
    expect(detailXml).toContain(`<autoFilter ref="A1:G${1 + SEED_FINDINGS}"/>`);
    expect(detailXml.match(/<hyperlink /g)).toHaveLength(SEED_FINDINGS);
    const rels = all["xl/worksheets/_rels/sheet2.xml.rels"];
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]);
    expect(targets).toHaveLength(SEED_FINDINGS);
    const sheets = sheetsOf(out);
    const first = sheets.get("明细")?.[1] ?? [];
    expect(targets[0]).toMatch(/^(\.\.\/)+.*hebei-2020-seed\.xlsx#'/);
    expect(targets[0]).toBe(
      `${targets[0].split("#")[0]}#'${String(first[1])}'!${String(first[2])}`
    );
  });
});

describe("check --report on a folder with an unreadable file", () => {
  const out = join(reports, "来件审核意见.xlsx");
  let run: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    run = await runCli("check", incoming, "--report", out, "--format", "json");
  });

  it("keeps stdout for the JSON and names the unreadable file on stderr", () => {
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout) as { summary: { files: number; unreadable: number } };
    expect(json.summary).toMatchObject({ files: 2, unreadable: 1 });
    expect(run.stderr).toContain("单位2.xlsx");
    expect(run.stderr).toContain(`已写出审核意见：${out}`);
  });

  it("adds 文件汇总: one line per file with its verdict, then the totals", () => {
    const sheets = sheetsOf(out);
    expect([...sheets.keys()]).toEqual(["文件汇总", "汇总", "明细"]);
    const files = sheets.get("文件汇总") ?? [];
    expect(files.map((row) => row[5])).toEqual(["结论", "需修改", "无法读取", "需修改"]);
    expect(String(files[2][6])).toMatch(/\S/);
    expect(files[3].slice(0, 5)).toEqual(["合计", 8, 1, 32, 21]);
    expect(sheets.get("明细")).toHaveLength(1 + SEED_FINDINGS);
    const rels = parts(out)["xl/worksheets/_rels/sheet3.xml.rels"];
    expect(rels).toContain(`Target="../来件/单位%201.xlsx#'项目1'!`);
  });
});

describe("an existing report", () => {
  it("is refused before any file is checked, and left as it was", async () => {
    const out = join(reports, "已有.xlsx");
    writeFileSync(out, "旧内容");
    const run = await runCli("check", incoming, "--report", out);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("已存在，不会覆盖");
    expect(run.stderr).not.toContain("单位2.xlsx");
    expect(readFileSync(out, "utf8")).toBe("旧内容");
  });

  it("is not written when the options are wrong", async () => {
    const out = join(reports, "未写.xlsx");
    const run = await runCli("inspect", SEED, "--report", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--report");
    expect(existsSync(out)).toBe(false);
  });
});

const tools = canRenderPdf();
const describePrinted = tools.ok ? describe : describe.skip;
const skipped = tools.ok ? "" : ` (skipped: ${tools.missing.join(", ")} not installed)`;

describePrinted(`the report printed to PDF${skipped}`, () => {
  it("is A4 landscape, every page under its heading row, every finding's rule there", async () => {
    const out = join(reports, "打印.xlsx");
    expect((await runCli("check", SEED, "--report", out, "--quiet")).code).toBe(1);
    const pages = readPdf(renderPdf(out));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(page.smallestFont).toBeGreaterThanOrEqual(6);
    }
    const text = pages.map((page) => squeezed(page.text));
    expect(text[0]).toContain("项目名称");
    expect(text[0]).toContain("需修改");
    const detailPages = text.filter((page) => page.includes("修改建议"));
    expect(detailPages.length).toBeGreaterThanOrEqual(1);
    // The heading row repeats: every page after the summary starts with it.
    expect(text.slice(1).every((page) => page.includes("修改建议") || page.includes("结论"))).toBe(
      true
    );
    const all = text.join("");
    expect(all).toContain("indicator/qualitative-with-number");
  });
});

describe("check --format csv", () => {
  it("prints one line per finding after the heading, with a BOM and CRLF", async () => {
    const run = await runCli("check", SEED, "--format", "csv");
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith("\uFEFF文件,工作表,单元格,级别,规则,问题,修改建议\r\n")).toBe(
      true
    );
    const lines = run.stdout.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    // Quoted fields may hold line breaks: count records by their file field instead.
    const records = run.stdout.split(/\r\n(?=[^\r\n]*hebei-2020-seed\.xlsx,)/).length - 1;
    expect(records).toBe(SEED_FINDINGS);
    expect(run.stdout.match(/,错误,/g)).toHaveLength(1);
  });

  it("is refused for inspect", async () => {
    const run = await runCli("inspect", SEED, "--format", "csv");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("CSV fields", () => {
  it("are quoted when they hold a comma, a quote or a line break (RFC 4180)", () => {
    expect(csvField("平常")).toBe("平常");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField("两\n行")).toBe('"两\n行"');
    expect(csvField("回车\r")).toBe('"回车\r"');
  });

  it("never begin with what a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(csvField(`${start}HYPERLINK("http://x")`)[0]).not.toBe(start);
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("a=b")).toBe("a=b");
  });

  it("neutralise every column of untrusted workbook text", () => {
    const finding: Finding = {
      ruleId: "indicator/missing-target",
      messageId: "empty",
      severity: "warning",
      sheet: "+表",
      address: "E12",
      message: "=cmd|' /C calc'!A0",
      messageEn: "",
      suggestion: "@SUM(1)",
    };
    const csv = formatCsv([{ file: "-单位.xlsx", tables: [], findings: [finding] }]);
    expect(csv.split("\r\n")[1]).toBe(
      `'-单位.xlsx,'+表,E12,警告,indicator/missing-target,'=cmd|' /C calc'!A0,'@SUM(1)`
    );
  });
});

describe("check --help", () => {
  it("names --report and --format csv", async () => {
    const run = await runCli("check", "--help");
    expect(run.stdout).toContain("--format text|json|csv");
    expect(run.stdout).toContain("--report FILE.xlsx");
    expect(run.stdout).toContain("UTF-8 带 BOM");
  });
});

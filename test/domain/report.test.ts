/**
 * The review report (审核意见) as rows and as a workbook plan: the seed workbook's tables and
 * findings, an unreadable file beside it, the links into the checked cells, and the sheets'
 * heading row, autofilter, widths and A4 print setup.
 */
import { readFileSync } from "fs";
import { checkWorkbook } from "../../src/domain/check";
import { LayoutPlan } from "../../src/domain/edits";
import { Finding } from "../../src/domain/findings";
import {
  cellTarget,
  CheckedFile,
  MAX_LINK_LENGTH,
  MAX_LINKS_PER_SHEET,
  reviewReport,
  reviewWorkbookPlans,
} from "../../src/domain/report";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { fileReport } from "../../src/cli/report";
import { fixturePath } from "../support/fixtures";

/** The seed workbook checked as the CLI checks it. */
function checkedSeed(file = "incoming/单位 1.xlsx"): CheckedFile {
  const snapshots = readWorkbookSnapshots(readFileSync(fixturePath("hebei-2020-seed.xlsx")));
  return fileReport(file, checkWorkbook(snapshots));
}

const UNREADABLE: CheckedFile = {
  file: "incoming/单位 2.xlsx",
  tables: [],
  findings: [],
  error: "不是 .xlsx 工作簿 / not an .xlsx workbook",
};

function allFindings(file: CheckedFile): Finding[] {
  return [...file.findings, ...file.tables.flatMap((table) => table.findings)];
}

/** A plan's cell values as rows of text (empty cells as ""). */
function grid(plan: LayoutPlan): string[][] {
  const rows = Array.from({ length: plan.rows }, () => Array<string>(plan.cols).fill(""));
  for (const edit of plan.edits) {
    const match = /^([A-Z]+)(\d+)$/.exec(edit.address) as RegExpExecArray;
    const col = match[1].charCodeAt(0) - 65;
    rows[Number(match[2]) - 1][col] = String(edit.value);
  }
  return rows;
}

describe("the review report's rows", () => {
  const seed = checkedSeed();
  const report = reviewReport([seed]);

  it("counts what the CLI counts for the seed: 8 tables, 1 error, 32 warnings, 21 infos", () => {
    expect(report.total).toMatchObject({
      files: 1,
      tables: 8,
      errors: 1,
      warnings: 32,
      infos: 21,
      unreadable: 0,
      verdict: "fix",
    });
    expect(report.files).toEqual([
      { file: seed.file, tables: 8, errors: 1, warnings: 32, infos: 21, verdict: "fix", note: "" },
    ]);
  });

  it("has a summary line per table with its form, project and verdict", () => {
    const tableRows = report.summary.filter((row) => row.range !== "");
    expect(tableRows).toHaveLength(8);
    expect(tableRows.map((row) => row.sheet)).toEqual(seed.tables.map((table) => table.sheet));
    expect(tableRows.every((row) => row.form === "项目支出绩效目标表")).toBe(true);
    expect(tableRows.filter((row) => row.verdict === "fix")).toHaveLength(1);
    const withError = tableRows.find((row) => row.verdict === "fix");
    expect(withError?.errors).toBe(1);
    expect(tableRows.map((row) => row.projectName)).toEqual(
      seed.tables.map((table) => table.projectName)
    );
  });

  it("has one detail line per finding of every severity, linked to its cell", () => {
    const findings = allFindings(seed);
    expect(report.details).toHaveLength(54);
    expect(report.details.map((row) => [row.sheet, row.address, row.ruleId])).toEqual(
      findings.map((finding) => [finding.sheet, finding.address, finding.ruleId])
    );
    const first = report.details[0];
    expect(first.target).toBe(`incoming/单位%201.xlsx#'${first.sheet}'!${first.address}`);
    expect(new Set(report.details.map((row) => row.severity))).toEqual(
      new Set(["error", "warning", "info"])
    );
  });

  it("names an unreadable file with its reason and the verdict 无法读取, and no detail line", () => {
    const both = reviewReport([seed, UNREADABLE]);
    expect(both.files[1]).toEqual({
      file: UNREADABLE.file,
      tables: 0,
      errors: 0,
      warnings: 0,
      infos: 0,
      verdict: "unreadable",
      note: UNREADABLE.error,
    });
    expect(both.summary.at(-1)).toMatchObject({ file: UNREADABLE.file, verdict: "unreadable" });
    expect(both.details).toHaveLength(54);
    expect(both.total).toMatchObject({ files: 2, tables: 8, unreadable: 1, verdict: "fix" });
  });

  it("quotes sheet names in links and escapes what a path cannot hold", () => {
    expect(cellTarget("a b#1%.xlsx", "O'Brien 表", "E12")).toBe(
      "a%20b%231%25.xlsx#'O''Brien 表'!E12"
    );
    expect(cellTarget("dir\\file.xlsx", "S", "A1")).toBe("dir/file.xlsx#'S'!A1");
  });
});

describe("the review report as a workbook plan", () => {
  const seed = checkedSeed();

  it("is 汇总 and 明细 for one file, with 文件汇总 first for several", () => {
    expect(reviewWorkbookPlans(reviewReport([seed])).map((plan) => plan.sheet)).toEqual([
      "汇总",
      "明细",
    ]);
    expect(reviewWorkbookPlans(reviewReport([seed, UNREADABLE])).map((plan) => plan.sheet)).toEqual(
      ["文件汇总", "汇总", "明细"]
    );
  });

  it("lays the detail as a list: heading, one row per finding, links, autofilter, frozen heading", () => {
    const detail = reviewWorkbookPlans(reviewReport([seed]))[1];
    const rows = grid(detail);
    expect(rows[0]).toEqual(["文件", "工作表", "单元格", "级别", "问题", "修改建议", "规则"]);
    expect(rows).toHaveLength(55);
    const findings = allFindings(seed);
    expect(rows.slice(1).map((row) => row[6])).toEqual(findings.map((f) => f.ruleId));
    expect(rows.slice(1).map((row) => row[2])).toEqual(findings.map((f) => f.address));
    expect(rows.filter((row) => row[3] === "错误")).toHaveLength(1);
    expect(detail.autoFilter).toEqual({ top: 0, left: 0, bottom: 54, right: 6 });
    expect(detail.frozenRows).toBe(1);
    expect(detail.links).toHaveLength(54);
    expect(detail.links?.[0]).toEqual({
      address: "C2",
      target: `incoming/单位%201.xlsx#'${findings[0].sheet}'!${findings[0].address}`,
    });
    expect(detail.page).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: 1,
    });
    // Text stays text, whatever it begins with.
    expect(
      detail.edits.filter((edit) => typeof edit.value === "string").every((e) => e.asText)
    ).toBe(true);
    // Rows tall enough for the wrapped problem text.
    const longest = Math.max(...Object.values(detail.rowHeights ?? {}));
    expect(longest).toBeGreaterThan(22);
  });

  it("ends the summaries with the totals and the verdicts in words", () => {
    const [files, summary] = reviewWorkbookPlans(reviewReport([seed, UNREADABLE]));
    const fileRows = grid(files);
    expect(fileRows.map((row) => row[5])).toEqual(["结论", "需修改", "无法读取", "需修改"]);
    expect(fileRows.at(-1)?.slice(0, 5)).toEqual(["合计", "8", "1", "32", "21"]);
    expect(fileRows[2][6]).toBe(UNREADABLE.error);
    const summaryRows = grid(summary);
    expect(summaryRows).toHaveLength(1 + 8 + 1 + 1);
    expect(summaryRows.at(-1)?.[9]).toBe("共 2 个文件、8 张表");
    expect(summary.autoFilter).toBeUndefined();
    expect(summary.frozenRows).toBe(1);
  });
});

describe("links beyond Excel's limits", () => {
  it("are left out, the cell keeping its address", () => {
    const finding = (address: string): Finding => ({
      ruleId: "style/percent-word",
      messageId: "word",
      severity: "info",
      sheet: "表",
      address,
      message: "单位“百分比”建议写作“%”",
      messageEn: "",
    });
    const long: CheckedFile = {
      file: `${"深".repeat(MAX_LINK_LENGTH)}.xlsx`,
      tables: [],
      findings: [finding("A1")],
    };
    const many: CheckedFile = {
      file: "a.xlsx",
      tables: [],
      findings: Array.from({ length: MAX_LINKS_PER_SHEET + 5 }, (_, i) => finding(`A${i + 1}`)),
    };
    const detail = reviewWorkbookPlans(reviewReport([long, many])).at(-1) as LayoutPlan;
    expect(detail.rows).toBe(1 + 1 + MAX_LINKS_PER_SHEET + 5);
    expect(detail.links).toHaveLength(MAX_LINKS_PER_SHEET);
    expect(detail.links?.[0]).toEqual({ address: "C3", target: "a.xlsx#'表'!A1" });
    expect(detail.edits.find((edit) => edit.address === "C2")?.value).toBe("A1");
  });
});

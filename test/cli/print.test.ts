/**
 * What `template` and `fill` write, printed by LibreOffice to PDF: A4 pages, the text all
 * there and not cut off by its row, nothing printed under 9 pt. Skipped (and said so) on
 * a machine without soffice or pdftotext (poppler-utils).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { CellEdit } from "../../src/domain/edits";
import { applyEditsToWorkbook } from "../../src/hosts/xlsx/patch";
import { runCli } from "../support/cli";
import { fixturePath } from "../support/fixtures";
import { canRenderPdf, PdfPage, readPdf, renderPdf, squeezed } from "../support/pdf";

const tools = canRenderPdf();
const describePrinted = tools.ok ? describe : describe.skip;
const skipped = tools.ok ? "" : ` (skipped: ${tools.missing.join(", ")} not installed)`;
const scratch = mkdtempSync(join(tmpdir(), "perfgoal-print-"));

/** LibreOffice takes seconds per file, more on a busy machine. */
jest.setTimeout(300_000);

const A4 = { short: 595.3, long: 841.9 };
const isA4 = (page: PdfPage, orientation: "portrait" | "landscape") =>
  orientation === "portrait"
    ? Math.abs(page.width - A4.short) < 1 && Math.abs(page.height - A4.long) < 1
    : Math.abs(page.width - A4.long) < 1 && Math.abs(page.height - A4.short) < 1;

/** Every cell the CLI said it wrote on a sheet: `  情况说明!A3  text`. */
function writtenOn(stdout: string, sheet: string): string[] {
  const prefix = `  ${sheet}!`;
  return stdout
    .split("\n")
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.replace(/^\s+\S+\s{2}/, ""));
}

describePrinted(`printed to PDF${skipped}`, () => {
  describe.each(["mof-2015", "mof-2021"])("a %s template", (profile) => {
    let pages: PdfPage[] = [];
    beforeAll(async () => {
      const out = join(scratch, `template-${profile}.xlsx`);
      const args = ["template", "--profile", profile, "--out", out, "--name", "耕地保护项目"];
      expect((await runCli(...args, "--funds", "30")).code).toBe(0);
      pages = readPdf(renderPdf(out));
    });

    it("is one A4 landscape page with its title and every label", async () => {
      expect(pages).toHaveLength(1);
      expect(isA4(pages[0], "landscape")).toBe(true);
      const text = squeezed(pages[0].text);
      for (const label of ["耕地保护项目绩效目标表", "项目名称", "年度资金总额", "指标值确定依据"])
        expect(text).toContain(label);
      expect(pages[0].text.trim().split("\n")[0].trim()).toBe("耕地保护项目绩效目标表");
    });

    it("fills the page: the table runs down most of its height", async () => {
      const { top, bottom } = pages[0].textSpan;
      expect((bottom - top) / pages[0].height).toBeGreaterThan(0.6);
    });

    it("prints at a legible size, no line over another, none cut by a border", async () => {
      expect(pages[0].smallestFont).toBeGreaterThanOrEqual(9);
      expect(pages[0].overlappingLines).toEqual([]);
      expect(pages[0].wordsAcrossBorders).toEqual([]);
    });
  });

  describe("fill on the seed", () => {
    let pages: PdfPage[] = [];
    let prose: string[] = [];
    beforeAll(async () => {
      const out = join(scratch, "filled-seed.xlsx");
      const result = await runCli("fill", fixturePath("hebei-2020-seed.xlsx"), "--out", out);
      expect(result.code).toBe(0);
      prose = writtenOn(result.stdout, "情况说明");
      pages = readPdf(renderPdf(out));
    });

    /** The 情况说明 sheet prints last: from the page with its first title on. */
    const explanationPages = () => {
      const first = pages.findIndex((page) => squeezed(page.text).includes(squeezed(prose[0])));
      return first < 0 ? [] : pages.slice(first);
    };

    it("prints the 情况说明 on A4 portrait pages, every paragraph whole", async () => {
      expect(prose.length).toBeGreaterThan(50);
      const ours = explanationPages();
      expect(ours.length).toBeGreaterThan(1);
      expect(ours.length).toBeLessThanOrEqual(10);
      for (const page of ours) expect(isA4(page, "portrait")).toBe(true);
      const text = squeezed(ours.map((page) => page.text).join(""));
      for (const paragraph of prose) expect(text).toContain(squeezed(paragraph));
    });

    it("at a reading size (≥ 10.5 pt), no row cutting its text", async () => {
      for (const page of explanationPages()) {
        expect(page.smallestFont).toBeGreaterThanOrEqual(10.5);
        expect(page.overlappingLines).toEqual([]);
      }
    });
  });

  describe("bases written into a template's rows", () => {
    let pages: PdfPage[] = [];
    let bases: string[] = [];
    beforeAll(async () => {
      const template = join(scratch, "rows.xlsx");
      expect((await runCli("template", "--profile", "mof-2015", "--out", template)).code).toBe(0);
      // Names and targets on every placeholder row (rows 11–16), bases left to fill.
      const rows: Array<[string, string, number, string]> = [
        ["完成组卷个数", "≥", 12, "个"],
        ["组卷材料合格率", "≥", 95, "%"],
        ["按期完成率", "=", 100, "%"],
        ["单宗组卷测绘费用", "≤", 4, "万元"],
        ["重点项目用地保障率", "≥", 90, "%"],
        ["用地单位满意度", "≥", 90, "%"],
      ];
      const edits: CellEdit[] = rows.flatMap(([name, symbol, value, unit], i) =>
        (["C", "E", "F", "G"] as const).map((col, j) => ({
          sheet: "绩效目标表",
          address: `${col}${11 + i}`,
          value: [name, symbol, value, unit][j],
          asText: j !== 2,
          previous: null,
        }))
      );
      const input = join(scratch, "rows-named.xlsx");
      writeFileSync(input, applyEditsToWorkbook(new Uint8Array(readFileSync(template)), edits));
      const out = join(scratch, "rows-filled.xlsx");
      const result = await runCli("fill", input, "--out", out);
      expect(result.code).toBe(0);
      bases = writtenOn(result.stdout, "绩效目标表");
      pages = readPdf(renderPdf(out));
    });

    it("print whole, wrapped in rows grown tall enough, on the one landscape page", async () => {
      expect(bases).toHaveLength(6);
      expect(pages).toHaveLength(1);
      const text = squeezed(pages[0].text);
      for (const basis of bases) expect(text).toContain(squeezed(basis));
      expect(pages[0].overlappingLines).toEqual([]);
      expect(pages[0].wordsAcrossBorders).toEqual([]);
      expect(pages[0].smallestFont).toBeGreaterThanOrEqual(9);
    });
  });

  describe("bases written into the seed's own sheets", () => {
    let pages: PdfPage[] = [];
    let bases: string[] = [];
    beforeAll(async () => {
      const out = join(scratch, "bases-seed.xlsx");
      const args = ["fill", fixturePath("hebei-2020-seed.xlsx"), "--out", out];
      const result = await runCli(...args, "--replace-repeats");
      expect(result.code).toBe(0);
      bases = ["项目2", "项目5", "项目7"].flatMap((sheet) => writtenOn(result.stdout, sheet));
      pages = readPdf(renderPdf(out));
    });

    // The seed's own rows are too short for their text; only what fill wrote is judged.
    it("print whole, no word of theirs cut by a border", async () => {
      expect(bases.length).toBeGreaterThan(0);
      for (const basis of bases) {
        const shown = pages.filter((page) => squeezed(page.text).includes(squeezed(basis)));
        expect(shown.length).toBeGreaterThan(0);
        for (const page of shown)
          expect(
            page.wordsAcrossBorders.filter((word) => word.length > 1 && basis.includes(word))
          ).toEqual([]);
      }
    });
  });
});

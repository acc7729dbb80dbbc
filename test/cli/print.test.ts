/**
 * What `template` and `fill` write, printed by LibreOffice to PDF: A4 pages, the text all
 * there and not cut off by its row, nothing printed under 9 pt. Skipped (and said so) on
 * a machine without soffice or pdftotext (poppler-utils).
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
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
    beforeAll(() => {
      const out = join(scratch, `template-${profile}.xlsx`);
      const args = ["template", "--profile", profile, "--out", out, "--name", "耕地保护项目"];
      expect(runCli(...args, "--funds", "30").code).toBe(0);
      pages = readPdf(renderPdf(out));
    });

    it("is one A4 landscape page with its title and every label", () => {
      expect(pages).toHaveLength(1);
      expect(isA4(pages[0], "landscape")).toBe(true);
      const text = squeezed(pages[0].text);
      for (const label of ["耕地保护项目绩效目标表", "项目名称", "年度资金总额", "指标值确定依据"])
        expect(text).toContain(label);
      expect(pages[0].text.trim().split("\n")[0].trim()).toBe("耕地保护项目绩效目标表");
    });

    it("fills the page: the table runs down most of its height", () => {
      const { top, bottom } = pages[0].textSpan;
      expect((bottom - top) / pages[0].height).toBeGreaterThan(0.6);
    });

    it("prints at a legible size, no line over another", () => {
      expect(pages[0].smallestFont).toBeGreaterThanOrEqual(9);
      expect(pages[0].overlappingLines).toEqual([]);
    });
  });

  describe("fill on the seed", () => {
    let pages: PdfPage[] = [];
    let prose: string[] = [];
    beforeAll(() => {
      const out = join(scratch, "filled-seed.xlsx");
      const result = runCli("fill", fixturePath("hebei-2020-seed.xlsx"), "--out", out);
      expect(result.code).toBe(0);
      prose = writtenOn(result.stdout, "情况说明");
      pages = readPdf(renderPdf(out));
    });

    /** The 情况说明 sheet prints last: from the page with its first title on. */
    const explanationPages = () => {
      const first = pages.findIndex((page) => squeezed(page.text).includes(squeezed(prose[0])));
      return first < 0 ? [] : pages.slice(first);
    };

    it("prints the 情况说明 on A4 portrait pages, every paragraph whole", () => {
      expect(prose.length).toBeGreaterThan(50);
      const ours = explanationPages();
      expect(ours.length).toBeGreaterThan(1);
      expect(ours.length).toBeLessThanOrEqual(10);
      for (const page of ours) expect(isA4(page, "portrait")).toBe(true);
      const text = squeezed(ours.map((page) => page.text).join(""));
      for (const paragraph of prose) expect(text).toContain(squeezed(paragraph));
    });

    it("at a reading size (≥ 10.5 pt), no row cutting its text", () => {
      for (const page of explanationPages()) {
        expect(page.smallestFont).toBeGreaterThanOrEqual(10.5);
        expect(page.overlappingLines).toEqual([]);
      }
    });
  });
});

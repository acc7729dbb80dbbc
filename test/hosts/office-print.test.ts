/** How the pane's new sheets print, through the Office adapter on the fake Excel. */
import { LayoutPlan } from "../../src/domain/edits";
import { explanationSheetPlan, laySections } from "../../src/domain/boilerplate/sheet";
import { snapshotFromRows, toA1 } from "../../src/domain/snapshot";
import { planTemplate } from "../../src/domain/template";
import { PROFILE_IDS } from "../../src/domain/vocabulary";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { hostOn, syncsOf } from "./support";

const EXISTING = "表";
const NEW_SHEET = "新项目绩效目标表";

function book(apiVersion?: string): FakeWorkbook {
  return FakeWorkbook.fromSnapshots([snapshotFromRows(EXISTING, [])], { apiVersion });
}

/** The 情况说明 sheet of one table: a title, a heading and a long paragraph. */
function explanationPlan(): LayoutPlan {
  const paragraph = "本项目用于耕地保护与测绘工作，".repeat(20);
  return explanationSheetPlan(
    laySections(
      [
        [
          { kind: "title", text: "项目绩效目标情况说明" },
          { kind: "heading", text: "一、基本情况" },
          { kind: "paragraph", text: paragraph },
        ],
      ],
      0
    )
  );
}

function expectRowHeights(workbook: FakeWorkbook, plan: LayoutPlan): void {
  const heights = Object.entries(plan.rowHeights ?? {});
  expect(heights.length).toBeGreaterThan(0);
  for (const [row, points] of heights)
    expect(workbook.rowHeight(plan.sheet, Number(row))).toBe(points);
}

describe.each(PROFILE_IDS)("the %s template on a new sheet", (profile) => {
  const plan = planTemplate(profile, { sheet: NEW_SHEET });

  it("prints on one A4 landscape page with the plan's row heights, in two syncs", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    // The sheet names are known from the read before, as in the pane.
    await host.readActiveSheet();
    const { syncs } = await syncsOf(workbook, () => host.applyLayout(plan));
    expect(syncs).toBe(2);
    expect(workbook.pageLayout(NEW_SHEET)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      leftMargin: 0.6 * 72,
      rightMargin: 0.6 * 72,
      topMargin: 0.75 * 72,
      bottomMargin: 0.75 * 72,
      centerHorizontally: true,
    });
    expectRowHeights(workbook, plan);
    // Rows the plan leaves alone keep Excel's height.
    expect(workbook.rowHeight(NEW_SHEET, plan.origin.row + plan.rows)).toBe(15);
  });

  it("without ExcelApi 1.9 writes the table and its row heights, and leaves the page alone", async () => {
    const workbook = book("1.8");
    const host = hostOn(workbook);
    // The sheet names are known from the read before, as in the pane.
    await host.readActiveSheet();
    const { syncs } = await syncsOf(workbook, () => host.applyLayout(plan));
    expect(syncs).toBe(2);
    const title = plan.edits[0];
    expect(workbook.cell(NEW_SHEET, title.address).value).toBe(title.value);
    expectRowHeights(workbook, plan);
    expect(workbook.pageLayout(NEW_SHEET)).toMatchObject({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
    });
  });
});

describe("the pane's layouts on sheets it did not create", () => {
  it("keep the sheet's rows and page setup", async () => {
    const workbook = book();
    const plan = planTemplate(PROFILE_IDS[0], { sheet: EXISTING, origin: { row: 2, col: 1 } });
    await hostOn(workbook).applyLayout(plan);
    expect(workbook.cell(EXISTING, plan.edits[0].address).value).toBe(plan.edits[0].value);
    for (const row of Object.keys(plan.rowHeights ?? {}))
      expect(workbook.rowHeight(EXISTING, Number(row))).toBe(15);
    expect(workbook.pageLayout(EXISTING)).toMatchObject({
      orientation: "Portrait",
      zoom: { scale: 100 },
    });
  });
});

describe("the 情况说明 sheet", () => {
  it("prints A4 portrait, one page wide and as long as it runs, rows tall enough", async () => {
    const workbook = book();
    const plan = explanationPlan();
    await hostOn(workbook).applyLayout(plan);
    expect(workbook.pageLayout(plan.sheet)).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      leftMargin: 0.8 * 72,
      rightMargin: 0.8 * 72,
      topMargin: 72,
      bottomMargin: 72,
      centerHorizontally: true,
    });
    expectRowHeights(workbook, plan);
    const paragraphRow = plan.edits.length - 1;
    expect(workbook.rowHeight(plan.sheet, paragraphRow)).toBeGreaterThan(3 * 12);
    expect(workbook.style(plan.sheet, toA1(paragraphRow, 0))).toMatchObject({
      wrapText: true,
      fontSize: 12,
      borders: [],
    });
    expect(workbook.style(plan.sheet, toA1(paragraphRow - 1, 0))).toMatchObject({ bold: true });
  });

  it("without ExcelApi 1.9 is still written, with its row heights", async () => {
    const workbook = book("1.8");
    const plan = explanationPlan();
    await hostOn(workbook).applyLayout(plan);
    for (const edit of plan.edits)
      expect(workbook.cell(plan.sheet, edit.address).value).toBe(edit.value);
    expectRowHeights(workbook, plan);
    expect(workbook.pageLayout(plan.sheet).orientation).toBe("Portrait");
    expect(workbook.pageLayout(plan.sheet).paperSize).toBe("Letter");
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   the fake's own checks: it must refuse what Office refuses. */
describe("the fake's page layout and row heights keep Office's rules", () => {
  it("reads back after load and sync, refuses bad values, and needs ExcelApi 1.9", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(EXISTING);
      const page = sheet.pageLayout;
      page.orientation = "Landscape";
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      const rows = sheet.getRange("A2:C3");
      rows.format.rowHeight = 30;
      page.load("orientation, zoom");
      rows.format.load("rowHeight");
      expect(() => page.orientation).toThrow();
      await context.sync();
      expect(page.orientation).toBe("Landscape");
      expect(page.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
      expect(rows.format.rowHeight).toBe(30);
      const mixed = sheet.getRange("A1:A2").format.load("rowHeight");
      await context.sync();
      expect(mixed.rowHeight).toBeNull();
      sheet.getRange("A1").format.rowHeight = 500;
      await expect(context.sync()).rejects.toThrow(/rowHeight/);
      page.paperSize = "Tabloid-ish" as Excel.PaperType;
      await expect(context.sync()).rejects.toThrow(/paperSize/);
    });
    const old = book("1.8");
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem(EXISTING).pageLayout.orientation = "Landscape";
        await context.sync();
      })
    ).rejects.toThrow(/1\.9/);
  });
});

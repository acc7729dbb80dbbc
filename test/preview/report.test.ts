/** 导出审核意见 on the page: the pane's last check result as the review report workbook. */
import { readFileSync } from "fs";
import { t } from "../../src/domain/messages/catalog";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { checkedFileOf, reviewReportWorkbook } from "../../src/preview/report";
import { PaneController } from "../../src/taskpane/state/controller";
import { fixturePath } from "../support/fixtures";

function paneOnSeed(): PaneController {
  const bytes = readFileSync(fixturePath("hebei-2020-seed.xlsx"));
  const workbook = FakeWorkbook.fromSnapshots(readWorkbookSnapshots(bytes));
  const host = new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  return new PaneController(host, "zh");
}

/** How many rows of the report's detail sheet carry each severity. */
function detailCounts(bytes: Uint8Array): number[] {
  const detail = readWorkbookSnapshots(bytes).find((s) => s.sheetName === t("report.sheetDetail"));
  const values = detail?.values.flat() ?? [];
  return (["error", "warning", "info"] as const).map(
    (severity) => values.filter((value) => value === t(`severity.${severity}`)).length
  );
}

describe("the page's review report", () => {
  it("has nothing to export before a check", () => {
    expect(checkedFileOf(paneOnSeed().state, "seed.xlsx")).toBeNull();
  });

  it("holds every finding the pane shows, and leaves out the ignored ones", async () => {
    const pane = paneOnSeed();
    await pane.checkWorkbook();
    expect(pane.state.status).toBe("done");
    const file = checkedFileOf(pane.state, "seed.xlsx");
    expect(file?.tables).toHaveLength(pane.state.tables.length);
    const { error, warning, info } = pane.state.counts;
    expect(error).toBeGreaterThan(0);
    expect(detailCounts(reviewReportWorkbook(file!))).toEqual([error, warning, info]);

    const warned = pane.state.tables
      .flatMap((table) => table.findings)
      .find((view) => view.finding.severity === "warning");
    expect(warned).toBeDefined();
    await pane.ignore(warned!);
    const afterIgnore = checkedFileOf(pane.state, "seed.xlsx");
    expect(detailCounts(reviewReportWorkbook(afterIgnore!))).toEqual([error, warning - 1, info]);
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * 导出审核意见 in the pane, on the fake Excel with the seed workbook: opened as a new
 * workbook through a mocked `Excel.createWorkbook` (the same report as the web page's,
 * linking to the workbook by its file name; this workbook unchanged), or added to this
 * workbook as 汇总 and 明细 (where Excel cannot open one, or on request) with links into
 * the checked cells, an autofilter, frozen headings and A4 landscape, under free names.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { strFromU8, unzipSync } from "fflate";
import { t } from "../../src/domain/messages/catalog";
import { cellTarget } from "../../src/domain/report";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeDeps, OfficeWorkbookHost } from "../../src/hosts/office";
import { fileNameOf } from "../../src/hosts/office/new-workbook";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { PaneController } from "../../src/taskpane/state/controller";
import { App } from "../../src/taskpane/components/App";
import { READ_BUDGET_BYTES } from "../../src/hosts/office/read";
import { loadFixture } from "../support/fixtures";
import { stackedTables } from "../hosts/support";

jest.setTimeout(120_000);
const SLOW = { timeout: 60_000 };

const SEED = loadFixture("hebei-2020-seed.xlsx");
const NAME = "报送稿.xlsx";
const SUMMARY = t("report.sheetSummary");
const DETAIL = t("report.sheetDetail");
const SEP = t("pane.itemSeparator");

interface Pane {
  workbook: FakeWorkbook;
  host: OfficeWorkbookHost;
  controller: PaneController;
  /** The base64 files handed to the mocked `Excel.createWorkbook`. */
  opened: string[];
}

function pane(options: { createWorkbook?: boolean | Error; url?: string | null } = {}): Pane {
  const workbook = FakeWorkbook.fromSnapshots(SEED);
  const opened: string[] = [];
  const { createWorkbook = true, url = `C:\\报送\\${NAME}` } = options;
  const deps: OfficeDeps = {
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
    documentUrl: () => url,
  };
  if (createWorkbook)
    deps.createWorkbook = async (base64) => {
      if (createWorkbook instanceof Error) throw createWorkbook;
      opened.push(base64);
    };
  const host = new OfficeWorkbookHost(deps);
  return { workbook, host, controller: new PaneController(host, "zh"), opened };
}

/** The findings the result shows (not ignored), notes included. */
function shown(controller: PaneController) {
  return [
    ...controller.state.tables.flatMap((table) =>
      table.findings.filter((view) => !view.ignored).map((view) => view.finding)
    ),
    ...controller.state.notes,
  ];
}

function sheetOf(snapshots: SheetSnapshot[], name: string): SheetSnapshot {
  const sheet = snapshots.find((snapshot) => snapshot.sheetName === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The detail sheet's rows under its heading: file, sheet, cell, severity, problem, suggestion, rule. */
function detailRows(sheet: SheetSnapshot): string[][] {
  return sheet.values
    .slice(1)
    .map((row) => row.map((value) => (value === null ? "" : String(value))));
}

describe("导出审核意见 as a new workbook", () => {
  it("opens the report through Excel.createWorkbook and leaves this workbook alone", async () => {
    const { workbook, controller, opened } = pane();
    await controller.checkWorkbook();
    const first = controller.state.tables[0].findings[0];
    await controller.ignore(first);
    const sheets = workbook.sheetNames;

    await controller.exportReport();
    expect(controller.state.exported).toEqual({ key: "pane.reportOpened", data: {} });
    expect(opened).toHaveLength(1);
    expect(workbook.sheetNames).toEqual(sheets);

    const bytes = new Uint8Array(Buffer.from(opened[0], "base64"));
    const snapshots = readWorkbookSnapshots(bytes);
    expect(snapshots.map((s) => s.sheetName)).toEqual([SUMMARY, DETAIL]);
    const findings = shown(controller);
    const rows = detailRows(sheetOf(snapshots, DETAIL));
    expect(rows).toHaveLength(findings.length);
    const { sheet, address, message, ruleId } = first.finding;
    expect(
      rows.filter(
        (row) => row[1] === sheet && row[2] === address && row[4] === message && row[6] === ruleId
      )
    ).toEqual([]);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([NAME]));
    // Every table has its summary line, the total last.
    const summary = sheetOf(snapshots, SUMMARY).values;
    expect(summary).toHaveLength(1 + controller.state.tables.length + 1);

    // The cells link into the checked workbook by its file name, relative to the report.
    const files = unzipSync(bytes);
    const rels = Object.keys(files).find((path) =>
      /worksheets\/_rels\/sheet2\.xml\.rels$/.test(path)
    );
    expect(rels).toBeDefined();
    const targets = [...strFromU8(files[rels as string]).matchAll(/Target="([^"]*)"/g)].map(
      (match) => match[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&")
    );
    expect([...targets].sort()).toEqual(
      findings.map((f) => cellTarget(NAME, f.sheet, f.address)).sort()
    );
    for (const target of targets) expect(target.startsWith(`${NAME}#'项目`)).toBe(true);
  });

  it("has no cell links when the workbook was never saved", async () => {
    const { controller, opened } = pane({ url: "" });
    await controller.checkWorkbook();
    await controller.exportReport();
    expect(controller.state.exported?.key).toBe("pane.reportOpenedNoLinks");
    const files = unzipSync(new Uint8Array(Buffer.from(opened[0], "base64")));
    expect(Object.keys(files).some((path) => path.includes("worksheets/_rels/"))).toBe(false);
    const rows = detailRows(
      sheetOf(readWorkbookSnapshots(new Uint8Array(Buffer.from(opened[0], "base64"))), DETAIL)
    );
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set([t("pane.reportThisWorkbook")]));
  });

  it("says why when Excel refuses to open it", async () => {
    const { workbook, controller } = pane({ createWorkbook: new Error("被策略禁止") });
    await controller.checkWorkbook();
    const sheets = workbook.sheetNames;
    await controller.exportReport();
    expect(controller.state.exported).toEqual({
      key: "pane.reportFailed",
      data: { reason: "被策略禁止" },
    });
    expect(controller.state.exporting).toBe(false);
    expect(workbook.sheetNames).toEqual(sheets);
  });

  it("exports nothing before a check", async () => {
    const { controller, opened } = pane();
    await controller.exportReport();
    expect(opened).toHaveLength(0);
    expect(controller.state.exported).toBeUndefined();
  });
});

describe("导出审核意见 as sheets of this workbook", () => {
  it("adds 汇总 and 明细 where Excel cannot open a workbook, linking to the checked cells", async () => {
    const { workbook, controller } = pane({ createWorkbook: false });
    expect(controller.canOpenWorkbook).toBe(false);
    await controller.checkWorkbook();
    const sheets = workbook.sheetNames;
    await controller.exportReport();
    expect(controller.state.exported).toEqual({
      key: "pane.reportAddedNoNewWorkbook",
      data: { sheets: `${SUMMARY}${SEP}${DETAIL}` },
    });
    expect(workbook.sheetNames).toEqual([...sheets, SUMMARY, DETAIL]);
    expect(workbook.activeSheetName).toBe(SUMMARY);

    const findings = shown(controller);
    const host = new OfficeWorkbookHost({
      run: workbook.run,
      isSetSupported: workbook.isSetSupported,
      settings: null,
    });
    const detail = await host.readSheet(DETAIL);
    const rows = detailRows(detail as SheetSnapshot);
    expect(rows).toHaveLength(findings.length);
    const links = workbook.hyperlinks(DETAIL);
    expect(Object.keys(links)).toHaveLength(findings.length);
    rows.forEach((row, i) => {
      // The cell column links to the very cell on its sheet, inside this workbook.
      expect(links[`C${i + 2}`]).toBe(`#'${row[1]}'!${row[2]}`);
      expect(row[0]).toBe(NAME);
    });
    expect(workbook.autoFilter(DETAIL)).toBe(`A1:G${findings.length + 1}`);
    expect(workbook.frozenRows(DETAIL)).toBe(1);
    expect(workbook.frozenRows(SUMMARY)).toBe(1);
    expect(workbook.pageLayout(DETAIL)).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
    });
    // Text stays text: the rule ids and messages are stored as text.
    expect(workbook.cell(DETAIL, "G2").numberFormat).toBe("@");
  });

  it("gives the same rows as the new workbook, and takes free names the second time", async () => {
    const { workbook, controller, opened } = pane();
    await controller.checkWorkbook();
    await controller.exportReport();
    const asWorkbook = readWorkbookSnapshots(new Uint8Array(Buffer.from(opened[0], "base64")));

    await controller.exportReport(true);
    expect(opened).toHaveLength(1);
    expect(controller.state.exported?.key).toBe("pane.reportAdded");
    await controller.exportReport(true);
    expect(controller.state.exported).toEqual({
      key: "pane.reportAdded",
      data: { sheets: `${SUMMARY} (2)${SEP}${DETAIL} (2)` },
    });
    const host = new OfficeWorkbookHost({
      run: workbook.run,
      isSetSupported: workbook.isSetSupported,
      settings: null,
    });
    for (const name of [SUMMARY, DETAIL]) {
      const added = await host.readSheet(name);
      expect(added?.values).toEqual(sheetOf(asWorkbook, name).values);
      expect((await host.readSheet(`${name} (2)`))?.values).toEqual(added?.values);
    }
  });
});

describe("导出审核意见 of a big result", () => {
  it("adds the review of a 600-table sheet in syncs under the budget, a link a finding", async () => {
    const workbook = FakeWorkbook.fromSnapshots([stackedTables(600)]);
    const host = new OfficeWorkbookHost({
      run: workbook.run,
      isSetSupported: workbook.isSetSupported,
      settings: workbook.settings,
    });
    const controller = new PaneController(host, "zh");
    await controller.checkWorkbook();
    const findings = shown(controller);
    expect(findings.length).toBeGreaterThanOrEqual(600);
    const before = workbook.syncPayloads.length;
    await controller.exportReport(true);
    expect(controller.state.exported?.key).toBe("pane.reportAdded");
    const payloads = workbook.syncPayloads.slice(before);
    for (const bytes of payloads) expect(bytes).toBeLessThanOrEqual(READ_BUDGET_BYTES);
    expect(Object.keys(workbook.hyperlinks(DETAIL))).toHaveLength(findings.length);
    expect(workbook.autoFilter(DETAIL)).toBe(`A1:G${findings.length + 1}`);
  });
});

describe("the 导出审核意见 button", () => {
  function mount(controller: PaneController, host: OfficeWorkbookHost) {
    render(
      <FluentProvider theme={webLightTheme}>
        <App controller={controller} authoring={new AuthoringController(host)} />
      </FluentProvider>
    );
  }

  const click = (element: HTMLElement) =>
    act(async () => {
      fireEvent.click(element);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

  it("appears with a result, opens the report, and adds sheets when asked", async () => {
    const { workbook, host, controller, opened } = pane();
    mount(controller, host);
    expect(screen.queryByRole("button", { name: "导出审核意见" })).toBeNull();
    await click(screen.getByRole("button", { name: "检查工作簿" }));
    await waitFor(() => expect(controller.state.status).toBe("done"), SLOW);

    await click(screen.getByRole("button", { name: "导出审核意见" }));
    await screen.findByText(/^审核意见已在新工作簿中打开/, {}, SLOW);
    expect(opened).toHaveLength(1);

    await click(screen.getByRole("checkbox", { name: "作为新工作表加入本工作簿" }));
    await click(screen.getByRole("button", { name: "导出审核意见" }));
    await screen.findByText(`审核意见已加入本工作簿：工作表 ${SUMMARY}${SEP}${DETAIL}`, {}, SLOW);
    expect(opened).toHaveLength(1);
    expect(workbook.sheetNames).toContain(DETAIL);
  });

  it("is left out where the page offers its own", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const host = new OfficeWorkbookHost({
      run: workbook.run,
      isSetSupported: workbook.isSetSupported,
      settings: workbook.settings,
    });
    const controller = new PaneController(host, "zh", { reportExport: false });
    mount(controller, host);
    await click(screen.getByRole("button", { name: "检查工作簿" }));
    await waitFor(() => expect(controller.state.status).toBe("done"), SLOW);
    expect(screen.queryByRole("button", { name: "导出审核意见" })).toBeNull();
    await controller.exportReport(true);
    expect(workbook.sheetNames).not.toContain(DETAIL);
  });
});

describe("the workbook's file name", () => {
  it("comes from a path or a web address, and is null before a save", () => {
    expect(fileNameOf("C:\\Users\\科员\\报送稿.xlsx")).toBe("报送稿.xlsx");
    expect(fileNameOf("/Users/kc/Documents/报送稿.xlsx")).toBe("报送稿.xlsx");
    expect(
      fileNameOf(
        "https://example.sharepoint.com/sites/cz/Shared%20Documents/%E6%8A%A5%E9%80%81%E7%A8%BF.xlsx?web=1"
      )
    ).toBe("报送稿.xlsx");
    expect(fileNameOf("https://example.com/%E0%A4%A.xlsx")).toBe("%E0%A4%A.xlsx");
    expect(fileNameOf("")).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});

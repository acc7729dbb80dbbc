/**
 * @jest-environment jsdom
 */
/**
 * 边改边查 re-checks only the tables an edit can reach: on a sheet of 40 tables the pane
 * shows after one edit what a full 检查工作簿 shows, with the engine recognizing and
 * checking a handful of tables; a copied indicator's source edited on one sheet clears the
 * warning on another sheet. Waits on conditions, never fixed sleeps.
 */
import { screen, waitFor } from "@testing-library/react";
import { checkWorkbook as checkSnapshots } from "../../src/domain/check";
import * as incremental from "../../src/domain/incremental-check";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { PaneController } from "../../src/taskpane/state/controller";
import { benchWorkbook } from "../../scripts/bench-workbook";
import { loadFixture } from "../support/fixtures";
import { checkWorkbook, findingsOf, mount, settle, SLOW } from "./support";

jest.setTimeout(120_000);

/** Every finding the pane shows, as sheet!cell rule message, in the pane's order. */
function shown(controller: PaneController): string[] {
  return controller.state.tables.flatMap((table) =>
    table.findings.map(
      ({ finding }) => `${finding.sheet}!${finding.address} ${finding.ruleId} ${finding.message}`
    )
  );
}

/** Waits for the live re-check that the edit starts to show its result. */
async function liveRecheckDone(spy: jest.SpyInstance, calls: number, controller: PaneController) {
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(calls), SLOW);
  await waitFor(() => expect(controller.state.status).toBe("done"), SLOW);
}

describe("边改边查 re-checks the affected tables only", () => {
  let spy: jest.SpyInstance<incremental.Recheck, Parameters<typeof incremental.recheckWorkbook>>;
  beforeEach(() => {
    spy = jest.spyOn(incremental, "recheckWorkbook");
  });
  afterEach(() => spy.mockRestore());

  it("shows after one edit on a 40-table sheet what a full check shows, re-checking a few tables", async () => {
    const { snapshot } = benchWorkbook(40, "pane");
    const workbook = FakeWorkbook.fromSnapshots([snapshot]);
    const controller = mount(workbook);
    await checkWorkbook();
    const table = checkSnapshots([snapshot]).sheets[0].tables[20].table;
    const valueCell = table.indicators[1].value.address;
    const before = shown(controller);

    await settle(() => workbook.setValue(snapshot.sheetName, valueCell, null));
    await liveRecheckDone(spy, 1, controller);
    const recheck = spy.mock.results[0].value as incremental.Recheck;
    expect(recheck.wholeSheets).toEqual([]);
    expect(recheck.recheckedTables).toBeLessThanOrEqual(3);
    const live = shown(controller);
    expect(live).not.toEqual(before);
    expect(live.some((line) => line.startsWith(`${snapshot.sheetName}!${valueCell} `))).toBe(true);
    expect(controller.state.tables).toHaveLength(40);

    // 检查工作簿 from scratch shows the same.
    await checkWorkbook();
    expect(shown(controller)).toEqual(live);
  });

  it("clears a copied-indicator warning on another sheet when its source is edited", async () => {
    const seed = loadFixture("hebei-2020-seed.xlsx");
    const workbook = FakeWorkbook.fromSnapshots(seed);
    const controller = mount(workbook);
    await checkWorkbook();
    const copies = findingsOf(controller, "workbook/copied-indicator");
    expect(copies.length).toBeGreaterThan(0);
    // The warning names its source: sheet!cell of the indicator's name.
    const [, sheet, address] = /（(.+)!([A-Z]+\d+)）/.exec(copies[0].message) ?? [];

    await settle(() => workbook.setValue(sheet, address, "本项目自己的指标"));
    await liveRecheckDone(spy, 1, controller);
    const after = findingsOf(controller, "workbook/copied-indicator");
    expect(after.length).toBeLessThan(copies.length);
    expect(screen.getByText(/^整个工作簿 · /)).toBeTruthy();
    const live = shown(controller);
    await checkWorkbook();
    expect(shown(controller)).toEqual(live);
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * 边改边查 on the fake Excel with the seed workbook: an edit re-checks, after the
 * debounce and without 检查工作簿, only the sheet it touched (the others' results kept,
 * the workbook-level rules run again); the switch turns it off; the pane's own writes
 * (a fix batch) do not start a second check. Waits on conditions, never fixed sleeps.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { WorkbookHost } from "../../src/hosts/host";
import { LIVE_SETTING, PaneController } from "../../src/taskpane/state/controller";
import { loadFixture } from "../support/fixtures";
import { hostOn } from "../hosts/support";
import { checkWorkbook, click, findingsOf, mountPane, settle, SLOW } from "./support";

jest.setTimeout(120_000);

const SEED = loadFixture("hebei-2020-seed.xlsx");
const BLOCKED = "暂不能报送：有 1 个错误需要修改";

/** The pane on the workbook, with every sheet read the host is asked for, in order. */
function mount(workbook: FakeWorkbook) {
  const host: WorkbookHost = hostOn(workbook);
  const reads: string[][] = [];
  const readSheets = host.readSheets.bind(host);
  host.readSheets = (names, options) => {
    reads.push([...names]);
    return readSheets(names, options);
  };
  return { controller: mountPane(host), reads };
}

/** Checks the workbook: the seed's one error blocks it. */
async function checkBlocked() {
  await checkWorkbook();
  expect(screen.getByText(BLOCKED)).toBeTruthy();
}

/** Waits until the host has been asked to read `count` times in all. */
async function readsReach(reads: string[][], count: number) {
  await waitFor(() => expect(reads.length).toBe(count), SLOW);
}

/** Waits for the check under way (if any) to show its result. */
async function checked(controller: PaneController) {
  await waitFor(() => expect(controller.state.status).toBe("done"), SLOW);
}

describe("边改边查", () => {
  it("re-checks only the edited sheet after the user fixes the error, without 检查工作簿", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const { controller, reads } = mount(workbook);
    await checkBlocked();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toHaveLength(8);
    const box = screen.getByRole("checkbox", { name: "边改边查" }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    const copiedBefore = findingsOf(controller, "workbook/copied-indicator").length;
    const syncs = workbook.syncCount;

    // The user deletes the number of the 文字描述 indicator.
    await settle(() => workbook.setValue("项目3", "F13", null));
    await screen.findByText(/^可以报送/, {}, SLOW);
    await checked(controller);
    expect(reads).toEqual([reads[0], ["项目3"]]);
    // One sync to learn the changed sheet's name, one to read it.
    expect(workbook.syncCount - syncs).toBe(2);
    // The other sheets' findings, and the cross-sheet ones, are still there.
    expect(controller.state.tables).toHaveLength(8);
    expect(findingsOf(controller, "workbook/copied-indicator")).toHaveLength(copiedBefore);
    expect(controller.state.counts.error).toBe(0);
  });

  it("does nothing with the switch off, and stores the switch in the workbook", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const { controller, reads } = mount(workbook);
    await checkBlocked();
    await click(screen.getByRole("checkbox", { name: "边改边查" }));
    expect(controller.state.live).toBe(false);
    expect(workbook.settings.get(LIVE_SETTING)).toBe(false);

    await settle(() => workbook.setValue("项目3", "F13", null));
    // Switched on again, an edit on another sheet re-checks that sheet alone: the edit
    // made while off was not picked up, so the error is still shown.
    await click(screen.getByRole("checkbox", { name: "边改边查" }));
    await settle(() => workbook.setValue("项目2", "H20", "备注"));
    await readsReach(reads, 2);
    await checked(controller);
    expect(reads[1]).toEqual(["项目2"]);
    expect(screen.getByText(BLOCKED)).toBeTruthy();
  });

  it("a fix batch re-checks once: its own write does not start a live re-check", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const { controller, reads } = mount(workbook);
    await checkBlocked();
    const item = document.querySelector('[data-sheet="项目1"][data-finding="E12"]') as HTMLElement;
    await click(within(item).getByRole("button", { name: "更改 E12" }));
    await click(screen.getByRole("button", { name: "确认更改" }));
    await screen.findByText(/^已更改 1 个单元格并重新检查/, {}, SLOW);
    await readsReach(reads, 2); // the fix's own re-check of the workbook
    await checked(controller);
    expect(reads[1]).toHaveLength(8);

    // A user edit afterwards re-checks its sheet alone: had the fix's write counted as an
    // edit, 项目1 would have been read again (with it, or before it).
    await settle(() => workbook.setValue("项目2", "H20", "备注"));
    await readsReach(reads, 3);
    await checked(controller);
    expect(reads.slice(2)).toEqual([["项目2"]]);
  });
});

describe("边改边查 and the marks", () => {
  it("removes the mark of a finding gone, restoring the cell's own fill, and keeps the others", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    workbook.setFill("项目3", "F13", "#00FF00");
    const { controller } = mount(workbook);
    await checkBlocked();
    await click(screen.getByRole("button", { name: "在表中标记" }));
    await screen.findByText(/^已标记 \d+ 个单元格$/, {}, SLOW);
    const marked = controller.state.markedCount;
    expect(workbook.fills("项目3")["F13"]).not.toBe("#00FF00");

    await settle(() => workbook.setValue("项目3", "F13", "建成并投入使用"));
    await screen.findByText(/^可以报送/, {}, SLOW);
    await waitFor(() => expect(workbook.fills("项目3")["F13"]).toBe("#00FF00"), SLOW);
    await waitFor(() => expect(controller.state.markedCount).toBe(marked - 1), SLOW);
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * A rule setting changed while findings are shown checks again by itself: on/off,
 * severity, profile and 全部忽略 in the 规则设置 tab, without pressing 检查; nothing is
 * read while no result is shown.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { PaneController } from "../../src/taskpane/state/controller";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { App } from "../../src/taskpane/components/App";
import { loadFixture } from "../support/fixtures";
import { hostOn } from "../hosts/support";

jest.setTimeout(120_000);
const SLOW = { timeout: 60_000 };

const SEED = loadFixture("hebei-2020-seed.xlsx");
const PERCENT = "style/percent-word";

function mount(workbook: FakeWorkbook) {
  const host = hostOn(workbook);
  const controller = new PaneController(host, "zh");
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} authoring={new AuthoringController(host)} />
    </FluentProvider>
  );
  return controller;
}

function named(selector: string, name: string): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => (element.getAttribute("aria-label") ?? element.textContent?.trim()) === name
  );
  if (found.length !== 1) throw new Error(`${found.length} ${selector} named ${name}`);
  return found[0];
}

async function settle(action: () => void) {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}
const click = (element: HTMLElement) => settle(() => fireEvent.click(element));
const tab = (name: string) => click(screen.getByRole("tab", { name }));

function findingsOf(controller: PaneController, ruleId: string) {
  return controller.state.tables
    .flatMap((table) => table.findings)
    .filter((view) => view.finding.ruleId === ruleId);
}

/** Checks the workbook through the pane and waits for the result. */
async function checkWorkbook(controller: PaneController) {
  await tab("检查");
  await click(named("button", "检查工作簿"));
  await waitFor(() => expect(controller.state.status).toBe("done"), SLOW);
}

/** Waits for the re-check a settings change started; returns the syncs it took. */
async function recheckedAfter(workbook: FakeWorkbook, controller: PaneController, before: number) {
  await waitFor(() => {
    expect(controller.settings.getSnapshot().busy).toBe(false);
    expect(workbook.syncCount).toBeGreaterThan(before);
    expect(controller.state.status).toBe("done");
  }, SLOW);
  return workbook.syncCount - before;
}

describe("a rule setting changed in the settings tab re-checks the findings shown", () => {
  it("switching a rule off and on again updates the findings without 检查", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook(controller);
    const count = findingsOf(controller, PERCENT).length;
    expect(count).toBeGreaterThan(0);

    await tab("规则设置");
    let before = workbook.syncCount;
    await click(named('input[role="switch"]', `启用 ${PERCENT}`));
    await recheckedAfter(workbook, controller, before);
    await waitFor(() => expect(findingsOf(controller, PERCENT)).toHaveLength(0), SLOW);
    expect(controller.state.scope).toBe("workbook");

    before = workbook.syncCount;
    await click(named('input[role="switch"]', `启用 ${PERCENT}`));
    await recheckedAfter(workbook, controller, before);
    await waitFor(() => expect(findingsOf(controller, PERCENT)).toHaveLength(count), SLOW);
  });

  it("a new severity shows at once, and the verdict follows", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook(controller);
    const errors = controller.state.counts.error;
    const count = findingsOf(controller, PERCENT).length;

    await tab("规则设置");
    const before = workbook.syncCount;
    await settle(() =>
      fireEvent.change(named("select", `${PERCENT} 的级别`), { target: { value: "error" } })
    );
    await recheckedAfter(workbook, controller, before);
    await waitFor(() => expect(controller.state.counts.error).toBe(errors + count), SLOW);
    expect(findingsOf(controller, PERCENT).every((v) => v.finding.severity === "error")).toBe(true);
  });

  it("a fixed profile re-checks every table with it", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook(controller);
    expect(controller.state.tables.some((table) => table.profile !== "mof-2021")).toBe(true);

    await tab("规则设置");
    const before = workbook.syncCount;
    await settle(() =>
      fireEvent.change(screen.getByLabelText("表格式"), { target: { value: "mof-2021" } })
    );
    await recheckedAfter(workbook, controller, before);
    await waitFor(
      () =>
        expect(controller.state.tables.every((table) => table.profile === "mof-2021")).toBe(true),
      SLOW
    );
  });

  it("全部忽略 in the settings tab re-checks, keeping the finding the user stood on", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook(controller);
    await act(() => controller.step(1));
    const current = controller.state.currentKey;
    expect(current).toBeDefined();

    await tab("规则设置");
    const before = workbook.syncCount;
    const rule = document.querySelector<HTMLElement>(`[data-rule="${PERCENT}"]`);
    const ignoreAll = [...(rule?.querySelectorAll("button") ?? [])].find(
      (button) => button.textContent === "全部忽略"
    );
    expect(ignoreAll).toBeDefined();
    await click(ignoreAll as HTMLElement);
    await recheckedAfter(workbook, controller, before);
    await waitFor(() => expect(findingsOf(controller, PERCENT)).toHaveLength(0), SLOW);
    expect(controller.state.currentKey).toBe(current);
  });

  it("全部忽略 on a finding checks once, not twice", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = new PaneController(hostOn(workbook), "zh");
    let before = workbook.syncCount;
    await controller.checkWorkbook();
    const checkSyncs = workbook.syncCount - before;
    before = workbook.syncCount;
    await controller.ignoreRule(PERCENT);
    expect(controller.state.status).toBe("done");
    expect(findingsOf(controller, PERCENT)).toHaveLength(0);
    expect(workbook.syncCount - before).toBe(checkSyncs);
  });

  it("reads nothing when no result is shown", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = new PaneController(hostOn(workbook), "zh");
    const before = workbook.syncCount;
    await controller.settings.setEnabled(PERCENT, false);
    await controller.settings.setSeverity("style/stray-spaces", "error");
    expect(controller.state.status).toBe("idle");
    expect(workbook.syncCount).toBe(before);
  });
});

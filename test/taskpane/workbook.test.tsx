/**
 * @jest-environment jsdom
 */
/**
 * The pane checks the whole workbook (the seed: one project a sheet) on the fake Excel:
 * one verdict, counts per sheet, the cross-sheet rules, hidden sheets on request; steps
 * through findings across sheets with buttons and keys; says what the filter hides;
 * renders only the visible part of a long list.
 */
import { fireEvent, screen } from "@testing-library/react";
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/hosts/fake-excel";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { loadFixture } from "../support/fixtures";
import { hostOn, stackedTables } from "../hosts/support";
import {
  button,
  checkWorkbook,
  click,
  findingsOf,
  mount,
  mountPane,
  settle,
  SLOW,
} from "./support";

jest.setTimeout(120_000);

const SEED = loadFixture("hebei-2020-seed.xlsx");

describe("the seed workbook, one project a sheet", () => {
  it("gets one verdict for the workbook, with the cross-sheet warnings, in two syncs", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await settle(() => undefined); // the pane registers for sheet switches
    const before = workbook.syncPayloads.length;
    await checkWorkbook();
    expect(screen.getByText("暂不能报送：有 1 个错误需要修改")).toBeTruthy();
    expect(
      screen.getByText("整个工作簿 · 8 张工作表 · 8 张表 · 1 个错误 · 32 个警告 · 21 个提示")
    ).toBeTruthy();
    // The sheet list, then the eight sheets' cells together.
    const payloads = workbook.syncPayloads.slice(before);
    expect(payloads).toHaveLength(2);
    expect(Math.max(...payloads)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const copied = findingsOf(controller, "workbook/copied-indicator").map(
      (finding) => `${finding.sheet}!${finding.address}`
    );
    expect(copied).toEqual(["项目4!D12", "项目4!D13"]);
    // Counts per sheet, on each sheet's heading (folded, every heading is in view).
    await click(button("全部折叠"));
    const sheet3 = document.querySelector('[data-sheet-group="项目3"]') as HTMLElement;
    expect(sheet3.textContent).toMatch(/1 张表 · 1 个错误 · \d+ 个警告 · \d+ 个提示$/);
  });

  it("steps through the findings in reading order across sheets, selecting each cell", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook();
    const selections: string[] = [];
    const step = async (name: string) => {
      await click(button(name));
      selections.push(`${workbook.selection.sheet}!${workbook.selection.address}`);
    };
    await step("下一个");
    await step("下一个");
    await step("上一个");
    expect(selections).toEqual(["项目1!E11", "项目1!E12", "项目1!E11"]);
    expect(document.querySelector('[aria-current="true"]')?.getAttribute("data-finding")).toBe(
      "E11"
    );
    expect(screen.getByText("第 1/54 项")).toBeTruthy();
    // From the last finding of 项目1 the next one is on 项目2, which becomes active.
    for (let i = 0; i < 6; i++) await step("下一个");
    expect(selections.slice(-2)).toEqual(["项目1!G14", "项目2!G3"]);
    expect(workbook.activeSheetName).toBe("项目2");
    // Switching sheets keeps the workbook's result: nothing is read again.
    const syncs = workbook.syncCount;
    await settle(() => workbook.activateSheet("项目5"));
    expect(workbook.syncCount).toBe(syncs);
    expect(controller.state.scope).toBe("workbook");
    expect(screen.getByText("暂不能报送：有 1 个错误需要修改")).toBeTruthy();
    // Errors only: the one error, on 项目3, from wherever we are.
    await settle(() =>
      fireEvent.change(screen.getByLabelText("跳转范围"), { target: { value: "error" } })
    );
    await step("下一个");
    await step("上一个");
    expect(selections.slice(-2)).toEqual(["项目3!F13", "项目3!F13"]);
  });

  it("steps with F8 / Shift+F8 and Alt+↓, but leaves Alt+↓ to a text field", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    mount(workbook);
    await checkWorkbook();
    const pane = button("下一个");
    await settle(() => fireEvent.keyDown(pane, { key: "F8" }));
    await settle(() => fireEvent.keyDown(pane, { key: "F8" }));
    expect(workbook.selection).toEqual({ sheet: "项目1", address: "E12" });
    await settle(() => fireEvent.keyDown(pane, { key: "F8", shiftKey: true }));
    expect(workbook.selection).toEqual({ sheet: "项目1", address: "E11" });
    await settle(() => fireEvent.keyDown(pane, { key: "ArrowDown", altKey: true }));
    expect(workbook.selection).toEqual({ sheet: "项目1", address: "E12" });
    await settle(() =>
      fireEvent.keyDown(screen.getByLabelText("跳转范围"), { key: "ArrowDown", altKey: true })
    );
    expect(workbook.selection).toEqual({ sheet: "项目1", address: "E12" });
  });

  it("says what the severity filter hides instead of “no findings”", async () => {
    mount(FakeWorkbook.fromSnapshots(SEED));
    await checkWorkbook();
    await click(button(/^警告 32/));
    await click(button(/^提示 21/));
    // 项目1 has three warnings and four infos, no error.
    expect(screen.getByText("已隐藏 3 项警告，3 项提示")).toBeTruthy();
    expect(screen.queryByText("没有发现问题")).toBeNull();
  });

  it("lists hidden sheets unchecked, and checks them on request", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    workbook.setSheetVisibility("项目3", "Hidden");
    workbook.setSheetVisibility("项目8", "VeryHidden");
    const controller = mount(workbook);
    await checkWorkbook();
    expect(screen.getByText("未检查的隐藏工作表：项目3（隐藏），项目8（深度隐藏）")).toBeTruthy();
    expect(screen.getByText(/^整个工作簿 · 6 张工作表 · 6 张表 · 0 个错误/)).toBeTruthy();
    expect(screen.getByText("可以报送：没有错误")).toBeTruthy();
    expect(controller.state.tables.some((table) => table.sheet === "项目3")).toBe(false);
    expect(controller.state.sheets.filter((s) => !s.checked).map((s) => s.name)).toEqual([
      "项目3",
      "项目8",
    ]);
    await settle(() => fireEvent.click(screen.getByLabelText("连同隐藏的工作表一起检查")));
    await screen.findByText(/^整个工作簿 · 8 张工作表 · 8 张表 · 1 个错误/, {}, SLOW);
    expect(screen.queryByText(/未检查的隐藏工作表/)).toBeNull();
    await click(button("全部折叠"));
    const sheet8 = document.querySelector('[data-sheet-group="项目8"]') as HTMLElement;
    expect(sheet8.textContent).toContain("深度隐藏 · 1 张表");
    // The error on the hidden sheet becomes the current finding; Excel cannot show its cell.
    await click(button("全部展开"));
    await settle(() =>
      fireEvent.change(screen.getByLabelText("跳转范围"), { target: { value: "error" } })
    );
    const selection = workbook.selection;
    await click(button("下一个"));
    expect(controller.state.currentKey).toMatch(/\|项目3\|F13\|/);
    expect(workbook.selection).toEqual(selection);
  });

  it("shows the sheets and blocks as they are read, and cancels back to where it was", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    workbook.addSheet("大表", stackedTables(300));
    // Every sync after the first five (the two event registrations, sheet switches and
    // edits, the sheet list, the probes of the eight small sheets, then of the big one)
    // waits, as on a slow network.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let syncs = 0;
    const slowRun: typeof workbook.run = (batch) =>
      workbook.run((context) => {
        const send = context.sync.bind(context);
        context.sync = async () => {
          if (++syncs > 5) await held;
          return send();
        };
        return batch(context);
      });
    mountPane(hostOn(workbook, { run: slowRun }));
    await settle(() => undefined);
    await click(button("检查工作簿"));
    await screen.findByText(/^正在读取第 9\/9 张工作表“大表”：第 1\/\d+ 块…$/, {}, SLOW);
    expect(document.querySelector('[role="progressbar"]')).toBeTruthy();
    await click(button("取消"));
    expect(screen.getByText("已取消检查，之前的结果未改变")).toBeTruthy();
    expect(screen.queryByText(/正在读取/)).toBeNull();
    const before = workbook.syncCount;
    await settle(() => release());
    // The block on its way arrives and is dropped; no further block is read.
    expect(workbook.syncCount).toBe(before + 1);
    expect(document.querySelectorAll("[data-table]")).toHaveLength(0);
  });

  it("speaks English with the right plurals", async () => {
    mount(FakeWorkbook.fromSnapshots(SEED));
    await click(button("English"));
    await click(button("Check workbook"));
    await screen.findByText(/^Whole workbook · /, {}, SLOW);
    await click(button(/^warning 32/));
    await click(button(/^info 21/));
    expect(screen.getByText("Hidden by the filter: 3 warnings, 3 infos")).toBeTruthy();
    expect(screen.getByText("Not ready to send: 1 error to fix")).toBeTruthy();
    expect(
      screen.getByText("Whole workbook · 8 sheets · 8 tables · 1 error · 32 warnings · 21 infos")
    ).toBeTruthy();
  });
});

it("says so when no sheet of the workbook has a table", async () => {
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows("说明", [["填报说明"]]),
    snapshotFromRows("附表", [["备注"]]),
  ]);
  mount(workbook);
  await click(button("检查工作簿"));
  await screen.findByText("工作簿中没有找到绩效目标表", {}, SLOW);
});

it("renders only the visible part of a 1,000-table result", async () => {
  const workbook = FakeWorkbook.fromSnapshots([stackedTables(1000)]);
  const controller = mount(workbook);
  await checkWorkbook();
  const findings = controller.state.tables.reduce((sum, table) => sum + table.findings.length, 0);
  expect(findings).toBeGreaterThanOrEqual(1000);
  const rendered = document.querySelectorAll("[data-finding]").length;
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(50);
  // Stepping far down brings the finding's row into the DOM, still only a window of rows.
  await settle(() =>
    fireEvent.change(screen.getByLabelText("跳转范围"), { target: { value: "info" } })
  );
  for (let i = 0; i < 3; i++) await click(button("上一个"));
  const current = document.querySelector('[aria-current="true"]');
  expect(current?.getAttribute("data-finding")).toBe(workbook.selection.address);
  expect(document.querySelectorAll("[data-finding]").length).toBeLessThan(50);
});

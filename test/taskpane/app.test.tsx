/**
 * @jest-environment jsdom
 */
/** The pane's components (Testing Library) on the Office adapter over the fake Excel. */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { loadFixture } from "../support/fixtures";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { hostOn, stackedTables } from "../hosts/support";
import { button, click, mount, mountPane } from "./support";

const STACKED = loadFixture("hebei-2020-stacked.xlsx");

// Rendering some fifty findings with Fluent UI in jsdom takes seconds on a small machine.
jest.setTimeout(30_000);
const SLOW = { timeout: 15_000 };

describe("the pane on the stacked sample", () => {
  it("checks the sheet: eight tables, the summary says it is not ready, the error is listed", async () => {
    mount(FakeWorkbook.fromSnapshots(STACKED));
    expect(screen.getByText(/检查不会修改任何单元格/)).toBeTruthy();
    await click(button("检查当前工作表"));
    expect(screen.getByText("暂不能报送：有 1 个错误需要修改")).toBeTruthy();
    expect(screen.getByText(/8 张表 · 1 个错误 · 32 个警告 · 21 个提示/)).toBeTruthy();
    // The list renders only the rows near its visible part: folded, it shows every table.
    await click(button("全部折叠"));
    expect(document.querySelectorAll("[data-table]")).toHaveLength(8);
    await click(button("全部展开"));
    await click(button(/^警告 32/));
    await click(button(/^提示 21/));
    expect(
      screen.getByText("定性与定量混写：“形成数据库”的符号为“文字描述”，值却是 100")
    ).toBeTruthy();
  });

  it("selects the finding's cell, marks and clears", async () => {
    const workbook = FakeWorkbook.fromSnapshots(STACKED);
    mount(workbook);
    await click(button("检查当前工作表"));
    // Errors only: the list's first row is the error, whatever the list shows at once.
    await click(button(/^警告 32/));
    await click(button(/^提示 21/));
    await click(button(/^定位到单元格 F48/));
    expect(workbook.selection).toEqual({ sheet: "绩效目标表", address: "F48" });
    await click(button(/^警告 32/));
    await click(button(/^提示 21/));

    await click(button("在表中标记"));
    await screen.findByText("已标记 54 个单元格", {}, SLOW);
    expect(workbook.cell("绩效目标表", "F48").fill).toBe("#FFC7CE");
    expect(screen.getByText(/表中有 54 处标记/)).toBeTruthy();
    await click(button("清除标记"));
    await screen.findByText(/已清除 54 处标记/, {}, SLOW);
    expect(workbook.cell("绩效目标表", "F48").fill).toBeNull();
    expect(screen.queryByText(/表中有 \d+ 处标记/)).toBeNull();
  });

  it("filters by severity and marks only what is shown", async () => {
    const workbook = FakeWorkbook.fromSnapshots(STACKED);
    mount(workbook);
    await click(button("检查当前工作表"));
    await click(button(/^提示 21/));
    await click(button(/^警告 32/));
    expect(document.querySelectorAll("[data-finding]")).toHaveLength(1);
    await click(button("在表中标记"));
    await screen.findByText("已标记 1 个单元格", {}, SLOW);
    expect(Object.keys(workbook.fills("绩效目标表"))).toEqual(["F48"]);
  });

  it("ignores a finding, stores it in the workbook, and resets", async () => {
    const workbook = FakeWorkbook.fromSnapshots(STACKED);
    mount(workbook);
    await click(button("检查当前工作表"));
    await click(button("下一个")); // the first finding in reading order
    await act(async () => {
      fireEvent.change(screen.getByLabelText("跳转范围"), { target: { value: "error" } });
    });
    await click(button("下一个"));
    expect(workbook.selection).toEqual({ sheet: "绩效目标表", address: "F48" });
    const item = document.querySelector('[data-finding="F48"]') as HTMLElement;
    await click(within(item).getByRole("button", { name: "忽略" }));
    expect(screen.getByText("可以报送：没有错误")).toBeTruthy();
    expect(screen.getByText("已忽略 1 项")).toBeTruthy();
    expect(workbook.reopen().settings.get("perfgoal.ignored")).toHaveLength(1);
    await click(button("全部取消忽略"));
    expect(screen.getByText("暂不能报送：有 1 个错误需要修改")).toBeTruthy();
  });

  it("switches to English", async () => {
    mount(FakeWorkbook.fromSnapshots(STACKED));
    await click(button("English"));
    await click(button("Check this sheet"));
    expect(screen.getByText("Not ready to send: 1 error to fix")).toBeTruthy();
    expect(
      screen.getByText(/^sheet "绩效目标表" · 8 tables · 1 error · 32 warnings · 21 infos$/)
    ).toBeTruthy();
  });
});

it("says so when the sheet has no table", async () => {
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows("说明", [["填报说明：一级指标包括产出指标。"]]),
  ]);
  mount(workbook);
  await click(button("检查当前工作表"));
  expect(screen.getByText("本工作表中没有找到绩效目标表")).toBeTruthy();
});

it("says why when it finds an indicator header but cannot read the table", async () => {
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows("表", [
      ["项目名称", "农村公路养护"],
      ["一级指标", "二级指标", "三级指标", "考核部门"],
      ["产出指标", "数量指标", "养护里程", "县交通局"],
    ]),
  ]);
  mount(workbook);
  await click(button("检查当前工作表"));
  expect(screen.getByText("找到了指标表头（第 2 行），但无法确定指标值所在的列")).toBeTruthy();
  expect(screen.queryByText("本工作表中没有找到绩效目标表")).toBeNull();
});

it("shows each table's form and, on request, how it was read", async () => {
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows("部门", [
      ["部门（单位）名称", "县农业农村局", null, null],
      ["年度履职目标", "完成全年农田建设任务", null, null],
      ["一级指标", "二级指标", "三级指标", "指标值", "考核部门"],
      ["产出指标", "数量指标", "新建高标准农田面积", "≥2万亩", "县农业农村局"],
    ]),
  ]);
  mount(workbook);
  await click(button("检查当前工作表"));
  expect(screen.getByText(/部门整体支出绩效目标表 · A1:E4 · 1 行指标（已填 1 行）/)).toBeTruthy();
  await click(button("识别结果"));
  const reading = document.querySelector("[data-reading]") as HTMLElement;
  expect(
    within(reading).getByText(/部门名称：A1 “部门（单位）名称” → B1 “县农业农村局”/)
  ).toBeTruthy();
  expect(within(reading).getByText(/D 指标值 “指标值”/)).toBeTruthy();
  expect(within(reading).getByText(/未能识别的列：E3 “考核部门”/)).toBeTruthy();
});

it("tells what an older Excel cannot do", () => {
  mount(FakeWorkbook.fromSnapshots(STACKED, { apiVersion: "1.8" }));
  expect(screen.getByText(/无法读取合并单元格（需要 ExcelApi 1.13）/)).toBeTruthy();
  expect(screen.getByText(/无法添加批注/)).toBeTruthy();
  expect(screen.getByText(/无法逐格读取底色/)).toBeTruthy();
});

it("checks the sheet the user switches to, once they have checked", async () => {
  const workbook = FakeWorkbook.fromSnapshots([...STACKED, snapshotFromRows("其他", [["x"]])]);
  mount(workbook);
  await click(button("检查当前工作表"));
  expect(screen.getByText(/工作表“绩效目标表”/)).toBeTruthy();
  await act(async () => {
    workbook.activateSheet("其他");
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
  await screen.findByText("本工作表中没有找到绩效目标表", {}, SLOW);
  await act(async () => {
    workbook.activateSheet("绩效目标表");
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
  await screen.findByText("暂不能报送：有 1 个错误需要修改", {}, SLOW);
});

it("shows the blocks of a big sheet as they are read, and cancels back to where it was", async () => {
  const workbook = FakeWorkbook.fromSnapshots([stackedTables(1000)]);
  // Every sync after the first waits until the test lets it go, as a slow network would.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const slowRun: typeof workbook.run = (batch) =>
    workbook.run((context) => {
      const send = context.sync.bind(context);
      let syncs = 0;
      context.sync = async () => {
        if (++syncs > 1) await held;
        return send();
      };
      return batch(context);
    });
  mountPane(hostOn(workbook, { run: slowRun }));
  await click(button("检查当前工作表"));
  await screen.findByText(/正在读取工作表：第 0\/\d+ 块/, {}, SLOW);
  expect(document.querySelector('[role="progressbar"]')).toBeTruthy();
  await click(button("取消"));
  expect(screen.getByText("已取消检查，之前的结果未改变")).toBeTruthy();
  expect(screen.getByText(/检查不会修改任何单元格/)).toBeTruthy();
  expect(screen.queryByText(/正在读取工作表/)).toBeNull();
  expect(button("检查当前工作表").hasAttribute("disabled")).toBe(false);
  const syncsBefore = workbook.syncCount;
  await act(async () => {
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
  // The block on its way arrives and is dropped; no further block is read.
  expect(workbook.syncCount).toBe(syncsBefore + 1);
  expect(document.querySelectorAll("[data-table]")).toHaveLength(0);
  expect(screen.getByText("已取消检查，之前的结果未改变")).toBeTruthy();
});

/**
 * @jest-environment jsdom
 */
/**
 * The fill preview of a self-evaluation with a written score that differs from the computed
 * one: listed (cell, written → computed), unticked; left as it is unless ticked; ticked, it
 * is replaced and the 总分 follows it; undo restores both exactly; a cell changed since the
 * preview is never written over.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { AuthoringView } from "../../src/taskpane/components/AuthoringView";
import { translator } from "../../src/taskpane/i18n";
import { changed, selfEvaluationSheet } from "../support/approved-goals";
import { hostOn } from "../hosts/support";
import { button, click, named, SLOW } from "./support";

jest.setTimeout(60_000);

const SHEET = "自评表";

/** FARMLAND with the second indicator's score written as 12 (14.21 computed) and no 总分. */
function paneOnDifferingScore(): { workbook: FakeWorkbook } {
  const workbook = FakeWorkbook.fromSnapshots([
    selfEvaluationSheet({ indicators: changed({ 1: { score: 12 } }), total: { score: null } }),
  ]);
  workbook.select(SHEET, "A1");
  const controller = new AuthoringController(hostOn(workbook));
  render(
    <FluentProvider theme={webLightTheme}>
      <AuthoringView controller={controller} text={translator("zh")} />
    </FluentProvider>
  );
  return { workbook };
}

const box = (address: string) => named("input[type=checkbox]", `${SHEET}!${address}`);
const rowOf = (address: string) => box(address).closest("li");

async function preview(): Promise<void> {
  await click(button("生成预览"));
  await screen.findByText("1 处已填的得分与计算值不一致，勾选即同意替换", undefined, SLOW);
}

it("lists a differing score unticked and leaves it as written unless ticked", async () => {
  const { workbook } = paneOnDifferingScore();
  await preview();
  expect(rowOf("H14")?.getAttribute("data-score")).toBe("score");
  expect(rowOf("H14")?.textContent).toContain("得分：12 → 14.21");
  expect((box("H14") as HTMLInputElement).checked).toBe(false);
  // The total follows the score as it will stand: 12 kept.
  expect(rowOf("H19")?.textContent).toContain("95.98");

  await click(button("应用所选 (1)"));
  await screen.findByText("已写入 1 个单元格", undefined, SLOW);
  expect(workbook.cell(SHEET, "H14").value).toBe(12);
  expect(workbook.cell(SHEET, "H19").value).toBe(95.98);
  await click(button("撤销填写"));
  await screen.findByText("已撤销，1 个单元格恢复原样", undefined, SLOW);
  expect(workbook.cell(SHEET, "H19").value).toBe("");
});

it("replaces a ticked score, recomputes the total from it, and undoes both exactly", async () => {
  const { workbook } = paneOnDifferingScore();
  await preview();
  await click(box("H14"));
  expect((box("H14") as HTMLInputElement).checked).toBe(true);
  expect(rowOf("H19")?.textContent).toContain("98.19");

  await click(button("应用所选 (2)"));
  await screen.findByText("已写入 2 个单元格", undefined, SLOW);
  expect([workbook.cell(SHEET, "H14").value, workbook.cell(SHEET, "H19").value]).toEqual([
    14.21, 98.19,
  ]);
  await click(button("撤销填写"));
  await screen.findByText("已撤销，2 个单元格恢复原样", undefined, SLOW);
  expect([workbook.cell(SHEET, "H14").value, workbook.cell(SHEET, "H19").value]).toEqual([12, ""]);
});

it("ticks every differing score with the switch, and never writes over a cell changed since", async () => {
  const { workbook } = paneOnDifferingScore();
  await preview();
  const replaceAll = () =>
    screen.getByLabelText("替换不一致的得分（勾选全部）") as HTMLInputElement;
  await click(replaceAll());
  expect((box("H14") as HTMLInputElement).checked).toBe(true);
  // The switch shows whether every differing score is ticked.
  await click(box("H14"));
  expect([replaceAll().checked, (box("H14") as HTMLInputElement).checked]).toEqual([false, false]);
  await click(replaceAll());
  // 全不选 unticks the cells to fill, not the consent given to a score.
  await click(button("全不选"));
  expect([
    (box("H14") as HTMLInputElement).checked,
    (box("H19") as HTMLInputElement).checked,
  ]).toEqual([true, false]);
  await click(button("全选"));

  workbook.setValue(SHEET, "H14", 13);
  await click(button("应用所选 (2)"));
  await screen.findByText("单元格 H14 的内容已改变，请重新生成", undefined, SLOW);
  expect([workbook.cell(SHEET, "H14").value, workbook.cell(SHEET, "H19").value]).toEqual([13, ""]);
});

/**
 * @jest-environment jsdom
 */
/**
 * 评分汇总: a self-evaluation's heading in the findings list shows its score summary, each
 * figure written in one cell selects that cell; a goal table shows none.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { Language } from "../../src/domain/messages/catalog";
import { PaneController } from "../../src/taskpane/state/controller";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { App } from "../../src/taskpane/components/App";
import { buildTable } from "../support/layouts";
import { centralSelfEvaluation } from "../support/self-evaluation";
import { hostOn } from "../hosts/support";

jest.setTimeout(60_000);
const SLOW = { timeout: 30_000 };

/** 6 + 45 + 30 + 8 = 89 points scored, but the 总分 row says 90. */
const SHEET = centralSelfEvaluation({
  total: { points: 10, score: 6 },
  indicators: [
    ["产出指标(50分)", "数量指标", "新建高标准农田面积", "≥2000亩", "2100亩", 25, 25, null],
    [null, "质量指标", "农田建设验收合格率", "≥95%", "90%", 25, 20, "部分地块返工"],
    ["效益指标(30分)", "社会效益指标", "受益农户数", "≥3000户", "3200户", 30, 30, null],
    ["满意度指标(10分)", "服务对象满意度指标", "农户满意度", "≥90%", "80%", 10, 8, null],
  ],
  totalRow: { points: 100, score: 90 },
});
const SHEET_NAME = SHEET.sheetName;

function workbookWithSelfEvaluation(): FakeWorkbook {
  const goal = buildTable({}, { name: "绩效目标表" }).snapshot;
  return FakeWorkbook.fromSnapshots([SHEET, goal]);
}

function mount(workbook: FakeWorkbook, language: Language = "zh") {
  const host = hostOn(workbook);
  const controller = new PaneController(host, language);
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} authoring={new AuthoringController(host)} />
    </FluentProvider>
  );
  return controller;
}

/** A button by its accessible name (aria-label, else its text). */
function button(name: string): HTMLElement {
  const found = [...document.querySelectorAll("button")].filter(
    (b) => (b.getAttribute("aria-label") ?? b.textContent?.trim()) === name
  );
  if (found.length !== 1) throw new Error(`${found.length} buttons named ${name}`);
  return found[0];
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function summaries(label: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`[role="group"][aria-label="${label}"]`)];
}

describe("the score summary in the pane", () => {
  it("shows each first level's score of its points and the shortfalls, which select their cells", async () => {
    const workbook = workbookWithSelfEvaluation();
    const controller = mount(workbook);
    await click(button("检查工作簿"));
    await screen.findByText(/^整个工作簿 · /, {}, SLOW);

    // One summary: the self-evaluation's; the goal table on the other sheet has none.
    const [summary] = summaries("评分汇总");
    expect(summaries("评分汇总")).toHaveLength(1);
    expect(summary.closest("[data-sheet]")?.getAttribute("data-sheet")).toBe(SHEET_NAME);
    const text = summary.textContent ?? "";
    for (const figure of [
      "得分 90 / 100",
      "各项合计 89 / 100",
      "预算执行 6 / 10",
      "产出 45 / 50",
      "效益 30 / 30",
      "满意度 8 / 10",
      "未满分指标 2 项",
    ])
      expect(text).toContain(figure);

    const selects = async (name: string, address: string) => {
      await click(button(name));
      expect(workbook.selection).toEqual({ sheet: SHEET_NAME, address });
    };
    await selects("得分 90 / 100，选中 H17", "H17");
    await selects("预算执行 6 / 10，选中 H6", "H6");
    await selects("产出 45 / 50，选中 B13", "B13");
    await selects("未满分：农田建设验收合格率 得分 20 / 25，选中 H14", "H14");
    await selects("未满分：农户满意度 得分 8 / 10，选中 H16", "H16");
    // The sum of the parts is in no one cell: it is text, not a button.
    expect(
      [...summary.querySelectorAll("button")].some((b) => b.textContent?.includes("各项合计"))
    ).toBe(false);
    expect(controller.state.tables.filter((table) => table.scores)).toHaveLength(1);
  });

  it("speaks English when the pane does", async () => {
    mount(workbookWithSelfEvaluation(), "en");
    await click(button("Check workbook"));
    await screen.findByText(/^Whole workbook · /, {}, SLOW);
    const [summary] = summaries("Score summary");
    for (const figure of [
      "Score 90 / 100",
      "parts add up to 89 / 100",
      "Budget 6 / 10",
      "Output 45 / 50",
      "Benefit 30 / 30",
      "Satisfaction 8 / 10",
    ])
      expect(summary.textContent).toContain(figure);
    expect(summary.textContent).toContain("2 indicators short of full marks");
    expect(
      button("Short of full marks: 农田建设验收合格率 scored 20 / 25, select H14")
    ).toBeTruthy();
  });
});

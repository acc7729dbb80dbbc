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
import { selfEvaluationSheet, SelfEvaluationSpec } from "../support/self-evaluation";
import { hostOn } from "../hosts/support";

jest.setTimeout(60_000);
const SLOW = { timeout: 30_000 };

const SPEC: SelfEvaluationSpec = {
  budget: { points: 10, score: 6 },
  levels: [
    {
      kind: "产出",
      statedPoints: 50,
      indicators: [
        { points: 25, score: 25 },
        { points: 25, score: 20, reason: "部分路段延至次年" },
      ],
    },
    { kind: "效益", statedPoints: 30, indicators: [{ points: 30, score: 30 }] },
    { kind: "满意度", statedPoints: 10, indicators: [{ points: 10, score: 8 }] },
  ],
  total: { points: 100, score: 89 },
};

function workbookWithSelfEvaluation(): FakeWorkbook {
  const goal = buildTable({}, { name: "绩效目标表" }).snapshot;
  return FakeWorkbook.fromSnapshots([selfEvaluationSheet(SPEC, "自评表"), goal]);
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
    expect(summary.closest("[data-sheet]")?.getAttribute("data-sheet")).toBe("自评表");
    const text = summary.textContent ?? "";
    for (const figure of ["产出 45 / 50", "效益 30 / 30", "满意度 8 / 10", "未满分指标 2 项"])
      expect(text).toContain(figure);

    await click(button("产出 45 / 50，选中 B13"));
    expect(workbook.selection).toEqual({ sheet: "自评表", address: "B13" });
    await click(button("未满分：指标2完成率 得分 20 / 25，选中 H14"));
    expect(workbook.selection).toEqual({ sheet: "自评表", address: "H14" });
    await click(button("未满分：指标4完成率 得分 8 / 10，选中 H16"));
    expect(workbook.selection).toEqual({ sheet: "自评表", address: "H16" });
    expect(controller.state.tables.filter((table) => table.scores)).toHaveLength(1);
  });

  it("speaks English when the pane does", async () => {
    mount(workbookWithSelfEvaluation(), "en");
    await click(button("Check workbook"));
    await screen.findByText(/^Whole workbook · /, {}, SLOW);
    const [summary] = summaries("Score summary");
    expect(summary.textContent).toContain("2 indicators short of full marks");
    expect(button("Short of full marks: 指标2完成率 scored 20 / 25, select H14")).toBeTruthy();
  });
});

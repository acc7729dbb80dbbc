/**
 * @jest-environment jsdom
 */
/**
 * The findings list's legend and its id switch: rule and profile ids are hidden until
 * 显示规则编号 is on, the counters on a heading explain themselves, and English mode uses
 * half-width punctuation and singular forms.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { PaneController } from "../../src/taskpane/state/controller";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { App } from "../../src/taskpane/components/App";
import { loadFixture } from "../support/fixtures";

const STACKED = loadFixture("hebei-2020-stacked.xlsx");

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

function mount() {
  const workbook = FakeWorkbook.fromSnapshots(STACKED);
  const host = new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={new PaneController(host, "zh")} authoring={new AuthoringController(host)} />
    </FluentProvider>
  );
}

/** A control by its accessible name or text (cheaper than getByRole on a long list in jsdom). */
function control(name: string | RegExp, selector = "button"): HTMLElement {
  const matches = (text: string) => (typeof name === "string" ? text === name : name.test(text));
  const found = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
    matches(element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "")
  );
  if (found.length !== 1) throw new Error(`${found.length} controls named ${String(name)}`);
  return found[0];
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The 显示规则编号 toggle button. */
const idToggle = () => control("显示规则编号");

async function checkSheet(name: string) {
  await click(control(name));
  await screen.findByText(/ · 8 (张表|tables) · /, {}, SLOW);
}

it("hides rule and profile ids until 显示规则编号 is on, and keeps the choice across checks", async () => {
  mount();
  await checkSheet("检查当前工作表");
  const table = document.querySelector("[data-table]") as HTMLElement;
  expect(table.textContent).toContain("项目支出绩效目标表 · A3:H15 · 4 行指标（已填 4 行）");
  expect(table.textContent).not.toContain("mof-2015");
  expect(document.querySelector("[data-rule-id]")).toBeNull();
  expect(document.body.textContent).not.toContain("header/missing-recommended");

  expect(idToggle().getAttribute("aria-pressed")).toBe("false");
  await click(idToggle());
  expect(idToggle().getAttribute("aria-pressed")).toBe("true");
  expect(document.querySelector("[data-table]")?.textContent).toContain("指标体系 mof-2015");
  const ids = [...document.querySelectorAll("[data-rule-id]")].map((e) => e.textContent);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => /^[a-z]+\/[a-z0-9-]+$/.test(id ?? ""))).toBe(true);

  // A new check keeps the ids shown.
  await checkSheet("检查当前工作表");
  expect(document.querySelector("[data-rule-id]")).not.toBeNull();
});

it("explains the counters on a heading: a legend line, and each count's tooltip and label", async () => {
  mount();
  await checkSheet("检查当前工作表");
  const legend = document.querySelector("[data-legend]") as HTMLElement;
  expect(legend.getAttribute("aria-label")).toBe("图例");
  expect(legend.textContent).toMatch(/错误.*警告.*提示.*标题旁的数字：错误数、警告数/);
  // Table 3 has the error and warnings: its counters say what they count. Folded, the
  // windowed list shows every table.
  await click(control("全部折叠"));
  const table3 = document.querySelectorAll("[data-table]")[2];
  const error = table3.querySelector('[data-count="error"]') as HTMLElement;
  expect(error.textContent).toBe("1");
  expect(error.getAttribute("title")).toBe("1 个错误");
  expect(error.getAttribute("aria-label")).toBe("1 个错误");
  const warnings = table3.querySelector('[data-count="warning"]') as HTMLElement;
  expect(warnings.getAttribute("title")).toBe(`${warnings.textContent} 个警告`);
  // The legend's samples are not read out as counts.
  expect(legend.querySelector('[data-count="error"]')?.getAttribute("aria-hidden")).toBe("true");
});

it("speaks English without full-width punctuation and with singular forms", async () => {
  mount();
  await click(control("English"));
  await checkSheet("Check this sheet");
  const legend = document.querySelector("[data-legend]") as HTMLElement;
  expect(legend.textContent).toMatch(/error.*warning.*info.*Numbers by a heading: errors/);
  const jump = document.querySelector("[data-finding] button") as HTMLElement;
  expect(jump.getAttribute("aria-label")).toMatch(/^Go to cell [A-Z]+\d+: (error|warning|info), /);
  const suggestion = screen.getAllByText(/^Suggestion: /);
  expect(suggestion.length).toBeGreaterThan(0);
  // The pane's own words: no full-width colon, comma or bracket (cell text may have them).
  const own = [...document.querySelectorAll("[data-legend], [data-table], [data-sheet-group]")]
    .map((element) => element.textContent ?? "")
    .join("\n");
  expect(own).not.toMatch(/[：，（）]/);
  await click(control("Collapse all"));
  const table3 = document.querySelectorAll("[data-table]")[2];
  expect(table3.querySelector('[data-count="error"]')?.getAttribute("title")).toBe("1 error");
  await click(control("Mark in sheet"));
  await screen.findByText(/^Marked \d+ cells$/, {}, SLOW);
});

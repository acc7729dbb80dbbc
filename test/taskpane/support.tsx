/**
 * The pane under Testing Library on the fake Excel: mount it, act on it and wait for it,
 * shared by the pane's tests. Queries go by accessible name through the DOM, not by
 * getByRole: that computes the accessibility tree of the whole page, which takes seconds
 * per query on a pane with fifty findings under jsdom on a busy machine.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Finding } from "../../src/domain/findings";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { WorkbookHost } from "../../src/hosts/host";
import { PaneController } from "../../src/taskpane/state/controller";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { App } from "../../src/taskpane/components/App";
import { hostOn } from "../hosts/support";

/** How long to wait for a check of the whole seed workbook on a loaded machine. */
export const SLOW = { timeout: 60_000 };

/** Renders the whole pane on the host and gives its controller. */
export function mountPane(host: WorkbookHost): PaneController {
  const controller = new PaneController(host, "zh");
  render(
    <FluentProvider theme={webLightTheme}>
      <App controller={controller} authoring={new AuthoringController(host)} />
    </FluentProvider>
  );
  return controller;
}

/** The pane on the fake workbook through the Office adapter. */
export const mount = (workbook: FakeWorkbook): PaneController => mountPane(hostOn(workbook));

/** Runs the action and lets the pane's promises and renders that follow it settle. */
export async function settle(action: () => void): Promise<void> {
  await act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export const click = (element: Element): Promise<void> => settle(() => fireEvent.click(element));

/** The one element matching `selector` with the accessible name (aria-label, else its text). */
export function named(selector: string, name: string | RegExp): HTMLElement {
  const matches = (text: string) => (typeof name === "string" ? text === name : name.test(text));
  const found = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
    matches(element.getAttribute("aria-label") ?? element.textContent?.trim() ?? "")
  );
  if (found.length !== 1) throw new Error(`${found.length} ${selector} named ${String(name)}`);
  return found[0];
}

export const button = (name: string | RegExp): HTMLElement => named("button", name);

export const tab = (name: string): Promise<void> => click(screen.getByRole("tab", { name }));

/** Checks the workbook (from the 检查 tab) and waits for the verdict. */
export async function checkWorkbook(): Promise<void> {
  await click(button("检查工作簿"));
  await screen.findByText(/^整个工作簿 · /, {}, SLOW);
}

/** The findings of the rule in the pane's last result. */
export function findingsOf(controller: PaneController, ruleId: string): Finding[] {
  return controller.state.tables
    .flatMap((table) => table.findings)
    .filter((view) => view.finding.ruleId === ruleId)
    .map((view) => view.finding);
}

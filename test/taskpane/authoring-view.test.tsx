/**
 * @jest-environment jsdom
 */
/** The 新建与填写 tab: why a table gets no 情况说明, and the choice to write it anyway. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { buildTable } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";
import { AuthoringController } from "../../src/taskpane/state/authoring";
import { AuthoringView } from "../../src/taskpane/components/AuthoringView";
import { translator } from "../../src/taskpane/i18n";
import { loadFixture } from "../support/fixtures";
import { hostOn } from "../hosts/support";
import { button, click } from "./support";

jest.setTimeout(30_000);
const SLOW = { timeout: 15_000 };

it("lists the tables held back with their reason, and writes them when asked anyway", async () => {
  const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-stacked.xlsx"));
  render(
    <FluentProvider theme={webLightTheme}>
      <AuthoringView
        controller={new AuthoringController(hostOn(workbook))}
        text={translator("zh")}
      />
    </FluentProvider>
  );
  await click(button("生成预览"));
  const note = await screen.findByText(
    /表 3（第三次全国国土调查）有 1 个错误，请先改正；未生成情况说明/,
    undefined,
    SLOW
  );
  expect(note.closest("li")?.getAttribute("data-note")).toBe("errors");

  const anyway = screen.getByLabelText("表格有错误或还没有指标时也生成情况说明");
  await click(anyway);
  await click(button("生成预览"));
  await screen.findByText(
    /第三次全国国土调查）尚未完成（1 个错误），按要求仍生成情况说明/,
    undefined,
    SLOW
  );
  expect(screen.getByText(/^将写入 \d+ 个单元格$/)).toBeTruthy();
});

it("says why a fill was refused in the pane's language, and again when it is switched", async () => {
  const { snapshot } = buildTable({ indicators: cleanWith({ 0: { basis: "" } }) });
  const workbook = FakeWorkbook.fromSnapshots([snapshot]);
  const controller = new AuthoringController(hostOn(workbook));
  const view = (language: "zh" | "en") => (
    <FluentProvider theme={webLightTheme}>
      <AuthoringView controller={controller} text={translator(language)} />
    </FluentProvider>
  );
  const { rerender } = render(view("en"));
  await controller.planFill();
  workbook.setValue("Sheet1", "H10", "我自己写的依据");
  await controller.applyFill();
  expect(
    await screen.findByText(
      "Cell H10 is not empty; it is not overwritten without consent",
      undefined,
      SLOW
    )
  ).toBeTruthy();
  rerender(view("zh"));
  expect(screen.getByText("单元格 H10 已有内容，未经同意不会覆盖")).toBeTruthy();
});

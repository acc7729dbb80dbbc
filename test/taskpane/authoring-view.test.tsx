/**
 * @jest-environment jsdom
 */
/** The 新建与填写 tab: why a table gets no 情况说明, and the choice to write it anyway. */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
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

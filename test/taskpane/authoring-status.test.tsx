/**
 * @jest-environment jsdom
 */
/**
 * The 新建与填写 and 措辞设置 tabs' status: a link to the sheet a template or a fill wrote, a
 * phrase library that refuses empty phrases and asks before replacing, and the one
 * StatusArea (spinner, error, outcome) the views share.
 */
import "../support/jsdom";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { OfficeWorkbookHost } from "../../src/hosts/office";
import { AuthoringController, PHRASES_SETTING } from "../../src/taskpane/state/authoring";
import { AuthoringView } from "../../src/taskpane/components/AuthoringView";
import { PhrasesView } from "../../src/taskpane/components/PhrasesView";
import { StatusArea } from "../../src/taskpane/components/StatusArea";
import { translator } from "../../src/taskpane/i18n";
import { DEFAULT_PHRASES } from "../../src/domain/boilerplate";
import { loadFixture } from "../support/fixtures";

jest.setTimeout(60_000);
const SLOW = { timeout: 20_000 };

function setUp(view: "author" | "phrases") {
  const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-stacked.xlsx"));
  const host = new OfficeWorkbookHost({
    run: workbook.run,
    isSetSupported: workbook.isSetSupported,
    settings: workbook.settings,
  });
  const controller = new AuthoringController(host);
  const text = translator("zh");
  render(
    <FluentProvider theme={webLightTheme}>
      {view === "author" ? (
        <AuthoringView controller={controller} text={text} />
      ) : (
        <PhrasesView controller={controller} text={text} />
      )}
    </FluentProvider>
  );
  return { workbook, controller };
}

function byText(selector: string, text: string | RegExp): HTMLElement {
  const matches = (value: string) => (typeof text === "string" ? value === text : text.test(value));
  const found = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) =>
    matches(element.textContent?.trim() ?? "")
  );
  if (found.length !== 1) throw new Error(`${found.length} ${selector} with text ${String(text)}`);
  return found[0];
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function type(element: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(element, { target: { value } });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function idle(controller: AuthoringController) {
  await act(async () => {
    while (controller.getSnapshot().busy) await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe("a link to what was written", () => {
  it("selects the sheet a template was inserted on, at its first cell to fill", async () => {
    const { workbook, controller } = setUp("author");
    await click(byText("button", "插入模板"));
    await idle(controller);
    const link = document.querySelector("[data-goto]") as HTMLElement;
    expect(link.closest('[role="status"]')).not.toBeNull();
    const [sheet, address] = (link.getAttribute("data-goto") ?? "").split("!");
    expect(workbook.sheetNames).toContain(sheet);
    expect(sheet).not.toBe("绩效目标表");
    expect(link.textContent).toBe(`转到“${sheet}”的 ${address}`);

    workbook.select("绩效目标表", "C5");
    await click(link);
    expect(workbook.selection).toEqual({ sheet, address });
  });

  it("selects the 情况说明 sheet a fill created", async () => {
    const { workbook, controller } = setUp("author");
    expect(workbook.sheetNames).not.toContain("情况说明");
    await click(byText("button", "生成预览"));
    await screen.findByText(/^将写入 \d+ 个单元格$/, undefined, SLOW);
    await click(byText("button", /^应用所选/));
    await idle(controller);
    expect(workbook.sheetNames).toContain("情况说明");
    const link = document.querySelector("[data-goto]") as HTMLElement;
    expect(link.getAttribute("data-goto")).toBe("情况说明!A1");
    expect(link.textContent).toBe("转到“情况说明”的 A1");

    workbook.select("绩效目标表", "A1");
    await click(link);
    expect(workbook.selection).toEqual({ sheet: "情况说明", address: "A1" });
    // The link leaves the status as it was.
    expect(screen.getByText(/^已写入 \d+ 个单元格/)).toBeTruthy();
  });
});

describe("saving phrases", () => {
  const quantity = () => screen.getByLabelText("数量指标") as HTMLTextAreaElement;

  it("refuses an empty phrase with a message and stores nothing", async () => {
    const { workbook } = setUp("phrases");
    await type(quantity(), "   ");
    await click(byText("button", "保存措辞"));
    expect(screen.getByText("措辞不能为空，未保存：数量指标")).toBeTruthy();
    expect(workbook.settings.get(PHRASES_SETTING) ?? null).toBeNull();
  });

  it("asks before replacing a phrase, and saves only when confirmed", async () => {
    const { workbook, controller } = setUp("phrases");
    await type(quantity(), "根据本单位年度工作计划确定");
    await click(byText("button", "保存措辞"));
    expect(screen.getByText("将替换以下措辞：数量指标。确定保存吗？")).toBeTruthy();
    expect(workbook.settings.get(PHRASES_SETTING) ?? null).toBeNull();

    await click(byText("button", "取消"));
    expect(screen.queryByText(/将替换以下措辞/)).toBeNull();
    expect(workbook.settings.get(PHRASES_SETTING) ?? null).toBeNull();

    await click(byText("button", "保存措辞"));
    await click(byText("button", "确定保存"));
    await idle(controller);
    expect(screen.getByText("措辞已保存到工作簿")).toBeTruthy();
    expect(workbook.settings.get(PHRASES_SETTING)).toEqual({
      ...DEFAULT_PHRASES,
      quantity: "根据本单位年度工作计划确定",
    });
  });

  it("says so when nothing changed", async () => {
    setUp("phrases");
    await click(byText("button", "保存措辞"));
    expect(screen.getByText("措辞没有改动")).toBeTruthy();
  });
});

it("StatusArea shows the spinner, the error and the outcome in one live region", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <StatusArea busy error="无法写入">
        <span>已写入 3 个单元格</span>
      </StatusArea>
    </FluentProvider>
  );
  const status = screen.getByRole("status");
  expect(status.getAttribute("aria-live")).toBe("polite");
  expect(status.querySelector('[role="progressbar"], .fui-Spinner')).not.toBeNull();
  expect(status.textContent).toContain("无法写入");
  expect(status.textContent).toContain("已写入 3 个单元格");
});

/**
 * @jest-environment jsdom
 */
/**
 * Fixes in the pane on the fake Excel with the seed workbook: 更改 on one finding,
 * 全部更改 for a rule with the preview of every edit, one 撤销更改 for the batch restoring
 * every cell exactly, and a cell the user changed after the preview left alone and named.
 */
import { screen, within } from "@testing-library/react";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { loadFixture } from "../support/fixtures";
import { checkWorkbook, click, findingsOf, mount, settle, SLOW } from "./support";

jest.setTimeout(120_000);

const SEED = loadFixture("hebei-2020-seed.xlsx");
const PERCENT_WORD = "style/percent-word";

/** Waits for the re-check after a write: the status says what was written. */
async function written(pattern: RegExp) {
  await screen.findByText(pattern, {}, SLOW);
  await screen.findByText(/^整个工作簿 · /, {}, SLOW);
}

const fixAllButton = (ruleId: string) =>
  document.querySelector(`button[data-rule="${ruleId}"]`) as HTMLElement;

describe("fixes in the pane", () => {
  it("更改 on one finding previews its edit, writes the cell, and the finding is gone", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook();
    const cost = findingsOf(controller, "cost/target").find(
      (f) => f.sheet === "项目1" && f.address === "E12"
    );
    expect(cost?.fix).toBeDefined();
    const before = workbook.cell("项目1", "E12").value;
    expect(String(before)).toContain(">=");
    const item = document.querySelector('[data-sheet="项目1"][data-finding="E12"]') as HTMLElement;
    await click(within(item).getByRole("button", { name: "更改 E12" }));
    const preview = screen.getByRole("region", { name: "将更改 1 个单元格" });
    const line = within(preview).getByText(/→/);
    expect(line.textContent).toBe(`${String(before)} → ${String(cost?.fix?.edits[0].value)}`);
    await click(screen.getByRole("button", { name: "确认更改" }));
    await written(/^已更改 1 个单元格并重新检查/);
    const after = workbook.cell("项目1", "E12").value;
    expect(after).toBe(cost?.fix?.edits[0].value);
    expect(String(after)).toContain("≤");
    expect(
      findingsOf(controller, "cost/target").filter(
        (f) => f.sheet === "项目1" && f.address === "E12"
      )
    ).toEqual([]);
  });

  it("全部更改 for 百分比 previews every edit, applies them all, and 撤销更改 restores each cell", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook();
    const findings = findingsOf(controller, PERCENT_WORD);
    const cells = [
      ...new Set(findings.flatMap((f) => f.fix?.edits ?? []).map((e) => `${e.sheet}!${e.address}`)),
    ];
    expect(cells.length).toBeGreaterThan(1);
    const original = new Map(
      cells.map((cell) => {
        const [sheet, address] = cell.split("!");
        return [cell, workbook.cell(sheet, address)];
      })
    );
    await click(fixAllButton(PERCENT_WORD));
    const preview = screen.getByRole("region", { name: `将更改 ${cells.length} 个单元格` });
    const listed = [...preview.querySelectorAll("[data-fix]")].map((li) =>
      li.getAttribute("data-fix")
    );
    expect(listed.sort()).toEqual([...cells].sort());
    for (const li of preview.querySelectorAll("[data-fix]"))
      expect(li.textContent).toMatch(/百分比.* → .*%/);

    await click(screen.getByRole("button", { name: "确认更改" }));
    await written(new RegExp(`^已更改 ${cells.length} 个单元格并重新检查`));
    expect(findingsOf(controller, PERCENT_WORD)).toEqual([]);
    expect(fixAllButton(PERCENT_WORD)).toBeNull();
    for (const cell of cells) {
      const [sheet, address] = cell.split("!");
      expect(String(workbook.cell(sheet, address).value)).not.toContain("百分比");
    }

    await click(screen.getByRole("button", { name: "撤销更改" }));
    await written(new RegExp(`^已撤销，${cells.length} 个单元格恢复原样`));
    for (const [cell, before] of original) {
      const [sheet, address] = cell.split("!");
      const now = workbook.cell(sheet, address);
      expect({ cell, value: now.value, text: now.text, numberFormat: now.numberFormat }).toEqual({
        cell,
        value: before.value,
        text: before.text,
        numberFormat: before.numberFormat,
      });
    }
    expect(findingsOf(controller, PERCENT_WORD)).toHaveLength(findings.length);
    expect(screen.queryByRole("button", { name: "撤销更改" })).toBeNull();
  });

  it("leaves a cell the user changed after the preview alone, says so, and writes the rest", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    const controller = mount(workbook);
    await checkWorkbook();
    const edits = findingsOf(controller, PERCENT_WORD).flatMap((f) => f.fix?.edits ?? []);
    await click(fixAllButton(PERCENT_WORD));
    const changed = edits[0];
    await settle(() => workbook.setValue(changed.sheet, changed.address, "人次"));
    await click(screen.getByRole("button", { name: "确认更改" }));
    const cell = `${changed.sheet}!${changed.address}`;
    await written(new RegExp(`^已更改 ${edits.length - 1} 个单元格并重新检查`));
    expect(
      screen.getByText(new RegExp(`以下单元格在预览后已被修改，未写入：${cell}`))
    ).toBeTruthy();
    expect(workbook.cell(changed.sheet, changed.address).value).toBe("人次");
    expect(findingsOf(controller, PERCENT_WORD)).toEqual([]);
    // Undo likewise leaves a cell changed since the fix alone, and restores the others.
    const later = edits[1];
    await settle(() => workbook.setValue(later.sheet, later.address, "分"));
    await click(screen.getByRole("button", { name: "撤销更改" }));
    await written(new RegExp(`^已撤销，${edits.length - 2} 个单元格恢复原样`));
    expect(
      screen.getByText(
        new RegExp(`以下单元格在更改后又被修改，未恢复：${later.sheet}!${later.address}`)
      )
    ).toBeTruthy();
    expect(workbook.cell(later.sheet, later.address).value).toBe("分");
    for (const edit of edits.slice(2))
      expect(workbook.cell(edit.sheet, edit.address).value).toBe("百分比");
  });

  it("writes text that begins with = as text, and its undo puts back what was there", async () => {
    const workbook = FakeWorkbook.fromSnapshots(SEED);
    // 项目1!E13 holds the symbol "="; typed with spaces around it, a fix trims it to "=".
    workbook.setValue("项目1", "E13", " = ");
    const controller = mount(workbook);
    await checkWorkbook();
    const fixed = controller
      .fixableFindings()
      .find((f) => f.sheet === "项目1" && f.address === "E13");
    expect(fixed?.fix?.edits).toEqual([
      expect.objectContaining({ address: "E13", value: "=", asText: true, previous: " = " }),
    ]);
    const item = document.querySelector('[data-sheet="项目1"][data-finding="E13"]') as HTMLElement;
    await click(within(item).getByRole("button", { name: "更改 E13" }));
    await click(screen.getByRole("button", { name: "确认更改" }));
    await written(/^已更改 1 个单元格并重新检查/);
    expect(workbook.cell("项目1", "E13")).toMatchObject({ value: "=", text: "=", formula: null });
    await click(screen.getByRole("button", { name: "撤销更改" }));
    await written(/^已撤销，1 个单元格恢复原样/);
    expect(workbook.cell("项目1", "E13")).toMatchObject({ value: " = ", formula: null });
  });
});

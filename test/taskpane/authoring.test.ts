/** Authoring on the fake Excel: insert a template, preview and apply a fill, undo it exactly. */
import { checkWorkbook } from "../../src/domain/check";
import { DEFAULT_PHRASES, EXPLANATION_SHEET } from "../../src/domain/boilerplate";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { AuthoringController, PHRASES_SETTING } from "../../src/taskpane/state/authoring";
import { buildTable } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";
import { loadFixture } from "../support/fixtures";
import { hostOn } from "../hosts/support";

function setUp(workbook: FakeWorkbook) {
  const host = hostOn(workbook);
  return { host, authoring: new AuthoringController(host) };
}

describe("insert a template", () => {
  it("lands at the selected cell when the area is empty, recognized at once, cursor on the first cell to fill", async () => {
    const workbook = FakeWorkbook.fromSnapshots([
      snapshotFromRows("Sheet1", [["备注：本表由系统生成"]]),
    ]);
    workbook.select("Sheet1", "C5");
    const { host, authoring } = setUp(workbook);
    await authoring.insertTemplate({
      profile: "mof-2021",
      projectName: "耕地保护项目",
      fundsTotal: 30,
    });
    expect(authoring.getSnapshot().error).toBeUndefined();
    expect(authoring.getSnapshot().done).toMatchObject({
      kind: "inserted",
      sheet: "Sheet1",
      newSheet: false,
      notices: [{ key: "template.fiscalFromTotal", data: { total: 30 } }],
    });
    const tables = checkWorkbook([await host.readActiveSheet()]).sheets[0].tables;
    expect(tables).toHaveLength(1);
    // The total alone went to fiscal funds: the new table starts without a funds error.
    expect(tables[0].table.header.fundsFiscal?.value.value).toBe(30);
    expect(tables[0].findings.filter((f) => f.ruleId.startsWith("funds/"))).toEqual([]);
    expect(tables[0].table).toMatchObject({ profile: "mof-2021" });
    expect(tables[0].table.range.left).toBe(2);
    expect(tables[0].table.header.projectName?.value.text).toBe("耕地保护项目");
    expect(workbook.selection.address).toBe(tables[0].table.indicators[0].level3.address);
    expect(workbook.cell("Sheet1", "A1").value).toBe("备注：本表由系统生成");
  });

  it("goes to a new sheet instead of over existing content", async () => {
    const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-stacked.xlsx"));
    workbook.select("绩效目标表", "A1");
    const { authoring } = setUp(workbook);
    const before = workbook.cell("绩效目标表", "A3").value;
    await authoring.insertTemplate({ profile: "mof-2015" });
    expect(authoring.getSnapshot().done).toMatchObject({
      kind: "inserted",
      sheet: "新项目绩效目标表",
      newSheet: true,
    });
    expect(workbook.sheetNames).toContain("新项目绩效目标表");
    expect(workbook.cell("绩效目标表", "A3").value).toBe(before);
  });
});

describe("fill boilerplate", () => {
  it("previews every cell, applies the chosen ones, and undoes the whole fill exactly", async () => {
    const { snapshot } = buildTable({
      indicators: cleanWith({ 0: { basis: "" }, 1: { basis: "组卷材料合格率" } }),
    });
    const workbook = FakeWorkbook.fromSnapshots([snapshot]);
    const { authoring } = setUp(workbook);
    authoring.setReplaceRepeats(true);
    await authoring.planFill();
    const preview = authoring.getSnapshot().preview ?? [];
    expect(
      preview
        .slice(0, 2)
        .map((item) => [item.edit.address, item.edit.value, item.edit.overwrite ?? false])
    ).toEqual([
      ["H10", DEFAULT_PHRASES.quantity, false],
      ["H11", DEFAULT_PHRASES.quality, true],
    ]);
    const title = "土地征收组卷报批项目绩效目标指标情况说明";
    expect(preview.some((item) => item.edit.value === title)).toBe(true);

    authoring.toggleItem(1); // keep the user's own H11
    await authoring.applyFill();
    expect(authoring.getSnapshot().done).toEqual({
      kind: "filled",
      count: preview.length - 1,
      explanation: { sheet: EXPLANATION_SHEET, address: "A1" },
    });
    expect(workbook.cell("Sheet1", "H10").value).toBe(DEFAULT_PHRASES.quantity);
    expect(workbook.cell("Sheet1", "H11").value).toBe("组卷材料合格率");
    expect(workbook.cell(EXPLANATION_SHEET, "A1").value).toBe(title);

    await authoring.undoFill();
    expect(authoring.getSnapshot().done).toEqual({ kind: "undone", count: preview.length - 1 });
    expect(workbook.cell("Sheet1", "H10").value).toBe("");
    expect(workbook.cell(EXPLANATION_SHEET, "A1").value).toBe("");
    expect(workbook.cell("Sheet1", "H11").value).toBe("组卷材料合格率");
  });

  it("says why an unfinished table gets no 情况说明, and writes it when asked anyway", async () => {
    const { snapshot } = buildTable({ header: { goal: "" } });
    const workbook = FakeWorkbook.fromSnapshots([snapshot]);
    const { authoring } = setUp(workbook);
    await authoring.planFill();
    const state = authoring.getSnapshot();
    expect(state.previewNotes.map((note) => note.message)).toEqual([
      "Sheet1 表 1（土地征收组卷报批项目）有 1 个错误，请先改正；未生成情况说明",
    ]);
    expect(state.preview?.some((item) => item.edit.sheet === EXPLANATION_SHEET)).toBe(false);
    authoring.setExplanationAnyway(true);
    await authoring.planFill();
    const anyway = authoring.getSnapshot();
    expect(anyway.previewNotes[0].written).toBe(true);
    const texts = (anyway.preview ?? []).map((item) => String(item.edit.value));
    expect(texts).toContain("（二）绩效指标及评价标准");
    expect(texts.some((text) => text.includes("尚未填写"))).toBe(false);
  });

  it("puts the sections on 情况说明 when tables stand close together, and applies there", async () => {
    const workbook = FakeWorkbook.fromSnapshots(loadFixture("hebei-2020-stacked.xlsx"));
    const { authoring } = setUp(workbook);
    await authoring.planFill();
    await authoring.applyFill();
    expect(authoring.getSnapshot().error).toBeUndefined();
    expect(workbook.sheetNames).toContain(EXPLANATION_SHEET);
    expect(String(workbook.cell(EXPLANATION_SHEET, "A1").value)).toContain("绩效目标指标情况说明");
  });

  it("refuses to write over a cell the user filled after the preview, and writes nothing", async () => {
    const { snapshot } = buildTable({ indicators: cleanWith({ 0: { basis: "" } }) });
    const workbook = FakeWorkbook.fromSnapshots([snapshot]);
    const { authoring } = setUp(workbook);
    await authoring.planFill();
    workbook.setValue("Sheet1", "H10", "我自己写的依据");
    await authoring.applyFill();
    expect(authoring.getSnapshot().error).toEqual({
      key: "host.refused.occupied",
      data: { address: "H10" },
    });
    expect(workbook.cell("Sheet1", "H10").value).toBe("我自己写的依据");
    expect(workbook.sheetNames).not.toContain(EXPLANATION_SHEET);
  });
});

it("keeps an office's wording in the workbook", async () => {
  const workbook = FakeWorkbook.fromSnapshots([buildTable().snapshot]);
  const { authoring } = setUp(workbook);
  await authoring.savePhrases({ quantity: "依据本局年度任务清单" });
  expect(setUp(workbook.reopen()).authoring.getSnapshot().library.quantity).toBe(
    "依据本局年度任务清单"
  );
  await authoring.resetPhrases();
  expect(workbook.settings.get(PHRASES_SETTING)).toBeNull();
});

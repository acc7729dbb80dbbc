/** Writing through the Office adapter, on the fake Excel: edits, undo, new tables, refusals. */
import { checkWorkbook } from "../../src/domain/check";
import { CellEdit, LayoutPlan } from "../../src/domain/edits";
import { CellRange, rangeToA1, snapshotFromRows, toA1 } from "../../src/domain/snapshot";
import { planTemplate, PLACEHOLDERS } from "../../src/domain/template";
import { PROFILE_IDS } from "../../src/domain/vocabulary";
import { CellView, FakeWorkbook } from "../../src/hosts/fake-excel";
import { HostWriteError } from "../../src/hosts/host";
import { reversedEdits } from "../../src/taskpane/state/edit-batches";
import { hostOn, syncsOf } from "./support";

const S = "表";

/** A workbook with one sheet `表` holding the given cells, and an empty sheet `空`. */
function book(cells: Record<string, string | number> = {}, apiVersion?: string): FakeWorkbook {
  const workbook = FakeWorkbook.fromSnapshots(
    [snapshotFromRows(S, []), snapshotFromRows("空", [])],
    { apiVersion }
  );
  for (const [address, value] of Object.entries(cells)) workbook.setValue(S, address, value);
  return workbook;
}

function edit(address: string, value: string | number | null, more: Partial<CellEdit> = {}) {
  return { sheet: S, address, value, asText: typeof value === "string", previous: null, ...more };
}

async function refusal(promise: Promise<unknown>): Promise<HostWriteError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason
  );
  if (!(error instanceof HostWriteError)) throw new Error(`expected a HostWriteError: ${error}`);
  return error;
}

function view(workbook: FakeWorkbook, sheet: string, addresses: string[]) {
  const out: Record<string, CellView> = {};
  for (const address of addresses) out[address] = workbook.cell(sheet, address);
  return out;
}

function cellsOf(range: CellRange): string[] {
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom; r++)
    for (let c = range.left; c <= range.right; c++) out.push(toA1(r, c));
  return out;
}

describe("readSheet", () => {
  it("reads a named sheet in one sync, like the active sheet", async () => {
    const workbook = book({ B2: "一级指标", C3: 95 });
    const host = hostOn(workbook);
    workbook.activateSheet("空");
    const { result, syncs } = await syncsOf(workbook, () => host.readSheet(S));
    expect(syncs).toBe(1);
    workbook.activateSheet(S);
    expect(result).toEqual(await host.readActiveSheet());
    expect(result).toMatchObject({ sheetName: S, originRow: 1, originCol: 1 });
  });

  it("answers null for a missing sheet, in one sync", async () => {
    const workbook = book();
    const { result, syncs } = await syncsOf(workbook, () => hostOn(workbook).readSheet("情况说明"));
    expect(result).toBeNull();
    expect(syncs).toBe(1);
  });
});

describe("applyEdits", () => {
  it("writes in one read and one write sync and returns what was there", async () => {
    const workbook = book({ A1: "旧依据", A3: 7 });
    const host = hostOn(workbook);
    const edits = [
      edit("B1", "新依据"),
      edit("A1", "替换后的依据", { previous: "旧依据", overwrite: true }),
      edit("A3", 8, { previous: 7, overwrite: true }),
    ];
    const { result, syncs } = await syncsOf(workbook, () => host.applyEdits(edits));
    expect(syncs).toBe(2);
    expect(result.map((e) => e.previous)).toEqual([null, "旧依据", 7]);
    expect(result.map(({ previous: _, ...rest }) => rest)).toEqual(
      edits.map(({ previous: _, ...rest }) => rest)
    );
    expect(workbook.cell(S, "B1").value).toBe("新依据");
    expect(workbook.cell(S, "A1").value).toBe("替换后的依据");
    expect(workbook.cell(S, "A3")).toMatchObject({ value: 8, numberFormat: "General" });
    expect(await host.applyEdits([])).toEqual([]);
  });

  it("refuses the whole batch when a cell has content and no consent", async () => {
    const workbook = book({ C2: "用户写的" });
    const host = hostOn(workbook);
    const { result, syncs } = await syncsOf(workbook, () =>
      refusal(host.applyEdits([edit("C1", "可以写"), edit("C2", "覆盖")]))
    );
    expect(result).toMatchObject({ reason: "occupied", sheet: S, address: "C2" });
    expect(result.message).toBe("单元格 C2 已有内容，未经同意不会覆盖");
    expect(syncs).toBe(1);
    expect(workbook.cell(S, "C1").value).toBe("");
    expect(workbook.cell(S, "C2").value).toBe("用户写的");
  });

  it("refuses when the cell changed since the plan", async () => {
    const workbook = book({ H12: "计划时的内容", H13: "x" });
    const host = hostOn(workbook);
    workbook.setValue(S, "H12", "用户刚改过");
    const changed = await refusal(
      host.applyEdits([edit("H12", "新", { previous: "计划时的内容", overwrite: true })])
    );
    expect(changed).toMatchObject({ reason: "changed", address: "H12" });
    expect(changed.message).toBe("单元格 H12 的内容已改变，请重新生成");
    // Emptied since the plan counts as changed too.
    workbook.setValue(S, "H13", null);
    const emptied = await refusal(
      host.applyEdits([edit("H13", "新", { previous: "x", overwrite: true })])
    );
    expect(emptied.reason).toBe("changed");
    expect(workbook.cell(S, "H12").value).toBe("用户刚改过");
  });

  it("never writes over a formula, with or without consent", async () => {
    const workbook = book({ D4: "=SUM(1,2)" });
    const host = hostOn(workbook);
    expect(workbook.cell(S, "D4").formula).toBe("=SUM(1,2)");
    const withConsent = await refusal(
      host.applyEdits([edit("D4", "文字", { previous: "=SUM(1,2)", overwrite: true })])
    );
    expect(withConsent.reason).toBe("formula");
    expect(withConsent.message).toBe("单元格 D4 是公式，不会覆盖");
    expect((await refusal(host.applyEdits([edit("D4", "文字")]))).reason).toBe("occupied");
    expect(workbook.cell(S, "D4").formula).toBe("=SUM(1,2)");
  });

  it("keeps =, +, - and @ text as text, also when the plan did not ask", async () => {
    const workbook = book();
    const texts = ["=SUM(A1)", "+86", "-5", "@x"];
    const edits = texts.map((value, i) => edit(`A${i + 1}`, value, { asText: i % 2 === 0 }));
    edits.push(edit("A5", "0012", { asText: true }), edit("A6", 12, { asText: true }));
    await hostOn(workbook).applyEdits(edits);
    texts.forEach((value, i) =>
      expect(workbook.cell(S, `A${i + 1}`)).toMatchObject({
        value,
        formula: null,
        numberFormat: "@",
      })
    );
    expect(workbook.cell(S, "A5")).toMatchObject({ value: "0012", numberFormat: "@" });
    expect(workbook.cell(S, "A6")).toMatchObject({ value: "12", numberFormat: "@" });
  });

  it("control: without the @ format the fake turns =SUM(A1) into a formula", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem(S).getRange("A1").values = [["=SUM(A1)"]];
      await context.sync();
    });
    expect(workbook.cell(S, "A1").formula).toBe("=SUM(A1)");
  });

  it("is undone by the pane's reversed edits of the returned list, formats included", async () => {
    const workbook = book({ B2: "原有说明", B3: 0.95, B4: "=旧文本", B5: "Latin text" });
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(S);
      sheet.getRange("B3").numberFormat = [["0%"]];
      sheet.getRange("B4").numberFormat = [["@"]];
      sheet.getRange("B4").values = [["=旧文本"]];
      await context.sync();
    });
    const cells = ["B1", "B2", "B3", "B4", "B5"];
    const before = view(workbook, S, cells);
    const host = hostOn(workbook);
    const applied = await host.applyEdits([
      edit("B1", "=新公式样文字"),
      edit("B2", "新说明", { previous: "原有说明", overwrite: true }),
      edit("B3", "-5%", { previous: 0.95, overwrite: true }),
      edit("B4", "+新", { previous: "=旧文本", overwrite: true }),
      edit("B5", "新", { previous: "Latin text", overwrite: true }),
    ]);
    expect(workbook.cell(S, "B3")).toMatchObject({ value: "-5%", numberFormat: "@" });
    const { syncs } = await syncsOf(workbook, () => host.applyEdits(reversedEdits(applied)));
    expect(syncs).toBe(2);
    const after = view(workbook, S, cells);
    // Latin text could read as something else under General, so it keeps @ (content restored).
    expect(after.B5).toEqual({ ...before.B5, numberFormat: "@" });
    expect({ ...after, B5: before.B5 }).toEqual(before);
  });

  it("creates a missing sheet first", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    expect(await host.readSheet("情况说明")).toBeNull();
    const { syncs } = await syncsOf(workbook, () =>
      host.applyEdits([
        edit("A1", "绩效目标指标情况说明", { sheet: "情况说明" }),
        edit("A1", "表内"),
      ])
    );
    expect(syncs).toBe(2);
    expect(workbook.sheetNames).toEqual([S, "空", "情况说明"]);
    expect(workbook.cell("情况说明", "A1").value).toBe("绩效目标指标情况说明");
    expect(workbook.activeSheetName).toBe(S);
  });
});

describe.each(PROFILE_IDS)("applyLayout of the %s template", (profile) => {
  const origin = { row: 3, col: 2 };
  const plan = planTemplate(profile, { sheet: S, origin });
  const area: CellRange = {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + plan.rows - 1,
    right: origin.col + plan.cols - 1,
  };
  const styled = (style: string) => plan.styles.filter((s) => s.style === style);

  it("lays down a table the checker recognizes where the plan put it, in two syncs", async () => {
    const workbook = book({ A1: "表外的内容" });
    const host = hostOn(workbook);
    const { syncs } = await syncsOf(workbook, () => host.applyLayout(plan));
    expect(syncs).toBe(2);
    const snapshot = await host.readSheet(S);
    if (!snapshot) throw new Error("the sheet is gone");
    const tables = checkWorkbook([snapshot]).sheets[0].tables;
    expect(tables).toHaveLength(1);
    const { table } = tables[0];
    expect(table.profile).toBe(profile);
    expect(table.range).toEqual({ ...area, top: origin.row + 1 });
    expect(table.indicators).toHaveLength(PLACEHOLDERS[profile].length);
    expect(workbook.cell(S, "A1").value).toBe("表外的内容");
  });

  it("merges, styles, widths, lists and the cursor follow the plan", async () => {
    const workbook = book();
    await hostOn(workbook).applyLayout(plan);
    expect(workbook.merges(S).sort()).toEqual(plan.merges.map(rangeToA1).sort());
    const title = workbook.style(S, toA1(area.top, area.left));
    expect(title).toMatchObject({ bold: true, fontSize: 14 });
    const header = styled("header")[0].range;
    expect(workbook.style(S, toA1(header.top, header.left))).toMatchObject({
      bold: true,
      horizontalAlignment: "Center",
      fill: "#F2F2F2",
      borders: [
        "top:Continuous:Thin",
        "bottom:Continuous:Thin",
        "left:Continuous:Thin",
        "right:Continuous:Thin",
      ],
    });
    const label = styled("label")[0].range;
    expect(workbook.style(S, toA1(label.top, label.left))).toMatchObject({
      bold: true,
      wrapText: true,
    });
    expect(workbook.style(S, toA1(label.top, label.left)).borders).toHaveLength(4);
    const value = styled("value")[0].range;
    expect(workbook.style(S, toA1(value.top, value.left))).toMatchObject({
      bold: false,
      wrapText: true,
    });
    for (const { range } of styled("text"))
      for (const address of cellsOf(range))
        expect(workbook.style(S, address)).toMatchObject({ numberFormat: "@" });
    for (const { range } of styled("number"))
      expect(workbook.style(S, toA1(range.top, range.left)).borders).toHaveLength(4);
    for (const [col, characters] of Object.entries(plan.columnWidths))
      expect(workbook.columnWidth(S, Number(col))).toBe(characters * 7.5);
    const validations = workbook.validations(S);
    for (const { range, values } of plan.validations)
      for (const address of cellsOf(range))
        expect(validations[address]).toEqual({ list: values, inCellDropDown: true });
    expect(Object.keys(validations)).toHaveLength(
      plan.validations.reduce((n, v) => n + cellsOf(v.range).length, 0)
    );
    expect(workbook.activeSheetName).toBe(S);
    expect(workbook.selection).toEqual({ sheet: S, address: plan.focus });
  });

  it("refuses an area that is not empty and writes nothing", async () => {
    const corner = toA1(area.bottom, area.right);
    const workbook = book({ [corner]: "已有内容" });
    const host = hostOn(workbook);
    const { result, syncs } = await syncsOf(workbook, () => refusal(host.applyLayout(plan)));
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ reason: "areaOccupied", sheet: S, address: rangeToA1(area) });
    expect(result.message).toBe(`区域 ${rangeToA1(area)} 不是空的，不会覆盖已有内容`);
    expect(workbook.usedAddress(S)).toBe(corner);
    expect(workbook.styles(S)).toEqual({});
    expect(workbook.merges(S)).toEqual([]);
    expect(workbook.validations(S)).toEqual({});
  });

  it("refuses a merged area inside the block, even when it is empty", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      context.workbook.worksheets
        .getItem(S)
        .getRange(toA1(area.top + 2, area.left + 1) + ":" + toA1(area.top + 2, area.left + 2))
        .merge();
      await context.sync();
    });
    expect((await refusal(hostOn(workbook).applyLayout(plan))).reason).toBe("areaOccupied");
  });

  it("creates a missing sheet and lands on it", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    await host.readActiveSheet();
    const onNewSheet: LayoutPlan = planTemplate(profile, { sheet: "新项目绩效目标表" });
    const { syncs } = await syncsOf(workbook, () => host.applyLayout(onNewSheet));
    expect(syncs).toBe(2);
    expect(workbook.sheetNames).toEqual([S, "空", "新项目绩效目标表"]);
    expect(workbook.activeSheetName).toBe("新项目绩效目标表");
    expect(workbook.selection.address).toBe(onNewSheet.focus);
    const tables = checkWorkbook([await host.readActiveSheet()]).sheets[0].tables;
    expect(tables.map((t) => t.table.profile)).toEqual([profile]);
  });

  it("on ExcelApi 1.7 skips the drop-down lists and says so", async () => {
    const workbook = book({}, "1.7");
    const host = hostOn(workbook);
    expect(host.capabilities.dataValidation).toBe(false);
    const { syncs } = await syncsOf(workbook, () => host.applyLayout(plan));
    expect(syncs).toBe(2);
    expect(workbook.validations(S)).toEqual({});
    expect(workbook.merges(S)).toHaveLength(plan.merges.length);
    const snapshot = await host.readSheet(S);
    expect(snapshot?.merges).toBeNull();
    expect(checkWorkbook(snapshot ? [snapshot] : []).sheets[0].tables).toHaveLength(1);
  });
});

describe("sheets changed behind the host's back", () => {
  it("a sheet deleted since the last read: found out and recreated (3 or 4 syncs)", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    await host.readSheet("空");
    workbook.renameSheet("空", "改名了");
    const alone = await syncsOf(workbook, () =>
      host.applyEdits([edit("A1", "说明", { sheet: "空" })])
    );
    // The failed read, a look-up of the names, the write.
    expect(alone.syncs).toBe(3);
    expect(workbook.cell("空", "A1").value).toBe("说明");
    workbook.renameSheet("空", "又改名了");
    const mixed = await syncsOf(workbook, () =>
      host.applyEdits([edit("A1", "说明", { sheet: "空" }), edit("A1", "表内")])
    );
    // …and a read of the cells on the sheet that is still there.
    expect(mixed.syncs).toBe(4);
    expect(workbook.cell(S, "A1").value).toBe("表内");
  });

  it("a sheet created since the last read: its cells are read before writing", async () => {
    const workbook = book();
    const host = hostOn(workbook);
    expect(await host.readSheet("情况说明")).toBeNull();
    workbook.addSheet("情况说明");
    workbook.setValue("情况说明", "A1", "用户先写了");
    const refused = await syncsOf(workbook, () =>
      refusal(host.applyEdits([edit("A1", "说明", { sheet: "情况说明" })]))
    );
    expect(refused.syncs).toBe(2);
    expect(refused.result.reason).toBe("occupied");
    expect(await host.readSheet("另一张")).toBeNull();
    workbook.addSheet("另一张");
    const written = await syncsOf(workbook, () =>
      host.applyEdits([edit("A2", "说明", { sheet: "另一张" })])
    );
    expect(written.syncs).toBe(3);
    expect(workbook.cell("另一张", "A2").value).toBe("说明");
  });

  it("before any read, a missing sheet costs one more sync", async () => {
    const workbook = book();
    const { syncs } = await syncsOf(workbook, () =>
      hostOn(workbook).applyEdits([edit("A1", "说明", { sheet: "情况说明" })])
    );
    expect(syncs).toBe(3);
    expect(workbook.cell("情况说明", "A1").value).toBe("说明");
    const layout = await syncsOf(workbook, () =>
      hostOn(workbook).applyLayout(planTemplate("mof-2021", { sheet: "新项目绩效目标表" }))
    );
    expect(layout.syncs).toBe(3);
    expect(workbook.activeSheetName).toBe("新项目绩效目标表");
  });
});

/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   the fake's own checks: it must refuse what Office refuses. */
describe("the fake's new surfaces keep Office's rules", () => {
  it("reads formats only after load and sync, and fails duplicate sheets at sync", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem(S).getRange("A1:B2");
      range.format.font.bold = true;
      range.format.borders.getItem("InsideVertical").style = "Continuous";
      const font = range.format.font;
      expect(() => font.bold).toThrow(/PropertyNotLoaded/);
      font.load("bold, size");
      const inside = range.format.borders.getItem("InsideVertical").load("style, weight");
      const left = range.format.borders.getItem("EdgeLeft").load("style");
      await context.sync();
      expect([font.bold, font.size]).toEqual([true, 11]);
      expect([inside.style, inside.weight, left.style]).toEqual(["Continuous", "Thin", "None"]);
    });
    expect(workbook.style(S, "B1").borders).toEqual(["left:Continuous:Thin"]);
    await expect(
      workbook.run(async (context) => {
        context.workbook.worksheets.add(S);
        await context.sync();
      })
    ).rejects.toThrow(/ItemAlreadyExists/);
  });

  it("needs ExcelApi 1.8 for data validation and keeps list sources within 255 characters", async () => {
    await expect(
      book({}, "1.7").run(async (context) => {
        context.workbook.worksheets.getItem(S).getRange("A1").dataValidation.clear();
        await context.sync();
      })
    ).rejects.toThrow(/ApiNotFound/);
    await expect(
      book().run(async (context) => {
        context.workbook.worksheets.getItem(S).getRange("A1").dataValidation.rule = {
          list: { inCellDropDown: true, source: "很长".repeat(200) },
        };
        await context.sync();
      })
    ).rejects.toThrow(/255/);
  });
});

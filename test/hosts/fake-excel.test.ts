/** The fake Excel keeps Office's rules, so code that passes here behaves in Excel. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   these tests break Office's load-and-sync rules on purpose, to prove the fake enforces them. */
import { FakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/hosts/fake-excel";
import { snapshotFromRows } from "../../src/domain/snapshot";

function book(apiVersion?: string, payloadLimit?: boolean): FakeWorkbook {
  return FakeWorkbook.fromSnapshots(
    [
      snapshotFromRows(
        "表1",
        [
          ["项目名称", "土壤污染调查", null],
          [null, null, 0.95],
        ],
        {
          merges: [{ top: 0, left: 1, bottom: 0, right: 2 }],
          numberFormats: [
            ["General", "General", "General"],
            ["General", "General", "0%"],
          ],
        }
      ),
      snapshotFromRows("空表", []),
    ],
    { apiVersion, payloadLimit }
  );
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("fake Excel: loading", () => {
  it("throws when a property is read before load() and sync()", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1:C2");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([
        ["项目名称", "土壤污染调查", ""],
        ["", "", 0.95],
      ]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  it("gives method results and isNullObject only after a sync", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("空表");
      const used = sheet.getUsedRangeOrNullObject(true);
      const count = sheet.notes.getCount();
      expect(() => used.isNullObject).toThrow(/PropertyNotLoaded/);
      expect(() => count.value).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(count.value).toBe(0);
    });
  });

  it("answers a blank sheet's getUsedRange with A1 but getUsedRangeOrNullObject with a null object", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("空表");
      const used = sheet.getUsedRange(true).load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(used.address).toBe("空表!A1");
      expect(orNull.isNullObject).toBe(true);
      expect(() => orNull.address).toThrow(/null object/);
    });
  });

  it("runs commands in order: a load before a write sees the old value", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("表1").getRange("A1");
      const before = cell.format.fill.load("color");
      cell.format.fill.color = "#ffc7ce";
      const after = context.workbook.worksheets.getItem("表1").getRange("A1").format.fill;
      after.load("color, pattern");
      await context.sync();
      expect(before.color).toBe("#FFFFFF");
      expect(after.color).toBe("#FFC7CE");
      expect(after.pattern).toBe("Solid");
    });
  });
});

describe("fake Excel: cells", () => {
  it("keeps a merged area's value in its top-left cell only", async () => {
    const workbook = FakeWorkbook.fromSnapshots([
      snapshotFromRows("S", [["左上", "被合并"]], {
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      }),
    ]);
    expect(workbook.cell("S", "A1").value).toBe("左上");
    expect(workbook.cell("S", "B1").value).toBe("");
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      range.values = [["新", "丢弃"]];
      const merged = range.getMergedAreasOrNullObject().load("address");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["新", ""]]);
      expect(merged.address).toBe("S!A1:B1");
    });
  });

  it("turns a string starting with = into a formula unless the cell is text (@)", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("空表");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:B1").values = [["=SUM(1,2)", "=不是公式"]];
      const range = sheet.getRange("A1:B1").load("formulas, valueTypes");
      await context.sync();
      expect(range.formulas).toEqual([["=SUM(1,2)", "=不是公式"]]);
    });
    expect(workbook.cell("空表", "A1").formula).toBe("=SUM(1,2)");
    expect(workbook.cell("空表", "B1").formula).toBeNull();
    expect(workbook.cell("空表", "B1").value).toBe("=不是公式");
  });

  it("shows display text by number format and keeps a snapshot's text", () => {
    const workbook = book();
    expect(workbook.cell("表1", "C2").text).toBe("95%");
    expect(workbook.cell("表1", "C2").numberFormat).toBe("0%");
  });

  it("reports no fill as white with the pattern None in cell properties", async () => {
    const workbook = book();
    workbook.setFill("表1", "B2", "#ddebf7");
    await workbook.run(async (context) => {
      const props = context.workbook.worksheets
        .getItem("表1")
        .getRange("A2:B2")
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      expect(props.value[0].map((p) => p.format?.fill)).toEqual([
        { color: "#FFFFFF", pattern: "None" },
        { color: "#DDEBF7", pattern: "Solid" },
      ]);
    });
  });

  it("holds one note a cell: adding a second fails the batch", async () => {
    const workbook = book();
    workbook.setNote("表1", "A1", "用户的批注");
    await expect(
      workbook.run(async (context) => {
        const notes = context.workbook.worksheets.getItem("表1").notes;
        notes.add("B2", "新批注");
        notes.add("A1", "覆盖");
        await context.sync();
      })
    ).rejects.toThrow(/already has a note/);
    // Commands before the failing one were applied, as in Office.
    expect(workbook.notes("表1")).toEqual({ A1: "用户的批注", B2: "新批注" });
  });
});

describe("fake Excel: round trips and versions", () => {
  it("counts every sync, and sends commands left queued when run ends", async () => {
    const workbook = book();
    const start = workbook.syncCount;
    await workbook.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(workbook.syncCount - start).toBe(2);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A2").values = [["x"]];
    });
    expect(workbook.syncCount - start).toBe(3);
    expect(workbook.cell("表1", "A2").value).toBe("x");
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A2");
    });
    expect(workbook.syncCount - start).toBe(3);
  });

  it("fails a batch that uses an API newer than the simulated Excel", async () => {
    const workbook = book("1.12");
    expect(workbook.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(workbook.isSetSupported("ExcelApi", "1.13")).toBe(false);
    await expect(
      workbook.run(async (context) => {
        context.workbook.worksheets
          .getItem("表1")
          .getRange()
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      })
    ).rejects.toThrow(/ApiNotFound/);
  });
});

describe("fake Excel: settings, reopen, activation", () => {
  it("keeps only saved settings across a reopen, with cells, fills and notes", async () => {
    const workbook = book();
    workbook.setFill("表1", "A1", "#FFEB9C");
    workbook.setNote("表1", "A1", "批注");
    workbook.settings.set("saved", { a: 1 });
    await new Promise<void>((resolve) => workbook.settings.saveAsync(() => resolve()));
    workbook.settings.set("unsaved", true);
    const reopened = workbook.reopen();
    expect(reopened.settings.get("saved")).toEqual({ a: 1 });
    expect(reopened.settings.get("unsaved")).toBeNull();
    expect(reopened.cell("表1", "A1")).toMatchObject({
      value: "项目名称",
      fill: "#FFEB9C",
      note: "批注",
    });
    expect(reopened.merges("表1")).toEqual(["B1:C1"]);
  });

  it("calls activation handlers when the user switches sheets", async () => {
    const workbook = book();
    const seen: string[] = [];
    await workbook.run(async (context) => {
      context.workbook.worksheets.onActivated.add(async (args) => {
        seen.push(args.worksheetId);
      });
      await context.sync();
    });
    expect(workbook.activationHandlerCount).toBe(1);
    workbook.activateSheet("空表");
    workbook.activateSheet("空表");
    await tick();
    expect(seen).toHaveLength(1);
    expect(workbook.activeSheetName).toBe("空表");
  });

  it("notifies change listeners after writes", async () => {
    const workbook = book();
    const listener = jest.fn();
    const stop = workbook.onChange(listener);
    await workbook.run(async (context) => {
      context.workbook.worksheets.getItem("表1").getRange("A2").format.fill.color = "#FFC7CE";
      await context.sync();
    });
    workbook.setValue("表1", "A2", 1);
    stop();
    workbook.setValue("表1", "A2", 2);
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe("fake Excel: payload per sync, as Excel on the web limits it", () => {
  const long = "长".repeat(2_000_000); // 6 MB in UTF-8

  it("records each sync's estimated bytes, growing with what is loaded", async () => {
    const workbook = book();
    await workbook.run(async (context) => {
      const range = context.workbook.worksheets.getItem("表1").getRange("A1:C2");
      await context.sync();
      range.load("values");
      await context.sync();
    });
    expect(workbook.syncPayloads).toHaveLength(workbook.syncCount);
    // Two look-ups (sheet, range), then one load and the values' JSON in UTF-8.
    const values = [
      ["项目名称", "土壤污染调查", ""],
      ["", "", 0.95],
    ];
    expect(workbook.syncPayloads).toEqual([
      2 * 80,
      80 + Buffer.byteLength(JSON.stringify(values), "utf8"),
    ]);
  });

  it("refuses a request over 5 MB before running any of it", async () => {
    const workbook = book();
    const writing = workbook.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("空表");
      sheet.getRange("A1").values = [["先写"]];
      sheet.getRange("A2").values = [[long]];
      await context.sync();
    });
    await expect(writing).rejects.toMatchObject({
      name: "RichApi.Error",
      code: "RequestPayloadSizeLimitExceeded",
    });
    expect(workbook.cell("空表", "A1").value).toBe("");
    expect(workbook.syncPayloads[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  it("rejects a sync whose answer goes over 5 MB", async () => {
    const workbook = book();
    workbook.setValue("空表", "A1", long);
    const reading = workbook.run(async (context) => {
      context.workbook.worksheets.getItem("空表").getRange("A1").load("text");
      await context.sync();
    });
    await expect(reading).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("holds nothing to the limit when told not to (the web page's own workbook), in a copy too", async () => {
    // Writes and reads back 6 MB of text; each sync counts only its commands, not the text.
    const roundTrip = async (workbook: FakeWorkbook) => {
      await workbook.run(async (context) => {
        context.workbook.worksheets.getItem("空表").getRange("A1").values = [[long]];
        await context.sync();
      });
      const text = await workbook.run(async (context) => {
        const range = context.workbook.worksheets.getItem("空表").getRange("A1").load("text");
        await context.sync();
        return range.text[0][0];
      });
      return { text, largest: Math.max(...workbook.syncPayloads) };
    };
    const unlimited = book(undefined, false);
    for (const result of [await roundTrip(unlimited), await roundTrip(unlimited.reopen())]) {
      expect(result.text).toHaveLength(long.length);
      expect(result.largest).toBeLessThan(1000);
    }
  });
});

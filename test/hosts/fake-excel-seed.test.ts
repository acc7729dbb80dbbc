/**
 * A workbook opened from snapshots: merges first, then cells; a merge hides the cells it
 * covers (their values, not their formats), in time that follows the cells, not the
 * merges' extent; overlapping merges are refused as Excel refuses them.
 */
import { FakeWorkbook } from "../../src/hosts/fake-excel";
import { snapshotFromRows } from "../../src/domain/snapshot";

it("keeps the values a merge shows and drops those it hides, formats kept", async () => {
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows(
      "S",
      [
        ["左上", "被盖住", 3],
        [1, 2, 0.5],
      ],
      {
        merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
        numberFormats: [
          ["General", "0.00", "General"],
          ["General", "General", "0%"],
        ],
      }
    ),
  ]);
  expect(workbook.cell("S", "A1").value).toBe("左上");
  for (const address of ["B1", "A2", "B2"]) expect(workbook.cell("S", address).value).toBe("");
  expect(workbook.cell("S", "B1").numberFormat).toBe("0.00");
  expect(workbook.cell("S", "C2").text).toBe("50%");
  expect(workbook.usedAddress("S")).toBe("A1:C2");
});

it("refuses overlapping merges", () => {
  const merges = [
    { top: 0, left: 0, bottom: 3, right: 0 },
    { top: 5, left: 0, bottom: 5, right: 2 },
    { top: 2, left: 0, bottom: 2, right: 1 },
  ];
  expect(() => FakeWorkbook.fromSnapshots([snapshotFromRows("S", [["x"]], { merges })])).toThrow(
    /may not overlap/
  );
  expect(() =>
    FakeWorkbook.fromSnapshots([snapshotFromRows("S", [["x"]], { merges: merges.slice(0, 2) })])
  ).not.toThrow();
});

it("seeds a sheet whose merges span the whole sheet without stepping over their cells", () => {
  // 16,384 columns by a million rows: visiting each covered cell would never end.
  const merges = [
    { top: 0, left: 1, bottom: 1048575, right: 16383 },
    { top: 1, left: 0, bottom: 1048575, right: 0 },
  ];
  const workbook = FakeWorkbook.fromSnapshots([
    snapshotFromRows("S", [["A1", "B1", "C1"], ["A2"], ["A3"]], { merges }),
  ]);
  expect(workbook.cell("S", "B1").value).toBe("B1");
  expect(workbook.cell("S", "C1").value).toBe("");
  expect(workbook.cell("S", "A2").value).toBe("A2");
  expect(workbook.cell("S", "A3").value).toBe("");
  expect(workbook.usedAddress("S")).toBe("A1:B2");
});

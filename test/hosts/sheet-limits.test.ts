import { parseRangeA1, rangeToA1 } from "../../src/domain/snapshot";
import { heldPart } from "../../src/hosts/sheet-limits";

/** The held part of a used range, as A1, and what was left out. */
function held(used: string) {
  const range = parseRangeA1(used);
  if (!range) throw new Error(`not a range: ${used}`);
  const { held: part, cut } = heldPart(range);
  return { held: part && rangeToA1(part), cut };
}

describe("the part of a used range a snapshot holds", () => {
  it.each([
    ["A1:H500", "A1:H500", {}],
    // 256 columns: 4,000,000 cells are 15,625 rows.
    ["A1:IV100000", "A1:IV15625", { rows: 84_375 }],
    ["A1:XFD1048576", "A1:IV15625", { columns: 16_128, rows: 1_048_576 - 15_625 }],
    ["C1:IX3", "C1:IV3", { columns: 2 }],
    ["A1:A250000", "A1:A200000", { rows: 50_000 }],
  ])("%s: %s", (used, expected, cut) => {
    expect(held(used)).toEqual({ held: expected, cut });
  });

  it.each([
    ["XFD5:XFD6", { columns: 1 }],
    ["A300000:B300001", { rows: 2 }],
  ])("%s lies past the limits: nothing held", (used, cut) => {
    expect(held(used)).toEqual({ held: null, cut });
  });
});

/**
 * Overlapping merged areas, as the page's workbook refuses them (Excel repairs such a file as
 * it opens it): the sweep agrees with comparing every pair, and a sheet of areas side by side
 * (tens of thousands across a few rows) is answered in a sweep, not pair by pair.
 */
import fc from "fast-check";
import { anyOverlap } from "../../src/hosts/fake-excel";
import { intersects } from "../../src/hosts/fake-excel/address";
import { CellRange } from "../../src/domain/snapshot";
import { runInChild } from "../support/child-read";

function pairwise(ranges: readonly CellRange[]): boolean {
  for (let i = 0; i < ranges.length; i++)
    for (let j = i + 1; j < ranges.length; j++) if (intersects(ranges[i], ranges[j])) return true;
  return false;
}

const area = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

it.each<[string, CellRange[], boolean]>([
  ["none", [], false],
  ["one", [area(0, 0, 5, 5)], false],
  ["the same area twice", [area(1, 1, 2, 2), area(1, 1, 2, 2)], true],
  ["side by side, edges touching", [area(0, 0, 1, 0), area(0, 1, 1, 1)], false],
  ["one under the other", [area(0, 0, 1, 3), area(2, 0, 3, 3)], false],
  ["sharing a row", [area(0, 0, 1, 3), area(1, 3, 2, 4)], true],
  ["one inside another", [area(0, 0, 9, 9), area(4, 4, 5, 5)], true],
  ["a tall one crossed by a wide one below its top", [area(0, 2, 99, 2), area(50, 0, 50, 5)], true],
  ["far columns", [area(0, 16383, 3, 16383), area(0, 0, 3, 16382)], false],
  ["far columns, meeting", [area(0, 16000, 3, 16383), area(3, 0, 3, 16000)], true],
  ["ended above the next", [area(0, 0, 4, 4), area(5, 2, 6, 2), area(2, 5, 9, 5)], false],
])("%s", (_name, ranges, overlap) => {
  expect(anyOverlap(ranges)).toBe(overlap);
  expect(pairwise(ranges)).toBe(overlap);
});

it("agrees with comparing every pair", () => {
  const range = fc
    .record({
      top: fc.integer({ min: 0, max: 12 }),
      left: fc.integer({ min: 0, max: 12 }),
      height: fc.integer({ min: 0, max: 4 }),
      width: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ top, left, height, width }) => area(top, left, top + height, left + width));
  fc.assert(
    fc.property(fc.array(range, { maxLength: 12 }), (ranges) => {
      expect(anyOverlap(ranges)).toBe(pairwise(ranges));
    }),
    { numRuns: 3000 }
  );
});

it("answers for areas side by side across the whole sheet, and opens their sheet", () => {
  // 16,384 areas across each of twelve pairs of rows. Compared with each area still open above,
  // that took 73 s here (80,000 areas: 8.5 s, twice as the page opened them); in a sweep, a
  // fraction of a second. Run where it can be stopped.
  const script = [
    'const { anyOverlap, FakeWorkbook } = require("./src/hosts/fake-excel");',
    'const { snapshotFromRows } = require("./src/domain/snapshot.ts");',
    "const merges = [];",
    "for (let band = 0; band < 12; band++)",
    "  for (let left = 0; left < 16384; left++)",
    "    merges.push({ top: 2 * band, left, bottom: 2 * band + 1, right: left });",
    "const crossing = { top: 23, left: 16383, bottom: 24, right: 16383 };",
    'const workbook = FakeWorkbook.fromSnapshots([snapshotFromRows("S", [["x"]], { merges })]);',
    "console.log(anyOverlap(merges), anyOverlap([...merges, crossing]),",
    '  workbook.layout("S").merges.length);',
  ].join("\n");
  expect(runInChild(script, 60_000)).toEqual({ signal: null, out: "false true 196608" });
}, 70_000);

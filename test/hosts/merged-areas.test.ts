/**
 * The writer's index of merged areas (MergedAreas in src/hosts/xlsx/worksheet.ts) answers as
 * looking through every area in the sheet's order does: the first area whose hidden part
 * holds the cell, for areas short and tall, overlapping or not.
 */
import fc from "fast-check";
import { CellRange } from "../../src/domain/snapshot";
import { MergedAreas } from "../../src/hosts/xlsx/worksheet";

/** The first area, in order, that covers the cell without starting at it. */
function firstHiding(merges: readonly CellRange[], row: number, col: number) {
  return merges.find(
    (m) =>
      row >= m.top &&
      row <= m.bottom &&
      col >= m.left &&
      col <= m.right &&
      !(row === m.top && col === m.left)
  );
}

const area = fc
  .record({
    top: fc.integer({ min: 0, max: 40 }),
    left: fc.integer({ min: 0, max: 8 }),
    // Some over more rows than the index keeps by row (16).
    height: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 14, max: 40 })),
    width: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ top, left, height, width }) => ({
    top,
    left,
    bottom: top + height,
    right: left + width,
  }));

it("finds the area hiding each cell as a look through all of them does", () => {
  fc.assert(
    fc.property(fc.array(area, { maxLength: 20 }), (merges) => {
      const index = new MergedAreas(merges);
      for (let row = 0; row <= 82; row++)
        for (let col = 0; col <= 12; col++)
          expect(index.hiding(row, col)).toBe(firstHiding(merges, row, col));
    }),
    { numRuns: 400 }
  );
});

/**
 * The fake Excel's used range (what `getUsedRange` answers), found from each row's ends,
 * against the plain reading of every cell: the rows and columns of every cell that holds a
 * value (or, unless values only, a number format).
 */
import fc from "fast-check";
import { SheetModel } from "../../src/hosts/fake-excel/model";

type Write = { row: number; col: number; value: string | number | null; format: string | null };

const writes = fc.array(
  fc.record({
    row: fc.integer({ min: 0, max: 12 }),
    col: fc.integer({ min: 0, max: 9 }),
    value: fc.oneof(fc.constant(null), fc.constant(""), fc.string({ maxLength: 3 }), fc.integer()),
    format: fc.oneof(fc.constant(null), fc.constant("0.00%"), fc.constant("@")),
  }),
  { maxLength: 40 }
);

function plainUsedRange(written: Map<string, Write>, valuesOnly: boolean) {
  const cells = [...written.values()].filter(
    (w) => (w.value !== null && w.value !== "") || (!valuesOnly && w.format !== null)
  );
  if (cells.length === 0) return null;
  return {
    top: Math.min(...cells.map((w) => w.row)),
    left: Math.min(...cells.map((w) => w.col)),
    bottom: Math.max(...cells.map((w) => w.row)),
    right: Math.max(...cells.map((w) => w.col)),
  };
}

it("is the extent of the cells with values (or formats), however they were written", () => {
  fc.assert(
    fc.property(writes, fc.boolean(), (list, valuesOnly) => {
      const sheet = new SheetModel("1", "表");
      const written = new Map<string, Write>();
      for (const w of list) {
        const key = `${w.row},${w.col}`;
        const before = written.get(key);
        // A format stays with the cell when its value is written again, as in Excel.
        const format = w.format ?? before?.format ?? null;
        if (format !== null) sheet.writeNumberFormat(w.row, w.col, format);
        sheet.writeValue(w.row, w.col, w.value);
        written.set(key, { ...w, format });
      }
      expect(sheet.usedRange(valuesOnly)).toEqual(plainUsedRange(written, valuesOnly));
    }),
    { numRuns: 500 }
  );
});

/** Paths and loaders for the bundled fixture workbooks, and a sheet's cells by address. */
import { readFileSync } from "fs";
import { join } from "path";
import { CellValue, SheetSnapshot, toA1 } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";

export const FIXTURES = join(__dirname, "..", "fixtures");

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function loadFixture(name: string) {
  return readWorkbookSnapshots(readFileSync(fixturePath(name)));
}

/** Every non-empty cell of a sheet, by address. */
export function cellValues(snapshot: SheetSnapshot): Map<string, CellValue> {
  const map = new Map<string, CellValue>();
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) map.set(toA1(snapshot.originRow + r, snapshot.originCol + c), value);
    })
  );
  return map;
}

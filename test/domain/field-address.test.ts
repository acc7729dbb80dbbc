/**
 * A grid's fields spell their address out only when asked (a getter, not an own property),
 * so a field copied with `{ ...field }` would lose it. Every field of every table recognized
 * from the fixtures and the real corpus must still name its own cell, as a property and in
 * JSON.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { Field } from "../../src/domain/model";
import { recognizeSheet } from "../../src/domain/recognize";
import { Grid } from "../../src/domain/grid";
import { toA1 } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";

const FIXTURES = join(__dirname, "..", "fixtures");

function workbookFiles(): string[] {
  return ["", "real"].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((file) => file.endsWith(".xlsx"))
      .map((file) => join(folder, file))
  );
}

function isField(value: unknown): value is Field {
  if (typeof value !== "object" || value === null) return false;
  const field = value as Partial<Field>;
  return typeof field.row === "number" && typeof field.col === "number" && "text" in field;
}

/** Every field reachable from a value, once each. */
function fieldsIn(
  value: unknown,
  found: Set<Field> = new Set(),
  seen = new Set<object>()
): Set<Field> {
  if (typeof value !== "object" || value === null || seen.has(value)) return found;
  seen.add(value);
  if (isField(value)) found.add(value);
  else for (const inner of Object.values(value)) fieldsIn(inner, found, seen);
  return found;
}

describe("fields name their own cell", () => {
  it.each(workbookFiles())("%s", (file) => {
    const snapshots = readWorkbookSnapshots(readFileSync(join(FIXTURES, file)));
    const tables = snapshots.flatMap((snapshot) => recognizeSheet(snapshot).tables);
    const fields = [...fieldsIn(tables)];
    expect(tables.length === 0 || fields.length > 0).toBe(true);
    const wrong = fields.filter((field) => {
      const plain = JSON.parse(JSON.stringify(field)) as Field;
      const expected = toA1(field.row, field.col);
      return field.address !== expected || plain.address !== expected;
    });
    expect(
      wrong.map((field) => `${toA1(field.row, field.col)} → ${String(field.address)}`)
    ).toEqual([]);
  });

  it("a grid's field is the plain field as JSON, keys in the usual order", () => {
    const grid = new Grid({
      sheetName: "表1",
      originRow: 4,
      originCol: 2,
      values: [[null, "项目名称", 12]],
      merges: [],
    });
    expect(JSON.stringify(grid.field(4, 3))).toBe(
      JSON.stringify({ row: 4, col: 3, address: "D5", value: "项目名称", text: "项目名称" })
    );
    expect(grid.field(4, 4).address).toBe("E5");
    // A cell past its row's values, and one outside the grid, are fields too.
    expect(grid.field(4, 9).address).toBe("J5");
    expect(grid.field(40, 0).address).toBe("A41");
  });
});

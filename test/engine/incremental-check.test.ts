/**
 * The re-check after an edit (边改边查) equals a full check: random edits (a cell blanked, a
 * value typed or copied from another table, a row inserted or deleted, a header label
 * deleted) on fixture workbooks, each re-checked from the previous incremental result and
 * compared with `checkWorkbook` of the edited workbook.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, WorkbookResult } from "../../src/domain/check";
import { changedRows, recheckWorkbook } from "../../src/domain/incremental-check";
import { RULES } from "../../src/domain/rules";
import { CellRange, CellValue, SheetSnapshot } from "../../src/domain/snapshot";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { benchWorkbook } from "../../scripts/bench-workbook";
import { changed, goalTableSheet, selfEvaluationSheet, stacked } from "../support/approved-goals";
import { repoRoot } from "../support/paths";

const fixturesDir = join(repoRoot(), "test", "fixtures");

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER_LABELS = new Set(["一级指标", "二级指标", "三级指标", "指标值", "年度指标值"]);
const TYPED: CellValue[] = [null, "≥95%", "100", 3, "一级指标", "项目名称", "满意度指标", "合计"];

interface Edit {
  describe: string;
  apply(snapshot: SheetSnapshot): SheetSnapshot;
}

function withRows(
  snapshot: SheetSnapshot,
  values: CellValue[][],
  texts?: string[][],
  formats?: string[][],
  merges = snapshot.merges
): SheetSnapshot {
  return {
    ...snapshot,
    values,
    ...(snapshot.texts ? { texts } : {}),
    ...(snapshot.numberFormats ? { numberFormats: formats } : {}),
    merges,
  };
}

function setCell(snapshot: SheetSnapshot, r: number, c: number, value: CellValue): SheetSnapshot {
  const values = [...snapshot.values];
  while (values.length <= r) values.push([]);
  const row = [...(values[r] ?? [])];
  while (row.length <= c) row.push(null);
  row[c] = value;
  values[r] = row;
  let texts = snapshot.texts;
  if (texts) {
    texts = [...texts];
    while (texts.length <= r) texts.push([]);
    const textRow = [...(texts[r] ?? [])];
    while (textRow.length <= c) textRow.push("");
    textRow[c] = value === null ? "" : String(value);
    texts[r] = textRow;
  }
  let formats = snapshot.numberFormats;
  if (formats && formats.length <= r) {
    formats = [...formats];
    while (formats.length <= r) formats.push([]);
  }
  return withRows(snapshot, values, texts, formats);
}

/** A copy of row `r` inserted under it (`insert`), or row `r` deleted; merged areas follow. */
function moveRows(snapshot: SheetSnapshot, r: number, insert: boolean): SheetSnapshot {
  const splice = <T>(rows: T[][] | undefined): T[][] | undefined => {
    if (!rows) return undefined;
    const out = [...rows];
    if (insert) out.splice(r + 1, 0, [...(rows[r] ?? [])]);
    else out.splice(r, 1);
    return out;
  };
  const row = snapshot.originRow + r;
  const merges = snapshot.merges
    ?.map((m): CellRange | undefined => {
      if (insert) {
        if (m.top > row) return { ...m, top: m.top + 1, bottom: m.bottom + 1 };
        if (m.bottom > row) return { ...m, bottom: m.bottom + 1 };
        return m;
      }
      if (m.top === row && m.bottom === row) return undefined;
      if (m.top > row) return { ...m, top: m.top - 1, bottom: m.bottom - 1 };
      if (m.bottom >= row) return { ...m, bottom: m.bottom - 1 };
      return m;
    })
    .filter((m): m is CellRange => m !== undefined && m.bottom > m.top - 1)
    .filter((m) => m.bottom > m.top || m.right > m.left);
  return withRows(
    snapshot,
    splice(snapshot.values) as CellValue[][],
    splice(snapshot.texts),
    splice(snapshot.numberFormats),
    merges === undefined ? snapshot.merges : merges
  );
}

function filledCells(snapshot: SheetSnapshot): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") cells.push([r, c]);
    })
  );
  return cells;
}

function randomEdit(
  random: () => number,
  workbook: SheetSnapshot[]
): { sheet: number; edit: Edit } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sheet = Math.floor(random() * workbook.length);
  const snapshot = workbook[sheet];
  const cells = filledCells(snapshot);
  const kind = random();
  if (kind < 0.3 && cells.length > 0) {
    const [r, c] = pick(cells);
    return { sheet, edit: { describe: `blank ${r},${c}`, apply: (s) => setCell(s, r, c, null) } };
  }
  if (kind < 0.5 && cells.length > 0) {
    // A text copied from anywhere in the workbook: it may make an indicator a copy of another.
    const from = pick(workbook);
    const source = pick(filledCells(from));
    const value = source ? from.values[source[0]][source[1]] : "x";
    const [r, c] = pick(cells);
    return {
      sheet,
      edit: { describe: `copy to ${r},${c}`, apply: (s) => setCell(s, r, c, value) },
    };
  }
  if (kind < 0.6 && cells.length > 0) {
    // A whole row copied from another table: an indicator copied verbatim, or no longer.
    const from = pick(workbook);
    const [source] = pick(filledCells(from)) ?? [0];
    const [target] = pick(cells);
    const row = from.values[source] ?? [];
    return {
      sheet,
      edit: {
        describe: `copy row ${source} of ${from.sheetName} to ${target}`,
        apply: (s) =>
          row.reduce((out: SheetSnapshot, value, c) => setCell(out, target, c, value), s),
      },
    };
  }
  if (kind < 0.7) {
    const r = Math.floor(random() * (snapshot.values.length + 2));
    const c = Math.floor(random() * 6);
    const value = pick(TYPED);
    return {
      sheet,
      edit: {
        describe: `type ${String(value)} at ${r},${c}`,
        apply: (s) => setCell(s, r, c, value),
      },
    };
  }
  if (kind < 0.82) {
    const headers = cells.filter(([r, c]) => HEADER_LABELS.has(String(snapshot.values[r][c])));
    if (headers.length > 0) {
      const [r, c] = pick(headers);
      return {
        sheet,
        edit: { describe: `delete header ${r},${c}`, apply: (s) => setCell(s, r, c, null) },
      };
    }
  }
  const r = Math.floor(random() * snapshot.values.length);
  const insert = random() < 0.6;
  return {
    sheet,
    edit: {
      describe: `${insert ? "insert" : "delete"} row ${r}`,
      apply: (s) => moveRows(s, r, insert),
    },
  };
}

const tableCount = (result: WorkbookResult) =>
  result.sheets.reduce((sum, sheet) => sum + sheet.tables.length, 0);

/**
 * Edits the workbook `steps` times; after each, the incremental re-check from the last
 * result must equal a full check. Returns how many re-checks stayed within a window.
 */
function editAndCompare(workbook: SheetSnapshot[], steps: number, seed: number): number {
  const random = randomSource(seed);
  let snapshots = workbook;
  let result = checkWorkbook(snapshots);
  let confined = 0;
  for (let step = 0; step < steps; step++) {
    const { sheet, edit } = randomEdit(random, snapshots);
    const before = snapshots[sheet];
    const after = edit.apply(before);
    snapshots = snapshots.map((s, i) => (i === sheet ? after : s));
    const recheck = recheckWorkbook(result, [{ before, after }]);
    const full = checkWorkbook(snapshots);
    const context = `seed ${seed}, step ${step}: ${edit.describe} on ${before.sheetName}`;
    expect({ context, result: recheck.result }).toEqual({ context, result: full });
    if (recheck.wholeSheets.length === 0 && recheck.recheckedTables < tableCount(full)) confined++;
    result = recheck.result;
  }
  return confined;
}

function fixture(name: string): SheetSnapshot[] {
  return readWorkbookSnapshots(new Uint8Array(readFileSync(join(fixturesDir, name))));
}

/** Goal tables and their self-evaluations stacked on one sheet, one more goal table beside. */
function goalsAndSelfEvaluations(): SheetSnapshot[] {
  const changedTargets = changed({ 1: { target: "≥90%" } });
  return [
    stacked("目标与自评", [
      goalTableSheet(),
      selfEvaluationSheet(),
      goalTableSheet({ projectName: "乡村道路项目", indicators: changedTargets }),
      selfEvaluationSheet({ projectName: "乡村道路项目" }),
      goalTableSheet({ projectName: "另一个项目" }),
    ]),
    goalTableSheet({ sheet: "另一表", projectName: "乡村道路项目" }),
  ];
}

/** The first sheets of some real forms stacked on one sheet (two blank rows between). */
function realFormsStacked(): SheetSnapshot[] {
  const dir = join(fixturesDir, "real");
  const files = readdirSync(dir)
    .filter((file) => file.endsWith(".xlsx"))
    .sort();
  const sheets = files
    .filter((_, i) => i % 5 === 0)
    .map((file) => readWorkbookSnapshots(new Uint8Array(readFileSync(join(dir, file))))[0])
    .filter((sheet) => sheet.values.length < 120);
  return [stacked("真实表", sheets)];
}

describe("incremental re-check equals a full check", () => {
  it("on a generated sheet of 25 tables, mostly within a window", () => {
    const confined = editAndCompare([benchWorkbook(25, "seed").snapshot], 60, 1);
    expect(confined).toBeGreaterThan(20);
  });

  it("on goal tables and self-evaluations (workbook-level rules across sheets)", () => {
    editAndCompare(goalsAndSelfEvaluations(), 60, 2);
  });

  it("on the seed workbook (8 sheets, copied indicators across them)", () => {
    editAndCompare(fixture("hebei-2020-seed.xlsx"), 40, 3);
  });

  it("on the stacked fixture", () => {
    editAndCompare(fixture("hebei-2020-stacked.xlsx"), 40, 4);
  });

  it("on real forms stacked on one sheet", () => {
    editAndCompare(realFormsStacked(), 40, 5);
  });

  it("drops a copied-indicator warning on another sheet when its source is edited", () => {
    const workbook = fixture("hebei-2020-seed.xlsx");
    const result = checkWorkbook(workbook);
    const copies = (r: WorkbookResult) =>
      r.sheets.flatMap((sheet) =>
        sheet.tables.flatMap((table) =>
          table.findings.filter((f) => f.ruleId === "workbook/copied-indicator")
        )
      );
    const copy = copies(result)[0];
    const [, sheetName, column, rowNumber] = /（(.+)!([A-Z])(\d+)）/.exec(copy.message) ?? [];
    const at = workbook.findIndex((sheet) => sheet.sheetName === sheetName);
    const source = workbook[at];
    const row = Number(rowNumber) - 1;
    const col = column.charCodeAt(0) - 65;
    const after = setCell(source, row - source.originRow, col - source.originCol, "另写的指标");
    const recheck = recheckWorkbook(result, [{ before: source, after }]);
    const full = checkWorkbook(workbook.map((sheet, i) => (i === at ? after : sheet)));
    expect(recheck.result).toEqual(full);
    expect(copies(full).length).toBeLessThan(copies(result).length);
  });

  it("follows an approved target edited on another sheet into the self-evaluation", () => {
    const [stackedSheet, goals] = goalsAndSelfEvaluations();
    const workbook = [goals, stackedSheet];
    const result = checkWorkbook(workbook);
    const changes = (r: WorkbookResult) =>
      r.sheets[1].tables.flatMap((table) =>
        table.findings.filter((f) => f.ruleId === "selfeval/target-changed")
      ).length;
    // The goal table's first indicator row is row 9; its target is in column D.
    const after = setCell(goals, 8 - goals.originRow, 3 - goals.originCol, "≥10%");
    const recheck = recheckWorkbook(result, [{ before: goals, after }]);
    const full = checkWorkbook([after, stackedSheet]);
    expect(recheck.result).toEqual(full);
    expect(changes(full)).toBeGreaterThan(changes(result));
  });

  it("keeps every table when nothing changed and re-checks one table after a one-cell edit", () => {
    const snapshot = benchWorkbook(30, "one").snapshot;
    const result = checkWorkbook([snapshot]);
    const same = recheckWorkbook(result, [{ before: snapshot, after: { ...snapshot } }]);
    expect(same.recheckedTables).toBe(0);
    expect(same.result).toEqual(result);
    const table = result.sheets[0].tables[15].table;
    const row = table.indicators[2].row - snapshot.originRow;
    const after = setCell(snapshot, row, table.columns.level3 - snapshot.originCol, "已修改");
    const edited = recheckWorkbook(result, [{ before: snapshot, after }]);
    expect(edited.wholeSheets).toEqual([]);
    // The edited table and its two anchors; the rest kept.
    expect(edited.recheckedTables).toBeLessThanOrEqual(3);
    expect(edited.result).toEqual(checkWorkbook([after]));
  });
});

describe("changedRows", () => {
  it("names the rows whose cells or merged areas differ, and every row when the sheet moved", () => {
    const snapshot = benchWorkbook(2, "rows").snapshot;
    expect(changedRows(snapshot, snapshot)).toEqual([]);
    const edited = setCell(snapshot, 5, 1, "x");
    expect(changedRows(snapshot, edited)).toEqual([snapshot.originRow + 5]);
    const merged = {
      ...snapshot,
      merges: [...(snapshot.merges ?? []), { top: 7, left: 0, bottom: 8, right: 1 }],
    };
    expect(changedRows(snapshot, merged)).toEqual([7, 8]);
    expect(changedRows(snapshot, { ...snapshot, originRow: snapshot.originRow + 1 })).toBe("all");
  });
});

describe("rules that read the workbook declare it", () => {
  it("every rule whose check reads context.workbook has meta.readsWorkbook", () => {
    const rulesDir = join(__dirname, "..", "..", "src", "domain", "rules");
    const sources = readdirSync(rulesDir).map((file) => readFileSync(join(rulesDir, file), "utf8"));
    const reading = sources
      .filter((source) => /check\(\{[^}]*\bworkbook\b[^}]*\}\)/.test(source))
      .map((source) => /id: "([^"]+)"/.exec(source)?.[1]);
    expect(reading.length).toBeGreaterThan(0);
    const declared = RULES.filter((rule) => rule.meta.readsWorkbook).map((rule) => rule.meta.id);
    expect(declared.sort()).toEqual([...reading].sort());
  });
});

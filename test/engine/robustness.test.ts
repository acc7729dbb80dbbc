/**
 * The engine never throws on a grid, and never points outside it: random grids
 * full of the form's vocabulary, and clean tables damaged cell by cell.
 */
import fc from "fast-check";
import { checkWorkbook, WorkbookResult } from "../../src/domain/check";
import { CellRange, CellValue, parseA1, SheetSnapshot } from "../../src/domain/snapshot";
import { buildSheet, CLEAN_HEBEI, CLEAN_MOF, TableSpec } from "../support/layouts";

const RUNS = 300;

/** The words the recognizer and the rules react to. */
const VOCABULARY = [
  "一级指标",
  "二级指标",
  "三级指标",
  "三级指标名称",
  "指标值",
  "年度指标值",
  "中长期指标值",
  "符号",
  "值",
  "单位",
  "绩效指标",
  "序号",
  "备注",
  "绩效指标描述",
  "指标值确定依据",
  "项目名称",
  "项目负责人及电话",
  "主管部门",
  "实施单位",
  "资金情况(万元)",
  "年度资金总额",
  "年度资金总额:",
  "其中:财政拨款",
  "其他资金",
  "总体目标",
  "年度目标",
  "项目名称：测试项目",
  "产出指标",
  "效益指标",
  "满意度指标",
  "成本指标",
  "结果指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济成本指标",
  "社会效益指标",
  "服务对象满意度指标",
  "领导满意度",
  "完成率",
  "≥",
  "≤",
  ">=",
  "＞＝",
  "=",
  "文字描述",
  "定性",
  "%",
  "百分比",
  "个",
  "次",
  "万元",
  "元/亩",
  "完成本年任务",
  "≥95%",
  "≤1700元/亩",
  "95%以上",
  "2021年12月31日前",
  "十二",
  "好",
  "填表人：",
  "填表人：张三 审核人：李四",
  "注：",
  "一、测试项目",
  "1、绩效目标表",
  "XX项目绩效目标表",
  "2021年3月",
  " ",
  "",
];

const errorValue: fc.Arbitrary<CellValue> = fc
  .constantFrom("#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?")
  .map((error) => ({ error }));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...VOCABULARY) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity, 0, -0, 1e300, 5e-324) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorValue },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8, unit: "grapheme" }) }
);

const numberFormat = fc.constantFrom("General", "0%", "0.00%", "@", '0.0"%"', "[Red]0%", "0");

/** Merges anywhere near the grid: inside, overlapping each other, partly or wholly outside. */
function mergeArb(originRow: number, originCol: number, rows: number, cols: number) {
  const row = fc.integer({ min: Math.max(0, originRow - 5), max: originRow + rows + 5 });
  const col = fc.integer({ min: Math.max(0, originCol - 3), max: originCol + cols + 3 });
  return fc
    .tuple(row, col, fc.nat(8), fc.nat(4))
    .map(([top, left, h, w]): CellRange => ({ top, left, bottom: top + h, right: left + w }));
}

const randomSnapshot: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    originRow: fc.oneof(fc.constant(0), fc.nat(60), fc.constant(1048570)),
    originCol: fc.oneof(fc.constant(0), fc.nat(30), fc.constant(16370)),
    rows: fc.nat(40),
    cols: fc.integer({ min: 1, max: 15 }),
  })
  .chain(({ originRow, originCol, rows, cols }) =>
    fc.record({
      sheetName: fc.constantFrom("Sheet1", "绩效目标表", "项目1"),
      originRow: fc.constant(originRow),
      originCol: fc.constant(originCol),
      // Ragged rows: a host may report rows of different lengths.
      values: fc.array(fc.array(cellValue, { minLength: 0, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
      numberFormats: fc.option(
        fc.array(fc.array(numberFormat, { maxLength: cols }), { maxLength: rows }),
        { nil: undefined }
      ),
      texts: fc.option(
        fc.array(
          fc.array(fc.constantFrom("", "95%", "≥", "一级指标", "#N/A"), { maxLength: cols }),
          {
            maxLength: rows,
          }
        ),
        { nil: undefined, freq: 4 }
      ),
      merges: fc.option(fc.array(mergeArb(originRow, originCol, rows, cols), { maxLength: 12 }), {
        nil: null,
        freq: 5,
      }),
    })
  );

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function rectOf(snapshot: SheetSnapshot): Rect {
  const width = snapshot.values.reduce((max, row) => Math.max(max, row.length), 0);
  return {
    top: snapshot.originRow,
    left: snapshot.originCol,
    bottom: snapshot.originRow + snapshot.values.length - 1,
    right: snapshot.originCol + width - 1,
  };
}

function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** Throws with the first address outside its sheet; fast-check then shrinks the input. */
function assertInside(snapshots: SheetSnapshot[], result: WorkbookResult): void {
  result.sheets.forEach((sheet, i) => {
    const rect = rectOf(snapshots[i]);
    for (const { table, findings } of sheet.tables) {
      const r = table.range;
      if (!(inside(rect, r.top, r.left) && inside(rect, r.bottom, r.right)))
        throw new Error(`table ${table.rangeA1} outside ${JSON.stringify(rect)}`);
      for (const finding of findings) {
        const at = parseA1(finding.address);
        if (at === null)
          throw new Error(`${finding.ruleId}: unparsable address ${finding.address}`);
        if (finding.sheet !== snapshots[i].sheetName)
          throw new Error(`${finding.ruleId}: sheet ${finding.sheet}`);
        if (!inside(rect, at.row, at.col))
          throw new Error(
            `${finding.ruleId} (${finding.messageId}) at ${finding.address} outside ${JSON.stringify(rect)}`
          );
      }
    }
  });
}

function checkAndAssert(snapshots: SheetSnapshot[]): void {
  const result = checkWorkbook(snapshots);
  expect(result.sheets).toHaveLength(snapshots.length);
  assertInside(snapshots, result);
}

const HEADER_LABELS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标名称",
  "绩效指标描述",
  "指标值",
  "年度指标值",
  "中长期指标值",
  "指标值确定依据",
  "绩效指标",
  "序号",
  "备注",
];
const SUB_LABELS = ["符号", "值", "单位", "数值", "计量单位", "年度", "中长期"];

/** A random grid with an indicator header (labels in random columns) and a sub-header row. */
const headedSnapshot: fc.Arbitrary<SheetSnapshot> = randomSnapshot.chain((snapshot) => {
  const rows = snapshot.values.length;
  const width = Math.max(1, ...snapshot.values.map((row) => row.length));
  return fc
    .record({
      at: fc.nat(Math.max(0, rows - 1)),
      header: fc.array(fc.option(fc.constantFrom(...HEADER_LABELS), { freq: 3 }), {
        minLength: width,
        maxLength: width,
      }),
      sub: fc.array(fc.option(fc.constantFrom(...SUB_LABELS), { freq: 2 }), {
        minLength: width,
        maxLength: width,
      }),
      start: fc.nat(Math.max(0, width - 4)),
    })
    .map(({ at, header, sub, start }) => {
      const values = snapshot.values.map((row) => [...row]);
      // The three level labels side by side, so that a header is found at all.
      const labels = header.map((label, c) =>
        c >= start && c < start + 3 ? ["一级指标", "二级指标", "三级指标"][c - start] : label
      );
      while (values.length < at + 2) values.push([]);
      values[at] = labels;
      values[at + 1] = sub;
      return { ...snapshot, values };
    });
});

describe("random grids", () => {
  it("never throw and never point outside the sheet", () => {
    fc.assert(
      fc.property(fc.array(randomSnapshot, { minLength: 1, maxLength: 3 }), (snapshots) => {
        checkAndAssert(snapshots);
      }),
      { numRuns: RUNS }
    );
  });

  it("end a prose grid with the sheet, even when its merge reaches past the cells read", () => {
    // Found by the property above: 绩效指标 · 成本指标 · a long number under a merge W29:X35.
    const values: SheetSnapshot["values"] = Array.from({ length: 27 }, () => []);
    values[4] = ["一级指标", "绩效指标", "成本指标", 7.39841886505];
    checkAndAssert([
      {
        sheetName: "Sheet1",
        originRow: 30,
        originCol: 19,
        values,
        merges: [{ top: 28, left: 22, bottom: 34, right: 23 }],
      },
    ]);
  });

  it("with an indicator header in them never throw and never point outside the sheet", () => {
    fc.assert(
      fc.property(headedSnapshot, (snapshot) => {
        checkAndAssert([snapshot]);
      }),
      { numRuns: RUNS }
    );
  });
});

/** A clean sheet in a random layout variant. */
const cleanSpec = fc.record({
  layout: fc.constantFrom<"split" | "single">("split", "single"),
  mof: fc.boolean(),
  sideLabel: fc.boolean(),
  sequenceColumn: fc.boolean(),
  remarkColumn: fc.boolean(),
  midTermColumn: fc.boolean(),
  title: fc.boolean(),
  footer: fc.boolean(),
  tables: fc.integer({ min: 1, max: 3 }),
  originRow: fc.nat(20),
  originCol: fc.nat(6),
  mergesKnown: fc.boolean(),
  percent: fc.boolean(),
});

type CleanSpec = typeof cleanSpec extends fc.Arbitrary<infer T> ? T : never;

type Mutation =
  | { kind: "blank"; row: number; col: number }
  | { kind: "replace"; row: number; col: number; value: CellValue }
  | { kind: "deleteRow"; row: number }
  | { kind: "duplicateRow"; row: number }
  | { kind: "truncateRow"; row: number; length: number };

/** Positions are fractions of the grid, so a mutation lands inside whatever grid it meets. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("blank" as const), row: fraction, col: fraction }),
  fc.record({
    kind: fc.constant("replace" as const),
    row: fraction,
    col: fraction,
    value: cellValue,
  }),
  fc.record({ kind: fc.constant("deleteRow" as const), row: fraction }),
  fc.record({ kind: fc.constant("duplicateRow" as const), row: fraction }),
  fc.record({ kind: fc.constant("truncateRow" as const), row: fraction, length: fraction })
);

function mutate(snapshot: SheetSnapshot, mutations: Mutation[]): SheetSnapshot {
  const values = snapshot.values.map((row) => [...row]);
  const formats = snapshot.numberFormats?.map((row) => [...row]);
  for (const m of mutations) {
    if (values.length === 0) break;
    const r = Math.floor(m.row * values.length);
    const width = values[r].length;
    switch (m.kind) {
      case "blank":
        if (width) values[r][Math.floor(m.col * width)] = null;
        break;
      case "replace":
        if (width) values[r][Math.floor(m.col * width)] = m.value;
        break;
      case "deleteRow":
        values.splice(r, 1);
        formats?.splice(r, 1);
        break;
      case "duplicateRow":
        values.splice(r, 0, [...values[r]]);
        formats?.splice(r, 0, [...(formats[r] ?? [])]);
        break;
      case "truncateRow":
        values[r] = values[r].slice(0, Math.floor(m.length * width));
        break;
    }
  }
  return { ...snapshot, values, numberFormats: formats };
}

function builtSheet(spec: CleanSpec): SheetSnapshot {
  const base = spec.mof ? CLEAN_MOF : CLEAN_HEBEI;
  const indicators = base.map((ind, i) =>
    spec.percent && ind.unit === "%" && typeof ind.value === "number"
      ? { ...ind, value: ind.value / 100, unit: i % 2 ? "" : "%", percentFormat: true }
      : ind
  );
  const table: TableSpec = {
    layout: spec.mof ? "single" : spec.layout,
    indicators,
    sideLabel: spec.sideLabel,
    sequenceColumn: spec.sequenceColumn,
    remarkColumn: spec.remarkColumn,
    midTermColumn: spec.midTermColumn,
    title: spec.title ? ["一、测试项目", "1、绩效目标表"] : undefined,
    footer: spec.footer ? ["填表人：张三 审核人：李四"] : undefined,
  };
  return buildSheet({
    originRow: spec.originRow,
    originCol: spec.originCol,
    mergesKnown: spec.mergesKnown,
    tables: Array.from({ length: spec.tables }, () => table),
  }).snapshot;
}

describe("damaged clean tables", () => {
  it("the undamaged sheets are recognized", () => {
    fc.assert(
      fc.property(cleanSpec, (spec) => {
        const snapshot = builtSheet(spec);
        const result = checkWorkbook([snapshot]);
        expect(result.sheets[0].tables).toHaveLength(spec.tables);
        assertInside([snapshot], result);
      }),
      { numRuns: 50 }
    );
  });

  it("never throw and never point outside the sheet", () => {
    fc.assert(
      fc.property(cleanSpec, fc.array(mutation, { minLength: 1, maxLength: 25 }), (spec, ms) => {
        checkAndAssert([mutate(builtSheet(spec), ms)]);
      }),
      { numRuns: RUNS }
    );
  });
});

/** The smallest inputs the properties above found; each must stay inside its sheet. */
describe("minimal cases found by the properties", () => {
  const sheet = (
    values: CellValue[][],
    options: Partial<Omit<SheetSnapshot, "values">> = {}
  ): SheetSnapshot => ({
    sheetName: "Sheet1",
    originRow: 0,
    originCol: 0,
    merges: [],
    ...options,
    values,
  });

  it("a merged 一级指标 cell that starts above the snapshot (sheet A6:D7, merge A3:A9)", () => {
    checkAndAssert([
      sheet(
        [
          ["一级指标", "二级指标", "三级指标", "指标值"],
          [null, "数量指标", "完成个数", "≥12个"],
        ],
        { originRow: 5, merges: [{ top: 2, left: 0, bottom: 8, right: 0 }] }
      ),
    ]);
  });

  it("an indicator header on the last row of the sheet (sheet A1:D1)", () => {
    checkAndAssert([sheet([["一级指标", "二级指标", "三级指标", "指标值"]])]);
  });

  it("单位 left of 符号 with no 值 under 指标值 at the right edge (sheet A1:E3)", () => {
    checkAndAssert([
      sheet([
        ["一级指标", "二级指标", "三级指标", "指标值", null],
        [null, null, null, "单位", "符号"],
        ["产出指标", "数量指标", "完成个数", "个", "≥"],
      ]),
    ]);
  });
});

/**
 * Reading the indicator rows: which rows count as filled, and where a block of rows ends.
 */
import { recognize } from "../../src/domain/recognize";
import { CLEAN_HEBEI, buildTable, IndicatorSpec } from "../support/layouts";

/** A row of the clean table with the name and the target replaced. */
function row(level3: string, target: Partial<IndicatorSpec> = {}): IndicatorSpec {
  return {
    ...CLEAN_HEBEI[0],
    level3,
    description: "",
    basis: "",
    symbol: "",
    value: null,
    unit: "",
    ...target,
  };
}

function filledOf(indicators: IndicatorSpec[]): boolean[] {
  const [table] = recognize(buildTable({ indicators }).snapshot);
  return table.indicators.map((indicator) => indicator.filled);
}

describe("a row is filled when it names its indicator or writes a target", () => {
  const cases: Array<[string, IndicatorSpec, boolean]> = [
    ["a name", row("完成组卷个数"), true],
    ["the template's 具体指标", row("具体指标"), false],
    ["the template's 三级指标", row("三级指标"), false],
    ["指标 with a number", row("指标12"), false],
    ["指标 with a number and a colon left after it (银川 2021)", row("指标2:"), false],
    ["指标 with a number and a full-width colon", row("指标2："), false],
    ["指标 with a number, a colon and a name", row("指标1:完成组卷个数"), true],
    ["指标 alone", row("指标"), false],
    ["指标 with a letter", row("指标A"), true],
    ["指标 with a full-width digit, as a full-width input mode types it", row("指标１"), false],
    ["指标 with full-width digits and a full-width stop", row("指标１２．"), false],
    ["a full-width numbering alone (１.)", row("１."), false],
    ["dashes and slashes", row("—/－／"), false],
    ["ellipses and stops", row("……、.。"), false],
    ["a backslash", row("\\"), false],
    ["a dash before a word", row("—无"), true],
    ["a placeholder name with a number", row("具体指标", { value: 12 }), true],
    ["a placeholder name with a dash for a target", row("指标1", { value: "—" }), false],
    ["a placeholder name with a symbol", row("指标1", { symbol: "≥" }), true],
    ["a placeholder name with a unit", row("—", { unit: "个" }), true],
  ];
  it.each(cases)("%s", (_name, indicator, filled) => {
    // The clean first row keeps the block readable; the case is the second row.
    expect(filledOf([CLEAN_HEBEI[0], indicator])).toEqual([true, filled]);
  });
});

describe("the unit a name states in brackets", () => {
  const unitOf = (level3: string) => {
    const [table] = recognize(
      buildTable({ indicators: [CLEAN_HEBEI[0], row(level3, { symbol: "≥", value: 3 })] }).snapshot
    );
    return table.indicators[1].target;
  };
  it.each([
    ["开展修复工程(个)", "个"],
    ["开展修复工程（个）", "个"],
    ["开展修复工程（ 个 ）", "个"],
    ["种公猪(≥头)", "头"],
  ])("%s", (level3, unit) => {
    expect(unitOf(level3)).toMatchObject({ unit, unitFromName: true });
  });
  it("a name without a closing bracket states none", () => {
    expect(unitOf("开展修复工程(个)等").unit).toBe("");
  });
});

describe("which rows of a block are indicator rows", () => {
  const readRows = (indicators: IndicatorSpec[], sequenceColumn = false) => {
    const { snapshot, table } = buildTable({ indicators, sequenceColumn });
    const [read] = recognize(snapshot);
    return { read: read.indicators, built: table.indicatorRows };
  };

  it("reads a row whose first written cell is a content column", () => {
    const only = row("", { description: "只写了说明" });
    const { read, built } = readRows([CLEAN_HEBEI[0], only, CLEAN_HEBEI[1]]);
    expect(read.map((indicator) => indicator.row)).toEqual(built);
    expect(read[1].description?.text).toBe("只写了说明");
  });

  it("passes over a row written only outside the content columns (its 序号)", () => {
    const { read, built } = readRows([CLEAN_HEBEI[0], row(""), CLEAN_HEBEI[1]], true);
    expect(read.map((indicator) => indicator.row)).toEqual([built[0], built[2]]);
  });

  it("reads a row written beside its 序号", () => {
    const only = row("", { description: "只写了说明" });
    const { read, built } = readRows([CLEAN_HEBEI[0], only, CLEAN_HEBEI[1]], true);
    expect(read.map((indicator) => indicator.row)).toEqual(built);
  });
});

describe("a row under merged levels, starting with its name", () => {
  const readNames = (name: string) => {
    // The row shares the first row's levels: its level cells are blank under their merges.
    const { snapshot } = buildTable({ indicators: [CLEAN_HEBEI[0], row(name), CLEAN_HEBEI[1]] });
    const [read] = recognize(snapshot);
    return read.indicators.map((indicator) => indicator.level3.text);
  };

  it("is read when its name is a level's, though it reads as a heading", () => {
    expect(readNames("一、产出指标")).toEqual([
      CLEAN_HEBEI[0].level3,
      "一、产出指标",
      CLEAN_HEBEI[1].level3,
    ]);
  });

  it("is read when it reads as a heading that names no level: no heading stands inside a merged level", () => {
    expect(readNames("一、其他事项")).toEqual([
      CLEAN_HEBEI[0].level3,
      "一、其他事项",
      CLEAN_HEBEI[1].level3,
    ]);
  });

  it("is read when it is a plain name", () => {
    expect(readNames("完成组卷个数")).toHaveLength(3);
  });
});

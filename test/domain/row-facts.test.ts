import { recognize } from "../../src/domain/recognize";
import {
  comparisonHint,
  factsOf,
  FirstRowByName,
  mayReadSame,
  rowsByKind,
  withRowFacts,
} from "../../src/domain/row-facts";
import { IndicatorRow } from "../../src/domain/model";
import { sameForComparison } from "../../src/domain/text";
import { findFirstLevel, findSecondLevel } from "../../src/domain/vocabulary";
import { buildTable } from "../support/layouts";

const [table] = recognize(buildTable().snapshot);

describe("row facts", () => {
  it("say what the row's levels name and the hint of its compared name, as the vocabulary does", () => {
    expect(table.indicators.length).toBeGreaterThan(0);
    for (const row of table.indicators) {
      const facts = factsOf(row);
      expect(facts.level1.first[table.profile]).toBe(
        findFirstLevel(table.profile, row.level1.text)
      );
      expect(facts.level2.second[table.profile]).toBe(
        findSecondLevel(table.profile, row.level2.text)
      );
      expect(facts.nameHint).toBe(comparisonHint(row.level3.text));
    }
  });

  it("are shared while a table's rules run, and not kept after", () => {
    const row = table.indicators[0];
    withRowFacts(() => expect(factsOf(row)).toBe(factsOf(row)));
    expect(factsOf(row)).not.toBe(factsOf(row));
    // Nothing of them shows on the row itself.
    expect(Object.getOwnPropertySymbols(row)).toEqual([]);
  });
});

describe("rows by kind", () => {
  it("sort the table's rows as the row facts say, in order", () => {
    withRowFacts(() => {
      const sorted = rowsByKind(table);
      const kinds = table.indicators.map((row) => factsOf(row).kindIn(table.profile));
      expect(sorted.cost).toEqual(table.indicators.filter((_, i) => kinds[i].cost));
      expect(sorted.satisfaction).toEqual(table.indicators.filter((_, i) => kinds[i].satisfaction));
      expect(sorted.byCategory.timeliness).toEqual(
        table.indicators.filter((_, i) => kinds[i].category === "timeliness")
      );
      expect(sorted.cost.length).toBeGreaterThan(0);
      expect(sorted.satisfaction.length).toBeGreaterThan(0);
      expect(rowsByKind(table)).toBe(sorted);
    });
  });
});

describe("comparison hints", () => {
  const alike: Array<[string, string]> = [
    ["完成组卷个数", "完成 组卷个数。"],
    ["完成测绘宗地数（项目12-1）", "完成测绘宗地数(项目１２-１)"],
    ["PM2.5浓度", "pm2.5 浓度"],
    ["“满意度”：≥95%", "满意度:≥95％"],
  ];
  it.each(alike)("are equal for texts that read the same: %s · %s", (a, b) => {
    expect(sameForComparison(a, b)).toBe(true);
    expect(comparisonHint(a)).toBe(comparisonHint(b));
  });

  it.each(alike)("let texts that read the same be compared: %s · %s", (a, b) => {
    expect(mayReadSame(a, b)).toBe(true);
  });

  it("tell apart texts that end differently, and let texts without ideographs or digits be compared", () => {
    expect(mayReadSame("根据年度工作计划", "年度完成组卷的个数")).toBe(false);
    expect(mayReadSame("项目１", "项目1。")).toBe(true);
    expect(mayReadSame("n/a", "N/A")).toBe(true);
  });

  it("tell apart texts that differ in their ideographs or digits", () => {
    expect(comparisonHint("完成组卷个数")).not.toBe(comparisonHint("完成报批个数"));
    expect(comparisonHint("项目12-1")).not.toBe(comparisonHint("项目12-2"));
  });
});

describe("first row by name", () => {
  const named = (row: number, name: string) =>
    ({ row, level3: { ...table.indicators[0].level3, text: name } }) as IndicatorRow;

  it("finds a name's first row, names compared as free text", () => {
    const firstRows = new FirstRowByName();
    const first = named(1, "完成组卷个数");
    expect(firstRows.firstOrAdd(first)).toBeUndefined();
    expect(firstRows.firstOrAdd(named(2, "完成报批个数"))).toBeUndefined();
    expect(firstRows.firstOrAdd(named(3, "完成 组卷个数。"))).toBe(first);
  });

  it("compares in full the names whose hints meet", () => {
    const firstRows = new FirstRowByName();
    // COD and BOD share their hint (letters are not hashed): the names still differ.
    const cod = named(1, "COD排放量");
    const bod = named(2, "BOD排放量");
    expect(comparisonHint("COD排放量")).toBe(comparisonHint("BOD排放量"));
    expect(firstRows.firstOrAdd(cod)).toBeUndefined();
    expect(firstRows.firstOrAdd(bod)).toBeUndefined();
    expect(firstRows.firstOrAdd(named(3, "bod排放量"))).toBe(bod);
    expect(firstRows.firstOrAdd(named(4, "COD 排放量"))).toBe(cod);
    // Any hint may be shared: rows given one hint are still told apart by name.
    expect(firstRows.firstOrAdd(named(5, "完成组卷个数"), 7)).toBeUndefined();
    expect(firstRows.firstOrAdd(named(6, "完成报批个数"), 7)).toBeUndefined();
    expect(firstRows.firstOrAdd(named(7, "完成报批个数"), 7)?.row).toBe(6);
  });
});

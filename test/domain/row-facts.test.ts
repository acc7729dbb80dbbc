import { recognize } from "../../src/domain/recognize";
import {
  comparisonHint,
  FEW_ROWS,
  FirstRowByName,
  HINT_OF_NOTHING,
  HintTable,
  kindOfRowIn,
  lastHintedCode,
  sameName,
  tableFacts,
  withRowFacts,
} from "../../src/domain/row-facts";
import { IndicatorRow } from "../../src/domain/model";
import { sameForComparison } from "../../src/domain/text";
import { findFirstLevel, findSecondLevel } from "../../src/domain/vocabulary";
import { buildTable, CLEAN_HEBEI } from "../support/layouts";

const [table] = recognize(buildTable().snapshot);

describe("table facts", () => {
  it("say what each row's levels name and the hint of its compared name, as the vocabulary does", () => {
    expect(table.indicators.length).toBeGreaterThan(0);
    const facts = tableFacts(table);
    table.indicators.forEach((row, i) => {
      const kind = facts.kinds[i];
      expect(kind.first).toBe(findFirstLevel(table.profile, row.level1.text));
      expect(kind.second).toBe(findSecondLevel(table.profile, row.level2.text));
      expect(kind.firstLevel).toBe(kind.first?.kind);
      expect(facts.nameHints[i]).toBe(comparisonHint(row.level3.text));
    });
  });

  it("give a row under the level texts of the row before it that row's kind", () => {
    // A second 数量指标 row under the first.
    const second = { ...CLEAN_HEBEI[0], level3: "完成报批个数" };
    const [twice] = recognize(
      buildTable({ indicators: [CLEAN_HEBEI[0], second, ...CLEAN_HEBEI.slice(1)] }).snapshot
    );
    const kinds = tableFacts(twice).kinds;
    const rows = twice.indicators;
    const repeated = rows.findIndex(
      (row, i) =>
        i > 0 &&
        row.level1.text === rows[i - 1].level1.text &&
        row.level2.text === rows[i - 1].level2.text
    );
    expect(repeated).toBeGreaterThan(0);
    expect(kinds[repeated]).toBe(kinds[repeated - 1]);
  });

  it("find a row's kind whatever order rows are asked in, and of a row not in the table", () => {
    withRowFacts(() => {
      const kinds = tableFacts(table).kinds;
      const rows = table.indicators;
      const order = [...rows.keys()].reverse().concat([...rows.keys()], [2, 0, 1, 1]);
      for (const i of order) expect(kindOfRowIn(table, rows[i])).toBe(kinds[i]);
      // A row of another table (a copy of the first, on a new level): worked out alone.
      const stranger = { ...rows[0], level1: { ...rows[0].level1, text: "满意度指标" } };
      expect(kindOfRowIn(table, stranger).firstLevel).toBe("satisfaction");
    });
    // Outside a check, each row is worked out alone.
    expect(kindOfRowIn(table, table.indicators[0])).toEqual(tableFacts(table).kinds[0]);
  });

  it("are shared while a table's rules run, and not kept after", () => {
    withRowFacts(() => expect(tableFacts(table)).toBe(tableFacts(table)));
    expect(tableFacts(table)).not.toBe(tableFacts(table));
    // Nothing of them shows on the table or its rows.
    expect(Object.getOwnPropertySymbols(table)).toEqual([]);
    expect(Object.getOwnPropertySymbols(table.indicators[0])).toEqual([]);
  });
});

describe("rows of a kind", () => {
  it("are the table's rows the kinds say, in order", () => {
    withRowFacts(() => {
      const facts = tableFacts(table);
      const kinds = facts.kinds;
      const cost = facts.rowsThatAre("cost");
      const satisfaction = facts.rowsThatAre("satisfaction");
      expect(cost).toEqual(table.indicators.filter((_, i) => kinds[i].cost));
      expect(satisfaction).toEqual(table.indicators.filter((_, i) => kinds[i].satisfaction));
      expect(facts.rowsOfCategory("timeliness")).toEqual(
        table.indicators.filter((_, i) => kinds[i].category === "timeliness")
      );
      expect(cost.length).toBeGreaterThan(0);
      expect(satisfaction.length).toBeGreaterThan(0);
      // A category with no row gives an empty list.
      expect(facts.rowsOfCategory("ecological-cost")).toEqual([]);
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
    expect(lastHintedCode(a)).toBe(lastHintedCode(b));
  });

  it("tell apart texts that end differently, and let texts without ideographs or digits be compared", () => {
    expect(lastHintedCode("根据年度工作计划")).not.toBe(lastHintedCode("年度完成组卷的个数"));
    expect(lastHintedCode("项目１")).toBe(lastHintedCode("项目1。"));
    expect(lastHintedCode("n/a")).toBe(lastHintedCode("N/A"));
  });

  it.each([
    ["", true],
    [" 。、（）", true],
    ["\u200b。", true],
    ["n/a", false],
    ["１", false],
    ["指标", false],
    ["  (7)", false],
  ])("say a text with a hinted character is not empty: %j", (text, empty) => {
    expect(sameForComparison(text, "")).toBe(empty);
    // A hint or last hinted character that says "some" is never wrong; "none" is checked.
    expect(empty && comparisonHint(text) !== HINT_OF_NOTHING).toBe(false);
    expect(empty && lastHintedCode(text) >= 0).toBe(false);
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

describe("first row of the same name", () => {
  const names = ["完成组卷个数", "完成报批个数", "完成 组卷个数。", "COD排放量", "BOD排放量"];
  /** A table of `count` rows named in turn from `names` (and so repeating them). */
  const tableOf = (count: number) => {
    const indicators = Array.from({ length: count }, (_, i) => ({
      ...CLEAN_HEBEI[0],
      level3: names[i % names.length],
    }));
    const [built] = recognize(buildTable({ indicators }).snapshot);
    expect(built.indicators).toHaveLength(count);
    return built;
  };
  /** The first earlier row whose name reads the same, found by comparing every pair. */
  const naive = (rows: readonly IndicatorRow[], position: number) =>
    rows.slice(0, position).find((row) => sameName(row, rows[position]));

  it.each([7, FEW_ROWS, FEW_ROWS + 9])(
    "is found as comparing every pair finds it, in a table of %i rows",
    (count) => {
      const long = tableOf(count);
      const facts = tableFacts(long);
      long.indicators.forEach((_, i) =>
        expect(facts.firstSameNameBefore(i)).toBe(naive(long.indicators, i))
      );
      // The names repeat: most rows have a first row of their name before them.
      expect(facts.firstSameNameBefore(count - 1)).toBeDefined();
      expect(facts.firstSameNameBefore(2)).toBe(long.indicators[0]);
    }
  );
});

describe("hint table", () => {
  it("holds a number by hint as a map does, hints that share their low bits included", () => {
    const table = new HintTable();
    const map = new Map<number, number>();
    // Hints 64 apart share their place in the smallest table; 2^30 - 1 is the largest hint.
    const hints = [
      0,
      64,
      128,
      5,
      69,
      2 ** 30 - 1,
      ...Array.from({ length: 500 }, (_, i) => i * 977),
    ];
    hints.forEach((hint, i) => {
      table.set(hint, i - 3);
      map.set(hint, i - 3);
    });
    // Set again: the number held last counts.
    table.set(64, -7);
    map.set(64, -7);
    for (const [hint, value] of map) expect(table.get(hint)).toBe(value);
    for (const absent of [1, 63, 65, 2 ** 29, 977 * 500]) expect(table.get(absent)).toBeUndefined();
  });

  it("holds hints past the number it was made for", () => {
    const made = new HintTable(1000);
    const hints = Array.from({ length: 3000 }, (_, i) => (i * 7919) % 2 ** 30);
    hints.forEach((hint, i) => made.set(hint, i));
    hints.forEach((hint, i) => expect(made.get(hint)).toBe(i));
    expect(made.get(1)).toBeUndefined();
  });

  it("tells a hint held or holds it in one look (getOrSet), as get then set would", () => {
    const table = new HintTable();
    const map = new Map<number, number>();
    // Repeated hints, hints that share their low bits, and enough of them to grow the table.
    const hints = Array.from({ length: 400 }, (_, i) => ((i % 150) * 64 + (i % 3)) % 2 ** 30);
    hints.forEach((hint, i) => {
      const held = map.get(hint);
      expect(table.getOrSet(hint, i)).toBe(held);
      if (held === undefined) map.set(hint, i);
    });
    for (const [hint, value] of map) expect(table.get(hint)).toBe(value);
  });
});

import { recognize } from "../../src/domain/recognize";
import { factsOf, withRowFacts } from "../../src/domain/row-facts";
import { normalizeForComparison } from "../../src/domain/text";
import { findFirstLevel, findSecondLevel } from "../../src/domain/vocabulary";
import { buildTable } from "../support/layouts";

const [table] = recognize(buildTable().snapshot);

describe("row facts", () => {
  it("say what the row's levels name and its compared name, as the vocabulary does", () => {
    expect(table.indicators.length).toBeGreaterThan(0);
    for (const row of table.indicators) {
      const facts = factsOf(row);
      expect(facts.level1.first[table.profile]).toBe(
        findFirstLevel(table.profile, row.level1.text)
      );
      expect(facts.level2.second[table.profile]).toBe(
        findSecondLevel(table.profile, row.level2.text)
      );
      expect(facts.nameKey).toBe(normalizeForComparison(row.level3.text));
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

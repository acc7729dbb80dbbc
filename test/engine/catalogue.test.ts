/** The rule catalogue: stable unique ids, complete bilingual docs, and docs/rules.md in step. */
import { readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/domain/rules";
import { rulesMarkdown } from "../../scripts/rules-doc";

describe("rule catalogue", () => {
  it("has unique ids of the form group/name", () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
  });

  it("has a case table for every rule", () => {
    for (const rule of RULES) {
      const file = rule.meta.id.replace("/", "-");
      expect(() => readFileSync(join(__dirname, "..", "rules", `${file}.test.ts`))).not.toThrow();
    }
  });

  it("docs/rules.md is generated from the current metadata", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    expect(onDisk).toBe(rulesMarkdown());
  });
});

/**
 * Tables of valid and invalid cases for one rule, in the spirit of ESLint's
 * RuleTester: a valid case yields no finding of the rule; an invalid case
 * yields exactly the listed findings, at the listed cells.
 */
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { Rule } from "../../src/domain/rules/rule";
import { ProfileId } from "../../src/domain/vocabulary";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { buildSheet, CLEAN_HEBEI, IndicatorSpec, SheetSpec, TableSpec } from "./layouts";

export interface RuleCase {
  name: string;
  /** One table; or `sheet` for several. */
  table?: TableSpec;
  sheet?: SheetSpec;
  /** A snapshot built by hand, for what the builder cannot express. */
  snapshot?: SheetSnapshot;
  profile?: ProfileId;
}

export interface ExpectedFinding {
  address: string;
  messageId: string;
  /** A fragment the Chinese message must contain. */
  message?: string;
  /** The fix's edits, cell → new value; null when the finding must offer none. */
  fix?: Record<string, string | number> | null;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

function findingsOf(rule: Rule, testCase: RuleCase) {
  const snapshot =
    testCase.snapshot ?? buildSheet(testCase.sheet ?? { tables: [testCase.table ?? {}] }).snapshot;
  const tables = recognize(snapshot, { profile: testCase.profile });
  if (tables.length === 0) throw new Error(`case "${testCase.name}": no table recognized`);
  return checkTables(tables, { rules: [rule] }).flatMap((result) => result.findings);
}

export function runRuleTests(
  rule: Rule,
  cases: { valid: RuleCase[]; invalid: InvalidCase[] }
): void {
  describe(rule.meta.id, () => {
    it("has complete metadata", () => {
      expect(rule.meta.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      for (const text of [rule.meta.docs.description, rule.meta.docs.why]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
      expect(rule.meta.profiles.length).toBeGreaterThan(0);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      // A fixable rule shows its fixes in its case table; others offer none.
      const fixCases = cases.invalid.flatMap((c) => c.findings).filter((f) => f.fix);
      expect(fixCases.length > 0).toBe(rule.meta.fixable === true);
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        expect(findingsOf(rule, testCase).map((f) => `${f.address} ${f.message}`)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const findings = findingsOf(rule, testCase);
        expect(findings.map((f) => ({ address: f.address, messageId: f.messageId }))).toEqual(
          testCase.findings.map((f) => ({ address: f.address, messageId: f.messageId }))
        );
        testCase.findings.forEach((expected, i) => {
          expect(rule.meta.messages[findings[i].messageId]).toBeDefined();
          if (expected.message) expect(findings[i].message).toContain(expected.message);
          expect(findings[i].severity).toBe(rule.meta.severity);
          if (expected.fix === undefined) return;
          const edits = findings[i].fix?.edits ?? [];
          expect(Object.fromEntries(edits.map((e) => [e.address, e.value]))).toEqual(
            expected.fix ?? {}
          );
          for (const edit of edits) expect(edit.asText).toBe(typeof edit.value === "string");
        });
      });
    }
  });
}

/** The clean Hebei indicators with some rows changed: `cleanWith({ 0: { unit: "" } })`. */
export function cleanWith(
  changes: Record<number, Partial<IndicatorSpec>>,
  base: IndicatorSpec[] = CLEAN_HEBEI
): IndicatorSpec[] {
  return base.map((indicator, i) => ({ ...indicator, ...changes[i] }));
}

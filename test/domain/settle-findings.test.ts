/** Settling one table's findings: one finding per cell and concern, fixes that never conflict. */
import { Finding } from "../../src/domain/findings";
import { settleFindings } from "../../src/domain/fix-findings";

const finding = (ruleId: string, address: string): Finding => ({
  ruleId,
  messageId: "m",
  severity: "warning",
  sheet: "表1",
  address,
  message: `${ruleId} ${address}`,
  messageEn: `${ruleId} ${address}`,
});

describe("settleFindings", () => {
  it("keeps findings without fixes as they are", () => {
    const findings = [finding("basis/missing", "H12"), finding("cost/target", "E13")];
    expect(settleFindings([...findings])).toEqual(findings);
  });

  it("drops the spelling finding on a cell whose symbol another rule decides, fixes or none", () => {
    const findings = [
      finding("cost/target", "E13"),
      finding("style/symbol-spelling", "E13"),
      finding("style/symbol-spelling", "E14"),
    ];
    expect(settleFindings(findings).map((f) => `${f.ruleId} ${f.address}`)).toEqual([
      "cost/target E13",
      "style/symbol-spelling E14",
    ]);
  });

  it("withdraws the fix that would write a cell another fix keeps", () => {
    const edit = (value: string) => ({
      sheet: "表1",
      address: "E13",
      value,
      asText: true,
      previous: ">=",
      overwrite: true,
    });
    const fixed = (ruleId: string, value: string, severity: Finding["severity"]): Finding => ({
      ...finding(ruleId, "E13"),
      severity,
      fix: { edits: [edit(value)], description: { zh: value, en: value } },
    });
    const settled = settleFindings([
      fixed("style/stray-spaces", ">=", "info"),
      fixed("cost/target", "≤", "warning"),
    ]);
    expect(settled.map((f) => [f.ruleId, f.fix?.edits[0].value])).toEqual([
      ["style/stray-spaces", undefined],
      ["cost/target", "≤"],
    ]);
  });
});

/**
 * Self-evaluations scored on the evaluation framework of 财预〔2020〕10号 (银川 2021: 项目决策 ·
 * 项目管理 · 项目产出 · 项目效益, a `参考分值` column): the table is put on the framework by
 * its 决策 or 过程, never by the older names goal tables also write in error.
 */
import { checkTables } from "../../src/domain/check";
import { recognize } from "../../src/domain/recognize";
import { columnKeyOf } from "../../src/domain/recognize/labels";
import { snapshotFromRows } from "../../src/domain/snapshot";
import { parseProfileId, profileImpliedBy } from "../../src/domain/vocabulary";
import { buildSheet, CLEAN_FRAMEWORK, IndicatorSpec } from "../support/layouts";
import { cleanWith } from "../support/ruleTester";

function profileOf(indicators: IndicatorSpec[]) {
  const [table] = recognize(buildSheet({ tables: [{ indicators }] }).snapshot, {});
  return table.profile;
}

describe("the evaluation framework", () => {
  it("is the profile of a table with a 决策 or 过程 first level", () => {
    expect(profileOf(CLEAN_FRAMEWORK)).toBe("mof-2020-eval");
    const withoutDecision = CLEAN_FRAMEWORK.filter((row) => !row.level1?.startsWith("项目决策"));
    expect(profileOf(withoutDecision)).toBe("mof-2020-eval");
    for (const name of ["决策", "项目决策(10分)", "过程", "项目过程", "项目管理(25分)"])
      expect(profileImpliedBy(name, "")).toBe("mof-2020-eval");
  });

  it("is not put on a goal table by 投入, 效果 or 项目效益 alone", () => {
    for (const name of ["投入", "项目投入", "效果指标", "项目效益", "项目产出", "产出指标"])
      expect(profileImpliedBy(name, "")).toBeUndefined();
    expect(profileOf(cleanWith({ 0: { level1: "投入" }, 4: { level1: "效果指标" } }))).toBe(
      "mof-2015"
    );
  });

  it("reads 投入 and 效果 as the framework's levels in a table that is on it", () => {
    const older = CLEAN_FRAMEWORK.map((row) => ({
      ...row,
      level1: row.level1
        ?.replace("项目决策", "投入")
        .replace("项目管理", "过程")
        .replace("项目效益", "效果"),
    }));
    const [table] = recognize(buildSheet({ tables: [{ indicators: older }] }).snapshot, {});
    expect(table.profile).toBe("mof-2020-eval");
    const findings = checkTables([table]).flatMap((result) => result.findings);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("is chosen by the flag, and its clean table gives no finding", () => {
    expect(parseProfileId("mof-2020-eval")).toBe("mof-2020-eval");
    const [table] = recognize(buildSheet({ tables: [{ indicators: CLEAN_FRAMEWORK }] }).snapshot, {
      profile: "mof-2020-eval",
    });
    const findings = checkTables([table]).flatMap((result) => result.findings);
    expect(findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual([]);
  });

  it("reads 参考分值 as the indicators' points", () => {
    expect(columnKeyOf("参考分值")).toBe("weight");
    const rows = [
      ["一级指标", "二级指标", "三级指标", "参考分值", "指标值", "全年实际值", "得分"],
      ["项目决策(10分)", null, "项目目标完整性", 4, "—", "目标明确", 4],
      ["项目产出(30分)", "数量指标", "保障人数", 10, "≥2370人", "2370人", 10],
    ];
    const [table] = recognize(snapshotFromRows("表", rows), {});
    expect(table.columns.weight).toBe(3);
    expect(table.unknownColumns).toEqual([]);
    expect(table.indicators.map((row) => row.weight?.value)).toEqual([4, 10]);
  });
});

import rule from "../../src/domain/rules/header-long-term-goal-copied";
import { CellRange, parseRangeA1, snapshotFromRows } from "../../src/domain/snapshot";
import { runRuleTests } from "../support/ruleTester";

/** 六安 2024's header: 中期目标(2024年—2026年) beside 年度目标, each over its text. */
function withGoals(longTerm: string, annual: string) {
  return snapshotFromRows(
    "表",
    [
      ["项目名称", "农产品质检体系建设", null, null],
      ["主管部门", "某局", null, null],
      ["年度资金总额", 51.35, null, null],
      ["总体目标", "中期目标(2024年—2026年)", "年度目标", null],
      [null, longTerm, annual, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "监督抽检批次", "≥100组"],
      ["效益指标", "社会效益指标", "农产品质量安全水平", "稳步提升"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
    ],
    { merges: ["A4:A5"].map((a1) => parseRangeA1(a1) as CellRange) }
  );
}

const ANNUAL = "开展农产品质量安全监测，检测批次达到2批次/千人";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table: no long-term goal", table: {} },
    {
      name: "a long-term goal of its own",
      snapshot: withGoals("三年内建成覆盖全市的农产品质量安全监测体系", ANNUAL),
    },
  ],
  invalid: [
    {
      name: "the long-term goal copied from the annual one (六安 2024)",
      snapshot: withGoals(ANNUAL, ANNUAL),
      findings: [{ address: "B5", messageId: "copied", message: "中期目标与年度目标一字不差" }],
    },
  ],
});

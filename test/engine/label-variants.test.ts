/**
 * Property: the words a form uses for its labels do not change what is found. Renaming
 * labels within their synonym families, adding asterisks, brackets or spacing, and moving
 * the table give the same findings, each at the same cell relative to the table.
 */
import fc from "fast-check";
import { checkWorkbook } from "../../src/domain/check";
import { parseA1, toA1 } from "../../src/domain/snapshot";
import {
  buildSheet,
  CLEAN_HEBEI,
  CLEAN_MOF,
  IndicatorSpec,
  LabelKey,
  TableSpec,
} from "../support/layouts";

/** Ways real forms word each label (DOMAIN.md §4 and the real-form corpus). */
const SYNONYMS: Record<LabelKey, string[]> = {
  projectName: ["项目名称", "项目(专项)名称", "预算项目名称", "二级项目名称", "转移支付(项目)名称"],
  owner: ["项目负责人及电话", "项目负责人/联系电话", "负责人及联系电话", "项目负责人"],
  department: [
    "主管部门",
    "主管部门及代码",
    "主管单位",
    "预算部门",
    "业务主管部门",
    "地方主管部门",
  ],
  implementer: [
    "实施单位",
    "项目实施单位",
    "执行单位",
    "项目执行单位",
    "申报单位",
    "项目单位",
    "资金使用单位",
  ],
  funds: ["资金情况(万元)", "项目资金（万元）", "资金来源", "年度预算申请(万元)"],
  fundsTotal: [
    "年度资金总额:",
    "资金总额",
    "年度资金总额（万元）",
    "项目资金总额",
    "预算金额",
    "申请金额（万元）",
  ],
  fundsFiscal: ["其中:财政拨款", "财政拨款", "其中：财政资金", "当年财政拨款"],
  fundsOther: ["其他资金", "其它资金", "其中：其他资金", "其他资金来源"],
  overall: ["总体目标", "绩效目标", "项目绩效目标", "总体绩效目标"],
  goal: ["年度目标", "年度绩效目标", "年度总体目标", "本年度目标", "年度总目标"],
  level1: ["一级指标", "一级指标名称", "一级"],
  level2: ["二级指标", "二级指标名称", "二级"],
  level3: ["三级指标", "三级指标名称", "指标名称", "目标名称"],
  description: ["绩效指标描述", "指标描述", "指标解释", "指标说明"],
  value: ["指标值", "年度指标值", "本年度指标值", "年度目标值", "预期指标值"],
  basis: ["指标值确定依据", "指标值设定依据", "指标值确定依据及评价标准"],
};

/** How a label is dressed on real forms: required-field marks, qualifiers, PDF spacing. */
const DRESS: Array<(label: string) => string> = [
  (label) => label,
  (label) => `*${label}`,
  (label) => `★${label}`,
  (label) => `${label}*`,
  (label) => label.replace(/[:：]$/, "") + "：",
  (label) => label.split("").join(" "),
  (label) => (label.length <= 4 ? label.split("").join("\n") : label),
  (label) => `${label.replace(/[:：]$/, "")}（必填）`,
];

const KEYS = Object.keys(SYNONYMS) as LabelKey[];

const labelsArbitrary = fc.record(
  Object.fromEntries(
    KEYS.map((key) => [
      key,
      fc
        .tuple(fc.constantFrom(...SYNONYMS[key]), fc.constantFrom(...DRESS))
        .map(([word, dress]) => dress(word)),
    ])
  ) as Record<LabelKey, fc.Arbitrary<string>>
);

/** The clean table with a few of the usual defects, so that there is something to find. */
const DEFECTS: Record<"split" | "single", IndicatorSpec[]> = {
  split: CLEAN_HEBEI.map((row, i) => {
    if (i === 0) return { ...row, unit: "" };
    if (i === 1) return { ...row, level2: "产量指标" };
    return i === 2 ? { ...row, symbol: ">=" } : row;
  }),
  single: CLEAN_MOF.map((row, i) => {
    if (i === 0) return { ...row, value: "12" };
    return i === 1 ? { ...row, value: "≥100百分比" } : row;
  }),
};

function findingsOf(table: TableSpec, originRow: number, originCol: number): string[] {
  const { snapshot, tables } = buildSheet({ originRow, originCol, tables: [table] });
  const result = checkWorkbook([snapshot]);
  const { top, left } = tables[0];
  return result.sheets
    .flatMap((sheet) => sheet.tables.flatMap((t) => t.findings))
    .map((f) => {
      const at = parseA1(f.address);
      const relative = at ? toA1(at.row - top, at.col - left) : f.address;
      return `${relative} ${f.ruleId}:${f.messageId}`;
    })
    .sort();
}

describe.each(["split", "single"] as const)("labels worded another way (%s layout)", (layout) => {
  const base: TableSpec = { layout, indicators: DEFECTS[layout], header: { implementer: null } };
  const expected = findingsOf(base, 0, 0);

  it("has findings to compare", () => {
    expect(expected.length).toBeGreaterThanOrEqual(4);
  });

  it("finds the same, at the same cells relative to the table", () => {
    fc.assert(
      fc.property(labelsArbitrary, fc.nat(30), fc.nat(6), (labels, originRow, originCol) => {
        expect(findingsOf({ ...base, labels }, originRow, originCol)).toEqual(expected);
      }),
      { numRuns: 80 }
    );
  });
});

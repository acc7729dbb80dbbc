/** Header and column labels with their synonyms (DOMAIN.md §1, §4), compared after normalizeLabel. */
import { HeaderKey } from "../model";
import { memoize } from "../text";

type Matcher = (label: string) => boolean;

function oneOf(...labels: string[]): Matcher {
  const set = new Set(labels);
  return (label) => set.has(label);
}

/** Header block labels. Order matters: the first match wins. */
export const HEADER_LABELS: Array<[HeaderKey, Matcher]> = [
  [
    "projectName",
    oneOf("项目名称", "项目名", "预算项目名称", "专项名称", "项目(专项)名称", "专项(项目)名称"),
  ],
  [
    "owner",
    (l) =>
      /^(项目)?负责人(及|和|\/|、)?(联系)?(电话|联系方式)?$/.test(l) ||
      l === "联系电话" ||
      l === "项目负责人/联系电话",
  ],
  ["department", (l) => /^(主管部门|主管单位|主管部门及代码|预算部门|部门名称)$/.test(l)],
  ["implementer", (l) => /^(实施单位|项目实施单位|执行单位|实施单位及代码)$/.test(l)],
  [
    "fundsTotal",
    (l) =>
      /^(年度)?(资金|预算)(总额|总计|合计)(\(万元\))?$/.test(l) ||
      l === "年度资金总额" ||
      l === "资金总额",
  ],
  [
    "fundsFiscal",
    (l) => /^(其中:)?(财政拨款|财政资金|财政性资金|本级财政资金|财政补助)(\(万元\))?$/.test(l),
  ],
  ["fundsOther", (l) => /^(其中:)?(其他资金|其它资金|其他来源资金)(\(万元\))?$/.test(l)],
  ["goal", (l) => /^(年度目标|年度绩效目标|年度总体目标|目标内容|绩效目标)$/.test(l)],
];

/** Group labels that stand beside header fields but carry no value of their own. */
export const HEADER_GROUP_LABELS: Matcher = (l) =>
  /^(资金情况|项目资金|资金来源|年度资金|资金)(\((万元|元)\))?$/.test(l) ||
  /^(总体目标|整体目标|绩效目标)$/.test(l) ||
  l === "中长期目标";

/** Every label here is short; longer text (names, goals, descriptions) is never a label. */
const MAX_LABEL_LENGTH = 16;

/** What a short label names; found once per distinct label, as the same labels stand in every table. */
interface LabelMeaning {
  header: HeaderKey | undefined;
  /** A header field or a header group label. */
  isHeader: boolean;
  column: ColumnKey | undefined;
}

const meaningOf = memoize((label: string): LabelMeaning => {
  const header = HEADER_LABELS.find(([, matches]) => matches(label))?.[0];
  return {
    header,
    isHeader: header !== undefined || HEADER_GROUP_LABELS(label),
    column: COLUMN_LABELS.find(([, matches]) => matches(label))?.[0],
  };
});

function isShortLabel(label: string): boolean {
  return label !== "" && label.length <= MAX_LABEL_LENGTH;
}

export function headerKeyOf(label: string): HeaderKey | undefined {
  return isShortLabel(label) ? meaningOf(label).header : undefined;
}

export function isHeaderLabel(label: string): boolean {
  return isShortLabel(label) && meaningOf(label).isHeader;
}

export type ColumnKey =
  | "sequence"
  | "side"
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "midTerm"
  | "basis"
  | "remark";

export const COLUMN_LABELS: Array<[ColumnKey, Matcher]> = [
  ["sequence", oneOf("序号", "编号")],
  ["side", oneOf("绩效指标", "指标", "项目绩效指标")],
  ["level1", oneOf("一级指标", "一级指标名称")],
  ["level2", oneOf("二级指标", "二级指标名称")],
  ["level3", oneOf("三级指标", "三级指标名称", "指标名称", "具体指标")],
  ["description", (l) => /^(绩效)?指标(描述|内容|说明|解释)$/.test(l)],
  [
    "value",
    (l) =>
      /^(年度)?(指标值|目标值|指标目标值)$/.test(l) || l === "年度指标值" || l === "绩效指标值",
  ],
  ["midTerm", (l) => /^中长期(指标值|目标值)$/.test(l)],
  [
    "basis",
    (l) =>
      /^(指标值)?(确定|设定|设置)依据$/.test(l) ||
      l === "评价标准" ||
      l === "指标值确定依据及评价标准",
  ],
  ["remark", oneOf("备注", "说明")],
];

export function columnKeyOf(label: string): ColumnKey | undefined {
  return isShortLabel(label) ? meaningOf(label).column : undefined;
}

export const SPLIT_LABELS = {
  symbol: oneOf("符号"),
  value: oneOf("值", "数值", "指标值"),
  unit: oneOf("单位", "计量单位"),
};

/** A row whose text is a note or footer ends the indicator block. */
export function isFooterText(text: string): boolean {
  return (
    /^(填表人|填报人|审核人|制表人|制表|复核人|经办人|单位负责人|财务负责人|部门负责人|填表日期|填报日期|日期|注|说明|备注|填表说明|附注)(:|：|\s|$)/.test(
      text
    ) ||
    /^(填表人|填报人|审核人)/.test(text) ||
    /^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/.test(text)
  );
}

/** A heading above or between tables (`一、XX项目`, `1、绩效目标表`, `(二)…`, `XX项目绩效目标表`). */
export function isHeadingText(text: string): boolean {
  return (
    /^([一二三四五六七八九十百]+[、.．]|\d{1,2}[、．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[部分章节])/.test(
      text
    ) || /(绩效目标表|目标申报表|情况说明|绩效目标)$/.test(text)
  );
}

/**
 * What a label cell names. Labels are first reduced to their words (labelCore: no
 * asterisk, numbering or bracketed qualifier), then given a role from the words they
 * contain, so that the many ways provinces word a field need no list of synonyms.
 */
import { FormKind, HeaderKey } from "../model";
import { memoize, normalizeLabel, SPACE_CODES } from "../text";

/** A label, reduced: its core words and the qualifiers it carried in brackets. */
export interface LabelParts {
  core: string;
  /** Bracketed qualifiers, e.g. `万元`, `50分`, `450字内`. */
  qualifiers: string[];
}

/** Marks a label may carry in front (`★`, `#`), and behind (`*`, `※`). */
const LEADING_MARKS = "*★☆※▲△●○◆◇■□√✔#";
const TRAILING_MARKS = "*★☆※";

/** What each character may be in a label's parts, as flags by code unit. */
const LEADING_MARK = 1;
const TRAILING_MARK = 2;
const INNER_STAR = 4;
const BRACKET_OPEN = 8;
const NUMERAL = 16;
const COLON = 32;
const PART_CHARS = new Uint8Array(0x10000);
const flag = (chars: string, bit: number) => {
  for (const ch of chars) PART_CHARS[ch.charCodeAt(0)] |= bit;
};
flag(LEADING_MARKS, LEADING_MARK);
flag(TRAILING_MARKS, TRAILING_MARK);
flag("*★", INNER_STAR);
flag("(<[〔", BRACKET_OPEN);
flag("一二三四五六七八九十", NUMERAL);
flag(":：", COLON);

/** What numbering (`一、`, `1.`, `(2)`, `③`) is written with. */
const NUMBERING_CHARS = "一二三四五六七八九十、.()①②③④⑤⑥⑦⑧⑨⑩";

const has = (code: number, bit: number) => (PART_CHARS[code] & bit) !== 0;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The closing bracket of each opening one. */
const CLOSING = new Map(
  [
    ["(", ")"],
    ["[", "]"],
    ["<", ">"],
    ["〔", "〕"],
  ].map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)])
);

/**
 * A label that may carry a mark, numbering, a bracket or a colon: the others are their own
 * core. Asked of nearly every cell, even in a check's first moments: a pattern runs as
 * machine code from its first use, where a loop would be interpreted for a while.
 */
const MAY_HAVE_PARTS = /[*★☆※▲△●○◆◇■□√✔#(<[〔]|^[一二三四五六七八九十\d①②③④⑤⑥⑦⑧⑨⑩]|[:：]$/;

function mayHaveParts(label: string): boolean {
  return MAY_HAVE_PARTS.test(label);
}

/** Without the marks in front (`★`, `#`) and behind (`*`, `※`). */
export function withoutMarks(text: string): string {
  let start = 0;
  while (start < text.length && has(text.charCodeAt(start), LEADING_MARK)) start++;
  let end = text.length;
  while (end > start && has(text.charCodeAt(end - 1), TRAILING_MARK)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** How long the numbering in front is: `一、`, `1.`, `(1)`, `(一)`, `①`; 0 when none. */
function numberingLength(text: string): number {
  const first = text.charCodeAt(0);
  const isStop = (at: number) => text[at] === "、" || text[at] === ".";
  if (has(first, NUMERAL)) {
    let end = 1;
    while (has(text.charCodeAt(end), NUMERAL)) end++;
    return isStop(end) ? end + 1 : 0;
  }
  if (isDigit(first)) {
    let end = 1;
    while (isDigit(text.charCodeAt(end))) end++;
    // At most three digits, and not a decimal (`1.5`).
    return end <= 3 && isStop(end) && !isDigit(text.charCodeAt(end + 1)) ? end + 1 : 0;
  }
  if (first === 0x28) {
    // `(1)`, of at most three digits, or `(一)`.
    const second = text.charCodeAt(1);
    let end = 2;
    if (isDigit(second)) {
      while (isDigit(text.charCodeAt(end))) end++;
      if (end > 4) return 0;
    } else if (has(second, NUMERAL)) {
      while (has(text.charCodeAt(end), NUMERAL)) end++;
    } else return 0;
    return text[end] === ")" ? end + 1 : 0;
  }
  return first >= 0x2460 && first <= 0x2469 ? 1 : 0;
}

/** A text that is a numbering and nothing else (`1.`, `2、`, `(3)`, `①`): a template's stand-in. */
export function isNumberingOnly(text: string): boolean {
  return text !== "" && numberingLength(text) === text.length;
}

/** Without its bracketed qualifiers, which are added to `qualifiers` (the empty ones left out). */
function withoutBrackets(text: string, qualifiers: string[]): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const open = text.charCodeAt(i);
    if (!has(open, BRACKET_OPEN)) continue;
    const close = CLOSING.get(open);
    // A bracket closes at the first closing one, unless another opening one comes first.
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) !== close && text.charCodeAt(end) !== open)
      end++;
    if (text.charCodeAt(end) !== close) continue;
    if (end > i + 1) qualifiers.push(text.slice(i + 1, end));
    out += text.slice(copied, i);
    copied = end + 1;
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Without the asterisks left inside (`项目*名称`). */
function withoutInnerStars(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    if (!has(text.charCodeAt(i), INNER_STAR)) continue;
    out += text.slice(copied, i);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function withoutTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0 && has(text.charCodeAt(end - 1), COLON)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Splits a normalized label (normalizeLabel) into its core words and qualifiers: without
 * marks, numbering in front, bracketed qualifiers, then marks again, asterisks and colons.
 * Most texts have none of these and are their own core, told without asking a cache.
 */
export function labelParts(label: string): LabelParts {
  return mayHaveParts(label) ? reducedLabel(label) : { core: label, qualifiers: [] };
}

const reducedLabel = memoize((label: string): LabelParts => {
  const qualifiers: string[] = [];
  let core = withoutMarks(label);
  core = core.slice(numberingLength(core));
  core = withoutBrackets(core, qualifiers);
  core = withoutTrailingColons(withoutInnerStars(withoutMarks(core)));
  return { core, qualifiers };
});

/** The core words of a label (labelParts), told without making its parts when it has none. */
export function labelCore(label: string): string {
  return mayHaveParts(label) ? reducedLabel(label).core : label;
}

/** Every label is short once reduced; longer text (names, goals, descriptions) is never one. */
const MAX_CORE_LENGTH = 14;

function isShort(core: string): boolean {
  return core !== "" && core.length <= MAX_CORE_LENGTH;
}

/**
 * Text too long to be a label, told without reducing it: with nothing to strip, the text
 * is its own core. Values and names, seldom read twice, are not cached as labels.
 */
export function isTooLongForLabel(label: string): boolean {
  return label.length > MAX_CORE_LENGTH && !mayHaveParts(label);
}

/** Header fields by the words their labels contain. Order matters: the first match wins. */
const HEADER_PATTERNS: Array<[HeaderKey, RegExp]> = [
  [
    "owner",
    /^(项目|部门|单位)?(负责人|联系人|经办人|责任人)(姓名)?(及|和|\/|、)?(联系)?(电话|方式|联系方式|手机)?$|^联系电话$/,
  ],
  [
    "projectName",
    /^(预算|一级|二级)?(项目|专项|专项资金|资金)(支出)?(\/?(专项|项目))?名称$|^项目名$|^项目\/专项名称$|^转移支付名称$/,
  ],
  ["departmentName", /^(部门|单位|预算部门|部门单位|预算单位|部门\/单位)(名称)?$/],
  [
    "department",
    /^(中央|地方|省级|市级|区县|县级|业务|项目)?(主管|预算|主管预算)(部门|单位)(名称)?(及代码|编码|代码)?$/,
  ],
  [
    "implementer",
    /^(项目)?(实施|执行|承担|用款|申报)(单位|部门|主体)(名称)?(及代码)?$|^项目单位$|^资金使用单位$/,
  ],
  [
    "period",
    /^(项目)?(起止时间|实施期限|实施周期|执行期限|项目期|期限|起止年限|实施时间|周期|实施期)$/,
  ],
  ["attribute", /^(项目|专项|资金)(属性|类型|类别|性质|分类|用途)$/],
  ["duties", /^(部门|单位)?(主要)?(职能|职责)(概述)?$/],
  ["tasks", /^(年度)?(主要|重点)(工作)?任务$/],
  [
    "fundsTotal",
    /^(年度|本年|项目|申请|预算|中期|中长期)?(资金|预算|支出)?(总额|总计|合计|总金额)(及构成)?$|^资金总额$|^(年度)?本级预算金额$|^(项目)?预算金额$|^本年(度)?预算$|^申请(金额|资金)$|^(本次)?下达(中央)?(预算内)?(投资|资金)$|^当年年度预算$/,
  ],
  [
    "fundsFiscal",
    /^(其中:?)?(当年|本年)?(财政拨款|财政资金|财政性资金|本级财政资金|财政补助|一般公共预算(拨款|资金)?|财政拨款资金)$/,
  ],
  ["fundsOther", /^(其中:?)?(其他|其它)(资金|来源资金|来源|资金来源)?$/],
  [
    "goal",
    /^(年度|本年度|当年|本年)(绩效|总体|履职|工作|总)?目标$|^年度绩效目标$|^(年度)?目标内容$|^预期目标$|^年度总体目标$|^年度主要目标(和成果)?$/,
  ],
  ["longTermGoal", /^(中长期|长期|中期|中期滚动|实施期)(绩效)?目标$/],
];

/** Fund lines beyond total, fiscal and other: each source a province names. */
const FUND_SOURCE =
  /^(其中:?)?(中央|省级?|市级?|县级?|区级?|本级|上级|地方)(财政)?(资金|补助|拨款|专项资金|配套)?$|^(其中:?)?(上年结转|结转结余|上年结余|自有资金|单位自有资金|单位自筹|自筹资金|事业收入|经营收入|其他收入|政府性基金|国有资本经营预算|财政专户|基本支出|项目支出|其他支出|预算资金|社会资金|银行贷款|上级补助)(资金|拨款|收入)?$/;

/** Group labels that stand beside header fields but carry no value of their own. */
const HEADER_GROUP =
  /^(资金情况|项目资金|资金来源|年度资金|资金|资金构成|项目资金申请|资金规模|预算情况|项目预算|年度预算|预算资金情况|资金投入|总体目标|整体目标|总体绩效目标|整体绩效目标|绩效目标|项目绩效目标|年度资金总额及构成|年度预算申请|预算执行情况|资金总额及构成|财政处室|财政归口处室|归口处室|自评总分)$/;

/** Matches where any of the header patterns above does (their alternatives side by side). */
const ANY_HEADER_WORDS = new RegExp(
  [...HEADER_PATTERNS.map(([, pattern]) => pattern), FUND_SOURCE, HEADER_GROUP]
    .map((pattern) => `(?:${pattern.source})`)
    .join("|")
);

/** How a character stands in the text of a label (labelTextTest). */
const RULES_OUT = 0;
const MAY_STAND = 1;
/** A bracket whose contents reducing may drop, or a full-width character folding may turn into one. */
const LEAVES_IT_OPEN = 2;

/** A pattern that names a class of characters, or any character, rather than spelling words. */
const NOT_LITERAL = /\[|\.|\\[a-zA-Z]/;

/**
 * Whether a text (from `start` to `end`), raw or normalized, may be a label of some words:
 * told in one pass over its first characters, before any normalizing or cache lookup.
 */
export type LabelTextTest = (text: string, start?: number, end?: number) => boolean;

/**
 * The test of whether a text may reduce (labelCore) to words `patterns` match. The patterns
 * must be anchored and spell their words literally; reducing a label only removes characters
 * (marks, numbering, brackets, white space). So a text with a character before its first
 * bracket that no pattern spells, and that is no mark, numbering or space, cannot match:
 * values, names and indicator texts are ruled out at their first such character. Past a
 * bracket or a full-width character (folding may turn it into one) the text may still match.
 */
export function labelTextTest(patterns: RegExp[]): LabelTextTest {
  const chars = new Uint8Array(0x10000);
  for (const pattern of patterns) {
    if (NOT_LITERAL.test(pattern.source)) throw new Error(`not literal: ${pattern.source}`);
    // The regex syntax (`^$()|?:`) is marked too: it only lets more texts through.
    for (let i = 0; i < pattern.source.length; i++) chars[pattern.source.charCodeAt(i)] = MAY_STAND;
  }
  // What reducing strips: marks, numbering (its `\d` any digit) and trailing colons.
  for (const ch of `${LEADING_MARKS}${NUMBERING_CHARS}0123456789:`)
    chars[ch.charCodeAt(0)] = MAY_STAND;
  for (const code of SPACE_CODES) chars[code] = MAY_STAND;
  chars.fill(LEAVES_IT_OPEN, 0xff01);
  for (const bracket of "([<【〔") chars[bracket.charCodeAt(0)] = LEAVES_IT_OPEN;
  return (text, start = 0, end = text.length) => {
    const last = Math.min(end, text.length);
    for (let i = start; i < last; i++) {
      const stands = chars[text.charCodeAt(i)];
      if (stands === RULES_OUT) return false;
      if (stands === LEAVES_IT_OPEN) return true;
    }
    return true;
  };
}

/** Whether a text may be a header label at all (labelTextTest): asked before headerMeaning. */
export const mayBeHeaderLabel = labelTextTest([
  ...HEADER_PATTERNS.map(([, pattern]) => pattern),
  FUND_SOURCE,
  HEADER_GROUP,
]);

export type LabelMeaning =
  { kind: "field"; key: HeaderKey } | { kind: "fundSource" } | { kind: "group" } | { kind: "none" };

export const NO_MEANING: LabelMeaning = Object.freeze({ kind: "none" });

const headerMeaningOf = memoize((label: string): LabelMeaning => {
  const core = labelCore(label);
  if (!isShort(core)) return NO_MEANING;
  // `项目负责人电话:[电话]` is a label with its value in the same cell, read as such.
  const unmarked = withoutMarks(label).replace(/^其中:/, "");
  if (/:(?![*★☆※]*$)./.test(unmarked)) return NO_MEANING;
  // Most cells name nothing: one pattern of all the words rules them out in one pass.
  if (!ANY_HEADER_WORDS.test(core)) return NO_MEANING;
  const key = HEADER_PATTERNS.find(([, pattern]) => pattern.test(core))?.[0];
  if (key) return { kind: "field", key };
  if (FUND_SOURCE.test(core)) return { kind: "fundSource" };
  if (HEADER_GROUP.test(core)) return { kind: "group" };
  return NO_MEANING;
});

export function headerMeaning(label: string): LabelMeaning {
  return mayBeHeaderLabel(label) ? headerMeaningOfCandidate(label) : NO_MEANING;
}

/** headerMeaning of a label whose text mayBeHeaderLabel has let through already. */
export function headerMeaningOfCandidate(label: string): LabelMeaning {
  return label === "" || isTooLongForLabel(label) ? NO_MEANING : headerMeaningOf(label);
}

/** A header field, a fund line or a group label. */
export function isHeaderLabel(label: string): boolean {
  return headerMeaning(label).kind !== "none";
}

export type ColumnKey =
  | "sequence"
  | "side"
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "symbol"
  | "value"
  | "unit"
  | "kind"
  | "weight"
  | "midTerm"
  | "basis"
  | "standard"
  | "actual"
  | "score"
  | "reason"
  | "history"
  | "remark";

/** Column roles by the words a column label contains. Order matters: the first match wins. */
const COLUMN_PATTERNS: Array<[ColumnKey, RegExp]> = [
  ["sequence", /^(序号|编号|序列)$/],
  ["level1", /^一级(绩效)?(指标)?(名称)?$/],
  ["level2", /^二级(绩效)?(指标)?(名称)?$/],
  [
    "level3",
    /^三级(绩效)?(指标)?(名称)?$|^(绩效)?指标名称$|^具体指标$|^指标项目?$|^细化指标$|^目标名称$/,
  ],
  ["reason", /偏差|原因|改进措施|整改/],
  [
    "history",
    /^\d{4}年(度)?实际(实现|完成)?值$|^上年(度)?(实际)?(完成|实现)?(值|水平)$|^历史(参考)?值$|^参考值$|^近(三|3)年(平均)?值$/,
  ],
  [
    "actual",
    /实际(完成|达成|实现)?(指标)?值|^(全年|年末|年终|目标)?完成值$|^实际完成(情况)?$|^实际值$|^完成(情况|数)$|^评价指标值$/,
  ],
  ["score", /得分$|^评分$|^自评得分$|^自评分(数|值)?$/],
  ["weight", /^(指标|参考)?(分值|权重|分数|标准分|权重分|权重分值|权重占比)$/],
  ["kind", /^(指标值?)?(类型|性质|属性)$|^定[量性]\/?定[量性]$/],
  ["unit", /^(计量|度量|指标|计算)?单位$/],
  ["symbol", /^(指标值?)?(符号|计算符号|运算符号?|比较符号?|方向|方向性)$/],
  ["midTerm", /^(中长期|长期|中期|实施期|实施周期)(绩效)?(指标值|目标值|值)$|^(中长期|长期)$/],
  [
    "value",
    /^(\d{4}年度?)?(年度|本年度?|当年度?|本期|年初|区域|全年|计划|预期|考核|调整后)?(绩效)?(指标值|目标值|指标目标值|目标|预期值|计划值|标准值)(及单位|含单位)?$|^(年度|本年度)$|^(年度|本年度?|当年)?计划水平$|^值$|^数值$|^(当年)?预期(\d{4}年(度)?)?实现值$|^预期(达到|实现)?的?目标(值)?$/,
  ],
  [
    "standard",
    /(评|扣)分|评价(方法|办法)|考核(标准|方法|办法)|^绩效标准$|^评分细则$|^得分计算方法$/,
  ],
  ["basis", /依据|^评价标准$|^标准来源$/],
  ["description", /^(绩效)?指标(描述|内容|说明|解释|定义|口径)|公式$|^指标值说明$|^绩效内容$/],
  // Columns no rule reads, told apart so that they are not reported as not understood.
  [
    "remark",
    /^(备注|说明|其他说明)$|^(指标)?数据来源$|^(佐证|证明)(材料|资料)$|^(考核|核验|验证)方式$/,
  ],
  ["side", /^(项目|本年度|年度|中长期|长期|项目年度|评价)?(绩效)?指标$|^绩效指标体系$/],
];

/** A bracket that says a target column is the long-term one: `指标值（中长期）`. */
const LONG_TERM_QUALIFIER = /^(中长期|长期|中期|实施期|实施周期)(目标|指标)?$/;

const columnKeyOfCore = memoize((label: string): ColumnKey | undefined => {
  const { core, qualifiers } = labelParts(label);
  if (!isShort(core)) return undefined;
  const match = (words: string) => COLUMN_PATTERNS.find(([, pattern]) => pattern.test(words))?.[0];
  // `绩效度量单位`, `绩效指标性质`: the 绩效 in front adds nothing to the role.
  const key = match(core) ?? (core.startsWith("绩效") ? match(core.slice(2)) : undefined);
  if (key === "value" && qualifiers.some((words) => LONG_TERM_QUALIFIER.test(words)))
    return "midTerm";
  return key;
});

export function columnKeyOf(label: string): ColumnKey | undefined {
  return label === "" || isTooLongForLabel(label) ? undefined : columnKeyOfCore(label);
}

/** A first level written with its points (`产出指标（50分）`), as written: the points, if any. */
export const pointsIn = memoize((raw: string): number | undefined => {
  // Points stand in brackets: a name without any has none (the usual case, read once per name).
  if (!/[(（[【]/.test(raw)) return undefined;
  for (const qualifier of labelParts(normalizeLabel(raw)).qualifiers) {
    const match = /^(\d+(?:\.\d+)?)分?$/.exec(qualifier);
    if (match) return Number(match[1]);
  }
  return undefined;
});

/** The words a note or footer under a table starts with. */
const FOOTER_WORDS = [
  "填表人",
  "填报人",
  "审核人",
  "制表人",
  "制表",
  "复核人",
  "经办人",
  "单位负责人",
  "财务负责人",
  "部门负责人",
  "填表日期",
  "填报日期",
  "日期",
  "注",
  "说明",
  "备注",
  "填表说明",
  "附注",
  "联系人",
  "联系电话",
];
const FOOTER = new RegExp(`^(${FOOTER_WORDS.join("|")})(:|：|\\s|$)`);
/** The first characters of the footer words: other texts need no pattern tried. */
const FOOTER_FIRST_CHARS = new Set(FOOTER_WORDS.map((word) => word.charCodeAt(0)));

/** A row whose text is a note or footer ends the indicator block. */
export function isFooterText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (
    (FOOTER_FIRST_CHARS.has(first) &&
      (FOOTER.test(text) || /^(填表人|填报人|审核人)/.test(text))) ||
    // Approval rows under the table: 主管部门审核意见, 财政部门审批意见 (盖章). The patterns that
    // scan are tried only on texts holding their words: most rows are indicators.
    (text.includes("意见") && /^[^:：]{0,12}(审核|审批|评审|审查)意见/.test(text)) ||
    (text.includes("盖章") && /\(盖章\)|（盖章）/.test(text)) ||
    (isDigit(first) &&
      text.includes("年") &&
      /^\d{4}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/.test(text))
  );
}

/** A heading above or between tables (`一、XX项目`, `1、绩效目标表`, `(二)…`, `XX项目绩效目标表`). */
export function isHeadingText(text: string): boolean {
  return (
    /^([一二三四五六七八九十百]+[、.．]|\d{1,3}[、．.](?!\d)|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[部分章节])/.test(
      text
    ) || endsWithFormName(text)
  );
}

/**
 * The endings of the form names a heading ends with: 绩效目标表, 目标申报表, 情况说明, 绩效目标,
 * 申报表, 审批表, 自评表, 评价表, 目标表 (绩效目标表 ends as 目标表 does, 目标申报表 as 申报表).
 */
const FORM_NAME_ENDINGS = [
  "目标表",
  "申报表",
  "审批表",
  "自评表",
  "评价表",
  // `2019年度宁晋县高中助学金项目绩效评价指标表`
  "指标表",
  "情况说明",
  "绩效目标",
];
const FORM_NAME_AT_END = new RegExp(`(?:${FORM_NAME_ENDINGS.join("|")})$`);
const FORM_NAME_THEN_BRACKET = new RegExp(`(?:${FORM_NAME_ENDINGS.join("|")})\\(`);

/**
 * Whether the text ends with a form's name, or with one and a note in brackets on the same
 * line (`…申报表(2023年)`): a text ending with `)` whose last line holds a name and `(`. One
 * pattern for both went back over the text from every name in it, seconds on a long one.
 */
function endsWithFormName(text: string): boolean {
  if (FORM_NAME_AT_END.test(text)) return true;
  return text.endsWith(")") && FORM_NAME_THEN_BRACKET.test(text.slice(lastLineBreak(text) + 1));
}

/**
 * Whether the text ends with `word`, or with `word` and a note in brackets on its last line
 * (`产出指标(50分)`): what `word(\(.*\))?$` matches, told by searches that go over the text
 * once, where the pattern went back over it from every `word(` in it.
 */
export function endsWithWordOrNote(text: string, word: string): boolean {
  if (text.endsWith(word)) return true;
  return text.endsWith(")") && text.includes(`${word}(`, lastLineBreak(text) + 1);
}

/** Where the last line of a text starts, less one: its last line break, or -1. */
function lastLineBreak(text: string): number {
  return Math.max(
    text.lastIndexOf("\n"),
    text.lastIndexOf("\r"),
    text.lastIndexOf("\u2028"),
    text.lastIndexOf("\u2029")
  );
}

/**
 * A table title names its form: these words decide the form kind. Each pattern is tried
 * only on a title holding the words every match of it has.
 */
export function formWordsIn(text: string): FormKind | undefined {
  if (text.includes("自") && /自评|自我评价/.test(text)) return "selfEvaluation";
  if (
    text.includes("整体") &&
    /部门整体|整体支出|部门\(单位\)整体|单位整体|整体绩效目标/.test(text)
  )
    return "department";
  if (text.includes("项目") && /项目(支出)?(具体)?绩效目标|项目绩效/.test(text)) return "project";
  if ((text.includes("目标") || text.includes("申报表")) && namesFundForm(text))
    return "specialFund";
  return undefined;
}

const FUND_WORDS = ["专项", "资金", "转移支付"];
const FUND_FORM_WORDS = ["绩效目标", "目标表", "申报表"];

/**
 * `区域绩效目标`, or a fund's word (专项, 资金, 转移支付) with 绩效目标, 目标表 or 申报表 after
 * it and no space between (`专项资金绩效目标表`). Looked for in each run of text without
 * spaces, from the earliest end of a fund's word: a pattern for it went back over the text
 * from every fund's word in it, seconds on a long one.
 */
function namesFundForm(text: string): boolean {
  if (text.includes("区域绩效目标")) return true;
  for (const run of text.split(/\s+/)) {
    let from = -1;
    for (const word of FUND_WORDS) {
      const at = run.indexOf(word);
      if (at >= 0 && (from < 0 || at + word.length < from)) from = at + word.length;
    }
    if (from >= 0 && FUND_FORM_WORDS.some((word) => run.includes(word, from))) return true;
  }
  return false;
}

/**
 * 绩效目标指标情况说明: the prose section after each table (基本情况, 绩效目标,
 * 绩效指标及评价标准), written from the table itself, so it names only indicators
 * the table has. It names indicators by their names (never by row number), quotes no
 * target a rule found defective, and carries no cell reference.
 */
import { GoalTable, HeaderField, IndicatorRow, projectNameOf } from "../model";
import { categoryOf, firstLevelOf, hasTargetContent, readAmount } from "../rules/helpers";
import { numberText } from "../values/target";
import { FirstLevel, PROFILES } from "../vocabulary";
import { PhraseLibrary } from "./phrases";
import { tidy } from "../text";

export type LineKind = "title" | "heading" | "paragraph";

export interface ExplanationLine {
  kind: LineKind;
  text: string;
}

export interface ExplanationOptions {
  /** Bases being written in the same fill, by cell address, so the prose matches them. */
  newBasis?: ReadonlyMap<string, string>;
  /** Sheet rows (0-based) where a rule found an error: their targets are not quoted. */
  defectiveRows?: ReadonlySet<number>;
}

export const EXPLANATION_TITLE = "绩效目标指标情况说明";

const NUMERALS = ["一", "二", "三", "四"];

/** An indicator the prose may name: it has a third-level name. */
export function namedIndicators(table: GoalTable): IndicatorRow[] {
  return table.indicators.filter((row) => row.filled && row.level3.text.trim() !== "");
}

/** A row whose basis may be filled: it has a name and a target. */
export function isFinishedIndicator(row: IndicatorRow): boolean {
  return row.filled && row.level3.text.trim() !== "" && hasTargetContent(row);
}

function amountText(field: HeaderField | undefined): string | undefined {
  if (!field || field.value.text === "") return undefined;
  const amount = field.amount ?? readAmount(field.value);
  return amount === null ? undefined : String(Math.round(amount * 1e6) / 1e6);
}

/** What the table is about, as the subject of the first sentence. */
export function subjectOf(table: GoalTable): string {
  const name = tidy(projectNameOf(table));
  if (table.form === "department")
    return name ? `${name}${/部门整体支出$/.test(name) ? "" : "部门整体支出"}` : "本部门整体支出";
  if (table.form === "specialFund") return name || "本专项资金";
  if (!name) return "本项目";
  return /项目$/.test(name) ? name : `${name}项目`;
}

/** `该项目` / `该部门` / `该专项`: how the count sentence refers back to the subject. */
function referent(table: GoalTable): string {
  if (table.form === "department") return "该部门";
  if (table.form === "specialFund") return "该专项";
  return "该项目";
}

function fundsSentence(table: GoalTable): string {
  const total = amountText(table.header.fundsTotal);
  if (!total) return "";
  const lines: Array<[string, HeaderField | undefined]> = [
    ["财政拨款", table.header.fundsFiscal],
    ["其他资金", table.header.fundsOther],
    ...table.fundSources.map((f): [string, HeaderField] => [tidy(f.label.text), f]),
  ];
  const sources = lines
    .map(([label, field]) => [label.replace(/^其中[:：]?/, "").replace(/[:：]$/, ""), field])
    .map(([label, field]) => {
      const amount = amountText(field as HeaderField | undefined);
      return amount && amount !== "0" ? `${label as string}${amount}万元` : "";
    })
    .filter(Boolean);
  return `年度资金总额${total}万元${sources.length ? `，其中${sources.join("，")}` : ""}。`;
}

function basicSituation(table: GoalTable): string {
  const header = table.header;
  const department = header.department?.value.text;
  const implementer = header.implementer?.value.text;
  let text = subjectOf(table);
  if (department) text += `由${tidy(department)}主管`;
  if (implementer) text += `${department ? "，" : "由"}${tidy(implementer)}实施`;
  text += "。";
  const attribute = header.attribute?.value.text;
  if (attribute) text += `专项属性：${tidy(attribute)}。`;
  const period = header.period?.value.text;
  if (period) text += `实施期限：${tidy(period)}。`;
  const duties = header.duties?.value.text;
  if (duties) text += `主要职责：${tidy(duties).replace(/[。.]$/, "")}。`;
  const tasks = header.tasks?.value.text;
  if (tasks) text += `年度主要任务：${tidy(tasks).replace(/[。.]$/, "")}。`;
  text += fundsSentence(table);
  const owner = header.owner?.value.text;
  if (owner) text += `项目负责人：${tidy(owner)}。`;
  return text;
}

function targetText(row: IndicatorRow): string {
  const t = row.target;
  if (t.qualitativeText !== null && t.number === null) return tidy(t.qualitativeText);
  if (t.number === null) return "";
  const unit = t.unit === "百分比" ? "%" : t.unit;
  return `${t.comparator ?? ""}${numberText(t)}${unit}`;
}

function indicatorLine(
  index: number,
  row: IndicatorRow,
  table: GoalTable,
  library: PhraseLibrary,
  options: ExplanationOptions
): string {
  const level2 = row.level2.text ? `（${tidy(row.level2.text)}）` : "";
  const description = row.description?.text
    ? `${tidy(row.description.text).replace(/[。.；;]$/, "")}；`
    : "";
  const target = options.defectiveRows?.has(row.row) ? "" : targetText(row);
  const written = row.basis ? (options.newBasis?.get(row.basis.address) ?? row.basis.text) : "";
  const basis = written
    ? tidy(written).replace(/[。.]$/, "")
    : library[categoryOf(table, row) ?? "default"];
  const name = tidy(row.level3.text);
  return `${index}. ${name}${level2}：${description}${target ? `目标值${target}；` : ""}确定依据：${basis}。`;
}

/** The count sentence: `该项目共设置 4 项绩效指标，其中产出指标 2 项（…）、…`. */
function countSentence(table: GoalTable, rows: readonly IndicatorRow[]): string {
  const order: FirstLevel[] = PROFILES[table.profile].first.map((f) => f.kind);
  const groups = new Map<FirstLevel | undefined, string[]>();
  for (const row of rows) {
    const kind = firstLevelOf(table, row);
    const names = groups.get(kind) ?? [];
    names.push(tidy(row.level3.text));
    groups.set(kind, names);
  }
  const parts: string[] = [];
  for (const kind of order) {
    const names = groups.get(kind);
    if (!names) continue;
    const label = PROFILES[table.profile].first.find((f) => f.kind === kind)?.name ?? "";
    parts.push(`${label} ${names.length} 项（${names.join("、")}）`);
  }
  const other = groups.get(undefined);
  if (other) parts.push(`其他 ${other.length} 项（${other.join("、")}）`);
  return `${referent(table)}共设置 ${rows.length} 项绩效指标，其中${parts.join("、")}。`;
}

/** The section, heading first: parts without content are left out and the rest numbered. */
export function explanationSection(
  table: GoalTable,
  library: PhraseLibrary,
  options: ExplanationOptions = {}
): ExplanationLine[] {
  const goal = table.header.goal?.value.text;
  const rows = namedIndicators(table);
  const parts: Array<[string, string[]]> = [
    ["基本情况", [basicSituation(table)]],
    ["绩效目标", goal ? [tidy(goal)] : []],
    [
      "绩效指标及评价标准",
      rows.length === 0
        ? []
        : [
            countSentence(table, rows),
            ...rows.map((row, i) => indicatorLine(i + 1, row, table, library, options)),
            "评价标准均按照衡量绩效目标指标实现程度而设置：定量指标以实际完成值与目标值比较评价，定性指标以目标描述的实现程度评价。",
          ],
    ],
  ];
  const lines: ExplanationLine[] = [{ kind: "title", text: EXPLANATION_TITLE }];
  parts
    .filter(([, paragraphs]) => paragraphs.length > 0)
    .forEach(([heading, paragraphs], i) => {
      lines.push({ kind: "heading", text: `（${NUMERALS[i]}）${heading}` });
      for (const text of paragraphs) lines.push({ kind: "paragraph", text });
    });
  return lines;
}

/** The section's lines as text, one paragraph a line, heading first. */
export function explanationLines(
  table: GoalTable,
  library: PhraseLibrary,
  options: ExplanationOptions = {}
): string[] {
  return explanationSection(table, library, options).map((line) => line.text);
}

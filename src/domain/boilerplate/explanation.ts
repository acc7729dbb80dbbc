/**
 * 绩效目标指标情况说明: the prose section after each table (基本情况, 绩效目标,
 * 绩效指标及评价标准), written from the table itself, so it names only indicators
 * the table has.
 */
import { GoalTable, IndicatorRow, projectNameOf } from "../model";
import {
  categoryOf,
  describeTarget,
  firstLevelOf,
  indicatorName,
  readAmount,
} from "../rules/helpers";
import { FirstLevel, PROFILES } from "../vocabulary";
import { PhraseLibrary } from "./phrases";
import { tidy } from "../text";

function amountText(
  table: GoalTable,
  key: "fundsTotal" | "fundsFiscal" | "fundsOther"
): string | undefined {
  const field = table.header[key]?.value;
  if (!field || field.text === "") return undefined;
  const amount = readAmount(field);
  return amount === null ? field.text : String(Math.round(amount * 1e6) / 1e6);
}

function basicSituation(table: GoalTable): string {
  const name = projectNameOf(table) || "本项目";
  const department = table.header.department?.value.text;
  const implementer = table.header.implementer?.value.text;
  const parts = [`${name}${/项目$/.test(name) ? "" : "项目"}`];
  if (department) parts.push(`由${department}主管`);
  if (implementer) parts.push(`${department ? "，" : "由"}${implementer}实施`);
  let text = `${parts.join("")}。`;
  const total = amountText(table, "fundsTotal");
  if (total) {
    const fiscal = amountText(table, "fundsFiscal");
    const other = amountText(table, "fundsOther");
    const sources = [
      fiscal ? `财政拨款${fiscal}万元` : "",
      other && other !== "0" ? `其他资金${other}万元` : "",
    ].filter(Boolean);
    text += `年度资金总额${total}万元${sources.length ? `，其中${sources.join("，")}` : ""}。`;
  }
  const owner = table.header.owner?.value.text;
  if (owner) text += `项目负责人：${owner}。`;
  return text;
}

function targetText(row: IndicatorRow): string {
  const t = row.target;
  if (t.qualitativeText !== null && t.number === null) return tidy(t.qualitativeText);
  return describeTarget(t)
    .replace(/ (?=[%‰])/g, "")
    .replace(/(?<=[≥≤=<>]) /, "");
}

function indicatorLine(
  index: number,
  row: IndicatorRow,
  table: GoalTable,
  library: PhraseLibrary,
  newBasis: ReadonlyMap<string, string>
): string {
  const level2 = row.level2.text ? `（${row.level2.text}）` : "";
  const description = row.description?.text
    ? `${tidy(row.description.text).replace(/[。.]$/, "")}；`
    : "";
  const target = targetText(row);
  const written = row.basis ? (newBasis.get(row.basis.address) ?? row.basis.text) : "";
  const basis = written
    ? tidy(written).replace(/[。.]$/, "")
    : library[categoryOf(table, row) ?? "default"];
  return `${index}. ${indicatorName(row)}${level2}：${description}${target ? `目标值${target}；` : ""}确定依据：${basis}。`;
}

/** The count sentence: `共设置 4 项绩效指标，其中产出指标 2 项（…）、…`. */
function countSentence(table: GoalTable): string {
  const order: FirstLevel[] = PROFILES[table.profile].first.map((f) => f.kind);
  const groups = new Map<FirstLevel | undefined, string[]>();
  for (const row of table.indicators) {
    const kind = firstLevelOf(table, row);
    const names = groups.get(kind) ?? [];
    names.push(indicatorName(row));
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
  return `该项目共设置 ${table.indicators.length} 项绩效指标，其中${parts.join("、")}。`;
}

/**
 * The section's lines, one paragraph a line, heading first. `newBasis` holds the bases
 * being written in the same fill (by cell address), so the prose matches them.
 */
export function explanationLines(
  table: GoalTable,
  library: PhraseLibrary,
  newBasis: ReadonlyMap<string, string> = new Map()
): string[] {
  const goal = table.header.goal?.value.text;
  return [
    "绩效目标指标情况说明",
    "（一）基本情况",
    basicSituation(table),
    "（二）绩效目标",
    goal ? tidy(goal) : "（年度目标尚未填写）",
    "（三）绩效指标及评价标准",
    countSentence(table),
    ...table.indicators.map((row, i) => indicatorLine(i + 1, row, table, library, newBasis)),
    "评价标准均按照衡量绩效目标指标实现程度而设置：定量指标以实际完成值与目标值比较评价，定性指标以目标描述的实现程度评价。",
  ];
}

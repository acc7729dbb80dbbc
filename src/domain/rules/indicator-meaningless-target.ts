import { Field, sameCell } from "../model";
import { isSpace, toHalfWidth } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { holdsMoreThan, indicatorName, repeatsName } from "./helpers";
import { tableFacts } from "../row-facts";

/** Texts that fill a cell without saying anything (compared half-width, without spaces, lower case). */
export const MEANINGLESS: ReadonlySet<string> = new Set<string>([
  "无",
  "是",
  "否",
  "没有",
  "不适用",
  "不涉及",
  "暂无",
  "/",
  "//",
  "\\",
  "-",
  "--",
  "—",
  "——",
  "–",
  "n/a",
  "na",
]);

/**
 * A yes-or-no question or an adverse event (`是否存在质量问题` · `否`, `安全事故` · `无`): the
 * answer still says nothing a reviewer can check, but the fix is to state the outcome.
 */
const YES_NO_OR_ADVERSE =
  /(是否|有无|有没有|事故|投诉|违规|违纪|违法|差错|失误|事件|隐患|纠纷|上访|信访|案件|损失|污染|伤亡|返工|负面|不良|处罚|超支|超标|逾期|延误|拖欠|问题)/;

/** The template's lists of grades left as they were (`高中低`, `好/较好/一般/差`, `是/否`): none chosen. */
export const OPTION_LISTS: readonly string[] = [
  "高[、/,]?中[、/,]?低",
  "好[、/,]?较好[、/,]?一般[、/,]?(较差[、/,]?)?差?",
  "优[、/,]?良[、/,]?中[、/,]?差",
  "是[、/]否",
  "有[、/]无",
  "达到[、/]未达到",
];
const OPTION_LIST = new RegExp(`^(${OPTION_LISTS.join("|")})$`);

/** The first characters of the texts looked for, as written, upper case and full width. */
const FIRST_CODES = new Set<number>();
for (const text of [...MEANINGLESS, ...OPTION_LISTS])
  for (const first of [text[0], text[0].toUpperCase()]) {
    const code = first.charCodeAt(0);
    FIRST_CODES.add(code);
    // The full-width twin of an ASCII character (`／`, `Ｎ`), which keyOf folds.
    if (code >= 0x21 && code <= 0x7e) FIRST_CODES.add(code + 0xfee0);
  }

function keyOf(field: Field): string | null {
  // An error value (#N/A from a formula) is indicator/not-a-number's business.
  if (typeof field.value !== "string") return null;
  // Every text looked for is short: longer text needs no folding.
  if (field.text.length > 16) return null;
  // A text that starts otherwise than any of them (a number, most targets) is none of them.
  if (!mayBeLookedFor(field.text)) return null;
  return toHalfWidth(field.text)
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/**
 * Whether the text may be one looked for (MEANINGLESS, OPTION_LISTS) once keyOf folds it:
 * it starts with the first character of one, as written or in upper case or full width, or
 * with white space (dropped by the folding). Most names and targets start otherwise, told
 * by one character, no text folded.
 */
export function mayBeLookedFor(text: string): boolean {
  const code = text.charCodeAt(0);
  return FIRST_CODES.has(code) || isSpace(code);
}

/** The longest text looked for: a longer one (spaces aside) needs no folding. */
const LONGEST_MEANINGLESS = Math.max(...Array.from(MEANINGLESS, (text) => text.length));

function isMeaningless(field: Field): boolean {
  if (!mayBeLookedFor(field.text) || holdsMoreThan(field.text, LONGEST_MEANINGLESS)) return false;
  const key = keyOf(field);
  return key !== null && MEANINGLESS.has(key);
}

const rule: Rule = {
  meta: {
    id: "indicator/meaningless-target",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标值为“无”“/”“—”“不适用”等，或只重复了指标名称，没有给出目标",
        en: "The target is 无, /, —, 不适用 or the like, or the indicator's name again: it states no target",
      },
      why: {
        zh: "有名称的指标必须有可考核的目标值；不适用的指标应删除整行，而不是填“无”或“/”。",
        en: "A named indicator needs a target that can be assessed; an indicator that does not apply should be deleted, not filled with 无 or /.",
      },
    },
    messages: {
      meaningless: {
        zh: "指标值没有给出目标：“{name}”的指标值为“{text}”",
        en: 'the target states nothing: "{name}" targets "{text}"',
      },
      suggestTarget: {
        zh: "填写可考核的目标（如 ≥95%、≥12 个，或定性的“达到预期”）；不设此指标则删除该行",
        en: "write a target that can be assessed (≥ 95 %, ≥ 12 个, or a described one such as 达到预期); delete the row if the indicator does not apply",
      },
      repeatsName: {
        zh: "指标值只重复了指标名称“{name}”，没有给出目标",
        en: 'the target repeats the name "{name}": it states no target',
      },
      options: {
        zh: "指标值把可选等级都列上了：“{name}”的指标值为“{text}”，没有选定目标",
        en: 'the target lists every grade: "{name}" targets "{text}", none chosen',
      },
      suggestChoose: {
        zh: "只保留要达到的等级，如“高”或“达到预期”",
        en: "keep only the grade to reach, e.g. 高 or 达到预期",
      },
      suggestOutcome: {
        zh: "写明可核查的结果，如“未发现质量问题”“未发生安全事故”或 =0 次",
        en: "state an outcome that can be checked, e.g. 未发现质量问题, 未发生安全事故 or = 0 次",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    const facts = tableFacts(table);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // No name, or a name that is itself `无` or `/`: a placeholder row, not an indicator.
      if (row.level3.text === "" || isMeaningless(row.level3)) continue;
      // Rows scored by a standard (a scoring table's, the evaluation framework's 决策 and 过程)
      // write `—` where they set no target.
      if (facts.scoredByStandard(i)) continue;
      const valueKey = keyOf(row.value);
      let cell: Field | undefined;
      if (valueKey !== null && MEANINGLESS.has(valueKey)) cell = row.value;
      else if (
        row.value.text === "" &&
        !sameCell(row.unit, row.value) &&
        isMeaningless(row.unit) &&
        row.target.comparator === null
      ) {
        // The seed's habit puts a qualitative target in the 单位 column: `无` there is the target.
        cell = row.unit;
      }
      if (!cell && valueKey !== null && OPTION_LIST.test(valueKey)) {
        report({
          address: row.value.address,
          messageId: "options",
          data: { ...indicatorName(row), text: row.value.text.trim() },
          suggestion: { messageId: "suggestChoose" },
        });
        continue;
      }
      // A deadline as the name too (`2022年底之前`): the name is at fault, not the target.
      if (!cell && !row.target.deadline && repeatsName(row, row.value)) {
        report({
          address: row.value.address,
          messageId: "repeatsName",
          data: indicatorName(row),
          suggestion: { messageId: "suggestTarget" },
        });
        continue;
      }
      if (!cell) continue;
      const question = `${row.level3.text} ${row.description?.text ?? ""}`;
      const answer = YES_NO_OR_ADVERSE.test(question);
      report({
        address: cell.address,
        messageId: "meaningless",
        data: { ...indicatorName(row), text: cell.text.trim() },
        suggestion: { messageId: answer ? "suggestOutcome" : "suggestTarget" },
      });
    }
  },
};
export default rule;

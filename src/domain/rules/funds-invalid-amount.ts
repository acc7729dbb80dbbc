import { HeaderField, HeaderKey } from "../model";
import { quote, withoutSpaces } from "../text";
import { BOTH_PROFILES, Rule, RuleContext } from "./rule";

const AMOUNT_FIELDS: Array<[HeaderKey, string]> = [
  ["fundsTotal", "年度资金总额"],
  ["fundsFiscal", "财政拨款"],
  ["fundsOther", "其他资金"],
];

/** `—`, `/`, `无`: a fund line that says it has no money, not a wrong amount. */
function isNoAmount(text: string): boolean {
  return /^[—–\-/／无]+$/.test(withoutSpaces(text));
}

/**
 * `金额(万元)`, `数额`: the title of the column the amounts stand in, beside a line that names
 * no amount of its own (四川's older template lists its fund sources under it).
 */
function isColumnTitle(text: string): boolean {
  return /^(金额|数额|资金数|预算数)([(（][^()（）]*[)）])?$/.test(withoutSpaces(text));
}

/**
 * Reports a fund line whose amount is not a number or is negative; `label` names the line
 * (a fund source is named by its own label).
 */
function checkLine(
  line: HeaderField | undefined,
  label: string | undefined,
  report: RuleContext["report"]
): void {
  if (!line || line.value.text === "") return;
  // Every fund line's amount was read with the header, in 万元 (null: not an amount).
  const amount = line.amount ?? null;
  if ((amount !== null && amount >= 0) || isNoAmount(line.value.text)) return;
  if (isColumnTitle(line.value.text)) return;
  const named = label ?? line.label.text.trim();
  if (amount === null) {
    report({
      address: line.value.address,
      messageId: "notNumber",
      data: { label: named, text: quote(line.value.text) },
      suggestion: { messageId: "suggestNumber" },
    });
  } else if (amount < 0) {
    report({
      address: line.value.address,
      messageId: "negative",
      data: { label: named, text: line.value.text },
    });
  }
}

const rule: Rule = {
  meta: {
    id: "funds/invalid-amount",
    severity: "error",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "资金金额不是数字或为负数",
        en: "A funds amount is not a number, or is negative",
      },
      why: {
        zh: "金额要参与合计和预算审核，文字或负数无法核对。",
        en: "Amounts are added up and checked against the budget; text or a negative amount cannot be checked.",
      },
    },
    messages: {
      notNumber: { zh: "“{label}”不是数字：“{text}”", en: '"{label}" is not a number: "{text}"' },
      negative: { zh: "“{label}”为负数：{text}", en: '"{label}" is negative: {text}' },
      suggestNumber: {
        zh: "只填数字（单位：万元），如 48",
        en: "enter a number only (in 万元), e.g. 48",
      },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    for (const [key, label] of AMOUNT_FIELDS) checkLine(table.header[key], label, report);
    for (const line of table.fundSources) checkLine(line, undefined, report);
  },
};
export default rule;

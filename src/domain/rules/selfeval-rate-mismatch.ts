import { Field } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";
import {
  amountIn,
  formatNumber,
  formatRate,
  fundsOf,
  headWords,
  isUnfilled,
  rateInForm,
  rateInputs,
  readRate,
  sameRate,
  totalLine,
} from "./selfeval-helpers";

const rule: Rule = {
  meta: {
    id: "selfeval/rate-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    fixable: true,
    docs: {
      description: {
        zh: "执行率不等于全年执行数 ÷ 全年预算数（或预算执行数 ÷ 调整后预算数）",
        en: "The execution rate is not the amount spent ÷ the annual (or adjusted) budget",
      },
      why: {
        zh: "执行率由本行的预算数和执行数算出，写错的执行率会带错预算执行得分。",
        en: "The rate follows from the line's own amounts; a wrong rate carries into the budget score.",
      },
    },
    messages: {
      mismatch: {
        zh: "执行率{rate}不等于{executedLabel}{executed}÷{budgetLabel}{budget}={computed}",
        en: "execution rate {rate} is not {executedLabel} {executed} ÷ {budgetLabel} {budget} = {computed}",
      },
      mismatchFromLines: {
        zh: "执行率{rate}不等于各项资金的{executedLabel}{executed}÷{budgetLabel}{budget}={computed}（本行金额为0）",
        en: "execution rate {rate} is not the lines' {executedLabel} {executed} ÷ {budgetLabel} {budget} = {computed} (this line's amounts are 0)",
      },
      missing: {
        zh: "执行率空白：{executedLabel}{executed}÷{budgetLabel}{budget}={computed}",
        en: "execution rate blank: {executedLabel} {executed} ÷ {budgetLabel} {budget} = {computed}",
      },
      amountMissing: {
        zh: "{missingLabel}空白，执行率{rate}无法由{executedLabel}÷{budgetLabel}得出",
        en: "{missingLabel} is blank: the rate {rate} cannot follow from {executedLabel} ÷ {budgetLabel}",
      },
      suggestRate: { zh: "执行率填 {computed}", en: "write {computed} as the rate" },
      suggestAmount: {
        zh: "填上{missingLabel}，或核对执行率",
        en: "fill in {missingLabel}, or check the rate",
      },
    },
  },
  check({ table, scoring, report }) {
    const funds = fundsOf(table);
    if (!funds || !funds.heads.rate) return;
    const executedLabel = headWords(funds, "executed");
    const budgetLabel = headWords(funds, "budget");
    for (const line of funds.lines) {
      const rateCell = line.rate;
      if (!rateCell) continue;
      const isTotal = line === totalLine(funds);
      const inputs = rateInputs(funds, line);
      if (!inputs) {
        // A rate written over a blank amount: the amount is what is missing.
        const missing = missingAmount(line.budget, line.executed);
        const written = readRate(rateCell, null);
        if (!missing || !written) continue;
        const missingLabel = missing === line.budget ? budgetLabel : executedLabel;
        const data = { missingLabel, rate: rateCell.text, executedLabel, budgetLabel };
        report({
          address: missing.address,
          messageId: "amountMissing",
          data,
          suggestion: { messageId: "suggestAmount", data },
        });
        continue;
      }
      const data = {
        rate: rateCell.text,
        executedLabel,
        executed: formatNumber(inputs.executed),
        budgetLabel,
        budget: formatNumber(inputs.budget),
        computed: formatRate(inputs.rate),
      };
      const suggestion = { messageId: "suggestRate", data };
      if (rateCell.text === "") {
        // Only the total line must carry its rate; the lines under it may leave theirs blank.
        if (!isTotal) continue;
        const fix = [{ field: rateCell, value: rateInForm(inputs.rate, undefined) }];
        report({ address: rateCell.address, messageId: "missing", data, suggestion, fix });
        continue;
      }
      const written = readRate(rateCell, inputs.rate);
      if (!written || sameRate(written.share, inputs.rate, scoring)) continue;
      report({
        address: rateCell.address,
        messageId: inputs.fromLines ? "mismatchFromLines" : "mismatch",
        data,
        suggestion,
        fix: [{ field: rateCell, value: rateInForm(inputs.rate, written.form) }],
      });
    }
  },
};

/** The one blank amount of a line whose other amount is written, if so. */
function missingAmount(budget: Field | undefined, executed: Field | undefined): Field | undefined {
  if (!budget || !executed) return undefined;
  const budgetBlank = budget.text === "";
  const executedBlank = executed.text === "";
  if (budgetBlank === executedBlank) return undefined;
  const other = budgetBlank ? executed : budget;
  if (isUnfilled(other) || amountIn(other) === null) return undefined;
  return budgetBlank ? budget : executed;
}

export default rule;

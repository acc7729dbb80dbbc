import { Field, GoalTable } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";
import {
  formatNumber,
  formatRate,
  fundsOf,
  headWords,
  rateInputs,
  readRate,
  totalLine,
} from "./selfeval-helpers";

/** Text that gives no reason: blank, `无`, `—`, `0`. */
function givesReason(field: Field | undefined): boolean {
  if (!field) return false;
  const text = field.text.replace(/\s+/g, "");
  return text !== "" && !/^(无|没有|暂无|[—–\-－/／\\…、.。0]+)$/.test(text);
}

/**
 * Whether the form has a place for reasons: the funds block's 原因 column, the grid's
 * 偏差原因 column, or a reasons row. A form that asks for none is not faulted for giving none.
 */
function hasReasonPlace(table: GoalTable): boolean {
  const parts = table.selfEvaluation;
  return (
    parts?.funds?.heads.reason !== undefined ||
    table.columns.reason !== undefined ||
    parts?.reasonNote !== undefined
  );
}

const rule: Rule = {
  meta: {
    id: "selfeval/low-rate-no-reason",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "预算执行率低于90%（或超过100%），却没有说明原因",
        en: "The execution rate is under 90 % (or over 100 %) and no reason is given",
      },
      why: {
        zh: "执行率偏低或超支都须说明原因，评审会退回没有说明的自评表。",
        en: "A low rate or an overspend must be explained; reviewers send back tables that do not.",
      },
    },
    messages: {
      low: {
        zh: "执行率{rate}低于{threshold}，表内没有说明原因",
        en: "execution rate {rate} is under {threshold} and no reason is given",
      },
      over: {
        zh: "{executedLabel}{executed}超过{budgetLabel}{budget}（执行率{rate}），表内没有说明原因",
        en: "{executedLabel} {executed} exceeds {budgetLabel} {budget} (rate {rate}) and no reason is given",
      },
      suggestReason: {
        zh: "在原因（或偏差原因分析）栏写明执行率偏离的原因和改进措施",
        en: "give the reason and the remedy in the reason (or deviation) column",
      },
    },
  },
  check({ table, scoring, report }) {
    const funds = fundsOf(table);
    const line = funds ? totalLine(funds) : undefined;
    if (!funds || !line || !hasReasonPlace(table)) return;
    if (givesReason(line.reason) || givesReason(table.selfEvaluation?.reasonNote?.value)) return;
    // The money spent decides, not the rate written: the amounts' rate where there are amounts.
    const inputs = rateInputs(funds, line);
    const rate = inputs?.rate ?? readRate(line.rate, null)?.share ?? null;
    if (rate === null) return;
    const suggestion = { messageId: "suggestReason" };
    if (rate < scoring.reasonBelowRate - 1e-9 && line.rate) {
      report({
        address: line.rate.address,
        messageId: "low",
        data: {
          rate: line.rate.text || formatRate(rate),
          threshold: formatRate(scoring.reasonBelowRate),
        },
        suggestion,
      });
      return;
    }
    if (rate <= 1 + 1e-9 || !inputs || inputs.fromLines || !line.executed) return;
    report({
      address: line.executed.address,
      messageId: "over",
      data: {
        executedLabel: headWords(funds, "executed"),
        executed: formatNumber(inputs.executed),
        budgetLabel: headWords(funds, "budget"),
        budget: formatNumber(inputs.budget),
        rate: formatRate(rate),
      },
      suggestion,
    });
  },
};
export default rule;

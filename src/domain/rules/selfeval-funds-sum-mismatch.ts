import { SelfEvaluationFundsLine } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";
import { amountIn, formatNumber, fundsOf, totalLine } from "./selfeval-helpers";
import { closeAmounts, someAddUpTo } from "./helpers";

/** The columns checked here; the 全年预算数 column is funds/sum-mismatch's (the header's funds). */
const COLUMNS = ["initialBudget", "executed"] as const;

const rule: Rule = {
  meta: {
    id: "selfeval/funds-sum-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "自评表年度资金总额的年初预算数或全年执行数不等于各项资金之和",
        en: "The self-evaluation's total line: its initial budget or amount spent is not the sum of the lines",
      },
      why: {
        zh: "总额一行的每一列都应是其下各项资金之和，执行率和得分都由它算出。",
        en: "Every column of the total line is the sum of the lines under it; the rate and score follow from it.",
      },
    },
    messages: {
      mismatch: {
        zh: "{line}的{column}{total}不等于各项资金之和（{lines}）",
        en: "{line}: {column} {total} is not the sum of the lines ({lines})",
      },
      suggestSum: {
        zh: "核对金额：各项资金合计为 {sum}",
        en: "check the amounts: the lines add up to {sum}",
      },
    },
  },
  check({ table, report }) {
    const funds = fundsOf(table);
    const total = funds ? totalLine(funds) : undefined;
    if (!funds || !total || total.kind !== "total") return;
    const below = funds.lines.filter((line) => line !== total);
    for (const column of COLUMNS) {
      const head = funds.heads[column];
      const totalCell = total[column];
      if (!head || !totalCell) continue;
      const totalAmount = amountIn(totalCell) ?? (totalCell.text === "" ? 0 : null);
      if (totalAmount === null) continue;
      const written = below.filter((line) => amountIn(line[column]) !== null);
      const amounts = written.map((line) => amountIn(line[column]) as number);
      // Nothing under the total, or only zeros: nothing to hold it against.
      if (amounts.every((a) => closeAmounts(a, 0)) || someAddUpTo(totalAmount, amounts)) continue;
      const sum = amounts.reduce((a, b) => a + b, 0);
      report({
        address: totalCell.address,
        messageId: "mismatch",
        data: {
          line: lineName(total),
          column: head.text.replace(/\s+/g, ""),
          total: formatNumber(totalAmount),
          lines: written
            .map((line, i) => `${lineName(line)} ${formatNumber(amounts[i])}`)
            .join("，"),
        },
        suggestion: { messageId: "suggestSum", data: { sum: formatNumber(sum) } },
      });
    }
  },
};

function lineName(line: SelfEvaluationFundsLine): string {
  return line.label.text.replace(/\s+/g, "").replace(/[:：]$/, "");
}

export default rule;

import { quote, toHalfWidth } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

/** A number, perhaps an amount in 元 or 万元, and nothing else (`43.2`, `287万元`). */
const ONLY_AMOUNT = /^[\d.,\s]+(万元|元|万)?$/;

const rule: Rule = {
  meta: {
    id: "header/goal-only-amount",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "年度目标只写了一个数字或金额，没有写出要达到的绩效目标",
        en: "The annual goal is only a number or an amount, not the results to reach",
      },
      why: {
        zh: "年度目标要说明用这笔钱做成什么、达到什么效果；金额是资金栏的内容。",
        en: "The goal says what the money is to achieve; an amount belongs in the funds.",
      },
    },
    messages: {
      amount: {
        zh: "年度目标只写了“{text}”，没有写出要达到的绩效目标",
        en: 'the annual goal is only "{text}": it does not say what is to be achieved',
      },
      suggestGoal: {
        zh: "写明年度要完成的任务和达到的效果，如“完成××，使××达到××”",
        en: "state the year's tasks and the results to reach",
      },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    const goal = table.header.goal?.value;
    if (!goal || goal.text === "") return;
    const amount = typeof goal.value === "number" || ONLY_AMOUNT.test(toHalfWidth(goal.text));
    if (!amount) return;
    report({
      address: goal.address,
      messageId: "amount",
      data: { text: quote(goal.text) },
      suggestion: { messageId: "suggestGoal" },
    });
  },
};
export default rule;

import { formatAmount, readAmount } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "funds/sum-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "年度资金总额不等于财政拨款与其他资金之和",
        en: "Annual funds do not equal fiscal funds plus other funds",
      },
      why: {
        zh: "资金来源必须与总额一致，否则预算无法批复。",
        en: "The sources of money must add up to the total, or the budget cannot be approved.",
      },
    },
    messages: {
      mismatch: {
        zh: "资金合计不符：年度资金总额 {total} ≠ 财政拨款 {fiscal} + 其他资金 {other}",
        en: "funds do not add up: total {total} ≠ fiscal {fiscal} + other {other}",
      },
      suggestTotal: { zh: "核对金额，合计应为 {sum}", en: "check the amounts; the sum is {sum}" },
    },
  },
  check({ table, report }) {
    const { fundsTotal, fundsFiscal, fundsOther } = table.header;
    if (!fundsTotal || fundsTotal.value.text === "" || !fundsFiscal) return;
    const total = readAmount(fundsTotal.value);
    const fiscal = fundsFiscal.value.text === "" ? 0 : readAmount(fundsFiscal.value);
    const other = !fundsOther || fundsOther.value.text === "" ? 0 : readAmount(fundsOther.value);
    if (total === null || fiscal === null || other === null) return;
    const sum = fiscal + other;
    if (Math.abs(total - sum) < 0.005) return;
    report({
      address: fundsTotal.value.address,
      messageId: "mismatch",
      data: {
        total: formatAmount(total),
        fiscal: formatAmount(fiscal),
        other: formatAmount(other),
      },
      suggestion: { messageId: "suggestTotal", data: { sum: formatAmount(sum) } },
    });
  },
};
export default rule;

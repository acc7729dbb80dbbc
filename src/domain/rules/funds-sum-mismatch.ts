import { HeaderField } from "../model";
import { closeAmounts, formatAmount, someAddUpTo } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** A fund line's amount: 0 when blank, null when it is not an amount. */
function amountOf(field: HeaderField | undefined): number | null {
  if (!field || field.value.text === "") return 0;
  return field.amount ?? null;
}

/** A blank line, or a number cell whose amount is the number itself (not converted from 元). */
function writtenAsIs(field: HeaderField): boolean {
  const raw = field.value.value;
  return field.value.text === "" || (typeof raw === "number" && raw === field.amount);
}

const rule: Rule = {
  meta: {
    id: "funds/sum-mismatch",
    severity: "error",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    fixable: true,
    docs: {
      description: {
        zh: "年度资金总额不等于各资金来源之和（财政拨款 + 其他资金；或按来源、按基本支出与项目支出分列）",
        en: "Annual funds do not equal the sum of their sources (fiscal + other; or by source, or basic + project spending)",
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
      sourcesMismatch: {
        zh: "资金合计不符：年度资金总额 {total} 与所列各项资金（{sources}）对不上",
        en: "funds do not add up: the total {total} matches no sum of the lines listed ({sources})",
      },
      suggestTotal: { zh: "核对金额，合计应为 {sum}", en: "check the amounts; the sum is {sum}" },
      suggestOther: {
        zh: "其他资金填 {other}（总额 {total} − 财政拨款 {fiscal}）",
        en: "put {other} into other funds (total {total} − fiscal {fiscal})",
      },
      suggestFiscal: {
        zh: "财政拨款填 {fiscal}（总额 {total} − 其他资金 {other}）",
        en: "put {fiscal} into fiscal funds (total {total} − other {other})",
      },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    const { fundsTotal, fundsFiscal, fundsOther } = table.header;
    if (!fundsTotal || fundsTotal.value.text === "") return;
    const total = fundsTotal.amount;
    if (total === null || total === undefined) return;
    if (table.fundSources.length === 0) {
      if (!fundsFiscal) return;
      const otherBlank = !fundsOther || fundsOther.value.text === "";
      // A total typed before any source (a table being filled in) is not yet a mismatch.
      if (fundsFiscal.value.text === "" && otherBlank) return;
      const fiscal = amountOf(fundsFiscal);
      const other = amountOf(fundsOther);
      if (fiscal === null || other === null || closeAmounts(total, fiscal + other)) return;
      const data = {
        total: formatAmount(total),
        fiscal: formatAmount(fiscal),
        other: formatAmount(other),
      };
      // The rest of the total belongs in a blank line beside the written one (其他资金 beside
      // 财政拨款, or 财政拨款 beside 其他资金): that is the cell to fill. A blank line reads 0.
      const fillBlank = (blank: "fiscal" | "other", line: HeaderField, written: HeaderField) => {
        const rest = Math.round((total - (blank === "other" ? fiscal : other)) * 1e6) / 1e6;
        report({
          address: line.value.address,
          messageId: "mismatch",
          data,
          suggestion: {
            messageId: blank === "other" ? "suggestOther" : "suggestFiscal",
            data: { ...data, [blank]: formatAmount(rest) },
          },
          // Written as a number only where the amounts are the cells' own (none converted from 元).
          fix:
            writtenAsIs(fundsTotal) && writtenAsIs(written)
              ? [{ field: line.value, value: rest }]
              : undefined,
        });
      };
      if (fundsOther && otherBlank && fiscal < total)
        return fillBlank("other", fundsOther, fundsFiscal);
      if (fundsOther && fundsFiscal.value.text === "" && other < total)
        return fillBlank("fiscal", fundsFiscal, fundsOther);
      report({
        address: fundsTotal.value.address,
        messageId: "mismatch",
        data,
        suggestion: { messageId: "suggestTotal", data: { sum: formatAmount(fiscal + other) } },
      });
      return;
    }
    // Lines by source may nest (财政拨款 其中 上级 · 本级): only flag a total that no
    // combination of the written amounts reaches.
    const lines = [fundsFiscal, fundsOther, ...table.fundSources].filter(
      (f): f is HeaderField => f !== undefined && f.value.text !== ""
    );
    const amounts = lines.map((f) => f.amount);
    if (amounts.length === 0 || amounts.some((a) => a === null || a === undefined)) return;
    const known = amounts as number[];
    if (known.every((a) => a === 0) || someAddUpTo(total, known)) return;
    report({
      address: fundsTotal.value.address,
      messageId: "sourcesMismatch",
      data: {
        total: formatAmount(total),
        sources: lines.map((f, i) => `${f.label.text.trim()} ${formatAmount(known[i])}`).join("，"),
      },
    });
  },
};
export default rule;

import { isFullWidthDigit, quote, toHalfWidth } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { hasTargetContent, rowsOfCategory } from "./helpers";

/**
 * Wording that ties a target to time: dates, months, days, deadlines, periods. `三个月`,
 * `5天` and `2小时` need no pattern of their own: 月, 天 and 时 are found alone. A number's
 * last digit before 年 or 周 is enough: `\d+` there went back over a run of digits from each
 * of its digits (over a second per cell of digits in a Chinese text), as one that also read
 * `[一二…十]+\s*月` did over a run of 一.
 */
const TIME_WORDS = /\d\s*[年周]|月|日|天|工作日|季度|时|期|前|内|年底|年末|年初|按期|按时|及时/;

/**
 * Whether the text (half-width folded) holds time wording. Folding changes no character the
 * wording is made of but full-width digits: a text that holds it as written holds it folded,
 * and only a text with full-width digits is folded to be read again.
 */
export function tellsTime(text: string): boolean {
  return TIME_WORDS.test(text) || (hasFullWidthDigit(text) && TIME_WORDS.test(toHalfWidth(text)));
}

function hasFullWidthDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isFullWidthDigit(code)) return true;
  }
  return false;
}

const rule: Rule = {
  meta: {
    id: "timeliness/no-time",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "时效指标没有时间要素（日期、月份、天数或“前/内/按期”等）",
        en: "A timeliness indicator has no time element (date, month, days, or 前/内/按期 wording)",
      },
      why: {
        zh: "时效指标考核“何时完成”，只写“完成率 = 100%”考核的是数量，不是时效。",
        en: "Timeliness measures when work is done; 完成率 = 100 % measures quantity, not time.",
      },
    },
    messages: {
      noTime: {
        zh: "时效指标无时间要求：“{name}”没有写明完成时限",
        en: 'no time element: "{name}" sets no deadline',
      },
      suggestDeadline: {
        zh: "写明时限，如“2020年12月31日前完成”或“按期完成率 ≥ 95%”",
        en: "state the deadline, e.g. 2020年12月31日前完成, or 按期完成率 ≥ 95 %",
      },
    },
  },
  check({ table, report }) {
    for (const row of rowsOfCategory(table, "timeliness")) {
      // A row not yet filled in (a template's placeholder) has nothing to judge.
      if (row.level3.text === "" && !hasTargetContent(row)) continue;
      const t = row.target;
      if (t.deadline) continue;
      if (
        tellsTime(row.level3.text) ||
        tellsTime(row.description?.text ?? "") ||
        tellsTime(row.value.text) ||
        tellsTime(row.unit.text) ||
        tellsTime(t.unit)
      )
        continue;
      report({
        address: row.level3.address,
        messageId: "noTime",
        data: { name: quote(row.level3.text) },
        suggestion: { messageId: "suggestDeadline" },
      });
    }
  },
};
export default rule;

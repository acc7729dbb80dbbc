import { Field, sameCell } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName, rowsOfCategory } from "./helpers";

/** Excel's day numbers of 2000-01-01 and 2049-12-31: a date target of these years. */
const FIRST_SERIAL = 36526;
const LAST_SERIAL = 54788;

/** A name that asks for a point in time (`资金到位时间`, `完工日期`), not a rate or a count. */
const ASKS_FOR_A_DATE = /时间|日期|时限|期限|时点/;

/** Excel's day number as the date it stands for (day 1 is 1900-01-01, past the 1900 leap bug). */
function dateOf(serial: number): string {
  const day = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return `${day.getUTCFullYear()}年${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
}

/** The day number a cell shows as a plain number, or null. */
function serialShownIn(cell: Field): number | null {
  const { value } = cell;
  return typeof value === "number" &&
    Number.isInteger(value) &&
    value >= FIRST_SERIAL &&
    value <= LAST_SERIAL &&
    // A cell formatted as a date shows the date: only a number shown as one is the slip.
    /^[\d,]+$/.test(cell.text)
    ? value
    : null;
}

const rule: Rule = {
  meta: {
    id: "timeliness/serial-date",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "时效指标的日期显示成了数字（如 44561），单元格没有设成日期格式",
        en: "A timeliness target's date shows as a number (e.g. 44561): the cell is not formatted as a date",
      },
      why: {
        zh: "Excel 把日期存成天数，单元格格式丢了就只剩“44,561”这样的数字，审核人看不出时限。",
        en: "Excel stores dates as day numbers; without a date format the cell shows 44,561 and no one can read the deadline.",
      },
    },
    messages: {
      serial: {
        zh: "“{name}”的指标值显示为数字 {text}，应为日期 {date}",
        en: '"{name}" shows the number {text} where the date {date} is meant',
      },
      suggestDate: {
        zh: "写成“{date}前”，或把单元格设为日期格式",
        en: "write {date}前, or format the cell as a date",
      },
    },
  },
  check({ table, report }) {
    for (const row of rowsOfCategory(table, "timeliness")) {
      if (!ASKS_FOR_A_DATE.test(row.level3.text)) continue;
      // 值 and 单位 (one cell in the single layout): each shows the slip where it holds it.
      const cells = sameCell(row.unit, row.value) ? [row.value] : [row.value, row.unit];
      for (const cell of cells) {
        const serial = serialShownIn(cell);
        if (serial === null) continue;
        const date = dateOf(serial);
        report({
          address: cell.address,
          messageId: "serial",
          data: { ...indicatorName(row), text: cell.text, date },
          suggestion: { messageId: "suggestDate", data: { date } },
        });
      }
    }
  },
};
export default rule;

import { quote, toHalfWidth, withoutListNumber } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

/**
 * A name that is only a time (`2022年全年`, `2022年底之前`, `12月底前`): a period or a deadline,
 * which is a target's or a description's, not what the indicator measures.
 */
const TIME_ONLY =
  /^((\d{4}|[〇零一二三四五六七八九]{4})年度?)?(\d{1,2}月份?)?(\d{1,2}日)?(全年度?|年底|年末|年内|年度|上半年|下半年|底|末|内|初)?(之前|以前|前|内|止)?$/;

/** The characters a time-only name ends with: most names end otherwise, told by one character. */
const TIME_ENDINGS = new Set("年月日底末内初前止度".split("").map((ch) => ch.charCodeAt(0)));

function isTimeOnly(name: string): boolean {
  if (name === "" || !TIME_ENDINGS.has(name.charCodeAt(name.length - 1))) return false;
  // Spaces left out; full-width digits (`２０２２年`) read as digits.
  const text = toHalfWidth(/\s/.test(name) ? name.replace(/\s+/g, "") : name);
  return /[年月日]/.test(text) && TIME_ONLY.test(text);
}

const rule: Rule = {
  meta: {
    id: "indicator/name-is-time",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "三级指标名称只是一个时间（如“2022年全年”“2022年底之前”），不是指标",
        en: "The indicator's name is only a time (2022年全年, 2022年底之前), not an indicator",
      },
      why: {
        zh: "指标名称说明考核什么（如“项目完成时间”）；时间是指标值的内容。",
        en: "The name says what is measured (项目完成时间); the time belongs in the target.",
      },
    },
    messages: {
      time: {
        zh: "三级指标名称写成了时间“{name}”，不是指标名称",
        en: 'the indicator is named by a time, "{name}", not by what it measures',
      },
      suggestName: {
        zh: "写明考核的内容，如“项目完成时间”“服务天数”，时间写在指标值中",
        en: "name what is measured (项目完成时间, 服务天数) and put the time in the target",
      },
    },
  },
  check({ table, report }) {
    for (const row of table.indicators) {
      if (!isTimeOnly(withoutListNumber(row.level3.text))) continue;
      report({
        address: row.level3.address,
        messageId: "time",
        data: { name: quote(row.level3.text) },
        suggestion: { messageId: "suggestName" },
      });
    }
  },
};
export default rule;

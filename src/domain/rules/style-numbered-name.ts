import { quote, toHalfWidth } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

/**
 * `指标1：完成组卷个数`: the template's number in front of a real name, after a separator;
 * or `指标1工程完工率`, an Arabic number right before the name's first ideograph (a Chinese
 * numeral there may begin a word: 指标一致性).
 */
const NUMBERED_PREFIX =
  /^((?:三级)?指标(?:[0-9一二三四五六七八九十]+\s*[:、.]\s*|[0-9]+(?=[\u4e00-\u9fff])))(\S.*)$/s;

const rule: Rule = {
  meta: {
    id: "style/numbered-name",
    severity: "info",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "三级指标名称前带有模板编号（“指标1：”）",
        en: "A third-level name keeps the template's number in front (指标1：)",
      },
      why: {
        zh: "有的地方模板要求这样编号，审核时一般不退回；不要求的，删去编号更清楚。",
        en: "Some provinces' templates number indicators this way and reviewers accept it; where they do not, the name reads better without.",
      },
    },
    messages: {
      prefix: {
        zh: "三级指标名称带有模板编号“{prefix}”：“{text}”",
        en: 'the third-level name carries the template number "{prefix}": "{text}"',
      },
      suggestDelete: {
        zh: "如本地模板不要求编号，删去“{prefix}”，改为“{rest}”",
        en: 'unless the local template asks for numbers, delete "{prefix}": "{rest}"',
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row.level3.text.includes("指标")) continue;
      const name = row.level3.text.trim();
      const prefix = NUMBERED_PREFIX.exec(toHalfWidth(name));
      if (!prefix) continue;
      // Half-width folding maps one character to one: the length carries over.
      const written = name.slice(0, prefix[1].length).trim();
      const rest = name.slice(prefix[1].length).trim();
      report({
        address: row.level3.address,
        messageId: "prefix",
        data: { prefix: written, text: quote(name) },
        suggestion: { messageId: "suggestDelete", data: { prefix: written, rest } },
      });
    }
  },
};
export default rule;

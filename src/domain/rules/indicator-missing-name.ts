import { withoutSpaces } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { isSpace } from "../text";
import { describeTarget, hasTargetContent } from "./helpers";

const NUMBER_ONLY = /^[+-]?\d+(\.\d+)?%?$/;

/** A name that is only a number (`12`, `95%`), spaces aside. */
function isNumberOnly(name: string): boolean {
  // Nearly every name starts with a character no number does: no need to match it.
  let i = 0;
  while (i < name.length && isSpace(name.charCodeAt(i))) i++;
  const code = name.charCodeAt(i);
  const mayStartNumber = (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d;
  return mayStartNumber && NUMBER_ONLY.test(withoutSpaces(name));
}

const rule: Rule = {
  meta: {
    id: "indicator/missing-name",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "有指标值的行缺少三级指标名称，或名称只是一个数字",
        en: "A row with a target has no third-level indicator name, or the name is only a number",
      },
      why: {
        zh: "没有名称的指标无法评价，也无法在情况说明中引用。",
        en: "An indicator without a name cannot be assessed or referred to.",
      },
    },
    messages: {
      missing: {
        zh: "三级指标名称为空（指标值为“{target}”）",
        en: 'the third-level indicator name is blank (target "{target}")',
      },
      numberOnly: {
        zh: "三级指标名称只是一个数字“{text}”，不是指标名称",
        en: 'the third-level name is only the number "{text}", not a name',
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (isNumberOnly(row.level3.text)) {
        report({
          address: row.level3.address,
          messageId: "numberOnly",
          data: { text: row.level3.text },
        });
        continue;
      }
      if (row.level3.text !== "" || !hasTargetContent(row)) continue;
      report({
        address: row.level3.address,
        messageId: "missing",
        data: { target: describeTarget(row.target) || row.value.text },
      });
    }
  },
};
export default rule;

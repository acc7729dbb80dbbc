import { toHalfWidth, withoutSpaces } from "../text";
import { matchTrailingSymbol } from "../values/symbols";
import { isUnit } from "../vocabulary";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** What separates the parts of a list (`建筑面积2.6万平方米,展示面积1万平方米`). */
const SEPARATORS = /[,，;；、]/;

/** A part that ends in a number and its unit (`展示面积1万平方米`, `≥3个`): the unit as written. */
const ENDS_IN_NUMBER_AND_UNIT = /\d([^\d.]{1,6})$/;

/** How many parts of the text each end in a number and a unit: the targets written in it. */
function targetsIn(text: string): number {
  const folded = withoutSpaces(toHalfWidth(text));
  if (!SEPARATORS.test(folded)) return 0;
  let targets = 0;
  for (const part of folded.split(SEPARATORS)) {
    const written = ENDS_IN_NUMBER_AND_UNIT.exec(part)?.[1];
    if (written === undefined) continue;
    // `95%以上`: a comparison said after the unit.
    const trail = matchTrailingSymbol(written);
    const unit = trail ? written.slice(0, written.length - trail.length) : written;
    if (isUnit(unit)) targets++;
  }
  return targets;
}

const rule: Rule = {
  meta: {
    id: "indicator/several-targets",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "一个指标值里写了几个目标（“建筑面积2.6万平方米,展示面积1万平方米”）",
        en: "One target cell holds several targets (2.6万平方米 of floor, 1万平方米 of display)",
      },
      why: {
        zh: "一个指标只能有一个可考核的目标值；几个数写在一格里，自评时无法逐项核对、打分。",
        en: "An indicator has one target to assess; several numbers in one cell cannot be checked and scored one by one.",
      },
    },
    messages: {
      several: {
        zh: "一个指标值写了 {count} 个目标：“{name}”的指标值为“{text}”",
        en: '{count} targets in one cell: "{name}" targets "{text}"',
      },
      suggestSplit: {
        zh: "每个目标单列一个三级指标，各写一个目标值",
        en: "give each target its own third-level indicator and target",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (typeof row.value.value !== "string" || row.target.deadline) continue;
      const count = targetsIn(row.value.text);
      if (count < 2) continue;
      report({
        address: row.value.address,
        messageId: "several",
        data: { ...indicatorName(row), count, text: row.value.text.trim() },
        suggestion: { messageId: "suggestSplit" },
      });
    }
  },
};
export default rule;

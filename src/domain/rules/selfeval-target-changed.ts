import { IndicatorRow } from "../model";
import { directionOf } from "../scoring/compute";
import { quote, toHalfWidth } from "../text";
import { Target } from "../values/target";
import { approvedMatch, targetAsWritten, textKey } from "./approved-goals";
import { hasTargetContent } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** The comparison a target means: as written, else ≥ (≤ under 成本). */
function comparatorOf(target: Target, level2: string): string {
  if (target.comparator) return target.comparator;
  const direction = directionOf(target, level2);
  return direction === "atMost" ? "≤" : direction === "exactly" ? "=" : "≥";
}

function unitKey(unit: string): string {
  const folded = toHalfWidth(unit).replace(/\s+/g, "").toLowerCase();
  return folded === "百分比" ? "%" : folded;
}

/**
 * The cell where a self-evaluated target departs from the approved one, or undefined when
 * they agree: the symbol, the number or the unit, or the words of a qualitative target.
 */
function departure(row: IndicatorRow, approved: IndicatorRow) {
  const mine = row.target;
  const theirs = approved.target;
  if (mine.number === null || theirs.number === null) {
    const same =
      mine.number === theirs.number &&
      textKey(targetAsWritten(row)) === textKey(targetAsWritten(approved));
    return same ? undefined : row.value;
  }
  if (comparatorOf(mine, row.level2.text) !== comparatorOf(theirs, approved.level2.text))
    return row.symbol;
  if (Math.abs(mine.number - theirs.number) > 1e-9 || mine.upperBound !== theirs.upperBound)
    return row.value;
  const unit = unitKey(mine.unit);
  const approvedUnit = unitKey(theirs.unit);
  // A unit left out on one side is no change of target.
  if (unit !== "" && approvedUnit !== "" && unit !== approvedUnit) return row.unit;
  return undefined;
}

const rule: Rule = {
  meta: {
    id: "selfeval/target-changed",
    severity: "warning",
    readsWorkbook: true,
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "自评表的年度指标值与批复的绩效目标表不一致（同一项目，按指标名称、再按位置对应）",
        en: "A self-evaluation's annual target differs from the approved goal table (same project; indicators matched by name, then by position)",
      },
      why: {
        zh: "自评要对照批复的目标打分；悄悄改动目标值（如把 ≥95% 改成 ≥90%）会让未完成的指标看起来完成了，审核人会退回。",
        en: "Self-evaluations are scored against the approved targets; a quietly lowered target makes a shortfall look met, and reviewers send it back.",
      },
    },
    messages: {
      changed: {
        zh: "年度指标值“{mine}”与批复的绩效目标“{approved}”不一致（{where}）",
        en: 'annual target "{mine}" differs from the approved target "{approved}" ({where})',
      },
      suggestApproved: {
        zh: "按批复的目标值“{approved}”填写；目标确经调整的，附上调整批复",
        en: 'write the approved target "{approved}"; if it was changed by approval, attach that approval',
      },
    },
  },
  check({ table, workbook, approvedGoals, report }) {
    const match = approvedMatch(table, workbook, approvedGoals);
    if (!match) return;
    for (const { row, approved } of match.pairs) {
      if (!hasTargetContent(row) || !hasTargetContent(approved)) continue;
      const cell = departure(row, approved);
      if (!cell) continue;
      const approvedText = quote(targetAsWritten(approved));
      report({
        address: cell.address,
        messageId: "changed",
        data: {
          mine: quote(targetAsWritten(row)),
          approved: approvedText,
          where: `${match.goal.sheet}!${approved.value.address}`,
        },
        suggestion: { messageId: "suggestApproved", data: { approved: approvedText } },
      });
    }
  },
};
export default rule;

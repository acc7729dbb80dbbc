import { readActual, unitRelation } from "../scoring/compute";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "selfeval/actual-unit-mismatch",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    docs: {
      description: {
        zh: "实际完成值的单位与年度指标值不同（“个”对“%”；“元”对“万元”也要换算为同一单位）",
        en: "The actual is in another unit than the target (个 against %; 元 against 万元 should be converted too)",
      },
      why: {
        zh: "单位不同，实际与目标无法比较，得分也就无法核对。",
        en: "In different units actual and target cannot be compared, nor the score checked.",
      },
    },
    messages: {
      clash: {
        zh: "“{name}”的实际完成值以“{actualUnit}”计，年度指标值以“{targetUnit}”计，无法比较",
        en: 'the actual of "{name}" is in {actualUnit}, its target in {targetUnit}: they cannot be compared',
      },
      scale: {
        zh: "“{name}”的实际完成值以“{actualUnit}”计，年度指标值以“{targetUnit}”计",
        en: 'the actual of "{name}" is in {actualUnit}, its target in {targetUnit}',
      },
      suggestUnit: {
        zh: "实际完成值改用“{targetUnit}”，与年度指标值一致",
        en: "give the actual in {targetUnit}, as the target",
      },
    },
  },
  check({ table, report }) {
    for (const row of table.indicators) {
      const { target } = row;
      if (!row.actual || row.actual.text === "" || target.number === null) continue;
      const actual = readActual(row.actual);
      if (actual.number === null || actual.deadline || !actual.unitIsUnit) continue;
      if (!target.unitIsUnit) continue;
      const relation = unitRelation(actual.unit, target.unit);
      if (relation.kind === "same") continue;
      report({
        address: row.actual.address,
        messageId: relation.kind,
        data: { ...indicatorName(row), actualUnit: actual.unit, targetUnit: target.unit },
        suggestion: { messageId: "suggestUnit", data: { targetUnit: target.unit } },
      });
    }
  },
};
export default rule;

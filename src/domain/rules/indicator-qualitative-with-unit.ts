import { sameCell } from "../model";
import { indicatorName } from "./helpers";
import { kindOf } from "./indicator-quantitative-without-number";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "indicator/qualitative-with-unit",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标值类型写明“定性”，却填了数值或计量单位",
        en: "The kind column says 定性 (qualitative) but the row carries a number or a unit",
      },
      why: {
        zh: "定性指标用文字描述目标；带数值或单位说明它其实是定量指标，类型填错了。",
        en: "A qualitative indicator describes its target in words; a number or unit means it is quantitative and the kind is wrong.",
      },
    },
    messages: {
      withNumber: {
        zh: "“{name}”标为定性指标，指标值却是数值 {number}",
        en: '"{name}" is marked qualitative but its target is the number {number}',
      },
      withUnit: {
        zh: "“{name}”标为定性指标，却填了计量单位“{unit}”",
        en: '"{name}" is marked qualitative but has the unit "{unit}"',
      },
      suggestKind: {
        zh: "有数值的改为定量，并写明符号；确为定性的删去数值和单位，写明目标描述",
        en: "with a number, mark it 定量 and add a symbol; if qualitative, delete the number and unit and describe the target",
      },
    },
  },
  check({ table, report }) {
    if (table.columns.kind === undefined) return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (kindOf(row.kind?.text) !== "qualitative") continue;
      const t = row.target;
      if (t.number !== null && !t.deadline) {
        report({
          address: row.value.address,
          messageId: "withNumber",
          data: { ...indicatorName(row), number: t.number },
          suggestion: { messageId: "suggestKind" },
        });
      } else if (t.unitIsUnit && !sameCell(row.unit, row.value)) {
        report({
          address: row.unit.address,
          messageId: "withUnit",
          data: { ...indicatorName(row), unit: t.unit },
          suggestion: { messageId: "suggestKind" },
        });
      }
    }
  },
};
export default rule;

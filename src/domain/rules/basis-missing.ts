import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName } from "./helpers";

const rule: Rule = {
  meta: {
    id: "basis/missing",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: { zh: "指标值确定依据为空", en: "The basis for the target value is blank" },
      why: {
        zh: "审核人要知道目标值从何而来（工作计划、行业标准、历史数据），否则无法判断是否合理。",
        en: "Reviewers need to know where a target comes from (plan, standard, history) to judge it.",
      },
    },
    messages: {
      blank: {
        zh: "依据为空：“{name}”未填写指标值确定依据",
        en: 'no basis: "{name}" does not say where its target comes from',
      },
      suggestBasis: {
        zh: "写明依据，如“根据年度工作计划”“依据国家或行业标准”“参考近三年完成情况”",
        en: "name the source: the annual work plan, a national or industry standard, the last three years",
      },
    },
  },
  check({ table, report }) {
    if (table.columns.basis === undefined) return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row.basis || row.basis.text !== "") continue;
      report({
        address: row.basis.address,
        messageId: "blank",
        data: { ...indicatorName(row) },
        suggestion: { messageId: "suggestBasis" },
      });
    }
  },
};
export default rule;

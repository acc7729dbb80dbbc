import { quote } from "../text";
import { basisRepeats } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "basis/repeats-indicator",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "指标值确定依据只是重复了指标名称或指标描述",
        en: "The basis merely repeats the indicator's name or description",
      },
      why: {
        zh: "依据要说明目标值的来源，重复名称等于没有填写。",
        en: "The basis must say where the target comes from; repeating the name says nothing.",
      },
    },
    messages: {
      repeatsName: {
        zh: "依据重复了指标名称：“{basis}”",
        en: 'the basis repeats the indicator name: "{basis}"',
      },
      repeatsDescription: {
        zh: "依据重复了指标描述：“{basis}”",
        en: 'the basis repeats the description: "{basis}"',
      },
      suggestBasis: {
        zh: "写明目标值的来源，如“根据年度工作计划”“依据国家或行业标准”",
        en: "say where the target comes from: the work plan, a standard, past results",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row.basis) continue;
      const repeated = basisRepeats(row);
      if (!repeated) continue;
      const messageId = repeated === "name" ? "repeatsName" : "repeatsDescription";
      report({
        address: row.basis.address,
        messageId,
        data: { basis: quote(row.basis.text) },
        suggestion: { messageId: "suggestBasis" },
      });
    }
  },
};
export default rule;

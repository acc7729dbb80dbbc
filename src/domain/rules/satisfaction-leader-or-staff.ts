import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { satisfactionRows } from "./helpers";

/** Leaders and the unit's own staff are not the project's service recipients. */
const INSIDERS = /(领导|上级|本单位|单位职工|本部门|干部职工|内部职工|机关人员|工作人员)/;

const rule: Rule = {
  meta: {
    id: "satisfaction/leader-or-staff",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "满意度调查对象是领导或本单位人员",
        en: "Satisfaction is measured among leaders or the unit's own staff",
      },
      why: {
        zh: "满意度应由服务对象（群众、企业、受益单位）评价，领导满意是自我评价。",
        en: "Satisfaction must come from those served (citizens, firms, beneficiaries); leaders' satisfaction is self-assessment.",
      },
    },
    messages: {
      insider: {
        zh: "满意度对象不当：“{name}”调查的是领导或本单位人员，不是服务对象",
        en: 'wrong respondents: "{name}" asks leaders or the unit\'s staff, not those served',
      },
      suggestRecipients: {
        zh: "改为服务对象满意度，如“用地单位满意度”“群众满意度”",
        en: "measure those served instead, e.g. 用地单位满意度 or 群众满意度",
      },
    },
  },
  check({ table, report }) {
    for (const row of satisfactionRows(table)) {
      if (!INSIDERS.test(row.level3.text)) continue;
      report({
        address: row.level3.address,
        messageId: "insider",
        data: { name: quote(row.level3.text) },
        suggestion: { messageId: "suggestRecipients" },
      });
    }
  },
};
export default rule;

import { FORM_SCHEMAS, schemaFieldIn } from "../forms";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "header/missing-recommended",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "表头项为空：实施单位、项目负责人及电话（项目支出表）",
        en: "A header field is blank: implementing unit, person in charge and phone (project tables)",
      },
      why: {
        zh: "审核人需要知道由谁实施、出问题找谁；空着常被要求补填。",
        en: "Reviewers need to know who carries the project out and whom to call; blanks are usually sent back to be filled.",
      },
    },
    messages: {
      blank: { zh: "“{label}”为空，请填写", en: '"{labelEn}" is blank; please fill it in' },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    for (const field of FORM_SCHEMAS[table.form].recommended) {
      const found = schemaFieldIn(table, field);
      if (!found || found.value.text !== "") continue;
      report({
        address: found.value.address,
        messageId: "blank",
        data: { label: field.label.zh, labelEn: field.label.en },
      });
    }
  },
};
export default rule;

import { FORM_SCHEMAS, schemaFieldIn } from "../forms";
import { normalizeLabel } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "header/missing-required",
    severity: "error",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "必填表头项为空：项目名称（部门整体表为部门名称）、主管部门、年度资金总额、年度目标",
        en: "A required header field is blank: project (or department) name, department, annual funds, annual goal",
      },
      why: {
        zh: "财政部门据此识别项目和资金，缺项的表会被直接退回。",
        en: "The finance bureau identifies the project and its money by these fields; a table missing one is sent back.",
      },
    },
    messages: {
      blank: { zh: "“{label}”为空，必须填写", en: '"{labelEn}" is blank and must be filled in' },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    for (const field of FORM_SCHEMAS[table.form].required) {
      const found = schemaFieldIn(table, field);
      if (!found || found.value.text !== "") continue;
      // Held under another field's label (a department self-evaluation's 单位 for its name):
      // named as the sheet names it, not as the form's own field.
      const label =
        found === table.header[field.keys[0]]
          ? field.label
          : { zh: normalizeLabel(found.label.text), en: normalizeLabel(found.label.text) };
      report({
        address: found.value.address,
        messageId: "blank",
        data: { label: label.zh, labelEn: label.en },
      });
    }
  },
};
export default rule;

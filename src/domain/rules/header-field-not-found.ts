import { FORM_SCHEMAS, schemaFieldIn } from "../forms";
import { BOTH_PROFILES, Rule } from "./rule";

const rule: Rule = {
  meta: {
    id: "header/field-not-found",
    severity: "info",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "表头中没有找到必填项的栏目（可能是未识别的写法）",
        en: "A required header field's label was not found (it may be worded in a way not recognized)",
      },
      why: {
        zh: "各地表样不同：找不到的栏目只作提示，请核对表中是否确有此项，而不是当作错误。",
        en: "Forms differ by province: a label that was not found is only a hint to check, not an error.",
      },
    },
    messages: {
      absent: {
        zh: "表头中没有找到“{label}”一栏，请核对是否漏填或用了别的说法",
        en: 'no "{labelEn}" field was found in the header; check whether it is missing or worded otherwise',
      },
    },
  },
  check({ table, report }) {
    // A second indicator set shares the header of the table it continues: checked there.
    if (table.continues !== undefined) return;
    const required = FORM_SCHEMAS[table.form].required;
    if (required.every((f) => schemaFieldIn(table, f))) return;
    const absent = required.filter((f) => !schemaFieldIn(table, f));
    report({
      address: table.headerAnchor.address,
      messageId: "absent",
      data: {
        label: absent.map((f) => f.label.zh).join("、"),
        labelEn: absent.map((f) => f.label.en).join(", "),
      },
    });
  },
};
export default rule;

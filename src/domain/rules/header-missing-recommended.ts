import { HeaderKey } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";

const RECOMMENDED_FIELDS: Array<[HeaderKey, string]> = [
  ["implementer", "实施单位"],
  ["owner", "项目负责人及电话"],
];

const rule: Rule = {
  meta: {
    id: "header/missing-recommended",
    severity: "warning",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "表头项为空：实施单位、项目负责人及电话",
        en: "A header field is blank: implementing unit, person in charge and phone",
      },
      why: {
        zh: "审核人需要知道由谁实施、出问题找谁；空着常被要求补填。",
        en: "Reviewers need to know who carries the project out and whom to call; blanks are usually sent back to be filled.",
      },
    },
    messages: {
      blank: { zh: "“{label}”为空，请填写", en: '"{label}" is blank; please fill it in' },
      absent: { zh: "表头缺少“{label}”一栏", en: 'the header has no "{label}" field' },
    },
  },
  check({ table, report }) {
    const absent: string[] = [];
    for (const [key, label] of RECOMMENDED_FIELDS) {
      const field = table.header[key];
      if (!field) absent.push(label);
      else if (field.value.text === "")
        report({ address: field.value.address, messageId: "blank", data: { label } });
    }
    // Absent fields have no cell of their own: one finding at the header's first cell names them all.
    if (absent.length > 0)
      report({
        address: table.headerAnchor.address,
        messageId: "absent",
        data: { label: absent.join("、") },
      });
  },
};
export default rule;

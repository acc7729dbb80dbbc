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
    },
  },
  check({ table, report }) {
    for (const [key, label] of RECOMMENDED_FIELDS) {
      const field = table.header[key];
      if (field && field.value.text === "")
        report({ address: field.value.address, messageId: "blank", data: { label } });
    }
  },
};
export default rule;

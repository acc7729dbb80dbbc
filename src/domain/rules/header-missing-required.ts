import { HeaderKey } from "../model";
import { BOTH_PROFILES, Rule } from "./rule";

export const REQUIRED_FIELDS: Array<[HeaderKey, string]> = [
  ["projectName", "项目名称"],
  ["department", "主管部门"],
  ["fundsTotal", "年度资金总额"],
  ["goal", "年度目标"],
];

const rule: Rule = {
  meta: {
    id: "header/missing-required",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "必填表头项为空：项目名称、主管部门、年度资金总额、年度目标",
        en: "A required header field is blank: project name, department, annual funds, annual goal",
      },
      why: {
        zh: "财政部门据此识别项目和资金，缺项的表会被直接退回。",
        en: "The finance bureau identifies the project and its money by these fields; a table missing one is sent back.",
      },
    },
    messages: {
      blank: { zh: "“{label}”为空，必须填写", en: '"{label}" is blank and must be filled in' },
      absent: { zh: "表头缺少“{label}”一栏", en: 'the header has no "{label}" field' },
    },
  },
  check({ table, report }) {
    // Absent fields share one cell (the anchor): one finding names them all.
    const absent: string[] = [];
    for (const [key, label] of REQUIRED_FIELDS) {
      const field = table.header[key];
      if (!field) absent.push(label);
      else if (field.value.text === "")
        report({ address: field.value.address, messageId: "blank", data: { label } });
    }
    if (absent.length > 0)
      report({
        address: table.headerAnchor.address,
        messageId: "absent",
        data: { label: absent.join("、") },
      });
  },
};
export default rule;

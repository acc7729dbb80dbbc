import rule from "../../src/domain/rules/indicator-prose-target";
import { CLEAN_MOF } from "../support/layouts";
import { proseTable } from "../support/forms";
import { runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    { name: "a short line in a prose grid", snapshot: proseTable(["质量指标:合格率≥98%"]) },
  ],
  invalid: [
    {
      name: "each indicator a paragraph (湖南 2017 department template)",
      snapshot: proseTable([
        "质量指标:学校的教育教学秩序良好,校园文化建设深受好评,力争毕业生合格率达100%",
        "时效指标:按时完成教学任务,顺利完成中考,确保各项工作按期推进。",
      ]),
      findings: [
        { address: "C5", messageId: "prose", message: "指标写成一段描述" },
        { address: "C6", messageId: "prose" },
      ],
    },
  ],
});

import rule from "../../src/domain/rules/satisfaction-leader-or-staff";
import { CLEAN_HEBEI, CLEAN_MOF, IndicatorSpec } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

const STAFF: IndicatorSpec = {
  level1: "满意度指标",
  level2: "服务对象满意度指标",
  level3: "单位干部职工满意度",
  description: "干部职工对项目实施的满意程度",
  symbol: "≥",
  value: 95,
  unit: "%",
  basis: "通过问卷调查取得",
};

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (用地单位满意度)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "领导 outside satisfaction, 群众 inside it",
      table: {
        indicators: cleanWith({ 4: { level3: "领导批示事项办结率" }, 6: { level3: "群众满意度" } }),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "satisfaction of leaders",
      table: { indicators: cleanWith({ 6: { level3: "上级领导满意度" } }) },
      findings: [{ address: "C16", messageId: "insider", message: "“上级领导满意度”调查的是领导" }],
    },
    {
      name: "single column: the unit's own staff",
      table: {
        layout: "single",
        indicators: cleanWith({ 6: { level3: "本单位职工满意度" } }, CLEAN_MOF),
      },
      findings: [{ address: "C15", messageId: "insider", message: "本单位职工满意度" }],
    },
    {
      name: "merges unknown: a second satisfaction row on staff",
      sheet: { mergesKnown: false, tables: [{ indicators: [...CLEAN_HEBEI, STAFF] }] },
      findings: [{ address: "C17", messageId: "insider", message: "单位干部职工满意度" }],
    },
  ],
});

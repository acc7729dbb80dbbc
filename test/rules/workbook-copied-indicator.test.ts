import rule from "../../src/domain/rules/workbook-copied-indicator";
import { CLEAN_HEBEI, CLEAN_MOF, IndicatorSpec, TableSpec } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** The second project's indicators: rows 0 and 6 copied verbatim, the others reworded. */
const SURVEY: IndicatorSpec[] = [
  CLEAN_HEBEI[0],
  CLEAN_HEBEI[6],
  ...CLEAN_HEBEI.slice(1, 6).map((indicator) => ({
    ...indicator,
    description: `变更调查${indicator.description}`,
  })),
];
const SURVEY_TABLE: TableSpec = {
  header: { projectName: "2019 年度土地变更调查项目" },
  indicators: SURVEY,
};

runRuleTests(rule, {
  valid: [
    { name: "one clean Hebei table", table: {} },
    {
      name: "one clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "two projects with different indicators",
      sheet: {
        tables: [
          {},
          { header: { projectName: "耕地整治项目" }, layout: "single", indicators: CLEAN_MOF },
        ],
      },
    },
    {
      name: "same names, bases rewritten for the project",
      sheet: {
        tables: [
          {},
          {
            header: { projectName: "2019 年度土地变更调查项目" },
            indicators: CLEAN_HEBEI.map((i) => ({ ...i, basis: `变更调查：${i.basis}` })),
          },
        ],
      },
    },
    {
      name: "too little text to call it a copy",
      sheet: {
        tables: [
          { indicators: cleanWith({ 0: { description: "组卷", basis: "计划" } }) },
          {
            header: { projectName: "2019 年度土地变更调查项目" },
            indicators: cleanWith({ 0: { description: "组卷", basis: "计划" } }).map((i, k) =>
              k === 0 ? i : { ...i, basis: `变更调查：${i.basis}` }
            ),
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "two rows copied into the second table",
      sheet: { tables: [{}, SURVEY_TABLE] },
      findings: [
        {
          address: "D28",
          messageId: "copied",
          message: "“完成组卷个数”与“土地征收组卷报批项目”表（Sheet1!C10）逐字相同",
        },
        { address: "D29", messageId: "copied", message: "Sheet1!C16" },
      ],
    },
    {
      name: "single column: the cost row copied",
      sheet: {
        tables: [
          { layout: "single", indicators: CLEAN_MOF },
          {
            layout: "single",
            header: { projectName: "高标准农田建设项目" },
            indicators: CLEAN_MOF.map((i, k) =>
              k === 3 ? i : { ...i, basis: `高标准农田：${i.basis}` }
            ),
          },
        ],
      },
      findings: [{ address: "D29", messageId: "copied", message: "“亩均整治成本”" }],
    },
    {
      name: "merges unknown",
      sheet: { mergesKnown: false, tables: [{}, SURVEY_TABLE] },
      findings: [
        { address: "D28", messageId: "copied" },
        { address: "D29", messageId: "copied" },
      ],
    },
  ],
});

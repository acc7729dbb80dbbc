import rule from "../../src/domain/rules/timeliness-after-budget-year";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** The clean table under a title naming its year, its 时效指标 row (index 2) set to a date. */
const titled = (title: string, target: string) => ({
  title: [title],
  indicators: cleanWith({ 2: { level3: "项目完成时间", symbol: "", value: target, unit: "" } }),
});

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (no title year)", table: {} },
    {
      name: "a deadline within the year",
      table: titled("2022年项目支出绩效目标申报表", "2022年12月31日前"),
    },
    {
      name: "no year in the title: nothing to hold the deadline to",
      table: titled("项目支出绩效目标申报表", "2023年底"),
    },
    {
      name: "a rate under a timeliness name, not a date",
      table: {
        title: ["(2022年度)"],
        indicators: cleanWith({ 2: { level3: "按期完成率", value: 95, unit: "%" } }),
      },
    },
  ],
  invalid: [
    {
      name: "a deadline in the next year (宁夏 2022: 2023年底)",
      table: titled("(2022年度)", "2023年底"),
      findings: [
        {
          address: "F13",
          messageId: "later",
          message: "“项目完成时间”的时限“2023年底”晚于本表的预算年度 2022 年",
        },
      ],
    },
    {
      name: "a period running into the next year (2023.07-2024.01)",
      table: titled("2023年项目支出绩效目标申报表", "2023.07-2024.01"),
      findings: [{ address: "F13", messageId: "later", message: "2023.07-2024.01" }],
    },
  ],
});

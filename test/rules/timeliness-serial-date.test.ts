import rule from "../../src/domain/rules/timeliness-serial-date";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** The clean table's 时效指标 row (index 2) asking for a date. */
const dated = (value: string | number, unit: string | number, level3 = "项目资金到位时间") =>
  cleanWith({ 2: { level3, symbol: "=", value, unit } });

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    { name: "a date written out", table: { indicators: dated("2021年12月31日前", "") } },
    {
      name: "a rate under a timeliness name, not a date",
      table: { indicators: dated(95, "%", "按期完成率") },
    },
    {
      name: "a large count under a name that asks for no date",
      table: { indicators: dated(44561, "人次", "及时服务人次") },
    },
  ],
  invalid: [
    {
      name: "the day number in 值 and 单位 (内蒙古 2021: 44,561)",
      table: { indicators: dated(44561, 44561) },
      findings: [
        {
          address: "F12",
          messageId: "serial",
          message: "“项目资金到位时间”的指标值显示为数字 44561，应为日期 2021年12月31日",
        },
        { address: "G12", messageId: "serial", message: "2021年12月31日" },
      ],
    },
  ],
});

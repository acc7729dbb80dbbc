import rule from "../../src/domain/rules/basis-same-every-row";
import { CLEAN_HEBEI } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

/** Every row of the clean table with this basis. */
const everyBasis = (basis: string) => CLEAN_HEBEI.map((row) => ({ ...row, basis }));

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table: a basis of its own on each row", table: {} },
    {
      name: "two rows sharing a basis, the others their own",
      table: {
        indicators: cleanWith({
          0: { basis: "根据年度工作计划" },
          1: { basis: "根据年度工作计划" },
        }),
      },
    },
    {
      name: "one phrase on all rows but one",
      table: {
        indicators: everyBasis("该指标值数据合理").map((row, i) =>
          i === 2 ? { ...row, basis: "依据省级考核办法" } : row
        ),
      },
    },
  ],
  invalid: [
    {
      name: "one stock phrase on every row",
      table: { indicators: everyBasis("该指标值数据合理") },
      findings: CLEAN_HEBEI.map((_, i) => ({
        address: `H${10 + i}`,
        messageId: "same",
        message:
          i === 0 ? "“完成组卷个数”的依据与其余各行相同：“该指标值数据合理”" : "该指标值数据合理",
      })),
    },
  ],
});

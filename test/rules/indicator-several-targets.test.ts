import rule from "../../src/domain/rules/indicator-several-targets";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "one target with words around it, a list in words, a range, a deadline",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            0: { value: "完成全市375万平方米的绿地养护、维护等" },
            1: { value: "资料齐全、规范" },
            2: { value: "2022年3月、6月、9月底前" },
            4: { value: "90%-100%" },
          },
          CLEAN_MOF
        ),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "two areas in one cell (东莞 2022)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "建筑面积2.6万平方米,展示面积1万平方米" } }, CLEAN_MOF),
      },
      findings: [
        {
          address: "E9",
          messageId: "several",
          message:
            "一个指标值写了 2 个目标：“整治耕地面积”的指标值为“建筑面积2.6万平方米,展示面积1万平方米”",
        },
      ],
    },
    {
      name: "four counts listed with 、 (福建 2017), and two targets with their symbols",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            0: { value: "困难台胞432人、高龄台胞1792人、困难学生助学95人、困难台胞技能培训91人" },
            1: { value: "≥95%；≥3个" },
          },
          CLEAN_MOF
        ),
      },
      findings: [
        { address: "E9", messageId: "several", message: "写了 4 个目标" },
        { address: "E10", messageId: "several", message: "写了 2 个目标" },
      ],
    },
  ],
});

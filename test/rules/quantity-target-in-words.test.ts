import rule from "../../src/domain/rules/quantity-target-in-words";
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
      name: "words under another category (质量: 达到国家标准)",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { value: "达到国家标准" } }, CLEAN_MOF),
      },
    },
    {
      name: "counts listed in words: indicator/several-targets speaks (福建 2017)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "困难台胞432人、高龄台胞1792人" } }, CLEAN_MOF),
      },
    },
    {
      name: "a count typed in full-width digits (开展丰收节活动１次)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "开展丰收节活动１次" } }, CLEAN_MOF),
      },
    },
    {
      name: "a deadline under 数量",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { value: "12月底前完成" } }, CLEAN_MOF),
      },
    },
  ],
  invalid: [
    {
      name: "覆盖全区所有人员 under 数量指标 (昭化 2021)",
      table: {
        layout: "single",
        indicators: cleanWith({ 0: { level3: "宣传教育", value: "覆盖全区所有人员" } }, CLEAN_MOF),
      },
      findings: [
        {
          address: "E9",
          messageId: "words",
          message: "数量指标“宣传教育”的目标是文字“覆盖全区所有人员”，没有数值和单位",
        },
      ],
    },
  ],
});

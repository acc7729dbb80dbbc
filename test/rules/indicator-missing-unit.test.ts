import rule from "../../src/domain/rules/indicator-missing-unit";
import { CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    { name: "clean Hebei table (满意度 ≥ 90 %)", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "dimensionless 指数 with no unit",
      table: {
        indicators: cleanWith({
          4: { level3: "耕地复种指数", description: "整治后耕地的复种指数", value: 1.8, unit: "" },
        }),
      },
    },
    {
      name: "系数 named only in the description",
      table: {
        indicators: cleanWith({
          4: { level3: "土地利用效率", description: "建设用地土地利用系数", value: 1.8, unit: "" },
        }),
      },
    },
    {
      name: "percent-formatted 0.95 with no unit",
      table: { indicators: cleanWith({ 1: { value: 0.95, unit: "", percentFormat: true } }) },
    },
    {
      name: "single column: percent-formatted 0.95",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { value: 0.95, percentFormat: true } }, CLEAN_MOF),
      },
    },
    {
      name: "qualitative marker with a number: another rule's business",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: 1, unit: "" } }) },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "an area whose name mentions 等级 still needs a unit",
      table: {
        indicators: cleanWith({ 0: { level3: "耕地质量等级提升面积", value: 500, unit: "" } }),
      },
      findings: [{ address: "G10", messageId: "missing", message: "“≥ 500”" }],
    },
    {
      name: "count without a unit",
      table: { indicators: cleanWith({ 0: { unit: "" } }) },
      findings: [{ address: "G10", messageId: "missing", message: "“≥ 12” 缺少计量单位" }],
    },
    {
      name: "single column: ≥1200 without a unit",
      table: { layout: "single", indicators: cleanWith({ 0: { value: "≥1200" } }, CLEAN_MOF) },
      findings: [{ address: "E9", messageId: "missing", message: "≥ 1200" }],
    },
    {
      name: "a count of gradings is still a count",
      table: {
        indicators: cleanWith({
          0: { level3: "宗地等级评定个数", description: "年度完成宗地等级评定的个数", unit: "" },
        }),
      },
      findings: [{ address: "G10", messageId: "missing" }],
    },
    {
      name: "mof-2021 forced: satisfaction 90 with no unit",
      profile: "mof-2021",
      table: { indicators: cleanWith({ 6: { unit: "" } }) },
      findings: [{ address: "G16", messageId: "missing", message: "≥ 90" }],
    },
    {
      name: "merges unknown: rate without a unit",
      sheet: { mergesKnown: false, tables: [{ indicators: cleanWith({ 2: { unit: "" } }) }] },
      findings: [{ address: "G12", messageId: "missing" }],
    },
  ],
});

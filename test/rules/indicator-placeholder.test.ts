import rule from "../../src/domain/rules/indicator-placeholder";
import { CLEAN_HEBEI, CLEAN_MOF } from "../support/layouts";
import { cleanWith, runRuleTests } from "../support/ruleTester";

runRuleTests(rule, {
  valid: [
    {
      name: "a 指标1： prefix before a real name is style/numbered-name's (some templates ask for it)",
      table: { indicators: cleanWith({ 0: { level3: "指标1：完成组卷个数" } }) },
    },
    { name: "clean Hebei table", table: {} },
    {
      name: "clean mof-2021 single-column table",
      table: { layout: "single", indicators: CLEAN_MOF },
    },
    {
      name: "Latin words and X-ray names: CT扫描, Excel, X光机, 3×4 米",
      table: {
        indicators: cleanWith({
          0: { level3: "CT扫描人次", unit: "人次" },
          1: { level3: "Excel台账规范率" },
          3: { level3: "X光机维护费用" },
          4: { level3: "3×4米展板制作合格率" },
          5: { level3: "胸部检查(X线)", symbol: "", value: null, unit: "" },
        }),
      },
    },
    {
      name: "≥95% in one cell and a required-field asterisk",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { level3: "*工程验收合格率", value: "≥95%" } }, CLEAN_MOF),
      },
    },
    {
      name: "a real name that starts with 指标",
      table: { indicators: cleanWith({ 4: { level3: "指标调剂收益率" } }) },
    },
    {
      name: "blank placeholder row with level names only",
      table: { indicators: [...CLEAN_HEBEI, { level1: "效益指标", level2: "可持续影响指标" }] },
    },
    {
      name: "the template's own …… row, nothing filled in (Hunan 2021)",
      table: {
        indicators: [
          ...CLEAN_HEBEI,
          { level1: "效益指标", level2: "可持续影响指标", level3: "……" },
          { level1: "效益指标", level2: "……", level3: "…", value: "……" },
        ],
      },
    },
    {
      name: "qualitative target",
      table: { indicators: cleanWith({ 5: { symbol: "定性", value: "好" } }) },
    },
    {
      name: "the template's hint kept in a name whose target is filled in (Hunan 2018)",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            0: { level3: "整治耕地面积( ≥**亩 )" },
            6: { level3: "受益农户满意度(≥**%)" },
            4: { level3: "受益农户户数≥**户", value: "≥300户" },
          },
          CLEAN_MOF
        ),
      },
    },
    { name: "merges unknown", sheet: { mergesKnown: false, tables: [{}] } },
  ],
  invalid: [
    {
      name: "split: ** in 值, *% in 单位, XX in 值",
      table: {
        indicators: cleanWith({
          0: { value: "**" },
          1: { value: null, unit: "*%" },
          4: { value: "XX" },
        }),
      },
      findings: [
        { address: "F10", messageId: "targetLeftover", message: "“完成组卷个数”的指标值为“**”" },
        { address: "G11", messageId: "targetLeftover", message: "“*%”" },
        { address: "F14", messageId: "targetLeftover", message: "“XX”" },
      ],
    },
    {
      name: "split: 20XX年 deadline and xx in 值",
      table: {
        indicators: cleanWith({
          2: { symbol: "", value: "20XX年12月31日前", unit: "" },
          0: { value: "xx" },
        }),
      },
      findings: [
        { address: "F10", messageId: "targetLeftover", message: "“xx”" },
        { address: "F12", messageId: "targetLeftover", message: "20XX年12月31日前" },
      ],
    },
    {
      name: "names: 指标1 alone, XX in a name, …… alone",
      table: {
        indicators: cleanWith({
          0: { level3: "指标1" },
          1: { level3: "XX项目验收合格率" },
          4: { level3: "……" },
        }),
      },
      findings: [
        { address: "C10", messageId: "nameOnlyNumber", message: "“指标1”" },
        { address: "C11", messageId: "nameLeftover", message: "“XX”" },
        { address: "C14", messageId: "nameLeftover", message: "……" },
      ],
    },
    {
      name: "the template's hint in a name, no target filled in",
      table: {
        indicators: cleanWith({
          0: { level3: "完成组卷个数（≥**个）", symbol: "", value: null, unit: "" },
          4: { level3: "重点项目用地保障率≥XX%", symbol: "", value: null, unit: "" },
        }),
      },
      findings: [
        {
          address: "C10",
          messageId: "nameHint",
          message: "三级指标名称仍带模板提示“（≥**个）”，指标值却未填写",
        },
        { address: "C14", messageId: "nameHint", message: "“≥XX%”" },
      ],
    },
    {
      name: "single column: (≥**%), ≥**人, X%, ××, ……",
      table: {
        layout: "single",
        indicators: cleanWith(
          {
            0: { value: "≥**人" },
            1: { value: "(≥**%)" },
            2: { value: "……" },
            4: { value: "≥X%" },
            6: { value: "≥××%" },
          },
          CLEAN_MOF
        ),
      },
      findings: [
        { address: "E9", messageId: "targetLeftover", message: "“≥**人”" },
        { address: "E10", messageId: "targetLeftover", message: "“(≥**%)”" },
        { address: "E11", messageId: "targetLeftover", message: "“……”" },
        { address: "E13", messageId: "targetLeftover", message: "“≥X%”" },
        { address: "E15", messageId: "targetLeftover", message: "“≥××%”" },
      ],
    },
    {
      name: "single column: 指标二 alone with its value still **",
      table: {
        layout: "single",
        indicators: cleanWith({ 1: { level3: "指标二", value: "≥**%" } }, CLEAN_MOF),
      },
      findings: [
        { address: "C10", messageId: "nameOnlyNumber", message: "“指标二”" },
        { address: "E10", messageId: "targetLeftover", message: "“指标二”的指标值为“≥**%”" },
      ],
    },
    {
      name: "merges unknown: **",
      sheet: {
        mergesKnown: false,
        tables: [{ indicators: cleanWith({ 1: { value: "**" } }) }],
      },
      findings: [{ address: "F11", messageId: "targetLeftover", message: "组卷材料合格率" }],
    },
  ],
});

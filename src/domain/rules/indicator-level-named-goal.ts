import { Field } from "../model";
import { tableFacts } from "../row-facts";
import { quote } from "../text";
import { ProfileId } from "../vocabulary";
import { Rule } from "./rule";

/**
 * The goal tables' systems (财预〔2015〕88号, 财预〔2021〕101号, the 中央预算内投资 template) name
 * their levels 指标. The evaluation framework's older templates name them 目标 (江苏 2016
 * `三、产出目标`), as their own words: not judged there.
 */
const GOAL_TABLE_PROFILES: ProfileId[] = ["mof-2015", "mof-2021", "ndrc-investment"];

/**
 * `目标` ending the name, before any points (`成本目标(20分)`), maybe spaced out as the
 * template spaced its levels (`成 本 目 标`); 绩效目标 is no level's name.
 */
const GOAL_ENDING = /(?<!绩\s*效\s*)目(\s*)标(?=\s*(?:[(（][^()（）]*[)）]\s*分?)?\s*$)/;

/** The level's name as its system spells it (`成本目标` → `成本指标`), or null when not so written. */
function spelledAsIndicator(text: string): string | null {
  return GOAL_ENDING.test(text) ? text.replace(GOAL_ENDING, "指$1标") : null;
}

const rule: Rule = {
  meta: {
    id: "indicator/level-named-goal",
    severity: "error",
    fixable: true,
    profiles: GOAL_TABLE_PROFILES,
    docs: {
      description: {
        zh: "一级或二级指标写成“××目标”（如“数量目标”），不是规范的指标名称",
        en: 'A first or second level is named "…目标" (数量目标), not the profile\'s name for it',
      },
      why: {
        zh: "指标体系规定的名称是“数量指标”“成本指标”等；写成“目标”的旧模板叫法会被退回改名。",
        en: "The profile names its levels 数量指标, 成本指标 and so on; the older templates' 目标 is sent back to be renamed.",
      },
    },
    messages: {
      named: {
        zh: "{level}指标写作“{name}”，规范名称为“{canonical}”",
        en: 'the {levelEn} level is written "{name}"; the profile names it "{canonical}"',
      },
      suggestCanonical: { zh: "改为“{canonical}”", en: 'write "{canonical}"' },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    const kinds = tableFacts(table).kinds;
    // A merged level cell is reported once.
    let reported: Set<string> | undefined;
    const judge = (field: Field, level: "一级" | "二级") => {
      const canonical = spelledAsIndicator(field.text);
      if (canonical === null) return;
      const address = field.address;
      if (reported?.has(address)) return;
      (reported ??= new Set()).add(address);
      report({
        address,
        messageId: "named",
        data: {
          level,
          levelEn: level === "一级" ? "first" : "second",
          name: quote(field.text),
          canonical: quote(canonical),
        },
        suggestion: { messageId: "suggestCanonical", data: { canonical: quote(canonical) } },
        fix:
          typeof field.value === "string" && field.value.trim() === field.text
            ? [{ field, value: canonical }]
            : undefined,
      });
    };
    for (let i = 0; i < rows.length; i++) {
      // Only a level the system knows under its 目标 spelling: other names are unknown levels.
      if (kinds[i].first) judge(rows[i].level1, "一级");
      if (kinds[i].second) judge(rows[i].level2, "二级");
    }
  },
};
export default rule;

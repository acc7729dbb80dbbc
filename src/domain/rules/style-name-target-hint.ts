import { quote } from "../text";
import { BOTH_PROFILES, Rule } from "./rule";
import { MARK_CHARACTERS, targetHintOf } from "./template-marks";

/**
 * The template's hint of the target format left at the end of a name whose target is filled
 * in (`苗木成活率(≥**%)` targeting 85). Without a target, indicator/placeholder reports it as
 * an error; with one, the name still reads as a template and reviewers may ask for it to go.
 */
const rule: Rule = {
  meta: {
    id: "style/name-target-hint",
    severity: "info",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "三级指标名称里留着模板的指标值提示（≥**%），指标值已填写",
        en: "A third-level name keeps the template's target hint (≥**%) although its target is filled in",
      },
      why: {
        zh: "指标值已经填好，名称里的“≥**%”只是没删的模板提示；删去后名称清楚，也不会被当成没填完。",
        en: "The target is filled in; the hint is a template leftover, and without it the name does not look unfinished.",
      },
    },
    messages: {
      hint: {
        zh: "三级指标名称里留着模板提示“{hint}”：“{text}”",
        en: 'the third-level name keeps the template hint "{hint}": "{text}"',
      },
      suggestDelete: {
        zh: "删去“{hint}”，名称改为“{rest}”",
        en: 'delete "{hint}": "{rest}"',
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // Nearly every name holds no mark character: no need to fold it.
      if (row.target.number === null || !MARK_CHARACTERS.test(row.level3.text)) continue;
      const name = row.level3.text.trim();
      const hint = targetHintOf(name);
      if (!hint) continue;
      report({
        address: row.level3.address,
        messageId: "hint",
        data: { hint: hint.hint, text: quote(name) },
        suggestion: { messageId: "suggestDelete", data: hint },
      });
    }
  },
};
export default rule;

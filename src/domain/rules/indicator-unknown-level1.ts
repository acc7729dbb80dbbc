import { PROFILES } from "../vocabulary";
import { quote } from "../text";
import { tableFacts } from "../row-facts";
import { levelsAreJudged } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** A first level that gives only its points (`(50分)`, `（30）`): a name left out. */
const POINTS_ONLY = /^\s*[(（[【]\s*\d+(?:\.\d+)?\s*分?\s*[)）\]】]\s*$/;

const rule: Rule = {
  meta: {
    id: "indicator/unknown-level1",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "一级指标为空或不在规范的指标体系内",
        en: "The first-level indicator is blank or not in the profile",
      },
      why: {
        zh: "一级指标只能是规范列出的类别（产出、效益、满意度等），否则无法归类评价。",
        en: "First levels must be the profile's categories (output, benefit, satisfaction…), or the indicator cannot be classified.",
      },
    },
    messages: {
      unknown: {
        zh: "一级指标“{name}”不在{profile}的指标体系内",
        en: 'first-level indicator "{name}" is not in the {profile} profile',
      },
      blank: { zh: "一级指标为空", en: "the first-level indicator is blank" },
      pointsOnly: {
        zh: "一级指标只写了分值“{name}”，没有名称",
        en: 'the first-level indicator gives its points "{name}" and no name',
      },
      suggestNames: { zh: "可选：{names}", en: "choose one of: {names}" },
    },
  },
  check({ table, report }) {
    if (!levelsAreJudged(table)) return;
    const names = () => PROFILES[table.profile].first.map((f) => f.name).join("、");
    // A merged 一级指标 cell is reported once; most tables report none.
    let reported: Set<string> | undefined;
    const rows = table.indicators;
    const kinds = tableFacts(table).kinds;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (reported?.has(row.level1.address)) continue;
      if (row.level1.text === "") {
        (reported ??= new Set()).add(row.level1.address);
        report({
          address: row.level1.address,
          messageId: "blank",
          suggestion: { messageId: "suggestNames", data: { names: names() } },
        });
      } else if (!kinds[i].firstLevel) {
        (reported ??= new Set()).add(row.level1.address);
        const pointsOnly = POINTS_ONLY.test(row.level1.text);
        report({
          address: row.level1.address,
          messageId: pointsOnly ? "pointsOnly" : "unknown",
          data: { name: quote(row.level1.text), profile: PROFILES[table.profile].name },
          suggestion: { messageId: "suggestNames", data: { names: names() } },
        });
      }
    }
  },
};
export default rule;

import { FirstLevel, PROFILES } from "../vocabulary";
import { toA1 } from "../snapshot";
import { RowKind, tableFacts } from "../row-facts";
import { levelsAreJudged } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/**
 * Whether some row's first level is this one, or, its first level blank or unknown, its second
 * level belongs to this one (数量指标 under a blank 一级指标: told by indicator/unknown-level1).
 */
function someRowIs(kinds: readonly RowKind[], first: FirstLevel): boolean {
  for (const kind of kinds) if ((kind.firstLevel ?? kind.second?.first.kind) === first) return true;
  return false;
}

const rule: Rule = {
  meta: {
    id: "table/missing-category",
    severity: "warning",
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "项目缺少产出、效益或满意度指标（mof-2021 还要求成本指标；评价指标体系要求产出和效益）；只有空白占位行的一级指标也算缺少",
        en: "The project has no output, benefit or satisfaction indicator (mof-2021: also cost; the evaluation framework: output and benefit)",
      },
      why: {
        zh: "规范要求每类一级指标至少一项，缺类说明绩效目标不完整。",
        en: "The profile asks for at least one indicator of each first level; a missing one means an incomplete goal.",
      },
    },
    messages: {
      missing: {
        zh: "缺少“{category}”：本表没有任何{category}",
        en: 'no "{category}": the table has none',
      },
      suggestAdd: { zh: "至少补充一项{category}", en: "add at least one {category}" },
    },
  },
  check({ table, report }) {
    if (!levelsAreJudged(table)) return;
    // A table with nothing filled in is reported once, by table/no-indicators.
    if (table.indicators.length === 0) return;
    // The profile's first levels no row names: most tables name them all.
    const kinds = tableFacts(table).kinds;
    let missing: string[] | undefined;
    for (const first of PROFILES[table.profile].first)
      if (!first.scoredByStandard && !someRowIs(kinds, first.kind))
        (missing ??= []).push(first.name);
    if (!missing) return;
    // One finding for all missing categories: findings on one cell with one message id are merged.
    const category = missing.join("、");
    const address = toA1(table.indicatorHeaderRow, table.columns.level1 ?? table.columns.level3);
    report({
      address,
      messageId: "missing",
      data: { category },
      suggestion: { messageId: "suggestAdd", data: { category } },
    });
  },
};
export default rule;

import { Field, GoalTable } from "../model";
import { RowKind, tableFacts } from "../row-facts";
import { isKnownLevelName, isSecondLevelName, PROFILES } from "../vocabulary";
import { quote } from "../text";
import { levelsAreJudged } from "./helpers";
import { BOTH_PROFILES, Report, Rule } from "./rule";

/** The suggestion: the second levels the first level allows. */
function namesUnder(first: NonNullable<RowKind["first"]>): Report["suggestion"] {
  return {
    messageId: "suggestNames",
    data: { parent: first.name, names: first.second.map((s) => s.names[0]).join("、") },
  };
}

/** A name that is a second level's (`数量指标`), or a level's by its 指标 (`可持续性发展影响指标`). */
function namesALevel(name: string): boolean {
  return isSecondLevelName(name) || /指标\s*$/.test(name);
}

function columnsHaveLevel2(table: GoalTable): boolean {
  return table.columns.level2 !== undefined;
}

const rule: Rule = {
  meta: {
    id: "indicator/level2-not-allowed",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "二级指标为空、不在规范内，或不属于所在的一级指标",
        en: "The second level is blank, unknown, or not allowed under its first level",
      },
      why: {
        zh: "二级指标决定指标的性质（数量、质量、时效、成本……），放错类别会被退回。",
        en: "The second level says what kind of indicator it is (quantity, quality, time, cost…); a wrong category is sent back.",
      },
    },
    messages: {
      blank: { zh: "二级指标为空", en: "the second-level indicator is blank" },
      nameIsLevel: {
        zh: "指标名称只写了二级指标“{name}”，没有具体的三级指标",
        en: 'the indicator name gives the second level "{name}", not an indicator of its own',
      },
      unknown: {
        zh: "二级指标“{name}”不在{profile}的指标体系内",
        en: 'second-level indicator "{name}" is not in the {profile} profile',
      },
      wrongParent: {
        zh: "二级指标“{name}”不属于一级指标“{parent}”，应归入“{expected}”",
        en: 'second level "{name}" does not belong under "{parent}"; it belongs under "{expected}"',
      },
      suggestNames: { zh: "“{parent}”下可选：{names}", en: 'allowed under "{parent}": {names}' },
    },
  },
  check({ table, report }) {
    if (!levelsAreJudged(table)) return;
    // A merged 二级指标 cell is reported once; most tables report none.
    let reported: Set<string> | undefined;
    // Reports the row's 二级指标 cell, its address spelled out only now.
    const reportOnce = (cell: Field, finding: Omit<Report, "address">) => {
      const address = cell.address;
      (reported ??= new Set()).add(address);
      report({ address, ...finding });
    };
    const rows = table.indicators;
    const kinds = tableFacts(table).kinds;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // Its address is read only once a cell was reported.
      if (reported?.has(row.level2.address)) continue;
      const { first, second } = kinds[i];
      if (!first) {
        // indicator/unknown-level1 speaks for the first level; the second is still judged.
        if (!columnsHaveLevel2(table)) continue;
        if (row.level1.text === "" && row.level2.text === "") {
          reportOnce(row.level2, { messageId: "blank" });
        } else if (row.level2.text !== "" && !second && !isKnownLevelName(row.level2.text)) {
          // A level's name here, known in another profile (产出指标 · 时效指标 in a table
          // the 中央预算内投资 template's 实施效果指标 put on it), is one defect of the row's
          // levels, which indicator/unknown-level1 reports.
          reportOnce(row.level2, {
            messageId: "unknown",
            data: { name: quote(row.level2.text), profile: PROFILES[table.profile].name },
          });
        }
        continue;
      }
      // The evaluation framework's 决策 and 过程 are divided as the evaluator sees fit, or not at all.
      if (first.scoredByStandard) continue;
      if (row.level2.text === "" && !columnsHaveLevel2(table) && namesALevel(row.level3.text)) {
        // No second-level column, and the name column holds the second level (临海 2024).
        reportOnce(row.level2, {
          messageId: "nameIsLevel",
          data: { name: quote(row.level3.text) },
        });
      } else if (row.level2.text === "") {
        // A form with no second-level column (海南 2018: 指标类型 · 绩效指标) asks for none.
        if (columnsHaveLevel2(table))
          reportOnce(row.level2, { messageId: "blank", suggestion: namesUnder(first) });
      } else if (!second) {
        reportOnce(row.level2, {
          messageId: "unknown",
          data: { name: quote(row.level2.text), profile: PROFILES[table.profile].name },
          suggestion: namesUnder(first),
        });
      } else if (second.first !== first) {
        reportOnce(row.level2, {
          messageId: "wrongParent",
          data: {
            name: quote(row.level2.text),
            parent: quote(row.level1.text),
            expected: second.first.name,
          },
          suggestion: namesUnder(first),
        });
      }
    }
  },
};
export default rule;

import { GoalTable, IndicatorRow } from "../model";
import { kindOfRowIn } from "../row-facts";
import { isFirstLevelName, PROFILES } from "../vocabulary";
import { quote } from "../text";
import { BOTH_PROFILES, Report, Rule } from "./rule";

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
    // A grid without level columns cannot be held to the vocabulary.
    if (table.columns.level1 === undefined) return;
    // A merged 二级指标 cell is reported once; most tables report none.
    let reported: Set<string> | undefined;
    // A cell's address is spelled out only when it is reported, or another was.
    const reportAt = (row: IndicatorRow, what: Omit<Report, "address">) => {
      const address = row.level2.address;
      (reported ??= new Set()).add(address);
      report({ address, ...what });
    };
    for (const row of table.indicators) {
      if (reported?.has(row.level2.address)) continue;
      const { first, second } = kindOfRowIn(table, row);
      if (!first) {
        // indicator/unknown-level1 speaks for the first level; the second is still judged.
        if (!columnsHaveLevel2(table)) continue;
        if (row.level1.text === "" && row.level2.text === "") {
          reportAt(row, { messageId: "blank" });
        } else if (row.level2.text !== "" && !second && !isFirstLevelName(row.level2.text)) {
          // A first level's name here (实施效果指标 · 产出指标 · …) is the levels
          // shifted one column: one defect, which indicator/unknown-level1 reports.
          reportAt(row, {
            messageId: "unknown",
            data: { name: quote(row.level2.text), profile: PROFILES[table.profile].name },
          });
        }
        continue;
      }
      const suggestion = () => ({
        messageId: "suggestNames",
        data: { parent: first.name, names: first.second.map((s) => s.names[0]).join("、") },
      });
      if (row.level2.text === "") {
        reportAt(row, { messageId: "blank", suggestion: suggestion() });
        continue;
      }
      if (!second) {
        reportAt(row, {
          messageId: "unknown",
          data: { name: quote(row.level2.text), profile: PROFILES[table.profile].name },
          suggestion: suggestion(),
        });
      } else if (second.first !== first) {
        reportAt(row, {
          messageId: "wrongParent",
          data: {
            name: quote(row.level2.text),
            parent: quote(row.level1.text),
            expected: second.first.name,
          },
          suggestion: suggestion(),
        });
      }
    }
  },
};
export default rule;

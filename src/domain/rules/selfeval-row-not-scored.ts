import { IndicatorRow } from "../model";
import { withoutListNumber } from "../text";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** A row that breaks down the one above (`其中桃树种植面积`): scored with it, not on its own. */
const BREAKDOWN = /^\s*其中/;

const isBlank = (row: IndicatorRow, cell: "weight" | "score") => (row[cell]?.text ?? "") === "";

const rule: Rule = {
  meta: {
    id: "selfeval/row-not-scored",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    wholeTable: true,
    docs: {
      description: {
        zh: "自评表中有年度指标值和实际完成值的指标，分值和得分都空白",
        en: "A self-evaluation indicator with a target and an actual has neither points nor a score",
      },
      why: {
        zh: "每项指标都要按分值计分；漏计的指标使总分无从核对。",
        en: "Every indicator is scored against its points; one left out makes the total impossible to check.",
      },
    },
    messages: {
      unscored: {
        zh: "“{name}”有年度指标值和实际完成值，分值和得分却都空白，未计分",
        en: '"{name}" has a target and an actual but neither points nor a score',
      },
      suggestScore: {
        zh: "填写该指标的分值，并按完成情况计分",
        en: "give the indicator its points and score it by what was achieved",
      },
    },
  },
  check({ table, report }) {
    const { weight, score } = table.columns;
    if (weight === undefined || score === undefined) return;
    const rows = table.indicators;
    // Only where scoring is the table's way: most of its rows carry points or a score.
    const scored = rows.filter((row) => !isBlank(row, "weight") || !isBlank(row, "score")).length;
    if (scored * 2 < rows.length) return;
    for (const row of rows) {
      if (!isBlank(row, "weight") || !isBlank(row, "score") || !row.score) continue;
      if (row.value.text === "" || (row.actual?.text ?? "") === "") continue;
      if (BREAKDOWN.test(withoutListNumber(row.level3.text))) continue;
      report({
        address: row.score.address,
        messageId: "unscored",
        data: indicatorName(row),
        suggestion: { messageId: "suggestScore" },
      });
    }
  },
};
export default rule;

import { IndicatorRow } from "../model";
import { qualitativeTierOf } from "../scoring/compute";
import { ScoringSettings } from "../scoring/settings";
import { toHalfWidth } from "../text";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";
import { formatScore, rowScoring, targetText } from "./selfeval-row";

/** Words that say nothing of why a target was missed. */
const EMPTY_REASONS = new Set([
  "无",
  "没有",
  "无偏差",
  "无差异",
  "完成",
  "已完成",
  "全部完成",
  "达到",
  "已达到",
  "达成",
  "已达成",
  "达到目标",
  "完成目标",
]);

/** A reason cell's words: no spaces, punctuation or placeholder dashes. */
function reasonWords(text: string): string {
  return toHalfWidth(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

type Shortfall =
  | { messageId: "notMet"; data: { actual: string; target: string } }
  | { messageId: "tier"; data: { actual: string } }
  | { messageId: "lostPoints"; data: { score: string; points: string } };

/** How the row falls short, or null when it does not (or it cannot be told). */
function shortfallOf(row: IndicatorRow, scoring: ScoringSettings): Shortfall | null {
  const { points, score, actual, quantitative } = rowScoring(row);
  const actualText = row.actual?.text ?? "";
  // A ≤ indicator under its target, or any indicator met, needs no reason; a met
  // indicator scored short is a score to correct (selfeval/score-not-following).
  if (quantitative?.met === false)
    return { messageId: "notMet", data: { actual: actualText, target: targetText(row.target) } };
  if (quantitative) return null;
  const tier = actual && actual.number === null ? qualitativeTierOf(actualText) : null;
  if (tier !== null && tier !== "achieved")
    return { messageId: "tier", data: { actual: actualText } };
  if (points !== null && score !== null && score < points - scoring.scoreTolerance)
    return {
      messageId: "lostPoints",
      data: { score: formatScore(score), points: formatScore(points) },
    };
  return null;
}

const rule: Rule = {
  meta: {
    id: "selfeval/shortfall-no-reason",
    severity: "warning",
    profiles: BOTH_PROFILES,
    forms: ["selfEvaluation"],
    docs: {
      description: {
        zh: "未达到目标或未得满分的指标没有写偏差原因，或只写了“无”“已完成”",
        en: "An indicator that fell short (or lost points) has no reason for the shortfall, or only 无 / 已完成",
      },
      why: {
        zh: "每个未完成的指标都要说明偏差原因和改进措施，这是自评的主要用途。",
        en: "Every shortfall needs its cause and the remedy: that is what the self-evaluation is for.",
      },
    },
    messages: {
      notMet: {
        zh: "“{name}”实际完成值 {actual} 未达到年度指标值 {target}，偏差原因分析及改进措施空白",
        en: '"{name}" fell short of its target {target} (actual {actual}), but no reason is given',
      },
      tier: {
        zh: "“{name}”实际完成情况为“{actual}”，偏差原因分析及改进措施空白",
        en: '"{name}" reports "{actual}", but no reason for the shortfall is given',
      },
      lostPoints: {
        zh: "“{name}”得分 {score} 低于分值 {points}，偏差原因分析及改进措施空白",
        en: '"{name}" scores {score} of {points}, but no reason for the lost points is given',
      },
      empty: {
        zh: "“{name}”未完成目标，偏差原因却只写了“{reason}”",
        en: '"{name}" fell short, but the reason only says "{reason}"',
      },
      suggestReason: {
        zh: "写明未完成的原因和改进措施",
        en: "state why the target was missed and what will be done about it",
      },
    },
  },
  check({ table, scoring, report }) {
    for (const row of table.indicators) {
      if (!row.reason) continue;
      const words = reasonWords(row.reason.text);
      if (words !== "" && !EMPTY_REASONS.has(words)) continue;
      const shortfall = shortfallOf(row, scoring);
      if (!shortfall) continue;
      const name = indicatorName(row);
      report({
        address: row.reason.address,
        ...(words === ""
          ? { messageId: shortfall.messageId, data: { ...name, ...shortfall.data } }
          : { messageId: "empty", data: { ...name, reason: row.reason.text.trim() } }),
        suggestion: { messageId: "suggestReason" },
      });
    }
  },
};
export default rule;

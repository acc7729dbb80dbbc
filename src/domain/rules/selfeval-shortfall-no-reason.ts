import { IndicatorRow } from "../model";
import { qualitativeTierOf } from "../scoring/compute";
import { ScoringSettings } from "../scoring/settings";
import { toHalfWidth } from "../text";
import { indicatorName } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";
import { formatScore, rowScoring } from "./selfeval-row";

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

/** Why the row falls short, or null when it does not (or cannot be told). */
function shortfallOf(
  row: IndicatorRow,
  scoring: ScoringSettings
):
  | { kind: "notMet" }
  | { kind: "tier"; tier: string }
  | { kind: "score"; score: string; points: string }
  | null {
  const { points, score, actual, quantitative } = rowScoring(row);
  // A ≤ indicator under its target, or any indicator met, needs no reason; a met
  // indicator scored short is a score to correct (selfeval/score-not-following).
  if (quantitative?.met === false) return { kind: "notMet" };
  if (quantitative) return null;
  const tier = actual && actual.number === null ? qualitativeTierOf(row.actual?.text ?? "") : null;
  if (tier !== null && tier !== "achieved") return { kind: "tier", tier: row.actual?.text ?? "" };
  if (points !== null && score !== null && score < points - scoring.scoreTolerance)
    return { kind: "score", score: formatScore(score), points: formatScore(points) };
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
      missing: {
        zh: "“{name}”{what}，偏差原因分析及改进措施空白",
        en: '"{name}" {whatEn}, but no reason for the shortfall is given',
      },
      empty: {
        zh: "“{name}”{what}，偏差原因只写了“{reason}”",
        en: '"{name}" {whatEn}, but the reason only says "{reason}"',
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
      const what =
        shortfall.kind === "notMet"
          ? {
              zh: `实际完成值 ${row.actual?.text ?? ""} 未达到年度指标值`,
              en: "fell short of its target",
            }
          : shortfall.kind === "tier"
            ? { zh: `实际完成情况为“${shortfall.tier}”`, en: `reports "${shortfall.tier}"` }
            : {
                zh: `得分 ${shortfall.score} 低于分值 ${shortfall.points}`,
                en: `scores ${shortfall.score} of ${shortfall.points}`,
              };
      report({
        address: row.reason.address,
        messageId: words === "" ? "missing" : "empty",
        data: { name: indicatorName(row), what: what.zh, whatEn: what.en, reason: row.reason.text },
        suggestion: { messageId: "suggestReason" },
      });
    }
  },
};
export default rule;

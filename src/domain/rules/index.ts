/** The rule catalogue: every rule module, in the order findings are produced. */
import { Rule } from "./rule";
import basisMissing from "./basis-missing";
import basisRepeatsIndicator from "./basis-repeats-indicator";
import basisSameEveryRow from "./basis-same-every-row";
import costTarget from "./cost-target";
import fundsInvalidAmount from "./funds-invalid-amount";
import fundsSumMismatch from "./funds-sum-mismatch";
import headerFieldNotFound from "./header-field-not-found";
import headerGoalOnlyAmount from "./header-goal-only-amount";
import headerLongTermGoalCopied from "./header-long-term-goal-copied";
import headerMissingRecommended from "./header-missing-recommended";
import headerMissingRequired from "./header-missing-required";
import indicatorLevelNamedGoal from "./indicator-level-named-goal";
import indicatorLevel2NotAllowed from "./indicator-level2-not-allowed";
import indicatorMeaninglessTarget from "./indicator-meaningless-target";
import indicatorMissingName from "./indicator-missing-name";
import indicatorNameIsTime from "./indicator-name-is-time";
import indicatorMissingSymbol from "./indicator-missing-symbol";
import indicatorMissingUnit from "./indicator-missing-unit";
import indicatorMissingValue from "./indicator-missing-value";
import indicatorNotANumber from "./indicator-not-a-number";
import indicatorOutOfRange from "./indicator-out-of-range";
import indicatorPlaceholder from "./indicator-placeholder";
import indicatorQualitativeWithUnit from "./indicator-qualitative-with-unit";
import indicatorQuantitativeWithoutNumber from "./indicator-quantitative-without-number";
import indicatorProseTarget from "./indicator-prose-target";
import indicatorQualitativeWithNumber from "./indicator-qualitative-with-number";
import indicatorRateAtLeast100 from "./indicator-rate-at-least-100";
import indicatorUnitMismatch from "./indicator-unit-mismatch";
import indicatorSeveralTargets from "./indicator-several-targets";
import indicatorUnitNotAUnit from "./indicator-unit-not-a-unit";
import indicatorUnknownLevel1 from "./indicator-unknown-level1";
import indicatorValueUnitConflict from "./indicator-value-unit-conflict";
import qualityBareCount from "./quality-bare-count";
import quantityTargetInWords from "./quantity-target-in-words";
import satisfactionLeaderOrStaff from "./satisfaction-leader-or-staff";
import satisfactionMisfiled from "./satisfaction-misfiled";
import satisfactionTarget from "./satisfaction-target";
import selfevalActualMissing from "./selfeval-actual-missing";
import selfevalActualNotAValue from "./selfeval-actual-not-a-value";
import selfevalActualUnitMismatch from "./selfeval-actual-unit-mismatch";
import selfevalApprovedIndicatorMissing from "./selfeval-approved-indicator-missing";
import selfevalBudgetScoreMismatch from "./selfeval-budget-score-mismatch";
import selfevalFundsSumMismatch from "./selfeval-funds-sum-mismatch";
import selfevalGoalNotReported from "./selfeval-goal-not-reported";
import selfevalLowRateNoReason from "./selfeval-low-rate-no-reason";
import selfevalPointsSum from "./selfeval-points-sum";
import selfevalRateMismatch from "./selfeval-rate-mismatch";
import selfevalRowNotScored from "./selfeval-row-not-scored";
import selfevalScoreAbovePoints from "./selfeval-score-above-points";
import selfevalScoreNotFollowing from "./selfeval-score-not-following";
import selfevalShortfallNoReason from "./selfeval-shortfall-no-reason";
import selfevalTargetChanged from "./selfeval-target-changed";
import selfevalTierMismatch from "./selfeval-tier-mismatch";
import selfevalTotalMismatch from "./selfeval-total-mismatch";
import styleNameTargetHint from "./style-name-target-hint";
import styleNumberedName from "./style-numbered-name";
import stylePercentWord from "./style-percent-word";
import styleStraySpaces from "./style-stray-spaces";
import styleSymbolSpelling from "./style-symbol-spelling";
import tableDuplicateIndicator from "./table-duplicate-indicator";
import tableMissingCategory from "./table-missing-category";
import tableNoIndicators from "./table-no-indicators";
import tableUnknownColumn from "./table-unknown-column";
import tableWeightsSum from "./table-weights-sum";
import tableQualitativeMajority from "./table-qualitative-majority";
import timelinessAfterBudgetYear from "./timeliness-after-budget-year";
import timelinessNoTime from "./timeliness-no-time";
import timelinessSerialDate from "./timeliness-serial-date";
import workbookCopiedIndicator from "./workbook-copied-indicator";

export const RULES: readonly Rule[] = [
  basisMissing,
  basisRepeatsIndicator,
  basisSameEveryRow,
  costTarget,
  fundsInvalidAmount,
  fundsSumMismatch,
  headerFieldNotFound,
  headerGoalOnlyAmount,
  headerLongTermGoalCopied,
  headerMissingRecommended,
  headerMissingRequired,
  indicatorLevelNamedGoal,
  indicatorLevel2NotAllowed,
  indicatorMeaninglessTarget,
  indicatorMissingName,
  indicatorMissingSymbol,
  indicatorMissingUnit,
  indicatorMissingValue,
  indicatorNameIsTime,
  indicatorNotANumber,
  indicatorOutOfRange,
  indicatorPlaceholder,
  indicatorProseTarget,
  indicatorQualitativeWithNumber,
  indicatorQualitativeWithUnit,
  indicatorQuantitativeWithoutNumber,
  indicatorRateAtLeast100,
  indicatorSeveralTargets,
  indicatorUnitMismatch,
  indicatorUnitNotAUnit,
  indicatorUnknownLevel1,
  indicatorValueUnitConflict,
  qualityBareCount,
  quantityTargetInWords,
  satisfactionLeaderOrStaff,
  satisfactionMisfiled,
  satisfactionTarget,
  selfevalActualMissing,
  selfevalActualNotAValue,
  selfevalActualUnitMismatch,
  selfevalApprovedIndicatorMissing,
  selfevalBudgetScoreMismatch,
  selfevalFundsSumMismatch,
  selfevalGoalNotReported,
  selfevalLowRateNoReason,
  selfevalPointsSum,
  selfevalRateMismatch,
  selfevalRowNotScored,
  selfevalScoreAbovePoints,
  selfevalScoreNotFollowing,
  selfevalShortfallNoReason,
  selfevalTargetChanged,
  selfevalTierMismatch,
  selfevalTotalMismatch,
  styleNameTargetHint,
  styleNumberedName,
  stylePercentWord,
  styleStraySpaces,
  styleSymbolSpelling,
  tableDuplicateIndicator,
  tableMissingCategory,
  tableNoIndicators,
  tableQualitativeMajority,
  tableUnknownColumn,
  tableWeightsSum,
  timelinessAfterBudgetYear,
  timelinessNoTime,
  timelinessSerialDate,
  workbookCopiedIndicator,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}

import { Field, IndicatorRow } from "../model";
import { readActual } from "../scoring/compute";
import { quote } from "../text";
import { COUNT_UNITS } from "../vocabulary";
import { BOTH_PROFILES, Rule } from "./rule";
import { describeTarget, indicatorName, isPercentUnit } from "./helpers";

/** Growth and comparison rates may legitimately exceed 100 %. */
const GROWTH_WORDS = /(增长|增幅|增速|同比|环比|比上年|提高|提升)/;

/**
 * An actual may pass 100 % where the plan was outdone (`培训任务完成率 110%`); a rate of a
 * whole (合格率, 覆盖率, 到位率) may not.
 */
const OUTDONE_WORDS = /完成|超额/;

/** A self-evaluation's actual in percent above 100 % (宁夏 2022 `合格率 290%`), if any. */
function actualAbove100(row: IndicatorRow): Field | undefined {
  if (!row.actual || row.actual.text === "") return undefined;
  const actual = readActual(row.actual);
  if (actual.number === null || actual.number <= 100) return undefined;
  const inPercent =
    isPercentUnit(actual.unit) || (actual.unit === "" && isPercentUnit(row.target.unit));
  const outdone = GROWTH_WORDS.test(row.level3.text) || OUTDONE_WORDS.test(row.level3.text);
  return inPercent && !outdone ? row.actual : undefined;
}

/** A finding's data, made only for a finding (most rows are in range): no closure per row. */
function targetData(row: IndicatorRow): Record<string, string | number> {
  return { ...indicatorName(row), target: describeTarget(row.target) };
}

const rule: Rule = {
  meta: {
    id: "indicator/out-of-range",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "百分比超过 100%（目标，或自评的实际完成值）、千分比超过 1000‰，或数量为负数",
        en: "A percentage above 100 % (a target, or a self-evaluation's actual), a per-mille above 1000 ‰, or a negative count",
      },
      why: {
        zh: "超出可能范围的目标说明填错了数字或单位。",
        en: "A target outside the possible range means a wrong number or unit.",
      },
    },
    messages: {
      percent: {
        zh: "百分比超过 100%：“{name}”的目标为“{target}”",
        en: 'percentage above 100 %: "{name}" targets "{target}"',
      },
      actualPercent: {
        zh: "百分比超过 100%：“{name}”的实际完成值为“{actual}”",
        en: 'percentage above 100 %: the actual of "{name}" is "{actual}"',
      },
      permille: {
        zh: "千分比超过 1000‰：“{name}”的目标为“{target}”",
        en: 'per-mille above 1000 ‰: "{name}" targets "{target}"',
      },
      negative: {
        zh: "数量为负数：“{name}”的目标为“{target}”",
        en: 'negative count: "{name}" targets "{target}"',
      },
      suggestPercent: {
        zh: "核对数值：百分比不超过 100（单元格为百分比格式时填 0.95 即 95%）",
        en: "check the number: a percentage is at most 100 (in a percent-formatted cell 0.95 is 95 %)",
      },
    },
  },
  check({ table, report }) {
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const actual = actualAbove100(row);
      if (actual) {
        report({
          address: actual.address,
          messageId: "actualPercent",
          data: { ...indicatorName(row), actual: quote(actual.text) },
          suggestion: { messageId: "suggestPercent" },
        });
      }
      const t = row.target;
      if (t.number === null) continue;
      if (isPercentUnit(t.unit) && t.number > 100 && !GROWTH_WORDS.test(row.level3.text)) {
        report({
          address: row.value.address,
          messageId: "percent",
          data: targetData(row),
          suggestion: { messageId: "suggestPercent" },
        });
      } else if ((t.unit === "‰" || t.unit === "千分比") && t.number > 1000) {
        report({ address: row.value.address, messageId: "permille", data: targetData(row) });
      } else if (t.number < 0 && COUNT_UNITS.includes(t.unit.split("/")[0])) {
        report({ address: row.value.address, messageId: "negative", data: targetData(row) });
      }
    }
  },
};
export default rule;

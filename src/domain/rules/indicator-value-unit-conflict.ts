import { sameCell } from "../model";
import { toHalfWidth, withoutSpaces } from "../text";
import { matchLeadingSymbol, matchTrailingSymbol } from "../values/symbols";
import { COUNT_UNITS, isMoneyUnit, isUnit, MEASURE_UNITS, TIME_UNITS } from "../vocabulary";
import { BOTH_PROFILES, Rule } from "./rule";
import { indicatorName, isShareUnit } from "./helpers";

const NUMBER_AT_START = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;

/** Measures and durations count things as well: `3个` · `月` reads `3个月`, so they never conflict. */
const QUANTITY_UNITS = [...COUNT_UNITS, ...MEASURE_UNITS, ...TIME_UNITS];

type UnitKind = "percent" | "money" | "quantity";

/** What a unit measures, or null for units that may go either way (倍, 分, 级, compounds of them). */
function kindOf(unit: string): UnitKind | null {
  if (!isUnit(unit)) return null;
  if (isShareUnit(unit)) return "percent";
  if (isMoneyUnit(unit)) return "money";
  if (QUANTITY_UNITS.includes(unit.split("/")[0])) return "quantity";
  return null;
}

/** The unit written after the number in the 值 cell's own text (`30万元`, `≥95%`, `5000元以上`). */
function ownUnit(text: string): { number: string; unit: string } | null {
  let folded = withoutSpaces(toHalfWidth(text));
  const lead = matchLeadingSymbol(folded);
  if (lead) folded = folded.slice(lead.length);
  const number = NUMBER_AT_START.exec(folded)?.[0];
  if (number === undefined) return null;
  let unit = folded.slice(number.length);
  const trail = matchTrailingSymbol(unit);
  if (trail) unit = unit.slice(0, unit.length - trail.length);
  return unit === "" ? null : { number, unit };
}

const rule: Rule = {
  meta: {
    id: "indicator/value-unit-conflict",
    severity: "error",
    profiles: BOTH_PROFILES,
    docs: {
      description: {
        zh: "值栏自带的单位与单位栏矛盾（值“30万元”、单位“%”）",
        en: "The unit written in the value cell contradicts the unit column (30万元 with unit %)",
      },
      why: {
        zh: "同一指标有两个相互矛盾的单位，无法判断目标是金额、比例还是数量，考核时无从核对。",
        en: "With two contradicting units nobody can tell whether the target is an amount, a rate or a count; it cannot be checked.",
      },
    },
    messages: {
      conflict: {
        zh: "值与单位矛盾：“{name}”的值“{value}”自带单位“{own}”，单位栏却是“{unit}”",
        en: 'value and unit contradict: "{name}" has the value "{value}" in "{own}" but the unit column says "{unit}"',
      },
      suggestSplit: {
        zh: "值栏只填数字“{number}”，单位栏填实际单位（值中写的是“{own}”）",
        en: 'write only the number "{number}" in the value cell and the real unit in the unit column (the value says "{own}")',
      },
    },
  },
  check({ table, report }) {
    if (table.layout !== "split") return;
    const rows = table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (sameCell(row.value, row.unit) || typeof row.value.value !== "string") continue;
      if (row.target.qualitativeMarker !== null || row.target.deadline) continue;
      const own = ownUnit(row.value.text);
      if (!own) continue;
      const column = withoutSpaces(toHalfWidth(row.unit.text));
      if (column === "" || column === own.unit) continue;
      const ownKind = kindOf(own.unit);
      const columnKind = kindOf(column);
      if (ownKind === null || columnKind === null || ownKind === columnKind) continue;
      report({
        address: row.value.address,
        messageId: "conflict",
        data: {
          ...indicatorName(row),
          value: row.value.text.trim(),
          own: own.unit,
          unit: row.unit.text.trim(),
        },
        suggestion: { messageId: "suggestSplit", data: { number: own.number, own: own.unit } },
      });
    }
  },
};
export default rule;

import { GoalTable, IndicatorRow } from "../model";
import { quote } from "../text";
import { comparisonHint } from "../row-facts";
import { comparisonKey } from "./helpers";
import { BOTH_PROFILES, Rule } from "./rule";

/** An indicator is copied when name, description and basis all match another table's row. */
function fingerprint(row: IndicatorRow): string | undefined {
  const description = comparisonKey(row.description);
  const basis = comparisonKey(row.basis);
  if (description.length + basis.length < 8) return undefined; // too little text to call it a copy
  return [comparisonKey(row.level3), description, basis].join("|");
}

interface Occurrence {
  row: IndicatorRow;
  name: string;
  sheet: string;
  position: number;
}

/** Each fingerprint's first table, computed once per workbook (the rule runs once per table). */
const occurrencesByWorkbook = new WeakMap<
  readonly GoalTable[],
  {
    byKey: Map<string, Occurrence>;
    position: Map<GoalTable, number>;
    /**
     * Per table, its rows whose name may stand in another table too (their hints do): only
     * these can be copies. A row whose name is its own only finds itself among the copies.
     */
    sharedNames: Map<GoalTable, IndicatorRow[]>;
  }
>();

const SEVERAL_TABLES = -1;

function firstOccurrences(workbook: readonly GoalTable[]) {
  const cached = occurrencesByWorkbook.get(workbook);
  if (cached) return cached;
  const position = new Map<GoalTable, number>();
  // Only a name that stands in two tables can be a copy: count names before comparing long texts.
  // Names are counted by their hints (comparisonHint), no text folded: each hint maps to the
  // first table it stands in, or to SEVERAL_TABLES once it stands in two. Rows whose hint
  // stands in one table have names of their own; the others are compared in full below.
  const hints = workbook.map((table) =>
    table.indicators.map((row) => comparisonHint(row.level3.text))
  );
  const tableOfHint = new Map<number, number>();
  workbook.forEach((table, index) => {
    position.set(table, index);
    for (const hint of hints[index]) {
      const first = tableOfHint.get(hint);
      if (first === undefined) tableOfHint.set(hint, index);
      else if (first !== index) tableOfHint.set(hint, SEVERAL_TABLES);
    }
  });
  const byKey = new Map<string, Occurrence>();
  const sharedNames = new Map<GoalTable, IndicatorRow[]>();
  workbook.forEach((table, index) => {
    const name = table.header.projectName?.value.text || table.rangeA1;
    table.indicators.forEach((row, i) => {
      if (tableOfHint.get(hints[index][i]) !== SEVERAL_TABLES) return;
      const shared = sharedNames.get(table);
      if (shared) shared.push(row);
      else sharedNames.set(table, [row]);
      const key = fingerprint(row);
      if (key && !byKey.has(key))
        byKey.set(key, { row, name, sheet: table.sheet, position: index });
    });
  });
  const found = { byKey, position, sharedNames };
  occurrencesByWorkbook.set(workbook, found);
  return found;
}

const rule: Rule = {
  meta: {
    id: "workbook/copied-indicator",
    severity: "warning",
    readsWorkbook: true,
    profiles: BOTH_PROFILES,
    wholeTable: true,
    docs: {
      description: {
        zh: "指标与工作簿中另一张表的指标逐字相同（名称、描述和依据）",
        en: "An indicator is copied verbatim (name, description, basis) from another table in the workbook",
      },
      why: {
        zh: "照抄其他项目的指标往往带着别的项目的内容，审核人会要求按本项目重写。",
        en: "Copied indicators carry another project's content; reviewers ask for them to be rewritten for this project.",
      },
    },
    messages: {
      copied: {
        zh: "指标照抄：“{name}”与“{other}”表（{sheet}!{address}）逐字相同",
        en: '"{name}" is copied verbatim from table "{other}" ({sheet}!{address})',
      },
      suggestRewrite: {
        zh: "按本项目的实际内容重写指标描述和依据",
        en: "rewrite the description and basis for this project",
      },
    },
  },
  check({ table, workbook, report }) {
    const first = firstOccurrences(workbook);
    const position = first.position.get(table) ?? 0;
    if (first.byKey.size === 0) return;
    // A copy's name stands in another table too: rows with names of their own need no fingerprint.
    for (const row of first.sharedNames.get(table) ?? []) {
      const key = fingerprint(row);
      const source = key ? first.byKey.get(key) : undefined;
      if (!source || source.position >= position) continue;
      report({
        address: (row.description ?? row.level3).address,
        messageId: "copied",
        data: {
          name: quote(row.level3.text),
          other: quote(source.name),
          sheet: source.sheet,
          address: source.row.level3.address,
        },
        suggestion: { messageId: "suggestRewrite" },
      });
    }
  },
};
export default rule;

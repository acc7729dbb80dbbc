/** The recognized model of a 绩效目标表: every field with the address of its cell. */
import { CellRange, CellValue } from "./snapshot";
import { Target } from "./values/target";
import { ProfileId } from "./vocabulary";

/** One cell of the table as read: where it is and what it holds. */
export interface Field {
  row: number;
  col: number;
  /** A1 address of the cell a person must change. */
  address: string;
  value: CellValue;
  /** The display text, trimmed. Empty for a blank cell. */
  text: string;
}

/** Whether two fields are the one cell (fields of a cell may be read more than once). */
export function sameCell(a: Field, b: Field): boolean {
  return a.row === b.row && a.col === b.col;
}

/** The cell as read with other content (a value cut from its text): a new field, address kept. */
export function withContent(field: Field, value: CellValue, text: string): Field {
  return { row: field.row, col: field.col, address: field.address, value, text };
}

export type HeaderKey =
  | "projectName"
  | "departmentName"
  | "owner"
  | "department"
  | "implementer"
  | "period"
  | "attribute"
  | "duties"
  | "tasks"
  | "fundsTotal"
  | "fundsFiscal"
  | "fundsOther"
  | "goal"
  | "longTermGoal";

/** The form a table is (DOMAIN.md §4b): each brings its header schema. */
export type FormKind = "project" | "department" | "specialFund" | "selfEvaluation";

export interface HeaderField {
  /** The label cell (`项目名称`). */
  label: Field;
  /** The value cell: the one to fill in, even when blank. */
  value: Field;
  /** Funds lines: the amount in 万元 (元 converted), null when the cell is not an amount. */
  amount?: number | null;
}

/** A column of the indicator header whose label was not understood. */
export interface UnknownColumn {
  col: number;
  label: Field;
}

/**
 * split: 符号 · 值 · 单位 in three columns; single: one 指标值 cell (`≥95%`);
 * valueUnit: the 指标值 cell (`≥95`) and a separate unit column;
 * symbolValue: a 符号 (or 指标方向) column and the 指标值 cell (`95%`);
 * none: no target at all, a scoring table (评分标准 · 分值 · 自评得分) whose rows are each
 * scored by their standard (部门整体支出绩效评价评分表).
 */
export type ValueLayout = "split" | "single" | "valueUnit" | "symbolValue" | "none";

export interface IndicatorColumns {
  sequence?: number;
  side?: number;
  /** Absent in grids that list indicators without levels (绩效指标 · 指标名称 · 权重 · 指标值). */
  level1?: number;
  level2?: number;
  level3: number;
  description?: number;
  /** Split layout: 符号 · 值 · 单位. Single layout: `value` only. None in a scoring table. */
  symbol?: number;
  value?: number;
  unit?: number;
  midTerm?: number;
  /** 指标值类型 / 指标性质: `定量` or `定性`. */
  kind?: number;
  /** 分值 / 权重. */
  weight?: number;
  basis?: number;
  /** 评(扣)分标准, 评分细则. */
  standard?: number;
  /** Self-evaluation: 实际完成值 · 得分 · 偏差原因. */
  actual?: number;
  score?: number;
  reason?: number;
  /** A goal table's column of last year's actual values (2021年实际实现值). */
  history?: number;
  remark?: number;
}

export interface IndicatorRow {
  row: number;
  /** The 一级指标 as written in this row, or inherited from the merged cell above. */
  level1: Field;
  level1Inherited: boolean;
  level2: Field;
  level2Inherited: boolean;
  level3: Field;
  description?: Field;
  /** The 符号 cell (split layout) or the single 指标值 cell. */
  symbol: Field;
  /** The 值 cell (split layout) or the single 指标值 cell. */
  value: Field;
  /** The 单位 cell (split layout) or the single 指标值 cell. */
  unit: Field;
  basis?: Field;
  /** The 指标值类型 cell, when the table has that column. */
  kind?: Field;
  weight?: Field;
  actual?: Field;
  score?: Field;
  reason?: Field;
  /** A row with a third-level name or a target; the others are blank placeholder rows. */
  filled: boolean;
  /**
   * The 值 cell is blank inside a cell merged down from a row above (黄石 2022: one target
   * written over two indicators): the row's target is that row's, not missing.
   */
  valueMerged: boolean;
  /** The points a first level carries in its name (`产出指标(50分)`). */
  level1Points?: number;
  target: Target;
}

export interface GoalTable {
  sheet: string;
  /** 1-based position of the table on its sheet. */
  index: number;
  range: CellRange;
  rangeA1: string;
  /** A heading or title above the table (`一、XX项目`, `XX项目绩效目标表`), if any. */
  title?: Field;
  /**
   * The budget year a title row names (`2023年项目支出绩效目标申报表`, `(2022年度)`), when the
   * rows above the indicator header name exactly one.
   */
  budgetYear?: number;
  form: FormKind;
  profile: ProfileId;
  profileSource: "detected" | "given";
  header: Partial<Record<HeaderKey, HeaderField>>;
  /** Fund lines other than total, fiscal and other (上级, 本级, 上年结转, 基本支出 …). */
  fundSources: HeaderField[];
  /** Header labels are searched between these rows; a missing field is reported at `headerAnchor`. */
  headerAnchor: Field;
  indicatorHeaderRow: number;
  layout: ValueLayout;
  columns: IndicatorColumns;
  /**
   * A second indicator set under the same header block (长期绩效指标, then 年度绩效指标):
   * the index of the table whose header it shares.
   */
  continues?: number;
  /** Labels in the indicator header that were given no role. */
  unknownColumns: UnknownColumn[];
  /** Every row of the indicator grid, blank placeholder rows included. */
  indicators: IndicatorRow[];
  /** Further sets of targets over the same rows, checked row by row like the first. */
  otherSets: IndicatorSet[];
  /** A self-evaluation's own blocks (form `selfEvaluation` only). */
  selfEvaluation?: SelfEvaluationParts;
}

/** What a self-evaluation holds besides the indicator grid, every cell with its address. */
export interface SelfEvaluationParts {
  /** 项目资金 / 预算执行情况: the budget-execution block. */
  funds?: SelfEvaluationFunds;
  /** 年度总体目标: the goal as approved (预期目标) and what was done (实际完成情况). */
  goal?: { expected: Field; actual: Field };
  /** The 总分 / 合计 row under the indicators. */
  total?: SelfEvaluationTotal;
  /** A row under the table for the reasons of shortfalls (偏差大或目标未完成原因分析): label and text. */
  reasonNote?: { label: Field; value: Field };
}

export interface SelfEvaluationFunds {
  /** The row of column labels (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分). */
  headerRow: number;
  /** The column labels, by the role they give their column. */
  heads: Partial<Record<FundsColumn, Field>>;
  /** The points the block's label states (`预算执行情况(10分)`, `得分(20分*执行率)`), if any. */
  statedPoints?: number;
  /** One line per fund row, the 年度资金总额 line first when there is one. */
  lines: SelfEvaluationFundsLine[];
}

/** The columns of the funds block. */
export type FundsColumn =
  "initialBudget" | "budget" | "executed" | "points" | "rate" | "score" | "reason";

/** 年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金, or another named source. */
export type FundsLineKind = "total" | "fiscal" | "carryOver" | "other" | "source";

export interface SelfEvaluationFundsLine {
  kind: FundsLineKind;
  label: Field;
  /** 年初预算数 / 年初预算. */
  initialBudget?: Field;
  /** 全年预算数 / 调整后预算数: what the rate divides by. */
  budget?: Field;
  /** 全年执行数 / 预算执行数. */
  executed?: Field;
  /** 分值 / 权重 (10 on the total line; `—` or blank on the others). */
  points?: Field;
  /** 执行率 / 预算执行率. */
  rate?: Field;
  score?: Field;
  /** 原因 / 偏差原因, when the block has that column. */
  reason?: Field;
}

export interface SelfEvaluationTotal {
  label: Field;
  /** The points column of the total row (100). */
  points?: Field;
  /** The score column of the total row. */
  score?: Field;
}

/** The columns of a set of targets, whose 指标值 column is known. */
export type TargetColumns = IndicatorColumns & { value: number };

/**
 * Another set of targets over the same rows: a target per area (新罗区 · 永定区 …) or the
 * annual set standing beside the long-term one (二级 · 三级 · 指标值 twice in one header).
 */
export interface IndicatorSet {
  /** The cell that names the set (the area, or the set's first label). */
  label: Field;
  columns: TargetColumns;
  layout: ValueLayout;
  indicators: IndicatorRow[];
}

/** The rows with a name or a target: what the rules check. */
export function filledIndicators(table: GoalTable): IndicatorRow[] {
  return table.indicators.filter((row) => row.filled);
}

/** The name a person reads: the project, special fund or department, else the title. */
export function projectNameOf(table: GoalTable): string {
  const { projectName, departmentName } = table.header;
  const ownName = table.form === "department" ? departmentName : (projectName ?? departmentName);
  if (ownName?.value.text) return ownName.value.text;
  if (projectName?.value.text) return projectName.value.text;
  return table.title ? nameInTitle(table.title.text) : "";
}

/**
 * The name a heading gives (`一、XX项目`, `XX项目绩效目标表`, `XX项目绩效评价指标表`), or "" for
 * a title that only names the form (`项目绩效目标表`, `2023年绩效目标表(一级项目)`) or a place.
 */
export function nameInTitle(title: string): string {
  const name = title
    .replace(/\s+/g, " ")
    .trim()
    .replace(
      /^([一二三四五六七八九十]+[、.．]|\d{1,3}[、.．](?!\d)|[(（][一二三四五六七八九十\d]+[)）])\s*/,
      ""
    )
    .replace(/[(（][^()（）]*[)）]$/, "")
    .replace(/^\d{4}\s*年(度)?/, "")
    .replace(
      /(财政支出)?(项目|部门整体|整体|专项资金|专项)?(支出)?(具体)?(绩效)?(评价)?(指标)?(目标(申报|审批|自评|评价|批复)?表?|(申报|审批|自评|评价|批复|评分)?表)$/,
      ""
    )
    .trim();
  if (name.length < 2 || /^(项目|绩效目标|绩效|部门|专项)$/.test(name)) return "";
  // A place or an office alone (`佳县`) is who files the form, not what it is for.
  if (/^[\u4e00-\u9fff]{1,8}(省|市|县|区|镇|乡|州|旗)$/.test(name)) return "";
  return title.trim() === name ? name : name;
}

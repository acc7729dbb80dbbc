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

export type HeaderKey =
  | "projectName"
  | "owner"
  | "department"
  | "implementer"
  | "fundsTotal"
  | "fundsFiscal"
  | "fundsOther"
  | "goal";

export interface HeaderField {
  /** The label cell (`项目名称`). */
  label: Field;
  /** The value cell: the one to fill in, even when blank. */
  value: Field;
}

export type ValueLayout = "split" | "single";

export interface IndicatorColumns {
  sequence?: number;
  side?: number;
  level1: number;
  level2: number;
  level3: number;
  description?: number;
  /** Split layout: 符号 · 值 · 单位. Single layout: `value` only. */
  symbol?: number;
  value: number;
  unit?: number;
  midTerm?: number;
  basis?: number;
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
  profile: ProfileId;
  profileSource: "detected" | "given";
  header: Partial<Record<HeaderKey, HeaderField>>;
  /** Header labels are searched between these rows; a missing field is reported at `headerAnchor`. */
  headerAnchor: Field;
  indicatorHeaderRow: number;
  layout: ValueLayout;
  columns: IndicatorColumns;
  indicators: IndicatorRow[];
}

/** The project name a person reads: the 项目名称 value, else the title. */
export function projectNameOf(table: GoalTable): string {
  const name = table.header.projectName?.value.text;
  if (name) return name;
  return table.title?.text ?? "";
}

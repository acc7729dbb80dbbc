/**
 * Builds sheets of 绩效目标表 in the layout variants of DOMAIN.md §4, for tests and
 * the benchmark: split or single value column, side label, 序号 and 备注 columns,
 * offset origin, stacked tables, blank rows inside, footers, unknown merges.
 */
import { CellRange, CellValue, SheetSnapshot } from "../../src/domain/snapshot";
import { HeaderKey } from "../../src/domain/model";

export interface IndicatorSpec {
  level1?: string;
  level2?: string;
  level3?: string;
  description?: string;
  symbol?: string;
  value?: CellValue;
  /** Text as a rule, a number where a form holds one by slip (a date shown as its day number). */
  unit?: CellValue;
  basis?: string;
  /** Format the value cell as percent (`0%`), e.g. value 0.95 shows 95%. */
  percentFormat?: boolean;
}

/** The header fields the builder lays out (the seed's block). */
export type BuiltHeaderKey =
  | "projectName"
  | "owner"
  | "department"
  | "implementer"
  | "fundsTotal"
  | "fundsFiscal"
  | "fundsOther"
  | "goal";

export type LabelKey =
  | BuiltHeaderKey
  | "funds"
  | "overall"
  | "level1"
  | "level2"
  | "level3"
  | "description"
  | "value"
  | "basis";

export interface TableSpec {
  layout?: "split" | "single";
  /** Rows of headings above the table, e.g. [`一、XX项目`, `1、绩效目标表`]. */
  title?: string[];
  /** Header values; `null` leaves the value blank. */
  header?: Partial<Record<BuiltHeaderKey, CellValue>>;
  /** Header fields left out entirely (no label). */
  omit?: BuiltHeaderKey[];
  /** Synonym labels, e.g. `{ owner: "项目负责人/联系电话" }`. */
  labels?: Partial<Record<LabelKey, string>>;
  indicators?: IndicatorSpec[];
  sequenceColumn?: boolean;
  sideLabel?: boolean;
  remarkColumn?: boolean;
  midTermColumn?: boolean;
  /** Write each first and second level once per run, merged down (default true). */
  mergeLevels?: boolean;
  /** Insert a blank row after these indicator indexes. */
  blankRowsAfter?: number[];
  footer?: string[];
}

export interface SheetSpec {
  name?: string;
  originRow?: number;
  originCol?: number;
  tables: TableSpec[];
  /** Blank rows between stacked tables. */
  gap?: number;
  /** `false`: the host cannot report merges (merges become `null`). */
  mergesKnown?: boolean;
  /** Rows of other content above the first table. */
  before?: CellValue[][];
}

export interface BuiltTable {
  /** Range A1 of the table as the recognizer should report it. */
  rangeA1: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Sheet row of each indicator. */
  indicatorRows: number[];
  columns: Record<string, number>;
  /** Where each header value went. */
  headerCells: Partial<Record<HeaderKey, string>>;
}

export const CLEAN_HEBEI: IndicatorSpec[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    level3: "完成组卷个数",
    description: "年度完成土地征收组卷的个数",
    symbol: "≥",
    value: 12,
    unit: "个",
    basis: "根据年度工作计划",
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    level3: "组卷材料合格率",
    description: "报批材料一次通过审查的比例",
    symbol: "≥",
    value: 95,
    unit: "%",
    basis: "依据国家和省相关技术标准",
  },
  {
    level1: "产出指标",
    level2: "时效指标",
    level3: "按期完成率",
    description: "2020年12月31日前完成组卷报批",
    symbol: "≥",
    value: 95,
    unit: "%",
    basis: "根据项目实施进度安排",
  },
  {
    level1: "产出指标",
    level2: "成本指标",
    level3: "单宗组卷测绘费用",
    description: "每宗组卷的测绘费用",
    symbol: "≤",
    value: 4,
    unit: "万元",
    basis: "根据预算批复和支出标准",
  },
  {
    level1: "效益指标",
    level2: "社会效益指标",
    level3: "重点项目用地保障率",
    description: "保障重点项目用地需求的比例",
    symbol: "≥",
    value: 90,
    unit: "%",
    basis: "参考近三年完成情况",
  },
  {
    level1: "效益指标",
    level2: "生态效益指标",
    level3: "耕地保护成效",
    description: "耕地保护和节约集约用地的成效",
    symbol: "定性",
    value: "有效提升",
    unit: "",
    basis: "依据土地利用总体规划",
  },
  {
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    level3: "用地单位满意度",
    description: "用地单位对报批服务的满意程度",
    symbol: "≥",
    value: 90,
    unit: "%",
    basis: "满意度=满意人数/调查总人数×100%，通过问卷调查取得",
  },
];

/** mof-2021 in one value column: 成本 is a first level. */
export const CLEAN_MOF: IndicatorSpec[] = [
  {
    level1: "产出指标",
    level2: "数量指标",
    level3: "整治耕地面积",
    description: "年度完成低效耕地整治的面积",
    value: "≥1200亩",
    basis: "根据项目实施方案",
  },
  {
    level1: "产出指标",
    level2: "质量指标",
    level3: "工程验收合格率",
    description: "整治工程通过验收的比例",
    value: "≥95%",
    basis: "依据土地整治工程建设标准",
  },
  {
    level1: "产出指标",
    level2: "时效指标",
    level3: "完成时限",
    description: "工程完工并通过验收的时间",
    value: "2021年12月31日前",
    basis: "根据项目实施进度安排",
  },
  {
    level1: "成本指标",
    level2: "经济成本指标",
    level3: "亩均整治成本",
    description: "每亩耕地整治的投入",
    value: "≤1700元/亩",
    basis: "根据预算批复和支出标准",
  },
  {
    level1: "效益指标",
    level2: "经济效益指标",
    level3: "新增耕地指标收益",
    description: "新增耕地指标调剂收益",
    value: "≥500万元",
    basis: "参考近三年指标调剂价格",
  },
  {
    level1: "效益指标",
    level2: "生态效益指标",
    level3: "耕地质量等级",
    description: "整治后耕地质量等别提升情况",
    value: "明显改善",
    basis: "依据耕地质量等级评定标准",
  },
  {
    level1: "满意度指标",
    level2: "服务对象满意度指标",
    level3: "受益农户满意度",
    description: "受益农户对整治工程的满意程度",
    value: "≥90%",
    basis: "满意度=满意人数/调查总人数×100%，通过问卷调查取得",
  },
];

/**
 * A clean self-evaluation's rows on the evaluation framework (财预〔2020〕10号, as 银川 2021
 * writes it): 决策 and 过程 rows scored by a standard, with `—` or nothing as their target.
 */
export const CLEAN_FRAMEWORK: IndicatorSpec[] = [
  {
    level1: "项目决策(10分)",
    level2: "",
    level3: "项目目标完整性",
    value: "—",
    basis: "目标明确、细化、量化",
  },
  { level1: "项目决策(10分)", level2: "", level3: "可行性", basis: "经过可行性论证" },
  {
    level1: "项目管理(25分)",
    level2: "投入管理",
    level3: "预算执行率",
    value: "—",
    basis: "预算执行数/预算数",
  },
  {
    level1: "项目管理(25分)",
    level2: "财务管理",
    level3: "财务管理制度有效性",
    value: "—",
    basis: "财务制度健全并执行",
  },
  {
    level1: "项目产出(30分)",
    level2: "数量指标",
    level3: "保障人数",
    symbol: "≥",
    value: 2370,
    unit: "人",
    basis: "年度招生计划",
  },
  {
    level1: "项目产出(30分)",
    level2: "时效指标",
    level3: "完成时间",
    symbol: "≤",
    value: "2021年12月",
    unit: "",
    basis: "学年安排",
  },
  {
    level1: "项目效益(35分)",
    level2: "社会效益指标",
    level3: "办学条件改善",
    symbol: "定性",
    value: "明显改善",
    unit: "",
    basis: "学校发展规划",
  },
  {
    level1: "项目效益(35分)",
    level2: "服务对象满意度指标",
    level3: "学生满意度",
    symbol: "≥",
    value: 90,
    unit: "%",
    basis: "问卷调查",
  },
];

const DEFAULT_HEADER: Record<BuiltHeaderKey, CellValue> = {
  projectName: "土地征收组卷报批项目",
  owner: "张明 0314-2379895",
  department: "承德高新区国土资源分局",
  implementer: "河北省欣航测绘院",
  fundsTotal: 48,
  fundsFiscal: 48,
  fundsOther: null,
  goal: "完成年度土地转用征收组卷报批工作，保障重点项目用地需求。",
};

const DEFAULT_LABELS: Record<LabelKey, string> = {
  projectName: "项目名称",
  owner: "项目负责人及电话",
  department: "主管部门",
  implementer: "实施单位",
  funds: "资金情况(万元)",
  fundsTotal: "年度资金总额:",
  fundsFiscal: "其中:财政拨款",
  fundsOther: "其他资金",
  overall: "总体目标",
  goal: "年度目标",
  level1: "一级指标",
  level2: "二级指标",
  level3: "三级指标",
  description: "绩效指标描述",
  value: "指标值",
  basis: "指标值确定依据",
};

class SheetWriter {
  readonly cells = new Map<string, { value: CellValue; format?: string }>();
  readonly merges: CellRange[] = [];
  maxRow = 0;
  maxCol = 0;

  set(row: number, col: number, value: CellValue, format?: string): void {
    if (value === null || value === undefined || value === "") return;
    this.cells.set(`${row},${col}`, { value, format });
    this.maxRow = Math.max(this.maxRow, row);
    this.maxCol = Math.max(this.maxCol, col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
}

function columnLayout(spec: TableSpec, left: number): Record<string, number> {
  const names: string[] = [];
  if (spec.sequenceColumn) names.push("sequence");
  if (spec.sideLabel) names.push("side");
  names.push("level1", "level2", "level3", "description");
  if ((spec.layout ?? "split") === "split") names.push("symbol", "value", "unit");
  else names.push("value");
  if (spec.midTermColumn) names.push("midTerm");
  names.push("basis");
  if (spec.remarkColumn) names.push("remark");
  return Object.fromEntries(names.map((name, i) => [name, left + i]));
}

function writeTable(
  w: SheetWriter,
  spec: TableSpec,
  top: number,
  left: number
): BuiltTable & { next: number } {
  const cols = columnLayout(spec, left);
  const right = Math.max(...Object.values(cols));
  const labels = { ...DEFAULT_LABELS, ...spec.labels };
  const header = { ...DEFAULT_HEADER, ...spec.header };
  const omit = new Set(spec.omit ?? []);
  const headerCells: Partial<Record<HeaderKey, string>> = {};
  let row = top;
  for (const heading of spec.title ?? []) w.set(row++, left, heading);
  const tableTop = row;
  const mid = left + Math.max(2, Math.floor((right - left + 1) / 2));
  const put = (
    key: BuiltHeaderKey,
    r: number,
    labelCol: number,
    valueCol: number,
    valueEnd: number
  ) => {
    if (omit.has(key)) return;
    w.set(r, labelCol, labels[key]);
    w.set(r, valueCol, header[key]);
    w.merge(r, valueCol, r, valueEnd);
    headerCells[key] = `${String.fromCharCode(65 + valueCol)}${r + 1}`;
  };
  put("projectName", row, left, left + 1, mid - 1);
  put("owner", row, mid, mid + 1, right);
  row++;
  put("department", row, left, left + 1, mid - 1);
  put("implementer", row, mid, mid + 1, right);
  row++;
  w.set(row, left, labels.funds);
  w.merge(row, left, row + 2, left);
  put("fundsTotal", row, left + 1, left + 2, right);
  put("fundsFiscal", row + 1, left + 1, left + 2, right);
  put("fundsOther", row + 2, left + 1, left + 2, right);
  row += 3;
  w.set(row, left, labels.overall);
  w.merge(row, left, row + 1, left);
  if (!omit.has("goal")) {
    w.set(row, left + 1, labels.goal);
    w.merge(row, left + 1, row, right);
    w.set(row + 1, left + 1, header.goal);
    w.merge(row + 1, left + 1, row + 1, right);
    headerCells.goal = `${String.fromCharCode(65 + left + 1)}${row + 2}`;
  }
  row += 2;

  // Indicator header.
  const split = (spec.layout ?? "split") === "split";
  const headerLabels: Record<string, string> = {
    sequence: "序号",
    side: "绩效指标",
    level1: labels.level1,
    level2: labels.level2,
    level3: labels.level3,
    description: labels.description,
    value: labels.value,
    midTerm: "中长期指标值",
    basis: labels.basis,
    remark: "备注",
  };
  const headerHeight = split ? 2 : 1;
  for (const [name, col] of Object.entries(cols)) {
    if (name === "symbol" || name === "unit" || (name === "value" && split)) continue;
    w.set(row, col, headerLabels[name]);
    if (split) w.merge(row, col, row + 1, col);
  }
  if (split) {
    w.set(row, cols.symbol, labels.value);
    w.merge(row, cols.symbol, row, cols.unit);
    w.set(row + 1, cols.symbol, "符号");
    w.set(row + 1, cols.value, "值");
    w.set(row + 1, cols.unit, "单位");
  }
  row += headerHeight;

  const indicators = spec.indicators ?? CLEAN_HEBEI;
  const mergeLevels = spec.mergeLevels ?? true;
  const indicatorRows: number[] = [];
  const blankAfter = new Set(spec.blankRowsAfter ?? []);
  let runStart1 = -1;
  let runStart2 = -1;
  indicators.forEach((ind, i) => {
    const prev = indicators[i - 1];
    const sameLevel1 =
      mergeLevels && prev !== undefined && prev.level1 === ind.level1 && !blankAfter.has(i - 1);
    const sameLevel2 = sameLevel1 && prev.level2 === ind.level2;
    if (!sameLevel1) {
      w.set(row, cols.level1, ind.level1 ?? null);
      runStart1 = row;
    } else w.merge(runStart1, cols.level1, row, cols.level1);
    if (!sameLevel2) {
      w.set(row, cols.level2, ind.level2 ?? null);
      runStart2 = row;
    } else w.merge(runStart2, cols.level2, row, cols.level2);
    if (cols.sequence !== undefined) w.set(row, cols.sequence, i + 1);
    w.set(row, cols.level3, ind.level3 ?? null);
    w.set(row, cols.description, ind.description ?? null);
    if (split) {
      w.set(row, cols.symbol, ind.symbol ?? null);
      w.set(row, cols.unit, ind.unit ?? null);
    }
    w.set(row, cols.value, ind.value ?? null, ind.percentFormat ? "0%" : undefined);
    w.set(row, cols.basis, ind.basis ?? null);
    indicatorRows.push(row);
    row++;
    if (blankAfter.has(i)) row++;
  });
  if (cols.side !== undefined) {
    w.set(indicatorRows[0] - headerHeight, cols.side, "绩效指标");
    w.merge(indicatorRows[0] - headerHeight, cols.side, row - 1, cols.side);
  }
  const bottom = row - 1;
  for (const footer of spec.footer ?? []) w.set(row++, left, footer);
  const letter = (c: number) => String.fromCharCode(65 + c);
  return {
    rangeA1: `${letter(left)}${tableTop + 1}:${letter(right)}${bottom + 1}`,
    top: tableTop,
    left,
    bottom,
    right,
    indicatorRows,
    columns: cols,
    headerCells,
    next: row,
  };
}

/** Keeps, for merges with the same top-left cell, only the largest. */
function dedupeMerges(merges: CellRange[]): CellRange[] {
  const byStart = new Map<string, CellRange>();
  for (const m of merges) {
    const key = `${m.top},${m.left}`;
    const existing = byStart.get(key);
    if (!existing || m.bottom > existing.bottom || m.right > existing.right) byStart.set(key, m);
  }
  return [...byStart.values()];
}

export function buildSheet(spec: SheetSpec): { snapshot: SheetSnapshot; tables: BuiltTable[] } {
  const w = new SheetWriter();
  const originRow = spec.originRow ?? 0;
  const originCol = spec.originCol ?? 0;
  let row = originRow;
  for (const cells of spec.before ?? []) {
    cells.forEach((value, i) => w.set(row, originCol + i, value));
    row++;
  }
  const tables: BuiltTable[] = [];
  for (const table of spec.tables) {
    const built = writeTable(w, table, row, originCol);
    tables.push(built);
    row = built.next + (spec.gap ?? 2);
  }
  // Like a host's used range, the snapshot starts at the first used cell, not at A1.
  // A loop, not Math.min(...cells): a spread of millions of cells overflows the stack.
  let top = w.cells.size ? Infinity : 0;
  let left = w.cells.size ? Infinity : 0;
  for (const key of w.cells.keys()) {
    const [r, c] = key.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
  }
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= w.maxRow; r++) {
    values.push(new Array<CellValue>(w.maxCol - left + 1).fill(null));
    numberFormats.push(new Array<string>(w.maxCol - left + 1).fill("General"));
  }
  for (const [key, cell] of w.cells) {
    const [r, c] = key.split(",").map(Number);
    values[r - top][c - left] = cell.value;
    if (cell.format) numberFormats[r - top][c - left] = cell.format;
  }
  const snapshot: SheetSnapshot = {
    sheetName: spec.name ?? "Sheet1",
    originRow: top,
    originCol: left,
    values,
    numberFormats,
    merges: spec.mergesKnown === false ? null : dedupeMerges(w.merges),
  };
  return { snapshot, tables };
}

/** A sheet holding one table; the usual starting point of a rule case. */
export function buildTable(spec: TableSpec = {}, sheet: Omit<SheetSpec, "tables"> = {}) {
  const { snapshot, tables } = buildSheet({ ...sheet, tables: [spec] });
  return { snapshot, table: tables[0] };
}

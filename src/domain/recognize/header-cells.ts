/**
 * The cells of a header block, each read and classified once. The block's rows are scanned
 * upward, then read again label by label, and each label's value is looked for beside or
 * under it: every one of these looks asks what a cell holds, so it is told only once.
 */
import { Grid } from "../grid";
import { HeaderKey } from "../model";
import { normalizeLabel } from "../text";
import {
  headerMeaningOfCandidate,
  LabelMeaning,
  labelCore,
  labelTextTest,
  mayBeHeaderLabel,
  NO_MEANING,
} from "./labels";

export function isColon(code: number): boolean {
  return code === 0x3a || code === 0xff1a;
}

/** The longest label written with its value in one cell (`项目名称：XX`). */
const LONGEST_INLINE_LABEL = 16;

/** `项目名称：XX` in one cell: the label and its value share the cell. */
export function inlineLabel(
  text: string
): { key: HeaderKey | "fundSource"; value: string } | undefined {
  const trimmed = text.trim();
  // A label of 2 to 16 characters, its colon, then the value. Most texts are ruled out by
  // their first two characters before the colon is looked for.
  if (!mayBeHeaderLabel(trimmed, 0, 2)) return undefined;
  let colon = -1;
  const searched = Math.min(trimmed.length, LONGEST_INLINE_LABEL + 1);
  for (let i = 0; i < searched && colon < 0; i++) if (isColon(trimmed.charCodeAt(i))) colon = i;
  if (colon < 2 || colon === trimmed.length - 1) return undefined;
  if (!mayBeHeaderLabel(trimmed, 0, colon)) return undefined;
  const meaning = headerMeaningOfCandidate(normalizeLabel(trimmed.slice(0, colon)));
  if (meaning.kind !== "field" && meaning.kind !== "fundSource") return undefined;
  const value = trimmed.slice(colon + 1).trim();
  // `单位：万元` states the unit of the amounts; it names no unit of the government.
  if (value === "万元" || value === "元" || value === "亿元") return undefined;
  return { key: meaning.kind === "field" ? meaning.key : "fundSource", value };
}

/** The heads of last year's amounts, and of this year's, in a grid that shows both. */
const LAST_YEAR_HEAD = /^上年度?(预算安排|实际执行)$/;
const THIS_YEAR_HEAD = /^(本年度?|当年)(申请|预算)(金额|数)$/;
/** The column heads of a funds grid (年初预算数 · 全年预算数 · 执行率), which label no field. */
const FUNDS_GRID_HEADS = [
  /^(年初预算数?|全年预算数?|调整后预算数?|全年执行数?|预算执行数|执行数|预算数|分值|执行率|预算执行率|得分|权重|全年预算)$/,
  LAST_YEAR_HEAD,
  THIS_YEAR_HEAD,
];
const mayBeFundsGridHead = labelTextTest(FUNDS_GRID_HEADS);
/** Words every funds grid head holds. */
const FUNDS_GRID_WORDS = /预算|执行|分值|得分|权重|申请/;

/**
 * The column of this year's amounts in a funds grid's head row that shows last year's beside
 * them (大庆: 上年度预算安排 · 上年度实际执行 · 本年度申请金额): a fund line's amount stands
 * there, not in the first column right of its label. Undefined in any other row.
 */
export function thisYearAmountColumn(
  grid: Grid,
  row: number,
  left: number,
  right: number
): number | undefined {
  let thisYear: number | undefined;
  let lastYear = false;
  for (let c = left; c <= right; c++) {
    if (!isFundsGridHeadCell(grid, row, c)) continue;
    const core = labelCore(grid.label(row, c));
    if (LAST_YEAR_HEAD.test(core)) lastYear = true;
    else if (THIS_YEAR_HEAD.test(core)) thisYear ??= c;
  }
  return lastYear ? thisYear : undefined;
}

/** Whether a label's core is one of a funds grid's column heads. */
function isFundsGridHeadLabel(core: string): boolean {
  return FUNDS_GRID_HEADS.some((head) => head.test(core));
}

/** Whether a cell's text heads a column of a funds grid. */
function isFundsGridHeadCell(grid: Grid, row: number, col: number): boolean {
  // The heads are short words: longer text (names, goals) needs no look.
  const text = grid.text(row, col);
  if (text.length > 16 || !mayBeFundsGridHead(text)) return false;
  // The words are looked for in the raw text, most cells fail there; a head spaced out
  // (`上 年 度 预 算 安 排`) holds them only once folded.
  const inRaw = FUNDS_GRID_WORDS.test(text);
  if (!inRaw && !/\s/.test(text)) return false;
  const label = grid.label(row, col);
  return (inRaw || FUNDS_GRID_WORDS.test(label)) && isFundsGridHeadLabel(labelCore(label));
}

/** What a cell holds, as the header reader asks it (0: not read yet). */
type CellKind = 0 | 1 | 2 | 3 | 4;
const UNREAD = 0;
const BLANK = 1;
/** Text that labels no header field. */
const TEXT = 2;
/** A header label: a field, a fund line or a group (headerMeaning). */
const HEADER_LABEL = 3;
/** A header field's label written with its value (`项目名称：XX`). */
const LABEL_WITH_VALUE = 4;

/**
 * Cell kinds are kept 3 bits each, 10 to a number (30 bits, a small integer in every engine):
 * a block of a hundred cells takes ten numbers, not a hundred.
 */
const KIND_BITS = 3;
const KIND_MASK = 0b111;
const KINDS_PER_WORD = 10;

/** The kind of the cell at `index` (UNREAD when none is kept), from the word that holds it. */
function kindIn(word: number, index: number): CellKind {
  return ((word >> ((index % KINDS_PER_WORD) * KIND_BITS)) & KIND_MASK) as CellKind;
}

/** A row not yet read, in `rowFacts`. */
const ROW_UNREAD = -1;

/**
 * What readRow finds in a row within the block's columns, packed in one number: its first
 * filled column (-1 when blank), its funds grid heads and its filled cells (each 2 for two
 * or more), and whether it holds a label.
 */
function rowFacts(firstFilled: number, labelled: boolean, filled: number, heads: number): number {
  return (firstFilled + 1) * 32 + Math.min(heads, 2) * 8 + (labelled ? 4 : 0) + Math.min(filled, 2);
}
const firstFilledIn = (facts: number) => (facts >> 5) - 1;
const fundsGridHeadsIn = (facts: number) => (facts >> 3) & 3;
const isLabelledRow = (facts: number) => (facts & 4) !== 0;
const filledIn = (facts: number) => facts & 3;

export class HeaderCells {
  private readonly width: number;
  /** What each cell holds (CellKind), packed KINDS_PER_WORD to a number: see kindIn. */
  private readonly kinds: number[];
  /** Per row: what readRow found in it within the columns (rowFacts), or ROW_UNREAD. */
  private readonly rows: number[];

  /** The cells of rows `top` to `bottom` and columns `left` to `right`, read when first asked. */
  constructor(
    private readonly grid: Grid,
    private readonly top: number,
    bottom: number,
    readonly left: number,
    readonly right: number
  ) {
    const height = Math.max(0, bottom - top + 1);
    this.width = Math.max(0, right - left + 1);
    this.kinds = new Array<number>(Math.ceil((height * this.width) / KINDS_PER_WORD)).fill(UNREAD);
    this.rows = new Array<number>(height).fill(ROW_UNREAD);
  }

  isBlank(row: number, col: number): boolean {
    return this.kind(row, col) === BLANK;
  }

  /** A header label (headerMeaning names it). */
  isHeaderLabel(row: number, col: number): boolean {
    return this.kind(row, col) === HEADER_LABEL;
  }

  /**
   * What a header label names; NO_MEANING for any other cell. Asked again of the cached
   * answers read() had (a block's labels are few, and a list of them by cell would be long);
   * a cell kept as a header label has passed mayBeHeaderLabel already.
   */
  meaning(row: number, col: number): LabelMeaning {
    if (this.kind(row, col) !== HEADER_LABEL) return NO_MEANING;
    return headerMeaningOfCandidate(this.grid.label(row, col));
  }

  /** A header field's label written with its value in the cell (inlineLabel). */
  isLabelWithValue(row: number, col: number): boolean {
    return this.kind(row, col) === LABEL_WITH_VALUE;
  }

  /** A header label, or a label written with its value. */
  isLabel(row: number, col: number): boolean {
    const kind = this.kind(row, col);
    return kind === HEADER_LABEL || kind === LABEL_WITH_VALUE;
  }

  /** Whether the row holds a label between the columns (the block's own by default). */
  hasLabel(row: number, left = this.left, right = this.right): boolean {
    if (left === this.left && right === this.right && this.readRow(row))
      return isLabelledRow(this.rows[row - this.top]);
    for (let c = left; c <= right; c++) if (this.isLabel(row, c)) return true;
    return false;
  }

  /** Whether the row is blank within the block's columns. */
  isBlankRow(row: number): boolean {
    return this.filledCells(row) === 0;
  }

  /** The row's filled cells within the block's columns: 0, 1, or 2 for two or more. */
  filledCells(row: number): number {
    if (this.readRow(row)) return filledIn(this.rows[row - this.top]);
    let filled = 0;
    for (let c = this.left; c <= this.right && filled < 2; c++) if (!this.isBlank(row, c)) filled++;
    return filled;
  }

  /**
   * Whether the row heads the columns of a funds grid (年初预算数 · 全年预算数 · 执行率): two
   * of its cells within the block's columns do.
   */
  isFundsGridHead(row: number): boolean {
    if (this.readRow(row)) return fundsGridHeadsIn(this.rows[row - this.top]) === 2;
    let heads = 0;
    for (let c = this.left; c <= this.right && heads < 2; c++)
      if (!this.isBlank(row, c) && isFundsGridHeadCell(this.grid, row, c)) heads++;
    return heads === 2;
  }

  /** The first filled column of the row within the block's, -1 when it is blank. */
  firstColumn(row: number): number {
    if (this.readRow(row)) return firstFilledIn(this.rows[row - this.top]);
    for (let c = this.left; c <= this.right; c++) if (!this.isBlank(row, c)) return c;
    return -1;
  }

  /** The column of the row's only filled cell within the block's, -1 when not exactly one. */
  soleColumn(row: number): number {
    if (this.readRow(row)) {
      const facts = this.rows[row - this.top];
      return filledIn(facts) === 1 ? firstFilledIn(facts) : -1;
    }
    let found = -1;
    for (let c = this.left; c <= this.right; c++) {
      if (this.isBlank(row, c)) continue;
      if (found >= 0) return -1;
      found = c;
    }
    return found;
  }

  /**
   * What the cell holds, read once; a cell outside the block is read every time asked. Asked
   * of every cell of a block, often before V8 optimizes the reader: the cell's place in
   * `kinds` and its kind there are worked out here, not by further calls.
   */
  private kind(row: number, col: number): CellKind {
    const r = row - this.top;
    if (r < 0 || r >= this.rows.length || col < this.left || col > this.right)
      return this.read(row, col, -1);
    const index = r * this.width + col - this.left;
    const known = kindIn(this.kinds[(index / KINDS_PER_WORD) | 0], index);
    return known === UNREAD ? this.read(row, col, index) : known;
  }

  /** Reads what the cell holds, and keeps it at `index` (-1: outside the block, not kept). */
  private read(row: number, col: number, index: number): CellKind {
    const text = this.grid.text(row, col);
    let kind: CellKind = BLANK;
    // Most values are ruled out by their first two characters, as a label and as a label
    // written with its value alike (inlineLabel asks the same of them).
    if (text !== "") kind = mayBeHeaderLabel(text, 0, 2) ? this.readLabel(text, row, col) : TEXT;
    if (index >= 0) {
      const word = (index / KINDS_PER_WORD) | 0;
      const shift = (index % KINDS_PER_WORD) * KIND_BITS;
      this.kinds[word] = (this.kinds[word] & ~(KIND_MASK << shift)) | (kind << shift);
    }
    return kind;
  }

  /** What a text that may be a label holds: a header label, one with its value, or text. */
  private readLabel(text: string, row: number, col: number): CellKind {
    // Only a text that may be a label is normalized and looked up.
    if (
      mayBeHeaderLabel(text) &&
      headerMeaningOfCandidate(this.grid.label(row, col)).kind !== "none"
    )
      return HEADER_LABEL;
    return inlineLabel(text) ? LABEL_WITH_VALUE : TEXT;
  }

  /** Reads the row's cells at once, if it is one of the block's: false when it is not. */
  private readRow(row: number): boolean {
    const r = row - this.top;
    if (r < 0 || r >= this.rows.length) return false;
    if (this.rows[r] !== ROW_UNREAD) return true;
    let filled = 0;
    let first = -1;
    let labelled = false;
    let heads = 0;
    const rowStart = r * this.width - this.left;
    for (let c = this.right; c >= this.left; c--) {
      const index = rowStart + c;
      const known = kindIn(this.kinds[(index / KINDS_PER_WORD) | 0], index);
      const kind = known === UNREAD ? this.read(row, c, index) : known;
      if (kind === BLANK) continue;
      filled++;
      first = c;
      if (kind !== TEXT) labelled = true;
      if (heads < 2 && isFundsGridHeadCell(this.grid, row, c)) heads++;
    }
    this.rows[r] = rowFacts(first, labelled, filled, heads);
    return true;
  }
}

/** recognize(): every 绩效目标表 on a sheet, as a typed model with addresses. */
import { Grid } from "../grid";
import { FormKind, GoalTable, HeaderField } from "../model";
import { SheetSnapshot, rangeToA1 } from "../snapshot";
import { normalizeLabel, withoutSpaces, withTextCaches } from "../text";
import { profileImpliedBy, ProfileId } from "../vocabulary";
import { readIndicatorRows, readRowsAgain } from "./block";
import { findIndicatorHeaders, IndicatorHeader, UnreadableHeader } from "./columns";
import { HeaderBlock, readHeaderBlock } from "./header";
import { formWordsIn, labelCore } from "./labels";
import { fundsHeaderFields, readSelfEvaluation, SelfEvaluationReading } from "./self-evaluation";

export interface RecognizeOptions {
  /** Overrides each table's detected profile. */
  profile?: ProfileId;
  /**
   * The first row to look for tables in; the rows above it are context (a label over a
   * header cell) and belong to no table. The grid's top when absent.
   */
  from?: number;
}

export interface SheetRecognition {
  tables: GoalTable[];
  /** Rows that look like an indicator header where no table could be read. */
  unreadable: UnreadableHeader[];
  /** Merged areas overlapping as no sheet's can, which the grid left out (Grid.mergesLeftOut). */
  mergesLeftOut: number;
}

export function recognize(snapshot: SheetSnapshot, options: RecognizeOptions = {}): GoalTable[] {
  return recognizeGrid(new Grid(snapshot), options).tables;
}

export function recognizeSheet(
  snapshot: SheetSnapshot,
  options: RecognizeOptions = {}
): SheetRecognition {
  return recognizeGrid(new Grid(snapshot), options);
}

export function recognizeGrid(grid: Grid, options: RecognizeOptions = {}): SheetRecognition {
  return withTextCaches(() => recognizeTables(grid, options));
}

function recognizeTables(grid: Grid, options: RecognizeOptions): SheetRecognition {
  const from = Math.max(grid.top, options.from ?? grid.top);
  const { headers, unreadable } = findIndicatorHeaders(grid, from);
  const tables: GoalTable[] = [];
  let floor = from;
  headers.forEach((header, i) => {
    // Headers come in the order of their rows: the block's rows end at the next one, the last
    // block's at the grid's end (a row number, not Infinity: V8 keeps the comparison on small integers).
    const nextHeaderRow = headers[i + 1]?.row ?? grid.bottom + 1;
    const own = readHeaderBlock(grid, header.row, floor, header.left, header.right);
    const previous = tables[tables.length - 1];
    // A second indicator set right under the first (长期 then 年度) shares its header block;
    // a grid of another layout there (a scoring table under a goal table) is a form of its own.
    const continues =
      previous &&
      isEmptyBlock(own, previous) &&
      header.row - previous.range.bottom <= 2 &&
      header.layout === previous.layout
        ? previous
        : undefined;
    const block: HeaderBlock = continues
      ? {
          fields: continues.header,
          fundSources: continues.fundSources,
          top: header.row,
          left: own.left,
          title: continues.title,
        }
      : own;
    const indicators = readIndicatorRows(
      grid,
      header.row + header.height,
      header.columns,
      header.layout,
      (row) => row >= nextHeaderRow
    );
    const lastRow = indicators.length
      ? indicators[indicators.length - 1].row
      : header.row + header.height - 1;
    const form = continues?.form ?? formOf(grid, header, block, floor);
    const range = {
      top: block.top,
      left: Math.min(block.left, header.left),
      bottom: lastRow,
      right: header.right,
    };
    const selfEvaluation =
      form === "selfEvaluation" && !continues
        ? readSelfEvaluation(grid, {
            top: block.top,
            left: range.left,
            right: header.right,
            indicatorHeaderRow: header.row,
            lastRow,
            nextTableRow: nextHeaderRow,
            columns: header.columns,
          })
        : undefined;
    const { fields, fundSources } = selfEvaluation
      ? withSelfEvaluationHeader(grid, block, selfEvaluation, range.left)
      : block;
    // A self-evaluation ends with its 总分 row (and the reasons row under it).
    const parts = selfEvaluation?.parts;
    range.bottom = Math.max(
      lastRow,
      parts?.total?.label.row ?? lastRow,
      parts?.reasonNote?.label.row ?? lastRow
    );
    // One literal of every key, those a table may lack left undefined (as JSON, absent): a
    // literal with spreads inside is built key by key, at a cost in every table's first read.
    tables.push({
      sheet: grid.sheetName,
      index: i + 1,
      range,
      rangeA1: rangeToA1(range),
      title: block.title,
      budgetYear: budgetYearOf(grid, Math.max(floor, block.top - 4), header.row - 1),
      form,
      profile: options.profile ?? detectProfile(indicators),
      profileSource: options.profile ? "given" : "detected",
      header: fields,
      fundSources,
      headerAnchor: grid.field(block.top, range.left),
      indicatorHeaderRow: header.row,
      layout: header.layout,
      columns: header.columns,
      continues: continues?.index,
      unknownColumns: header.unknownColumns,
      indicators,
      selfEvaluation: selfEvaluation?.parts,
      otherSets: header.otherSets.map((set) => ({
        label: grid.field(set.labelRow, set.labelCol),
        columns: set.columns,
        layout: set.layout,
        indicators: readRowsAgain(grid, indicators, set.columns, set.layout),
      })),
    });
    floor = range.bottom + 1;
  });
  const inTable = (row: number) => tables.some((t) => row >= t.range.top && row <= t.range.bottom);
  return {
    tables,
    unreadable: unreadable.filter((u) => !inTable(u.row)),
    mergesLeftOut: grid.mergesLeftOut,
  };
}

/**
 * A self-evaluation's header as the goal-table rules read it: the funds lines from its
 * funds block (each in the same column), the goal from its 预期目标 cell.
 */
function withSelfEvaluationHeader(
  grid: Grid,
  block: HeaderBlock,
  reading: SelfEvaluationReading,
  left: number
): Pick<HeaderBlock, "fields" | "fundSources"> {
  const fields = { ...block.fields };
  let fundSources = block.fundSources;
  const { funds } = reading.parts;
  if (funds) {
    const first = funds.headerRow;
    const last = funds.headerRow + funds.lines.length;
    const inBlock = (f: HeaderField) => f.label.row >= first && f.label.row <= last;
    for (const key of FUNDS_KEYS) if (fields[key] && inBlock(fields[key])) delete fields[key];
    const own = fundsHeaderFields(grid, funds, left);
    Object.assign(fields, own.fields);
    fundSources = [...block.fundSources.filter((f) => !inBlock(f)), ...own.sources];
  }
  if (reading.goalField) fields.goal = reading.goalField;
  return { fields, fundSources };
}

const FUNDS_KEYS = ["fundsTotal", "fundsFiscal", "fundsOther"] as const;

/** No header of its own: nothing but, at most, the form's title repeated from the table above. */
function isEmptyBlock(block: HeaderBlock, previous: GoalTable): boolean {
  const repeatedTitle = !block.title || block.title.text === previous.title?.text;
  return Object.keys(block.fields).length === 0 && block.fundSources.length === 0 && repeatedTitle;
}

/**
 * The profile whose own words a row uses (mof-2021, the evaluation framework, the 中央预算内投资
 * template), else the older template's habit when a row has it. One pass: rows under one
 * merged level repeat their levels' texts, which are asked only once.
 */
function detectProfile(indicators: GoalTable["indicators"]): ProfileId {
  let legacy = false;
  let level1 = "";
  let level2 = "";
  for (const row of indicators) {
    if (row.level1.text === level1 && row.level2.text === level2) continue;
    level1 = row.level1.text;
    level2 = row.level2.text;
    const implied = profileImpliedBy(level1, level2);
    // The legacy template is told by a habit, which any profile's own words overrule.
    if (implied === "mof-2015-legacy") legacy = true;
    else if (implied !== undefined) return implied;
  }
  return legacy ? "mof-2015-legacy" : "mof-2015";
}

/** The form kind, from the title's words, then the columns, then the header's fields. */
function formOf(grid: Grid, header: IndicatorHeader, block: HeaderBlock, floor: number): FormKind {
  const fromTitle = titleForm(grid, block, floor, header.right);
  // A title naming a project is the general case; the header may still say 专项名称.
  // A fund's title over one project's own header (…补助资金绩效目标申报表 over 项目名称 ·
  // 项目属性 · 项目期) is that project's table.
  if (fromTitle === "specialFund" && namesOneProject(block)) return "project";
  if (fromTitle && fromTitle !== "project") return fromTitle;
  const { columns } = header;
  if (columns.actual !== undefined || columns.score !== undefined) return "selfEvaluation";
  const { fields } = block;
  const isDepartment =
    (fields.departmentName && !fields.projectName) ||
    fields.duties !== undefined ||
    block.fundSources.some((f) =>
      /^(其中:?)?基本支出/.test(labelCore(normalizeLabel(f.label.text)))
    );
  if (isDepartment && fromTitle !== "project") return "department";
  const nameLabel = fields.projectName
    ? labelCore(normalizeLabel(fields.projectName.label.text))
    : "";
  if (nameLabel === "专项名称") return "specialFund";
  if (/^(专项|资金)/.test(nameLabel) && fromTitle !== "project") return "specialFund";
  return "project";
}

/** A title row naming its year: `(2022年度)`, `2023年项目支出绩效目标申报表`, `2021年度…自评表`. */
const YEAR_TITLE =
  /^[(（]?(20\d{2})年度?[)）]?$|^(20\d{2})年度?.{0,24}(绩效目标|申报表|目标表|自评表|审批表)/;

/**
 * The budget year the title rows between `top` and `bottom` name, undefined when they name
 * none or more than one. A title stands first in its row: one text a row.
 */
function budgetYearOf(grid: Grid, top: number, bottom: number): number | undefined {
  let year: number | undefined;
  for (let row = top; row <= bottom; row++) {
    const col = grid.firstWrittenCol(row);
    if (col < 0) continue;
    const text = grid.text(row, col);
    if (text.length > 40 || !text.includes("年")) continue;
    const match = YEAR_TITLE.exec(withoutSpaces(text));
    if (!match) continue;
    const found = Number(match[1] ?? match[2]);
    if (year !== undefined && year !== found) return undefined;
    year = found;
  }
  return year;
}

/** A header block labelled as one project's: 项目名称, with 项目期 or a 项目属性. */
function namesOneProject(block: HeaderBlock): boolean {
  const { projectName, period, attribute } = block.fields;
  const core = (field: { label: { text: string } } | undefined) =>
    field ? labelCore(normalizeLabel(field.label.text)) : "";
  return (
    core(projectName) === "项目名称" && (period !== undefined || core(attribute).startsWith("项目"))
  );
}

/** The words of the title above the table (a few rows above its header block). */
function titleForm(
  grid: Grid,
  block: HeaderBlock,
  floor: number,
  right: number
): FormKind | undefined {
  const title = block.title?.text;
  if (title) {
    const form = formWordsIn(normalizeLabel(title));
    if (form) return form;
  }
  // A title names its form with 表 or 自评 (…目标表, 自评表); the block's own title is read.
  const mayName = (text: string) =>
    (text.includes("表") || text.includes("自评")) && text !== title;
  for (let row = block.top - 1; row >= Math.max(floor, block.top - 4); row--) {
    for (let c = grid.left; c <= right; c++) {
      const text = grid.text(row, c);
      if (!mayName(text)) continue;
      const form = formWordsIn(normalizeLabel(text));
      if (form) return form;
    }
  }
  for (let c = grid.left; c <= right; c++) {
    const text = grid.text(block.top, c);
    if (!mayName(text)) continue;
    const form = formWordsIn(normalizeLabel(text));
    if (form) return form;
  }
  return undefined;
}

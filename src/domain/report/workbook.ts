/**
 * The review report as a workbook plan: a per-file sheet when the run had several files, the
 * summary (one line per table) and the detail (one line per finding, linked to its cell),
 * each a list with a bold heading row that stays in view, prints on every page and (in the
 * detail) carries an autofilter; A4 landscape, one page wide.
 */
import {
  CellEdit,
  CellStyle,
  LayoutPlan,
  PageSetup,
  StyledRange,
  TABLE_POINTS,
  wrappedRowHeight,
} from "../edits";
import { MessageKey, t } from "../messages/catalog";
import { toA1 } from "../snapshot";
import { ReviewReport, Tally, Verdict, verdictText } from "./review";

type Value = string | number;

interface Column {
  heading: MessageKey;
  /** Width in characters. */
  width: number;
}

interface ListSheet {
  name: string;
  columns: Column[];
  rows: Value[][];
  /** A last row in bold: the totals. */
  totals?: Value[];
  filter?: boolean;
  /** Links by data row index (0 = the first row under the heading) and column. */
  links?: { row: number; col: number; target: string }[];
}

const PAGE: PageSetup = {
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6 },
  centered: true,
  titleRows: 1,
};

const FILE_COLUMNS: Column[] = [
  { heading: "report.colFile", width: 40 },
  { heading: "report.colTables", width: 8 },
  { heading: "report.colErrors", width: 8 },
  { heading: "report.colWarnings", width: 8 },
  { heading: "report.colInfos", width: 8 },
  { heading: "report.colVerdict", width: 18 },
  { heading: "report.colNote", width: 50 },
];

const SUMMARY_COLUMNS: Column[] = [
  { heading: "report.colFile", width: 22 },
  { heading: "report.colSheet", width: 14 },
  { heading: "report.colRange", width: 11 },
  { heading: "report.colForm", width: 18 },
  { heading: "report.colProject", width: 28 },
  { heading: "report.colErrors", width: 6 },
  { heading: "report.colWarnings", width: 6 },
  { heading: "report.colInfos", width: 6 },
  { heading: "report.colVerdict", width: 10 },
  { heading: "report.colNote", width: 28 },
];

const DETAIL_COLUMNS: Column[] = [
  { heading: "report.colFile", width: 18 },
  { heading: "report.colSheet", width: 12 },
  { heading: "report.colCell", width: 8 },
  { heading: "report.colSeverity", width: 6 },
  { heading: "report.colProblem", width: 42 },
  { heading: "report.colSuggestion", width: 32 },
  // Wide enough for the longest rule id on one line.
  { heading: "report.colRule", width: 38 },
];

/** The column of the detail's cell addresses, which link into the checked workbook. */
const CELL_COLUMN = 2;

/**
 * Excel's limits: a hyperlink's address runs to 2,079 characters, a sheet holds 65,530
 * hyperlinks. Beyond them a cell keeps its address without a link, so that Excel opens the
 * report without repairing it.
 */
export const MAX_LINK_LENGTH = 2079;
export const MAX_LINKS_PER_SHEET = 65530;

function listPlan(sheet: ListSheet): LayoutPlan {
  const { name, columns } = sheet;
  const rows: { values: Value[]; style: CellStyle }[] = [
    { values: columns.map((column) => t(column.heading)), style: "header" },
    ...sheet.rows.map((values) => ({ values, style: "text" as const })),
    ...(sheet.totals ? [{ values: sheet.totals, style: "label" as const }] : []),
  ];
  const edits: CellEdit[] = [];
  const styles: StyledRange[] = [];
  const rowHeights: Record<number, number> = {};
  rows.forEach(({ values, style }, row) => {
    let height = 0;
    values.forEach((value, col) => {
      const numeric = typeof value === "number";
      styles.push({
        range: { top: row, left: col, bottom: row, right: col },
        style: numeric && style === "text" ? "number" : style,
      });
      if (value === "") return;
      edits.push({ sheet: name, address: toA1(row, col), value, asText: !numeric, previous: null });
      height = Math.max(height, wrappedRowHeight(String(value), columns[col].width, TABLE_POINTS));
    });
    rowHeights[row] = height;
  });
  const last = rows.length - 1;
  const right = columns.length - 1;
  return {
    sheet: name,
    origin: { row: 0, col: 0 },
    rows: rows.length,
    cols: columns.length,
    edits,
    merges: [],
    styles,
    validations: [],
    columnWidths: Object.fromEntries(columns.map((column, col) => [col, column.width])),
    rowHeights,
    page: PAGE,
    links: (sheet.links ?? []).map(({ row, col, target }) => ({
      address: toA1(row + 1, col),
      target,
    })),
    autoFilter: sheet.filter ? { top: 0, left: 0, bottom: last, right } : undefined,
    frozenRows: 1,
    focus: toA1(rows.length > 1 ? 1 : 0, 0),
  };
}

/** The columns the file and summary lists (and their totals) end with. */
function tallyCells(row: Tally & { verdict: Verdict }, note: string): Value[] {
  return [row.errors, row.warnings, row.infos, verdictText(row.verdict), note];
}

/** The report's sheets, in order: 文件汇总 (several files only), 汇总, 明细. */
export function reviewWorkbookPlans(report: ReviewReport): LayoutPlan[] {
  const { total } = report;
  const totalNote = t("report.totalNote", { files: total.files, tables: total.tables });
  const plans: LayoutPlan[] = [];
  if (report.files.length > 1)
    plans.push(
      listPlan({
        name: t("report.sheetFiles"),
        columns: FILE_COLUMNS,
        rows: report.files.map((row) => [row.file, row.tables, ...tallyCells(row, row.note)]),
        totals: [t("report.total"), total.tables, ...tallyCells(total, totalNote)],
      })
    );
  plans.push(
    listPlan({
      name: t("report.sheetSummary"),
      columns: SUMMARY_COLUMNS,
      rows: report.summary.map((row) => [
        row.file,
        row.sheet,
        row.range,
        row.form,
        row.projectName,
        ...tallyCells(row, row.note),
      ]),
      totals: [t("report.total"), "", "", "", "", ...tallyCells(total, totalNote)],
    })
  );
  plans.push(
    listPlan({
      name: t("report.sheetDetail"),
      columns: DETAIL_COLUMNS,
      rows: report.details.map((row) => [
        row.file,
        row.sheet,
        row.address,
        t(`severity.${row.severity}`),
        row.message,
        row.suggestion,
        row.ruleId,
      ]),
      filter: true,
      links: report.details
        .map((row, i) => ({ row: i, col: CELL_COLUMN, target: row.target }))
        .filter((link) => link.target.length <= MAX_LINK_LENGTH)
        .slice(0, MAX_LINKS_PER_SHEET),
    })
  );
  return plans;
}

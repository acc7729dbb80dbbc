/**
 * Layout plans laid down as new worksheets, for both writers: values, merges, column
 * widths, drop-down lists and the cell looks (title, label, header, value, text, number)
 * as styles appended to styles.xml. Existing styles keep their indices and meaning.
 */
import {
  BODY_POINTS,
  CellEdit,
  CellLink,
  CellStyle,
  LayoutPlan,
  ListValidation,
  PageSetup,
  TABLE_POINTS,
  TITLE_POINTS,
} from "../../domain/edits";
import { CellRange, parseA1, rangeToA1, toA1 } from "../../domain/snapshot";
import {
  addWorkbookPart,
  appendChildren,
  appendWorksheet,
  attrs,
  cellText,
  cellXml,
  checkSheetName,
  CT_STYLES,
  escapeXml,
  findElement,
  findElements,
  innerOf,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  Package,
  prefixOf,
  relsPathOf,
  REL_STYLES,
  startTag,
  withCount,
  WorkbookParts,
  workbookPartOfType,
  WorkbookWriteError,
  WriteValue,
  XML_DECLARATION,
} from "./ooxml";
import {
  cellWrite,
  checkNotInsideMerge,
  MergedAreas,
  patchWorksheetXml,
  usedRange,
} from "./worksheet";

/** The hidden sheet holding drop-down lists too long (or too comma-laden) to write inline. */
export const LISTS_SHEET = "_lists";

/** Excel's widest column, in characters. */
const MAX_WIDTH = 255;

/** Excel's limit on an inline list (`"a,b,c"`), without the quotes. */
const INLINE_LIST_LIMIT = 255;

// ---------------------------------------------------------------------------------------
// Styles

/** A fresh styles part: one font (宋体 11), the two reserved fills, no border, Normal. */
export const BASE_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Built-in number format 49 is `@` (text): no custom numFmt needed. */
const TEXT_FORMAT = 49;

interface Look {
  /** Bold or not, the size in points, and a face of its own (else the workbook's first font's). */
  font: { bold: boolean; points: number; face?: string };
  fill: boolean;
  border: boolean;
  numFmt: number;
  alignment: Record<string, string>;
}

const TABLE_FONT = { bold: false, points: TABLE_POINTS };
const TABLE_BOLD = { bold: true, points: TABLE_POINTS };

const LOOKS: Record<CellStyle, Look> = {
  title: {
    font: { bold: true, points: TITLE_POINTS, face: "宋体" },
    fill: false,
    border: false,
    numFmt: 0,
    alignment: { horizontal: "center", vertical: "center", wrapText: "1" },
  },
  label: {
    font: TABLE_BOLD,
    fill: false,
    border: true,
    numFmt: 0,
    alignment: { vertical: "center", wrapText: "1" },
  },
  header: {
    font: TABLE_BOLD,
    fill: true,
    border: true,
    numFmt: 0,
    alignment: { horizontal: "center", vertical: "center", wrapText: "1" },
  },
  value: {
    font: TABLE_FONT,
    fill: false,
    border: true,
    numFmt: 0,
    alignment: { vertical: "top", wrapText: "1" },
  },
  text: {
    font: TABLE_FONT,
    fill: false,
    border: true,
    numFmt: TEXT_FORMAT,
    alignment: { vertical: "top", wrapText: "1" },
  },
  number: {
    font: TABLE_FONT,
    fill: false,
    border: true,
    numFmt: 0,
    alignment: { vertical: "center" },
  },
  heading: {
    font: { bold: true, points: BODY_POINTS, face: "宋体" },
    fill: false,
    border: false,
    numFmt: TEXT_FORMAT,
    alignment: { vertical: "center", wrapText: "1" },
  },
  paragraph: {
    font: { bold: false, points: BODY_POINTS, face: "仿宋" },
    fill: false,
    border: false,
    numFmt: TEXT_FORMAT,
    alignment: { horizontal: "justify", vertical: "top", wrapText: "1" },
  },
};

const SECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

/** Inserts an empty collection element where the schema's order puts it. */
function ensureSection(xml: string, p: string, section: string): string {
  if (findElement(xml, `${p}${section}`)) return xml;
  const element = `<${p}${section} count="0"/>`;
  for (const later of SECTIONS.slice(SECTIONS.indexOf(section) + 1)) {
    const span = findElement(xml, `${p}${later}`);
    if (span) return xml.slice(0, span.start) + element + xml.slice(span.start);
  }
  const root = findElement(xml, `${p}styleSheet`);
  if (!root)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: "样式部件中没有 <styleSheet>", en: "styles part has no <styleSheet>" },
    });
  return appendChildren(xml, root, `${p}styleSheet`, element);
}

/** Adds a child to a collection (or finds an identical one); returns its index. */
export function addToSection(
  state: { xml: string },
  p: string,
  section: string,
  child: string,
  element: string
): number {
  state.xml = ensureSection(state.xml, p, section);
  const span = findElement(state.xml, `${p}${section}`) as NonNullable<
    ReturnType<typeof findElement>
  >;
  const children = findElements(state.xml, `${p}${child}`, span.tagEnd, span.innerEnd);
  const same = children.findIndex((c) => state.xml.slice(c.start, c.end) === element);
  if (same >= 0) return same;
  state.xml = withCount(
    appendChildren(state.xml, span, `${p}${section}`, element),
    `${p}${section}`,
    children.length + 1
  );
  return children.length;
}

/** The workbook's first font without bold or size: the base for the looks' fonts. */
function baseFontContent(xml: string, p: string): string {
  const fonts = findElement(xml, `${p}fonts`);
  const first = fonts && findElements(xml, `${p}font`, fonts.tagEnd, fonts.innerEnd)[0];
  if (!first || first.empty) return "";
  let content = innerOf(xml, first);
  for (const name of ["b", "sz"]) {
    content = findElements(content, `${p}${name}`).reduceRight(
      (text, span) => text.slice(0, span.start) + text.slice(span.end),
      content
    );
  }
  return content;
}

/** Appends the xfs (and fonts, fill, border) the looks need; returns each look's xf index. */
export function appendLayoutStyles(
  stylesXml: string,
  looks: ReadonlySet<CellStyle>
): { xml: string; ids: Map<CellStyle, number> } {
  const p = prefixOf(stylesXml, "styleSheet");
  const state = { xml: stylesXml };
  const ids = new Map<CellStyle, number>();
  if (looks.size === 0) return { xml: stylesXml, ids };
  // cellXfs point at cell style xf 0: make sure there is one.
  if (!findElement(state.xml, `${p}cellStyleXfs`)) {
    addToSection(
      state,
      p,
      "cellStyleXfs",
      "xf",
      `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`
    );
  }
  // Fonts: the first font's face and colour (or a face of the look's own), at the look's size.
  const base = baseFontContent(state.xml, p);
  const fontOf = (font: Look["font"]): number => {
    const face = font.face
      ? `<${p}name val="${font.face}"/><${p}family val="3"/><${p}charset val="134"/>`
      : base;
    const bold = font.bold ? `<${p}b/>` : "";
    const element = `<${p}font>${bold}<${p}sz val="${font.points}"/>${face}</${p}font>`;
    return addToSection(state, p, "fonts", "font", element);
  };
  const fillId = (fill: boolean): number =>
    fill
      ? addToSection(
          state,
          p,
          "fills",
          "fill",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9D9D9"/>` +
            `<${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
        )
      : 0;
  const borderId = (border: boolean): number => {
    if (!border) return 0;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color auto="1"/></${p}${name}>`;
    const element = `<${p}border>${["left", "right", "top", "bottom"].map(side).join("")}<${p}diagonal/></${p}border>`;
    return addToSection(state, p, "borders", "border", element);
  };
  for (const look of [...looks].sort()) {
    const spec = LOOKS[look];
    const font = fontOf(spec.font);
    const fill = fillId(spec.fill);
    const border = borderId(spec.border);
    const xf =
      startTag(
        `${p}xf`,
        attrs({
          numFmtId: spec.numFmt,
          fontId: font,
          fillId: fill,
          borderId: border,
          xfId: 0,
          applyNumberFormat: spec.numFmt ? 1 : undefined,
          applyFont: font ? 1 : undefined,
          applyFill: fill ? 1 : undefined,
          applyBorder: border ? 1 : undefined,
          applyAlignment: 1,
        })
      ) +
      startTag(`${p}alignment`, attrs(spec.alignment), true) +
      `</${p}xf>`;
    ids.set(look, addToSection(state, p, "cellXfs", "xf", xf));
  }
  return { xml: state.xml, ids };
}

// ---------------------------------------------------------------------------------------
// Plans laid onto sheets

interface LaidCell {
  value: WriteValue;
  asText: boolean;
  look?: CellStyle;
}

export interface LaidSheet {
  name: string;
  hidden: boolean;
  cells: Map<number, Map<number, LaidCell>>;
  merges: CellRange[];
  widths: Map<number, number>;
  /** Row heights in points. */
  heights: Map<number, number>;
  validations: ListValidation[];
  page?: PageSetup;
  focus?: string;
  links: CellLink[];
  autoFilter?: CellRange;
  frozenRows?: number;
}

function emptySheet(name: string, hidden = false): LaidSheet {
  return {
    name,
    hidden,
    cells: new Map(),
    merges: [],
    widths: new Map(),
    heights: new Map(),
    validations: [],
    links: [],
  };
}

/** How a sheet prints when its plan does not say: across one A4 landscape page. */
const DEFAULT_PAGE: PageSetup = {
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75 },
  centered: false,
};

function cellAt(sheet: LaidSheet, row: number, col: number): LaidCell {
  let cells = sheet.cells.get(row);
  if (!cells) sheet.cells.set(row, (cells = new Map()));
  let cell = cells.get(col);
  if (!cell) cells.set(col, (cell = { value: null, asText: false }));
  return cell;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Lays the plans (one sheet per distinct plan sheet, in order) and any further edits on them. */
export function layPlans(plans: readonly LayoutPlan[], edits: readonly CellEdit[]): LaidSheet[] {
  const sheets = new Map<string, LaidSheet>();
  for (const plan of plans) {
    let sheet = sheets.get(plan.sheet);
    if (!sheet) sheets.set(plan.sheet, (sheet = emptySheet(plan.sheet)));
    for (const { range, style } of plan.styles) {
      for (let row = range.top; row <= range.bottom; row++)
        for (let col = range.left; col <= range.right; col++) cellAt(sheet, row, col).look = style;
    }
    for (const merge of plan.merges) {
      if (merge.top === merge.bottom && merge.left === merge.right) continue;
      const clash = sheet.merges.find((m) => overlaps(m, merge));
      if (clash)
        throw new WorkbookWriteError("mergeOverlap", {
          sheet: sheet.name,
          first: rangeToA1(clash),
          second: rangeToA1(merge),
        });
      sheet.merges.push(merge);
    }
    sheet.validations.push(...plan.validations);
    for (const [col, width] of Object.entries(plan.columnWidths))
      sheet.widths.set(Number(col), width);
    for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
      sheet.heights.set(Number(row), height);
    sheet.page ??= plan.page;
    sheet.focus ??= plan.focus;
    sheet.links.push(...(plan.links ?? []));
    sheet.autoFilter ??= plan.autoFilter;
    sheet.frozenRows ??= plan.frozenRows;
  }
  const mergedAreas = new Map<LaidSheet, MergedAreas>();
  for (const edit of [...plans.flatMap((plan) => plan.edits), ...edits]) {
    const sheet = sheets.get(edit.sheet);
    if (!sheet) throw new WorkbookWriteError("editOutsidePlans", { sheet: edit.sheet });
    const write = cellWrite(edit);
    let areas = mergedAreas.get(sheet);
    if (!areas) mergedAreas.set(sheet, (areas = new MergedAreas(sheet.merges)));
    checkNotInsideMerge(sheet.name, areas, write);
    const cell = cellAt(sheet, write.row, write.col);
    cell.value = write.value;
    cell.asText = write.asText;
  }
  return [...sheets.values()];
}

/** Each validation's formula: an inline list when it fits, else a column of the lists sheet. */
function listFormulas(
  sheets: readonly LaidSheet[],
  firstColumn: number
): { formulas: Map<ListValidation, string>; columns: string[][] } {
  const formulas = new Map<ListValidation, string>();
  const columns: string[][] = [];
  const columnOf = new Map<string, number>();
  for (const validation of sheets.flatMap((s) => s.validations)) {
    const { values } = validation;
    if (values.length === 0) continue;
    const joined = values.join(",");
    if (joined.length <= INLINE_LIST_LIMIT && !values.some((v) => /[,"]/.test(v))) {
      formulas.set(validation, `"${joined}"`);
      continue;
    }
    const key = JSON.stringify(values);
    let column = columnOf.get(key);
    if (column === undefined) {
      column = firstColumn + columns.length;
      columnOf.set(key, column);
      columns.push(values);
    }
    const range = rangeToA1({ top: 0, left: column, bottom: values.length - 1, right: column });
    const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    formulas.set(validation, `'${LISTS_SHEET}'!${absolute}`);
  }
  return { formulas, columns };
}

function listColumnsSheet(columns: string[][], firstColumn: number): LaidSheet {
  const sheet = emptySheet(LISTS_SHEET, true);
  columns.forEach((values, i) =>
    values.forEach((value, row) => {
      const cell = cellAt(sheet, row, firstColumn + i);
      cell.value = value;
      cell.asText = true;
    })
  );
  return sheet;
}

function worksheetXml(
  sheet: LaidSheet,
  styleIds: ReadonlyMap<CellStyle, number>,
  formulas: ReadonlyMap<ListValidation, string>,
  selected: boolean
): string {
  const bounds: { used: CellRange | null } = { used: null };
  const grow = (range: CellRange) => {
    const used = bounds.used;
    bounds.used = used
      ? {
          top: Math.min(used.top, range.top),
          left: Math.min(used.left, range.left),
          bottom: Math.max(used.bottom, range.bottom),
          right: Math.max(used.right, range.right),
        }
      : range;
  };
  const rows = [...new Set([...sheet.cells.keys(), ...sheet.heights.keys()])]
    .sort((a, b) => a - b)
    .map((row) => {
      const cells = sheet.cells.get(row) ?? new Map<number, LaidCell>();
      const content = [...cells.keys()]
        .sort((a, b) => a - b)
        .map((col) => {
          const cell = cells.get(col) as LaidCell;
          grow({ top: row, left: col, bottom: row, right: col });
          const style = cell.look === undefined ? undefined : styleIds.get(cell.look);
          const attributes = style ? attrs({ s: style }) : [];
          const target = { sheet: sheet.name, address: toA1(row, col) };
          return cellXml("", target, attributes, cell.value, cell.asText);
        })
        .join("");
      const height = sheet.heights.get(row);
      const heightAttributes = height ? ` ht="${height}" customHeight="1"` : "";
      return `<row r="${row + 1}"${heightAttributes}>${content}</row>`;
    });
  sheet.merges.forEach(grow);
  const dimension = bounds.used ? rangeToA1(bounds.used) : "A1";
  const printed = !sheet.hidden;
  const page = sheet.page ?? DEFAULT_PAGE;
  const fitted = page.fitToWidth > 0 || page.fitToHeight > 0;

  const frozen = sheet.frozenRows ?? 0;
  const pane = frozen > 0 ? "bottomLeft" : undefined;
  const parts: string[] = [
    `${XML_DECLARATION}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    printed && fitted ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "",
    `<dimension ref="${dimension}"/>`,
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>`,
    frozen > 0
      ? startTag(
          "pane",
          attrs({
            ySplit: frozen,
            topLeftCell: toA1(frozen, 0),
            activePane: pane,
            state: "frozen",
          }),
          true
        )
      : "",
    sheet.focus && parseA1(sheet.focus)
      ? startTag("selection", attrs({ pane, activeCell: sheet.focus, sqref: sheet.focus }), true)
      : "",
    "</sheetView></sheetViews>",
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  const widths = [...sheet.widths.entries()].filter(([, w]) => w > 0).sort((a, b) => a[0] - b[0]);
  if (widths.length) {
    const cols = widths.map(([col, width]) =>
      startTag(
        "col",
        attrs({ min: col + 1, max: col + 1, width: Math.min(width, MAX_WIDTH), customWidth: 1 }),
        true
      )
    );
    parts.push(`<cols>${cols.join("")}</cols>`);
  }
  parts.push(rows.length ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>");
  if (sheet.autoFilter) parts.push(`<autoFilter ref="${rangeToA1(sheet.autoFilter)}"/>`);
  if (sheet.merges.length) {
    const merges = sheet.merges.map((m) => `<mergeCell ref="${rangeToA1(m)}"/>`).join("");
    parts.push(`<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>`);
  }
  const validations = sheet.validations
    .filter((v) => formulas.has(v))
    .map(
      (v) =>
        startTag(
          "dataValidation",
          attrs({
            type: "list",
            errorStyle: "warning",
            allowBlank: 1,
            showDropDown: 0,
            showErrorMessage: 1,
            sqref: rangeToA1(v.range),
          })
        ) + `<formula1>${cellText(formulas.get(v) as string)}</formula1></dataValidation>`
    );
  if (validations.length)
    parts.push(
      `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`
    );
  if (sheet.links.length) {
    // Ids as linkRelationships gives them, in the sheet's own relationships part.
    const links = sheet.links.map((link, i) =>
      startTag("hyperlink", attrs({ ref: link.address, "r:id": `rId${i + 1}` }), true)
    );
    parts.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  }
  if (printed && page.centered) parts.push('<printOptions horizontalCentered="1"/>');
  const { left, right, top, bottom } = page.margins;
  parts.push(
    startTag("pageMargins", attrs({ left, right, top, bottom, header: 0.3, footer: 0.3 }), true)
  );
  if (printed) {
    const setup = { paperSize: 9, orientation: page.orientation };
    const fit = fitted ? { fitToWidth: page.fitToWidth, fitToHeight: page.fitToHeight } : {};
    parts.push(startTag("pageSetup", attrs({ ...setup, ...fit }), true));
  }
  parts.push("</worksheet>");
  return parts.join("");
}

/**
 * Appends the plans' sheets to the package (after every existing sheet), with their styles
 * appended to styles.xml and long lists on the hidden lists sheet. `edits` may also write
 * into the new sheets. Throws WorkbookWriteError; the package is then half-changed: drop it.
 */
export function addLaidSheets(
  pkg: Package,
  book: WorkbookParts,
  plans: readonly LayoutPlan[],
  edits: readonly CellEdit[],
  options: { selectFirst?: boolean } = {}
): void {
  const sheets = layPlans(plans, edits);
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  for (const sheet of sheets) {
    checkSheetName(sheet.name);
    if (taken.has(sheet.name.toLowerCase()) || sheet.name === LISTS_SHEET)
      throw new WorkbookWriteError("sheetExists", { sheet: sheet.name });
    taken.add(sheet.name.toLowerCase());
  }

  // Long lists: on the existing lists sheet, right of what it holds, or on a new hidden one.
  const existingLists = book.sheets.find((s) => s.name === LISTS_SHEET);
  const listsXml =
    existingLists?.part && existingLists.worksheet ? pkg.text(existingLists.part) : null;
  if (existingLists && listsXml === null)
    throw new WorkbookWriteError("notWorksheet", { sheet: LISTS_SHEET });
  const firstColumn = listsXml === null ? 0 : (usedRange(listsXml)?.right ?? -1) + 1;
  const { formulas, columns } = listFormulas(sheets, firstColumn);
  const listsSheet = columns.length ? listColumnsSheet(columns, firstColumn) : null;
  let patchedLists: string | null = null;
  if (listsSheet && listsXml !== null) {
    const writes = [...listsSheet.cells].flatMap(([row, cells]) =>
      [...cells].map(([col, cell]) => ({
        row,
        col,
        address: toA1(row, col),
        value: cell.value,
        asText: true,
        overwrite: false,
      }))
    );
    const context = { sheet: LISTS_SHEET, sharedStringHasText: () => true };
    patchedLists = patchWorksheetXml(listsXml, writes, context).xml;
  }

  const looks = new Set<CellStyle>();
  for (const sheet of sheets)
    for (const cells of sheet.cells.values())
      for (const cell of cells.values()) if (cell.look) looks.add(cell.look);
  let styleIds = new Map<CellStyle, number>();
  if (looks.size) {
    let stylesPart = workbookPartOfType(book, REL_STYLES);
    if (!stylesPart || !pkg.has(stylesPart)) {
      const dir = book.workbook.slice(0, book.workbook.lastIndexOf("/") + 1);
      stylesPart = `${dir}styles.xml`;
      addWorkbookPart(pkg, book, stylesPart, REL_STYLES, CT_STYLES, BASE_STYLES);
    }
    const styles = appendLayoutStyles(pkg.text(stylesPart), looks);
    pkg.setText(stylesPart, styles.xml);
    styleIds = styles.ids;
  }

  sheets.forEach((sheet, i) => {
    const xml = worksheetXml(sheet, styleIds, formulas, options.selectFirst === true && i === 0);
    appendWorksheet(pkg, book, sheet.name, xml, sheet.hidden);
    addSheetExtras(pkg, book, sheet);
  });
  if (patchedLists !== null && existingLists?.part) pkg.setText(existingLists.part, patchedLists);
  else if (listsSheet)
    appendWorksheet(
      pkg,
      book,
      LISTS_SHEET,
      worksheetXml(listsSheet, styleIds, formulas, false),
      true
    );
}

// ---------------------------------------------------------------------------------------
// Hyperlinks and the sheet's defined names (print titles, the autofilter's range)

const REL_HYPERLINK = `${NS_REL}/hyperlink`;

/** The relationships part of a new sheet's hyperlinks: `rId1`… in the order of its links. */
function linkRelationships(links: readonly CellLink[]): string {
  const elements = links.map((link, i) =>
    startTag(
      "Relationship",
      attrs({
        Id: `rId${i + 1}`,
        Type: REL_HYPERLINK,
        Target: link.target,
        TargetMode: "External",
      }),
      true
    )
  );
  return `${XML_DECLARATION}<Relationships xmlns="${NS_PKG_REL}">${elements.join("")}</Relationships>`;
}

/** The workbook's elements that follow `definedNames`, in the schema's order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** Adds a name local to a sheet (by its position among the sheets) to workbook.xml. */
function addDefinedName(
  pkg: Package,
  book: WorkbookParts,
  definition: { name: string; sheetIndex: number; formula: string; hidden?: boolean }
): void {
  const xml = pkg.text(book.workbook);
  const p = prefixOf(xml, "workbook");
  const element =
    startTag(
      `${p}definedName`,
      attrs({
        name: definition.name,
        localSheetId: definition.sheetIndex,
        hidden: definition.hidden ? 1 : undefined,
      })
    ) + `${escapeXml(definition.formula)}</${p}definedName>`;
  const names = findElement(xml, `${p}definedNames`);
  if (names) {
    pkg.setText(book.workbook, appendChildren(xml, names, `${p}definedNames`, element));
    return;
  }
  const block = `<${p}definedNames>${element}</${p}definedNames>`;
  for (const later of AFTER_DEFINED_NAMES) {
    const span = findElement(xml, `${p}${later}`);
    if (span) {
      pkg.setText(book.workbook, xml.slice(0, span.start) + block + xml.slice(span.start));
      return;
    }
  }
  const root = findElement(xml, `${p}workbook`);
  if (!root)
    throw new WorkbookWriteError("corrupt", {
      reason: { zh: "缺少 <workbook>", en: "<workbook> is missing" },
    });
  pkg.setText(book.workbook, appendChildren(xml, root, `${p}workbook`, block));
}

/** A sheet's name as a formula refers to it: quoted, with its apostrophes doubled. */
function sheetReference(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A range with every row and column made absolute: `$A$1:$G$9`. */
function absolute(range: CellRange): string {
  return rangeToA1(range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The just-appended sheet's hyperlinks part and defined names. */
function addSheetExtras(pkg: Package, book: WorkbookParts, sheet: LaidSheet): void {
  const sheetIndex = book.sheets.length - 1;
  const part = book.sheets[sheetIndex].part;
  if (sheet.links.length && part) pkg.setText(relsPathOf(part), linkRelationships(sheet.links));
  const titleRows = sheet.hidden ? 0 : (sheet.page?.titleRows ?? 0);
  if (titleRows > 0)
    addDefinedName(pkg, book, {
      name: "_xlnm.Print_Titles",
      sheetIndex,
      formula: `${sheetReference(sheet.name)}!$1:$${titleRows}`,
    });
  if (sheet.autoFilter)
    addDefinedName(pkg, book, {
      name: "_xlnm._FilterDatabase",
      sheetIndex,
      formula: `${sheetReference(sheet.name)}!${absolute(sheet.autoFilter)}`,
      hidden: true,
    });
}

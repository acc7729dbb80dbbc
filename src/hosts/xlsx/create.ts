/**
 * A brand-new .xlsx from layout plans: the minimal package ([Content_Types].xml, the
 * package and workbook relationships, the workbook, styles) plus one worksheet per plan
 * sheet, laid out by the same code that appends sheets to an existing workbook.
 */
import { LayoutPlan } from "../../domain/edits";
import { addLaidSheets, BASE_STYLES } from "./layout";
import {
  addWorkbookPart,
  CT_STYLES,
  CT_WORKBOOK,
  NS_CONTENT_TYPES,
  NS_MAIN,
  NS_PKG_REL,
  NS_REL,
  Package,
  readWorkbookParts,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  WorkbookWriteError,
  XML_DECLARATION,
} from "./ooxml";

export { WorkbookWriteError } from "./ooxml";

const REL_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

/** The workbook bytes; the first plan's sheet is the active one. Throws WorkbookWriteError. */
export function createWorkbook(plans: LayoutPlan[]): Uint8Array {
  if (plans.length === 0) throw new WorkbookWriteError("noSheets");
  const pkg = Package.empty();
  pkg.setText(
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="${NS_CONTENT_TYPES}">` +
      `<Default Extension="rels" ContentType="${REL_CONTENT_TYPE}"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT_WORKBOOK}"/></Types>`
  );
  pkg.setText(
    "_rels/.rels",
    `${XML_DECLARATION}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL_OFFICE_DOCUMENT}" Target="xl/workbook.xml"/></Relationships>`
  );
  pkg.setText(
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      '<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>'
  );
  pkg.setText(
    "xl/_rels/workbook.xml.rels",
    `${XML_DECLARATION}<Relationships xmlns="${NS_PKG_REL}"/>`
  );
  const book = readWorkbookParts(pkg);
  addWorkbookPart(pkg, book, "xl/styles.xml", REL_STYLES, CT_STYLES, BASE_STYLES);
  addLaidSheets(pkg, book, plans, [], { selectFirst: true });
  return pkg.toBytes();
}

/**
 * Hand-written .xlsx packages: the XML of each part as given, zipped. For tests of the
 * reader on what other writers produce (prefixes, inline strings, cells without `r`,
 * rich text) and on hostile packages.
 */
import { strToU8, zipSync, Zippable } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface PackageSheet {
  name: string;
  /** The worksheet part's XML, whole. */
  xml: string;
  /** The `state` attribute of its `<sheet>` in the workbook (`hidden`, `veryHidden`). */
  state?: string;
}

export interface PackageSpec {
  sheets: PackageSheet[];
  /** `<si>` items, each whole (`<si>…</si>`). */
  sharedStrings?: string[];
  /** `<numFmt>` elements and `<xf>` elements of cellXfs. */
  styles?: { numFmts: string[]; cellXfs: string[] };
  /** Element prefix for the workbook-wide parts (`x` gives `<x:workbook>`). */
  prefix?: string;
}

/** The parts of a package, by name, as text. */
export function packageParts(spec: PackageSpec): Record<string, string> {
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const ns = spec.prefix ? `xmlns:${spec.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts: Record<string, string> = {};
  const overrides = spec.sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
  );
  if (spec.sharedStrings)
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    );
  if (spec.styles)
    overrides.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    );
  parts["[Content_Types].xml"] =
    head +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    overrides.join("") +
    "</Types>";
  parts["_rels/.rels"] =
    head +
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels = spec.sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
  );
  if (spec.sharedStrings)
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  parts["xl/_rels/workbook.xml.rels"] =
    head + `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
  parts["xl/workbook.xml"] =
    head +
    `<${p}workbook ${ns} xmlns:r="${REL}"><${p}sheets>` +
    spec.sheets
      .map(
        (sheet, i) =>
          `<${p}sheet name="${sheet.name}" sheetId="${i + 1}"` +
          `${sheet.state === undefined ? "" : ` state="${sheet.state}"`} r:id="rId${i + 1}"/>`
      )
      .join("") +
    `</${p}sheets></${p}workbook>`;
  spec.sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheet.xml));
  if (spec.sharedStrings)
    parts["xl/sharedStrings.xml"] =
      head +
      `<${p}sst ${ns} count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">` +
      spec.sharedStrings.join("") +
      `</${p}sst>`;
  if (spec.styles)
    parts["xl/styles.xml"] =
      head +
      `<${p}styleSheet ${ns}>` +
      `<${p}numFmts count="${spec.styles.numFmts.length}">${spec.styles.numFmts.join("")}</${p}numFmts>` +
      `<${p}cellXfs count="${spec.styles.cellXfs.length}">${spec.styles.cellXfs.join("")}</${p}cellXfs>` +
      `</${p}styleSheet>`;
  return parts;
}

/** The package zipped (deflated), parts in the order given. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(files);
}

export function packageBytes(spec: PackageSpec): Uint8Array {
  return zipParts(packageParts(spec));
}

/** A worksheet part around `sheetData` content, with merges and an optional `<dimension>`. */
export function worksheetXml(
  sheetData: string,
  {
    merges = [],
    dimension,
    prefix,
  }: { merges?: string[]; dimension?: string; prefix?: string } = {}
): string {
  const p = prefix ? `${prefix}:` : "";
  const ns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<${p}worksheet ${ns} xmlns:r="${REL}">` +
    (dimension ? `<${p}dimension ref="${dimension}"/>` : "") +
    `<${p}sheetData>${sheetData}</${p}sheetData>` +
    (merges.length
      ? `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${m}"/>`).join("")}</${p}mergeCells>`
      : "") +
    `</${p}worksheet>`
  );
}

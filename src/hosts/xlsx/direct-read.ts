/**
 * The direct reader: an .xlsx/.xlsm package read into sheet snapshots without a
 * spreadsheet library. Parts are unpacked one at a time, when needed, within the
 * archive's limits; each sheet's XML is scanned once.
 */
import { SheetSnapshot } from "../../domain/snapshot";
import { CellGrid } from "./grid";
import { FormatBudget } from "./format-budget";
import { libraryText, libraryText1904, notRendered } from "./number-text";
import { scanSheet, SheetContext } from "./sheet-xml";
import {
  countsDatesFrom1904,
  NotForDirectReading,
  readRelationships,
  readSharedStrings,
  readSheetList,
  readStyleFormats,
  relationshipOfType,
  relationshipsPath,
} from "./workbook-parts";
import { ArchiveError, ZipArchive, ZipEntry } from "./zip";

const OFFICE_DOCUMENT = "officeDocument";

/** The archive's parts by name; names match without regard to case, as OPC defines them. */
class Package {
  private readonly exact = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();
  private readonly decoder = new TextDecoder("utf-8");

  constructor(private readonly archive: ZipArchive) {
    for (const entry of archive.entries) {
      this.exact.set(entry.name, entry);
      const lower = entry.name.toLowerCase();
      if (!this.folded.has(lower)) this.folded.set(lower, entry);
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.folded.get(name.toLowerCase());
  }

  /** The part's text, or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.entry(name);
    return entry ? this.decoder.decode(this.archive.read(entry)) : undefined;
  }
}

/** Unpacks every entry once, so that a damaged part is found even where no sheet needs it. */
function checkAllEntries(archive: ZipArchive, read: Set<ZipEntry>): void {
  for (const entry of archive.entries)
    if (!read.has(entry) && !entry.name.endsWith("/")) archive.read(entry);
}

/**
 * What a reading gives beside the values: the display texts as Excel shows them, or, for a
 * caller that compares values only, texts left unrendered where a format needs SheetJS.
 */
export type DisplayTexts = "rendered" | "valuesOnly";

/**
 * Every sheet of the workbook, in tab order. Throws ArchiveError for a damaged or
 * oversized package, NotForDirectReading for one to leave to SheetJS.
 */
export function readDirectly(
  archive: ZipArchive,
  texts: DisplayTexts = "rendered"
): SheetSnapshot[] {
  const pkg = new Package(archive);
  const used = new Set<ZipEntry>();
  const text = (name: string): string | undefined => {
    const entry = pkg.entry(name);
    if (entry) used.add(entry);
    return pkg.text(name);
  };
  const rootRels = text("_rels/.rels");
  const office = rootRels
    ? relationshipOfType(readRelationships(rootRels, ""), OFFICE_DOCUMENT)
    : undefined;
  const workbookPart = office?.part ?? "xl/workbook.xml";
  if (!workbookPart.toLowerCase().endsWith(".xml")) throw new NotForDirectReading("binary");
  const workbookXml = text(workbookPart);
  if (workbookXml === undefined) {
    if (pkg.entry("xl/workbook.bin")) throw new NotForDirectReading("binary");
    // An OpenDocument spreadsheet (.ods): SheetJS reads it, once its package is checked.
    if (pkg.entry("content.xml")) throw new NotForDirectReading("OpenDocument");
    throw new ArchiveError({ kind: "noWorkbookPart" });
  }
  const relsXml = text(relationshipsPath(workbookPart));
  if (relsXml === undefined) throw new NotForDirectReading("no workbook relationships");
  const relationships = readRelationships(relsXml, workbookPart);
  const sharedStringsPart = relationshipOfType(relationships, "sharedStrings")?.part;
  const stylesPart = relationshipOfType(relationships, "styles")?.part;
  const listed = readSheetList(workbookXml);
  // A list the scan found empty (a damaged or cut workbook part): SheetJS says what is wrong.
  if (listed.length === 0) throw new NotForDirectReading("no sheets listed");
  const sheets = listed.map((sheet) => {
    const relationship = relationships.get(sheet.relationshipId);
    if (!relationship || !relationship.type.endsWith("/worksheet"))
      throw new NotForDirectReading("not a worksheet");
    if (!pkg.entry(relationship.part)) throw new NotForDirectReading("missing sheet");
    return { name: sheet.name, part: relationship.part, hidden: sheet.hidden };
  });
  const sharedStringsXml = sharedStringsPart ? text(sharedStringsPart) : undefined;
  const context: SheetContext = {
    sharedStrings: sharedStringsXml ? readSharedStrings(sharedStringsXml) : [],
    styleFormats: readStyleFormats(stylesPart ? text(stylesPart) : undefined),
    formats: new FormatBudget(
      texts === "valuesOnly"
        ? notRendered
        : countsDatesFrom1904(workbookXml)
          ? libraryText1904
          : libraryText
    ),
  };
  const snapshots = sheets.map(({ name, part, hidden }) => {
    const grid = new CellGrid(context.formats);
    const snapshot = grid.snapshot(name, scanSheet(text(part) ?? "", context, grid));
    if (hidden) snapshot.hidden = hidden;
    return snapshot;
  });
  checkAllEntries(archive, used);
  return snapshots;
}

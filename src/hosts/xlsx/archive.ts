/**
 * Checks a workbook's ZIP container before the spreadsheet library sees it.
 *
 * Workbooks come in by email from other offices: a truncated or damaged file must give
 * a clear message, never a hang or a partial read. The archive is unpacked here (zip.ts:
 * sizes bounded before and during inflation, every entry's CRC-32 compared with the
 * central directory), and the entries are handed on re-packed without compression, so
 * the spreadsheet library never inflates anything.
 */
import { strFromU8, strToU8 } from "fflate";
import { normalizePath, relationshipsPath } from "./workbook-parts";
import { ArchiveError, crc32, ZipArchive } from "./zip";

export { ArchiveError, MAX_PART_BYTES, MAX_UNPACKED_BYTES } from "./zip";
export type { ArchiveProblem } from "./zip";

/** Unpacked parts by name. */
type Parts = Record<string, Uint8Array>;

/** Validates an Excel package and returns it re-packed without compression. Throws ArchiveError. */
export function checkedArchive(bytes: Uint8Array): Uint8Array {
  return checkedPackage(bytes, false).packed;
}

/** A package whose container was checked, as the spreadsheet library is to read it. */
export interface CheckedPackage {
  /** Its entries re-packed without compression. */
  packed: Uint8Array;
  /** An OpenDocument spreadsheet's content.xml, which holds what the library leaves unread. */
  openDocumentContent?: Uint8Array;
}

/**
 * Validates the archive and returns it re-packed without compression. An OpenDocument
 * spreadsheet is accepted only when `openDocument` says so (the reader reads one; the
 * writer writes only Excel packages). Throws ArchiveError.
 */
export function checkedPackage(bytes: Uint8Array, openDocument: boolean): CheckedPackage {
  const archive = new ZipArchive(bytes);
  archive.checkHeaders();
  const files: Parts = {};
  const crcByName = new Map<string, number>();
  for (const entry of archive.entries) {
    // Folder entries (`xl/theme/`) are kept, empty, as the package has them.
    files[entry.name] = archive.read(entry);
    crcByName.set(entry.name, entry.crc);
  }
  if (isOpenDocumentSpreadsheet(files)) {
    if (!openDocument) throw new ArchiveError({ kind: "openDocument" });
    if (isEncryptedOpenDocument(files)) throw new ArchiveError({ kind: "encrypted" });
    const content = files["content.xml"];
    if (!content) throw new ArchiveError({ kind: "noWorkbookPart" });
    return { packed: storedZip(files, crcByName), openDocumentContent: content };
  }
  const named = withReferencedNames(files, crcByName);
  if (!named.files["xl/workbook.xml"] && !named.files["xl/workbook.bin"])
    throw new ArchiveError({ kind: "noWorkbookPart" });
  return { packed: storedZip(named.files, named.crcByName) };
}

/** What the `mimetype` entry of an OpenDocument spreadsheet (or its template) says. */
const OPEN_DOCUMENT_SPREADSHEET =
  /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

/** The most a `mimetype` entry holds: its type is a short ASCII line. */
export const MAX_MIMETYPE_BYTES = 100;

/** Whether the text of a package's `mimetype` entry names an OpenDocument spreadsheet. */
export function isOpenDocumentSpreadsheetType(mimetype: string): boolean {
  return mimetype.length <= MAX_MIMETYPE_BYTES && OPEN_DOCUMENT_SPREADSHEET.test(mimetype.trim());
}

/** An .ods (from LibreOffice, WPS or another office suite): its first entry names its type. */
function isOpenDocumentSpreadsheet(files: Parts): boolean {
  const mimetype = files["mimetype"];
  return (
    mimetype !== undefined &&
    mimetype.length <= MAX_MIMETYPE_BYTES &&
    isOpenDocumentSpreadsheetType(strFromU8(mimetype))
  );
}

/** Saved with a password, a package's manifest tells how each encrypted entry was encrypted. */
function isEncryptedOpenDocument(files: Parts): boolean {
  const manifest = files["META-INF/manifest.xml"];
  return manifest !== undefined && strFromU8(manifest).includes("encryption-data");
}

/** The package's own names that every reader looks for first. */
const FIXED_NAMES = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/workbook.bin"];

/** Every part name the package refers to, as it spells it: content types and relationships. */
function referencedNames(files: Parts): string[] {
  const names = [...FIXED_NAMES];
  for (const [name, data] of Object.entries(files)) {
    const lower = name.toLowerCase();
    if (lower === "[content_types].xml") {
      for (const match of strFromU8(data).matchAll(/PartName="\/?([^"]+)"/g))
        names.push(normalizePath(match[1]));
    } else if (lower.endsWith(".rels")) {
      // `xl/_rels/workbook.xml.rels` speaks for `xl/`: targets are relative to that folder.
      const base = name.replace(/_rels\/[^/]*$/i, "");
      for (const match of strFromU8(data).matchAll(/Target="([^"]+)"/g)) {
        if (/^[a-z]+:/i.test(match[1])) continue; // an external link, not a part
        const target = match[1].startsWith("/") ? match[1] : base + match[1];
        const part = normalizePath(decodeURI(target));
        names.push(part, relationshipsPath(part));
      }
    }
  }
  return names;
}

/**
 * Part names are case-insensitive in a package (OPC): an entry stored as `xl/Workbook.xml`
 * is the `xl/workbook.xml` the relationships name. Entries are renamed to the spelling the
 * package refers to them by, so that the spreadsheet library finds them.
 */
function withReferencedNames(
  files: Parts,
  crcByName: Map<string, number>
): { files: Parts; crcByName: Map<string, number> } {
  const spelling = new Map<string, string>();
  for (const name of referencedNames(files)) {
    if (!spelling.has(name.toLowerCase())) spelling.set(name.toLowerCase(), name);
  }
  const renamed: Parts = {};
  const crcs = new Map<string, number>();
  for (const [name, data] of Object.entries(files)) {
    const wanted = spelling.get(name.toLowerCase()) ?? name;
    // Two entries that differ only in case: the one spelled as referenced keeps its name.
    const target = wanted !== name && files[wanted] !== undefined ? name : wanted;
    renamed[target] = data;
    const crc = crcByName.get(name);
    if (crc !== undefined) crcs.set(target, crc);
  }
  return { files: renamed, crcByName: crcs };
}

/** True when a name has characters beyond ASCII (its UTF-8 bytes then need the UTF-8 flag). */
function hasNonAsciiCharacters(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0x7f) return true;
  return false;
}

/**
 * The entries packed again without compression. Their CRCs were just verified, so they
 * are copied from the directory instead of being computed a second time.
 */
function storedZip(files: Parts, crcByName: Map<string, number>): Uint8Array {
  const entries = Object.entries(files).map(([name, data]) => ({
    name: strToU8(name),
    utf8: hasNonAsciiCharacters(name),
    data,
    crc: data.length === 0 ? 0 : (crcByName.get(name) ?? crc32(data)),
    offset: 0,
  }));
  let localSize = 0;
  let directorySize = 0;
  for (const entry of entries) {
    localSize += 30 + entry.name.length + entry.data.length;
    directorySize += 46 + entry.name.length;
  }
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  // The header fields shared by the local header (at +4) and the directory entry (at +6).
  const common = (position: number, entry: (typeof entries)[number]) => {
    view.setUint16(position, 20, true); // version needed: 2.0
    view.setUint16(position + 2, entry.utf8 ? 0x800 : 0, true); // flags: UTF-8 names
    view.setUint16(position + 4, 0, true); // method: stored
    view.setUint32(position + 6, 0x00210000, true); // time 00:00, date 1980-01-01
    view.setUint32(position + 10, entry.crc, true);
    view.setUint32(position + 14, entry.data.length, true);
    view.setUint32(position + 18, entry.data.length, true);
    view.setUint16(position + 22, entry.name.length, true);
  };
  for (const entry of entries) {
    entry.offset = at;
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, entry);
    out.set(entry.name, at + 30);
    out.set(entry.data, at + 30 + entry.name.length);
    at += 30 + entry.name.length + entry.data.length;
  }
  for (const entry of entries) {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // version made by
    common(at + 6, entry);
    view.setUint32(at + 42, entry.offset, true);
    out.set(entry.name, at + 46);
    at += 46 + entry.name.length;
  }
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}

/**
 * Checks a workbook's ZIP container before the spreadsheet library sees it.
 *
 * Workbooks come in by email from other offices: a truncated or damaged file must give
 * a clear message, never a hang or a partial read. The archive is inflated here with
 * fflate (which fails fast on bad data), every entry's CRC-32 is compared with the
 * central directory, the unpacked size is bounded, and the entries are handed on
 * re-packed without compression, so the spreadsheet library never inflates anything.
 */
import { strFromU8, strToU8, unzipSync, Unzipped } from "fflate";

export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

export type ArchiveProblem =
  | { kind: "corrupt"; reason: string }
  | { kind: "noWorkbookPart" }
  | { kind: "tooLarge"; limitMb: number };

export class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(problem.kind);
  }
}

/**
 * CRC-32 tables for slice-by-8: table k gives the CRC of a byte followed by k zero bytes,
 * so eight bytes are folded in per step instead of one.
 */
const CRC_TABLES = (() => {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const previous = tables[(k - 1) * 256 + n];
      tables[k * 256 + n] = tables[previous & 0xff] ^ (previous >>> 8);
    }
  }
  return tables;
})();

function crc32(bytes: Uint8Array): number {
  const t = CRC_TABLES;
  let crc = -1;
  let i = 0;
  for (const end8 = bytes.length - 7; i < end8; i += 8) {
    const low =
      crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    crc =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + bytes[i + 4]] ^
      t[512 + bytes[i + 5]] ^
      t[256 + bytes[i + 6]] ^
      t[bytes[i + 7]];
  }
  for (; i < bytes.length; i++) crc = t[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

interface DirectoryEntry {
  name: string;
  crc: number;
  size: number;
  packedSize: number;
  method: number;
  headerOffset: number;
}

/** Reads the central directory: names, CRCs and unpacked sizes. */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ArchiveError({ kind: "corrupt", reason: "no end of central directory" });
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new ArchiveError({ kind: "corrupt", reason: "damaged central directory" });
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      packedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      headerOffset: view.getUint32(offset + 42, true),
      name: strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Each entry's local header must agree with the central directory, as Excel expects. */
function checkLocalHeaders(bytes: Uint8Array, directory: DirectoryEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory) {
    const at = entry.headerOffset;
    const damaged = (): never => {
      throw new ArchiveError({ kind: "corrupt", reason: `${entry.name}: damaged local header` });
    };
    if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) damaged();
    const nameLength = view.getUint16(at + 26, true);
    const name = strFromU8(bytes.subarray(at + 30, at + 30 + nameLength));
    if (name !== entry.name || view.getUint16(at + 8, true) !== entry.method) damaged();
    // With bit 3 set the sizes and CRC follow the data instead of standing in the header.
    const deferred = (view.getUint16(at + 6, true) & 8) !== 0;
    if (
      !deferred &&
      (view.getUint32(at + 14, true) !== entry.crc ||
        view.getUint32(at + 18, true) !== entry.packedSize ||
        view.getUint32(at + 22, true) !== entry.size)
    ) {
      damaged();
    }
  }
}

/** Validates the archive and returns it re-packed without compression. Throws ArchiveError. */
export function checkedArchive(bytes: Uint8Array): Uint8Array {
  const directory = readDirectory(bytes);
  checkLocalHeaders(bytes, directory);
  const total = directory.reduce((sum, entry) => sum + entry.size, 0);
  if (total > MAX_UNPACKED_BYTES)
    throw new ArchiveError({ kind: "tooLarge", limitMb: MAX_UNPACKED_BYTES / 1048576 });
  let files: Unzipped;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw new ArchiveError({
      kind: "corrupt",
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  for (const entry of directory) {
    const data = files[entry.name];
    if (entry.name.endsWith("/")) continue;
    if (!data || data.length !== entry.size || crc32(data) !== entry.crc) {
      throw new ArchiveError({ kind: "corrupt", reason: `${entry.name}: checksum mismatch` });
    }
  }
  const crcByName = new Map(directory.map((entry) => [entry.name, entry.crc]));
  const named = withReferencedNames(files, crcByName);
  if (!named.files["xl/workbook.xml"] && !named.files["xl/workbook.bin"])
    throw new ArchiveError({ kind: "noWorkbookPart" });
  return storedZip(named.files, named.crcByName);
}

/** The package's own names that every reader looks for first. */
const FIXED_NAMES = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/workbook.bin"];

/** `xl/_rels/../worksheets/./sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/** Every part name the package refers to, as it spells it: content types and relationships. */
function referencedNames(files: Unzipped): string[] {
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
        names.push(part, part.replace(/([^/]*)$/, "_rels/$1.rels"));
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
  files: Unzipped,
  crcByName: Map<string, number>
): { files: Unzipped; crcByName: Map<string, number> } {
  const spelling = new Map<string, string>();
  for (const name of referencedNames(files)) {
    if (!spelling.has(name.toLowerCase())) spelling.set(name.toLowerCase(), name);
  }
  const renamed: Unzipped = {};
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
function storedZip(files: Unzipped, crcByName: Map<string, number>): Uint8Array {
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

/**
 * The ZIP container of a workbook, read entry by entry: the central directory (zip64
 * included), each entry's local header checked against it, and an entry inflated only
 * when asked for, within limits set before a byte is unpacked (the sizes the directory
 * declares) and again while unpacking (in case a declared size lies). CRC-32 and the
 * unpacked size are compared with the directory.
 */
import type * as Fflate from "fflate";
import { Bilingual } from "../../domain/findings";
import { t } from "../../domain/messages/catalog";
import { inflateRaw, nativeCrc32, SizeMismatch } from "./inflate";

/** The most one part may unpack to: a part is decoded into one string, which must fit V8's heap comfortably. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** The most all parts together may unpack to. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** What is damaged in an archive, told in both languages by the catalogue's `read.damage.*`. */
export type Damage =
  | "zip64Size"
  | "noDirectoryEnd"
  | "noZip64End"
  | "zip64End"
  | "zip64Field"
  | "directory"
  | "localHeader"
  | "data"
  | "size"
  | "method"
  | "checksum";

/** The damage, and the part it is in and what zlib said (or the size declared), where known. */
export interface ArchiveDamage {
  kind: "corrupt";
  damage: Damage;
  part: string;
  detail: string;
}

export type ArchiveProblem =
  | ArchiveDamage
  | { kind: "noWorkbookPart" }
  /** An OpenDocument spreadsheet (.ods), where only an Excel package was wanted. */
  | { kind: "openDocument" }
  /** An OpenDocument spreadsheet whose content is encrypted (saved with a password). */
  | { kind: "encrypted" }
  /** Over the total limit, or (with `part`) one part over the per-part limit. */
  | { kind: "tooLarge"; limitMb: number; part?: string; sizeMb?: number };

export class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(problem.kind);
  }
}

export function corrupt(damage: Damage, part = "", detail = ""): ArchiveError {
  return new ArchiveError({ kind: "corrupt", damage, part, detail });
}

/** The damage in words, in each language, for a read or write error's message. */
export function damageOf(problem: ArchiveDamage): Bilingual {
  const key = `read.damage.${problem.damage}` as const;
  const data = { part: problem.part, detail: problem.detail };
  return { zh: t(key, data, "zh"), en: t(key, data, "en") };
}

export interface ZipEntry {
  name: string;
  crc: number;
  size: number;
  packedSize: number;
  method: number;
  headerOffset: number;
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

export function crc32(bytes: Uint8Array): number {
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

let names: TextDecoder | undefined;

/**
 * Entry names are UTF-8. The decoder is made when first needed: some hosts (a jsdom test
 * environment) have no TextDecoder, and loading this module must not fail there.
 */
function entryName(bytes: Uint8Array): string {
  if (typeof TextDecoder === "function") return (names ??= new TextDecoder("utf-8")).decode(bytes);
  return (require("fflate") as typeof Fflate).strFromU8(bytes);
}

/** What an unpacked entry is checked with: the native CRC-32 where there is one. */
const checksum = nativeCrc32 ?? crc32;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const SATURATED = 0xffffffff;

function uint64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x100000000;
  if (!Number.isSafeInteger(value)) throw corrupt("zip64Size");
  return value;
}

/** Where the central directory lies and how many entries it has, zip64 or not. */
function directoryLocation(view: DataView): { count: number; offset: number } {
  const length = view.byteLength;
  let end = -1;
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt("noDirectoryEnd");
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && offset !== SATURATED) return { count, offset };
  // zip64: a locator just before the end record points at the zip64 end record.
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw corrupt("noZip64End");
  const end64 = uint64(view, locator + 8);
  if (end64 + 56 > length || view.getUint32(end64, true) !== ZIP64_END_OF_DIRECTORY)
    throw corrupt("zip64End");
  return { count: uint64(view, end64 + 32), offset: uint64(view, end64 + 48) };
}

/** The 64-bit values a directory entry saturated to 0xFFFFFFFF, from its zip64 extra field. */
function applyZip64Extra(
  view: DataView,
  extraStart: number,
  extraEnd: number,
  entry: ZipEntry
): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw corrupt("zip64Field", entry.name);
        const value = uint64(view, field);
        field += 8;
        return value;
      };
      if (entry.size === SATURATED) entry.size = next();
      if (entry.packedSize === SATURATED) entry.packedSize = next();
      if (entry.headerOffset === SATURATED) entry.headerOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** Reads the central directory: names, CRCs and sizes. Throws ArchiveError. */
export function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { count, offset: start } = directoryLocation(view);
  // Each entry takes at least 46 bytes: a count beyond that is a lie, not a reason to loop.
  if (count > bytes.length / 46) throw corrupt("directory");
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY)
      throw corrupt("directory");
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw corrupt("directory");
    const entry: ZipEntry = {
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      packedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      headerOffset: view.getUint32(offset + 42, true),
      name: entryName(bytes.subarray(offset + 46, nameEnd)),
    };
    if (
      entry.size === SATURATED ||
      entry.packedSize === SATURATED ||
      entry.headerOffset === SATURATED
    )
      applyZip64Extra(view, nameEnd, nameEnd + extraLength, entry);
    entries.push(entry);
    offset = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/**
 * Checks an entry's local header against the directory (as Excel does) and returns where
 * its packed data starts.
 */
function dataStart(bytes: Uint8Array, view: DataView, entry: ZipEntry): number {
  const at = entry.headerOffset;
  const damaged = (): never => {
    throw corrupt("localHeader", entry.name);
  };
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) damaged();
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const name = entryName(bytes.subarray(at + 30, at + 30 + nameLength));
  if (name !== entry.name || view.getUint16(at + 8, true) !== entry.method) damaged();
  // With bit 3 set the sizes and CRC follow the data instead of standing in the header;
  // a zip64 header saturates its sizes and keeps the real ones in its extra field.
  const deferred = (view.getUint16(at + 6, true) & 8) !== 0;
  const packed = view.getUint32(at + 18, true);
  const size = view.getUint32(at + 22, true);
  const zip64 = packed === SATURATED || size === SATURATED;
  if (
    !deferred &&
    (view.getUint32(at + 14, true) !== entry.crc ||
      (!zip64 && (packed !== entry.packedSize || size !== entry.size)))
  )
    damaged();
  const start = at + 30 + nameLength + extraLength;
  if (start + entry.packedSize > bytes.length) damaged();
  return start;
}

const MB = 1024 * 1024;

/** Refuses an archive whose parts declare more than the limits, before anything is unpacked. */
export function checkDeclaredSizes(entries: ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.size > MAX_PART_BYTES)
      throw new ArchiveError({
        kind: "tooLarge",
        part: entry.name,
        sizeMb: Math.ceil(entry.size / MB),
        limitMb: MAX_PART_BYTES / MB,
      });
    total += entry.size;
  }
  if (total > MAX_UNPACKED_BYTES)
    throw new ArchiveError({ kind: "tooLarge", limitMb: MAX_UNPACKED_BYTES / MB });
}

/** An archive whose entries are unpacked on demand and checked as they are. */
export class ZipArchive {
  readonly entries: ZipEntry[];
  private readonly view: DataView;
  /** Entries unpacked ahead (`unpackAhead`), until `read` takes them. */
  private readonly unpacked = new Map<ZipEntry, Uint8Array>();

  /** Throws ArchiveError for a damaged directory or declared sizes over the limits. */
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.entries = readDirectory(bytes);
    checkDeclaredSizes(this.entries);
  }

  /** Checks every entry's local header without unpacking anything. */
  checkHeaders(): void {
    for (const entry of this.entries) dataStart(this.bytes, this.view, entry);
  }

  /**
   * Inflates the deflated entries `wanted` names now with `inflate` (the browser's own,
   * which is asynchronous), for `read` to take and check. An entry it gives nothing for is
   * left to `read`'s inflate. What is unpacked ahead is held until read: only the parts
   * wanted soon should be, not every picture of the package at once.
   */
  async unpackAhead(
    inflate: (packed: Uint8Array, size: number) => Promise<Uint8Array | undefined>,
    wanted: (name: string) => boolean
  ): Promise<void> {
    for (const entry of this.entries) {
      if (entry.method !== 8 || this.unpacked.has(entry) || !wanted(entry.name)) continue;
      const start = dataStart(this.bytes, this.view, entry);
      const data = await inflate(this.bytes.subarray(start, start + entry.packedSize), entry.size);
      if (data) this.unpacked.set(entry, data);
    }
  }

  /** The entry's bytes, inflated no further than its declared size, CRC checked. */
  read(entry: ZipEntry): Uint8Array {
    const start = dataStart(this.bytes, this.view, entry);
    const packed = this.bytes.subarray(start, start + entry.packedSize);
    const ahead = this.unpacked.get(entry);
    this.unpacked.delete(entry);
    let data: Uint8Array;
    if (entry.method === 0) data = packed;
    else if (ahead) data = ahead;
    else if (entry.method === 8) {
      try {
        data = inflateRaw(packed, entry.size);
      } catch (error) {
        if (error instanceof SizeMismatch) throw corrupt("size", entry.name, String(entry.size));
        const reason = error instanceof Error ? error.message : String(error);
        throw corrupt("data", entry.name, reason.split("\n")[0].slice(0, 120));
      }
    } else throw corrupt("method", entry.name, String(entry.method));
    if (data.length !== entry.size || checksum(data) !== entry.crc)
      throw corrupt("checksum", entry.name);
    return data;
  }
}

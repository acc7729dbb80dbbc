/**
 * Checks a workbook's ZIP container before the spreadsheet library sees it.
 *
 * Workbooks come in by email from other offices: a truncated or damaged file must give
 * a clear message, never a hang or a partial read. The archive is inflated here with
 * fflate (which fails fast on bad data), every entry's CRC-32 is compared with the
 * central directory, the unpacked size is bounded, and the entries are handed on
 * re-packed without compression, so the spreadsheet library never inflates anything.
 */
import { strFromU8, unzipSync, Unzipped, zipSync } from "fflate";

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

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
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
  if (!files["xl/workbook.xml"] && !files["xl/workbook.bin"])
    throw new ArchiveError({ kind: "noWorkbookPart" });
  return zipSync(files, { level: 0 });
}

/**
 * A legacy compound file (.xls, WPS's .et) keeps the document's properties (title, author,
 * company) in two property-set streams. SheetJS reads every property a set says it holds,
 * one after the other, without asking whether the stream is long enough: a count of 8
 * million in a 136-byte stream took 6 s, and a count near 2^31 runs out of memory or time.
 * The check needs no document property, and Excel opens a workbook whose properties are
 * damaged; so a stream that claims more properties than it can hold is left out, and the
 * workbook read without it.
 */
import { loadedSheetJS } from "./sheetjs-library";

/** The streams of the document's properties, as SheetJS's compound-file library names them. */
const PROPERTY_STREAMS = ["/\u0005SummaryInformation", "/\u0005DocumentSummaryInformation"];

/** What this module uses of the compound-file library SheetJS bundles (typed there as any). */
interface CompoundEntry {
  content?: ArrayLike<number>;
}
interface CompoundFile {
  FileIndex: CompoundEntry[];
}
interface CompoundLibrary {
  read(data: Uint8Array, options: { type: "array" }): CompoundFile;
  find(file: CompoundFile, path: string): CompoundEntry | null;
  write(file: CompoundFile, options: { type: "array" }): ArrayBuffer | Uint8Array;
  utils: { cfb_del(file: CompoundFile, path: string): boolean };
}

function uint32(data: ArrayLike<number>, at: number): number {
  return (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24)) >>> 0;
}

/** Bytes before a stream's first set: byte order, version, system, class and set count. */
const STREAM_HEADER = 28;
/** A set's entry in the stream header: its format id (16 bytes) and offset (4). */
const SET_ENTRY = 20;

/**
 * Whether every property set of the stream ([MS-OLEPS] 2.21: a header, then for each set its
 * id and offset; at the offset the set's size, its count, and 8 bytes per property) has room
 * in the stream for the properties it counts.
 */
export function propertySetsFit(data: ArrayLike<number>): boolean {
  if (data.length < STREAM_HEADER) return true; // SheetJS passes over a stream this short
  const sets = Math.min(uint32(data, STREAM_HEADER - 4), 2);
  for (let set = 0; set < sets; set++) {
    const entry = STREAM_HEADER + set * SET_ENTRY;
    if (entry + SET_ENTRY > data.length) return false;
    const offset = uint32(data, entry + 16);
    if (offset + 8 > data.length) return false;
    if (offset + 8 + uint32(data, offset + 4) * 8 > data.length) return false;
  }
  return true;
}

/**
 * The compound file as given, or rewritten without property streams that cannot be read. A
 * file the library cannot open is given back as it is: SheetJS then says what is damaged.
 */
export function withReadableProperties(bytes: Uint8Array): Uint8Array {
  const library = loadedSheetJS().CFB as CompoundLibrary;
  let file: CompoundFile;
  try {
    file = library.read(bytes, { type: "array" });
  } catch {
    return bytes;
  }
  const damaged = PROPERTY_STREAMS.filter((path) => {
    const content = library.find(file, path)?.content;
    return content !== undefined && !propertySetsFit(content);
  });
  if (damaged.length === 0) return bytes;
  for (const path of damaged) library.utils.cfb_del(file, path);
  const written = library.write(file, { type: "array" });
  return written instanceof Uint8Array ? written : new Uint8Array(written);
}

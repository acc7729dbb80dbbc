/**
 * Hostile workbooks, generated: what a careless or hostile sender can put in a folder.
 *   - `<dimension>` claims of A1:XFD1048576 and A1:AMJ1048576 on a small sheet;
 *   - a part under 1 MB packed that unpacks to ~600 MB, its size declared or hidden, and
 *     an OpenDocument spreadsheet's content.xml of that size;
 *   - a valid zip64 package; an encrypted workbook, .xls and .ods; part names in
 *     another case;
 *   - a damaged file; a sheet whose few cells lie far apart, also in an XML Spreadsheet
 *     with merged areas as large as the sheet;
 *   - merged areas overlapping by the thousand, as no sheet's can;
 *   - number format codes far longer than Excel's limit, and too many cells to format.
 * `writeHostileCorpus(dir)` writes them all (`npx tsx test/support/hostile.ts <dir>`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import * as zlib from "zlib";
import { deflateRawSync, createDeflateRaw } from "zlib";
import * as XLSX from "@e965/xlsx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { columnLetters } from "../../src/domain/snapshot";
import { crc32 } from "../../src/hosts/xlsx/zip";
import { corpusWorkbookPath } from "./corpus";
import { packageBytes, packageParts, worksheetXml } from "./xlsx-package";

const SEED = join(__dirname, "..", "fixtures", "hebei-2020-seed.xlsx");

export function seedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED));
}

/** The seed with its first sheet's `<dimension>` claiming `ref`. */
export function claimingDimension(ref: string): Uint8Array {
  const parts = unzipSync(seedBytes());
  const name = "xl/worksheets/sheet1.xml";
  parts[name] = strToU8(
    strFromU8(parts[name]).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${ref}"/>`)
  );
  return zipSync(parts);
}

interface RawEntry {
  name: string;
  /** Deflated bytes, or the data itself when `stored`. */
  packed: Uint8Array;
  size: number;
  crc: number;
  stored?: boolean;
}

function entryFromData(name: string, data: Uint8Array): RawEntry {
  return { name, packed: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

/**
 * A ZIP written field by field, so that sizes can be declared as given (even wrongly)
 * and zip64 records used. With `zip64`, every size and offset lives in zip64 fields.
 */
export function writeZip(entries: RawEntry[], { zip64 = false } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  const SAT = 0xffffffff;
  for (const entry of entries) {
    offsets.push(offset);
    const name = strToU8(entry.name);
    const extra = zip64 ? 20 : 0;
    const header = new Uint8Array(30 + name.length + extra);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, zip64 ? 45 : 20, true);
    v.setUint16(6, 0x800, true);
    v.setUint16(8, entry.stored ? 0 : 8, true);
    v.setUint32(14, entry.crc, true);
    v.setUint32(18, zip64 ? SAT : entry.packed.length, true);
    v.setUint32(22, zip64 ? SAT : entry.size, true);
    v.setUint16(26, name.length, true);
    v.setUint16(28, extra, true);
    header.set(name, 30);
    if (zip64) {
      const at = 30 + name.length;
      v.setUint16(at, 1, true);
      v.setUint16(at + 2, 16, true);
      v.setBigUint64(at + 4, BigInt(entry.size), true);
      v.setBigUint64(at + 12, BigInt(entry.packed.length), true);
    }
    push(header);
    push(entry.packed);
  }
  const directoryStart = offset;
  entries.forEach((entry, i) => {
    const name = strToU8(entry.name);
    const extra = zip64 ? 28 : 0;
    const record = new Uint8Array(46 + name.length + extra);
    const v = new DataView(record.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, zip64 ? 45 : 20, true);
    v.setUint16(6, zip64 ? 45 : 20, true);
    v.setUint16(8, 0x800, true);
    v.setUint16(10, entry.stored ? 0 : 8, true);
    v.setUint32(16, entry.crc, true);
    v.setUint32(20, zip64 ? SAT : entry.packed.length, true);
    v.setUint32(24, zip64 ? SAT : entry.size, true);
    v.setUint16(28, name.length, true);
    v.setUint16(30, extra, true);
    v.setUint32(42, zip64 ? SAT : offsets[i], true);
    record.set(name, 46);
    if (zip64) {
      const at = 46 + name.length;
      v.setUint16(at, 1, true);
      v.setUint16(at + 2, 24, true);
      v.setBigUint64(at + 4, BigInt(entry.size), true);
      v.setBigUint64(at + 12, BigInt(entry.packed.length), true);
      v.setBigUint64(at + 20, BigInt(offsets[i]), true);
    }
    push(record);
  });
  const directorySize = offset - directoryStart;
  if (zip64) {
    const end64 = new Uint8Array(56 + 20);
    const v = new DataView(end64.buffer);
    const end64At = offset;
    v.setUint32(0, 0x06064b50, true);
    v.setBigUint64(4, 44n, true);
    v.setUint16(12, 45, true);
    v.setUint16(14, 45, true);
    v.setBigUint64(24, BigInt(entries.length), true);
    v.setBigUint64(32, BigInt(entries.length), true);
    v.setBigUint64(40, BigInt(directorySize), true);
    v.setBigUint64(48, BigInt(directoryStart), true);
    v.setUint32(56, 0x07064b50, true);
    v.setBigUint64(64, BigInt(end64At), true);
    v.setUint32(72, 1, true);
    push(end64);
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, zip64 ? 0xffff : entries.length, true);
  v.setUint16(10, zip64 ? 0xffff : entries.length, true);
  v.setUint32(12, zip64 ? SAT : directorySize, true);
  v.setUint32(16, zip64 ? SAT : directoryStart, true);
  push(end);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The seed's parts, re-packed as a zip64 archive. */
export function zip64Workbook(): Uint8Array {
  const parts = unzipSync(seedBytes());
  return writeZip(
    Object.entries(parts).map(([name, data]) => entryFromData(name, data)),
    { zip64: true }
  );
}

const BOMB_MB = 600;

/**
 * An entry `name` of `head`, ~600 MB of spaces and `tail`: under 1 MB packed. With
 * `declared: "small"` the directory claims 1,000 bytes instead.
 */
async function bombEntry(
  name: string,
  head: string,
  tail: string,
  declared: "true" | "small"
): Promise<RawEntry> {
  const chunk = new Uint8Array(1024 * 1024).fill(0x20);
  // Run-length matching: a run of spaces packs ~1,000:1, fast.
  const deflate = createDeflateRaw({ level: 9, strategy: zlib.constants.Z_RLE });
  const packed: Buffer[] = [];
  deflate.on("data", (data: Buffer) => packed.push(data));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const parts = [strToU8(head), ...Array<Uint8Array>(BOMB_MB).fill(chunk), strToU8(tail)];
  const size = parts.reduce((n, p) => n + p.length, 0);
  const crc = crcOfParts(parts);
  for (const part of parts) {
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return {
    name,
    packed: new Uint8Array(Buffer.concat(packed)),
    size: declared === "true" ? size : 1000,
    crc,
  };
}

/** A workbook whose sheet part is `<sheetData>` followed by ~600 MB of spaces (bombEntry). */
export async function bombWorkbook(declared: "true" | "small"): Promise<Uint8Array> {
  const sheet = "xl/worksheets/sheet1.xml";
  const head = worksheetXml("").replace("</sheetData>", "");
  const spec = packageParts({ sheets: [{ name: "Sheet1", xml: "" }] });
  const entries = Object.entries(spec)
    .filter(([name]) => name !== sheet)
    .map(([name, xml]) => entryFromData(name, strToU8(xml)));
  entries.push(await bombEntry(sheet, head, "</sheetData></worksheet>", declared));
  return writeZip(entries);
}

/** An OpenDocument spreadsheet whose content.xml is ~600 MB of spaces (bombEntry). */
export async function bombOpenDocument(): Promise<Uint8Array> {
  const content = await bombEntry(
    "content.xml",
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content>',
    "</office:document-content>",
    "true"
  );
  return writeZip([entryFromData("mimetype", strToU8(OPEN_DOCUMENT_TYPE)), content]);
}

/** What an OpenDocument spreadsheet's `mimetype` entry says. */
export const OPEN_DOCUMENT_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

/** CRC-32 over parts as if they were one buffer, without joining them. */
function crcOfParts(parts: Uint8Array[]): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native) return parts.reduce((crc, part) => native(part, crc), 0);
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  let crc = -1;
  for (const part of parts)
    for (let i = 0; i < part.length; i++) crc = table[(crc ^ part[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** An .xlsx with an open password: a compound file with an EncryptedPackage stream. */
export function encryptedWorkbook(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, "/EncryptedPackage", Buffer.alloc(4096, 7));
  return new Uint8Array(XLSX.CFB.write(container, { type: "buffer" }) as Buffer);
}

/**
 * A legacy .xls saved with an open password: its Workbook stream holds a FILEPASS record
 * (RC4) after its first BOF, as Excel and WPS write one; the records after it are not
 * encrypted here, which no reader gets to see.
 */
export function encryptedXls(): Uint8Array {
  const workbook = XLSX.read(readFileSync(SEED));
  const xls = XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer;
  const container = XLSX.CFB.read(xls, { type: "buffer" });
  const stream = XLSX.CFB.find(container, "Workbook");
  if (!stream) throw new Error("no Workbook stream");
  const data = Buffer.from(stream.content as Uint8Array);
  const afterBof = 4 + data.readUInt16LE(2);
  // FILEPASS: encryption type 1 (RC4), version 1.1, then salt and verifier.
  const record = Buffer.alloc(4 + 54);
  record.writeUInt16LE(0x002f, 0);
  record.writeUInt16LE(54, 2);
  record.writeUInt16LE(1, 4);
  record.writeUInt16LE(1, 6);
  record.writeUInt16LE(1, 8);
  stream.content = Buffer.concat([data.subarray(0, afterBof), record, data.subarray(afterBof)]);
  stream.size = stream.content.length;
  return new Uint8Array(XLSX.CFB.write(container, { type: "buffer" }) as Buffer);
}

/** The seed as a legacy .xls (BIFF8), with its document properties (SheetJS writes them). */
export function seedXls(): Uint8Array {
  const workbook = XLSX.read(readFileSync(SEED));
  workbook.Props = { ...workbook.Props, Title: "绩效目标表", Company: "某某局" };
  return new Uint8Array(XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer);
}

/**
 * The seed as an .xls whose document-property streams each claim 2^31 - 1 properties in a
 * few hundred bytes: SheetJS would read them one by one until it ran out of memory.
 */
export function damagedPropertiesXls(): Uint8Array {
  const container = XLSX.CFB.read(seedXls(), { type: "buffer" });
  for (const name of ["/\u0005SummaryInformation", "/\u0005DocumentSummaryInformation"]) {
    const stream = XLSX.CFB.find(container, name);
    if (!stream) throw new Error(`no ${name} stream`);
    const data = Buffer.from(stream.content as Uint8Array);
    // The first set's offset (after a 28-byte header and its 16-byte id); its count follows its size.
    data.writeUInt32LE(0x7fffffff, data.readUInt32LE(44) + 4);
    stream.content = data;
  }
  return new Uint8Array(XLSX.CFB.write(container, { type: "buffer" }) as Buffer);
}

/**
 * The seed as an .xlsb whose cell metadata (xl/metadata.bin) claims 2^31 - 1 entries in its
 * one BrtMdb record: SheetJS reads entry after entry until memory runs out.
 */
export function metadataCountXlsb(): Uint8Array {
  const workbook = XLSX.read(readFileSync(SEED));
  const parts = unzipSync(
    new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "xlsb" }))
  );
  const metadata = Buffer.from(parts["xl/metadata.bin"]);
  // The record: type 0x33, size 12, then its count of entries (1).
  const at = metadata.indexOf(Buffer.from([0x33, 0x0c, 0x01, 0x00, 0x00, 0x00]));
  if (at < 0) throw new Error("no BrtMdb record in xl/metadata.bin");
  metadata.writeUInt32LE(0x7fffffff, at + 2);
  parts["xl/metadata.bin"] = new Uint8Array(metadata);
  return zipSync(parts);
}

/** The parts of a small OpenDocument spreadsheet as SheetJS writes it, to be altered. */
export function openDocumentParts(): Record<string, Uint8Array> {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([["项目名称", 12]]), "表1");
  return unzipSync(new Uint8Array(XLSX.write(workbook, { type: "array", bookType: "ods" })));
}

/**
 * An .ods saved with a password: its manifest tells how content.xml was encrypted, and
 * content.xml holds bytes no XML parser can read.
 */
export function encryptedOpenDocument(): Uint8Array {
  const parts = openDocumentParts();
  const entry =
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"';
  const manifest = strFromU8(parts["META-INF/manifest.xml"]);
  if (!manifest.includes(`${entry}/>`)) throw new Error("the manifest has no content.xml entry");
  parts["META-INF/manifest.xml"] = strToU8(
    manifest.replace(
      `${entry}/>`,
      `${entry}><manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AA==">` +
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AA=="/>' +
        "</manifest:encryption-data></manifest:file-entry>"
    )
  );
  parts["content.xml"] = new Uint8Array(4096).map((_, i) => (i * 7919) & 0xff);
  return zipSync(parts);
}

/** The seed with its workbook part, relationships and first sheet stored in another case. */
export function caseMismatchedWorkbook(): Uint8Array {
  const rename: Record<string, string> = {
    "xl/workbook.xml": "XL/Workbook.XML",
    "xl/worksheets/sheet1.xml": "xl/Worksheets/SHEET1.xml",
    "xl/_rels/workbook.xml.rels": "xl/_rels/Workbook.xml.rels",
    "xl/sharedStrings.xml": "xl/SharedStrings.xml",
  };
  const parts = unzipSync(seedBytes());
  const renamed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(parts)) renamed[rename[name] ?? name] = data;
  return zipSync(renamed);
}

/** The workbook `bytes` with the XML parts `edits` names changed (the other parts as they are). */
export function withPartsEdited(
  bytes: Uint8Array,
  edits: Record<string, (xml: string) => string>
): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [part, edit] of Object.entries(edits))
    parts[part] = strToU8(edit(strFromU8(parts[part])));
  return zipSync(parts);
}

/** `xml` with `from` replaced by `to`; throws where `from` is not there, so that a changed source is noticed. */
export function replacedIn(xml: string, from: string | RegExp, to: string): string {
  const replaced = xml.replace(from, to);
  if (replaced === xml) throw new Error(`not found: ${String(from)}`);
  return replaced;
}

/** The seed with one XML part changed by `edit` (the other parts as they are). */
export function seedWithPart(part: string, edit: (xml: string) => string): Uint8Array {
  return withPartsEdited(seedBytes(), { [part]: edit });
}

/** The real self-evaluation that unopenedAttributeQuote damages, as the corpus keeps it. */
export const GAOLING_SELF_EVALUATION = corpusWorkbookPath("selfeval-hebei-2020-chengan-gaoling");

/**
 * A real self-evaluation whose cell M12, a score that `fix` corrects, has its style
 * attribute's opening quote lost (`s=1"`): the reader still reads the cell, while the
 * writer's scan takes it for no cell and would write a second M12 beside it, which nobody
 * would see.
 */
export function unopenedAttributeQuote(): Uint8Array {
  return withPartsEdited(readFileSync(GAOLING_SELF_EVALUATION), {
    "xl/worksheets/sheet1.xml": (xml) => replacedIn(xml, '<c r="M12" s="1">', '<c r="M12" s=1">'),
  });
}

function withWorkbookPart(edit: (xml: string) => string): Uint8Array {
  return seedWithPart("xl/workbook.xml", edit);
}

/** The seed with its second sheet listed under the first one's name. */
export function sameSheetNames(): Uint8Array {
  return withWorkbookPart((xml) => xml.replace('name="项目2"', 'name="项目1"'));
}

/** The seed with a workbook part that lists no sheet (`<sheets/>`). */
export function noSheetsListed(): Uint8Array {
  return withWorkbookPart((xml) => xml.replace(/<sheets>.*<\/sheets>/s, "<sheets/>"));
}

/** The seed with bytes in the middle of its shared strings' packed data inverted. */
export function damagedWorkbook(): Uint8Array {
  const bytes = seedBytes();
  for (let i = 12000; i < 12016; i++) bytes[i] ^= 0xff;
  return bytes;
}

/** A few cells far apart: A1, IV1 and A199999, and one beyond the column and row limits. */
export function farApartCells(): Uint8Array {
  const xml = worksheetXml(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>左上</t></is></c><c r="IV1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>' +
      '<row r="199999"><c r="A199999"><v>3</v></c></row>' +
      '<row r="1048576"><c r="A1048576"><v>4</v></c></row>',
    { dimension: "A1:XFD1048576" }
  );
  return packageBytes({ sheets: [{ name: "Sheet1", xml }] });
}

/**
 * 98,304 merged areas side by side, two rows tall, across all 16,384 columns of six pairs of
 * rows (under the reader's limit of 100,000 areas a sheet): compared each with those still
 * open above it, as the page once did twice as it opened a file, they took ~25 s.
 */
export function mergesSideBySide(): Uint8Array {
  const merges: string[] = [];
  for (let band = 0; band < 6; band++)
    for (let col = 0; col < 16384; col++) {
      const column = columnLetters(col);
      merges.push(`${column}${2 * band + 1}:${column}${2 * band + 2}`);
    }
  const xml = worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>并排</t></is></c></row>', {
    merges,
  });
  return packageBytes({ sheets: [{ name: "Sheet1", xml }] });
}

/**
 * The same cells far apart in an Excel 2003 XML Spreadsheet saved as .xls, which says it
 * spans the whole sheet, with a merged area as large as the sheet and 20,000 more over
 * thousands of rows each.
 */
export function farApartXmlSpreadsheet(): Uint8Array {
  const cell = (text: string, attributes = "") =>
    `<Cell${attributes}><Data ss:Type="String">${text}</Data></Cell>`;
  const rows =
    `<Row>${cell("左上", ' ss:MergeAcross="16383" ss:MergeDown="1048575"')}</Row>` +
    `<Row ss:Index="199999">${cell("3")}${cell("右", ' ss:Index="16384"')}</Row>` +
    Array.from(
      { length: 20000 },
      () => `<Row>${cell("x", ' ss:MergeAcross="16000" ss:MergeDown="5000"')}</Row>`
    ).join("");
  return strToU8(
    '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" ' +
      'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1">' +
      `<Table ss:ExpandedColumnCount="16384" ss:ExpandedRowCount="1048576">${rows}</Table>` +
      "</Worksheet></Workbook>"
  );
}

/**
 * One cell far right (IV1), then 199,999 rows of one cell each in column A: the widest row
 * must not widen the lists of every row read after it.
 */
export function oneCellFarRight(): Uint8Array {
  const rows = ['<row r="1"><c r="IV1"><v>1</v></c></row>'];
  for (let r = 2; r <= 200_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return packageBytes({ sheets: [{ name: "Sheet1", xml: worksheetXml(rows.join("")) }] });
}

/**
 * An indicator table of 2,000 rows whose 一级指标 column is claimed by 100,000 merged areas
 * (the reader's limit), each from a row of the table down to row 200,000: some 100 million
 * row crossings if every area were indexed. The file is ~260 KB.
 */
export function overlappingMerges(): Uint8Array {
  const rows = [
    '<row r="1">' + inlineCells(1, ["一级指标", "二级指标", "三级指标", "指标值"]) + "</row>",
  ];
  for (let r = 2; r <= 2001; r++)
    rows.push(
      `<row r="${r}">` + inlineCells(r, ["产出指标", "数量指标", `指标${r}`, "≥1个"]) + "</row>"
    );
  const merges: string[] = [];
  for (let i = 0; i < 100_000; i++) merges.push(`A${2 + (i % 2000)}:A200000`);
  const xml = worksheetXml(rows.join(""), { merges });
  return packageBytes({ sheets: [{ name: "Sheet1", xml }] });
}

/** A format code of `length` characters made of `piece` repeated. */
function formatCode(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

/** Rows of ten number cells (`r * 10 + c + 0.5`, each its own value) in cell style `style`. */
function styledNumbers(rows: number, style: number): string {
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++)
      row += `<c r="${"ABCDEFGHIJ"[c]}${r}" s="${style}"><v>${r * 10 + c + 0.5}</v></c>`;
    out.push(row + "</row>");
  }
  return out.join("");
}

/**
 * Number formats no reader should render cell by cell: sheet 长格式 holds 200,000 numbers
 * in a format code of 8,000 characters (the formatter parses a code at every call: ~5 ms a
 * cell), sheet 多格式 150,000 numbers, each its own, in a date format of 255 characters,
 * Excel's limit. The file is ~1 MB.
 */
export function longFormats(): Uint8Array {
  return packageBytes({
    sheets: [
      { name: "长格式", xml: worksheetXml(styledNumbers(20_000, 1)) },
      { name: "多格式", xml: worksheetXml(styledNumbers(15_000, 2)) },
    ],
    styles: {
      numFmts: [
        `<numFmt numFmtId="164" formatCode="${formatCode("0.0", 8000)}"/>`,
        `<numFmt numFmtId="165" formatCode="${formatCode('yyyy"年"m"月"d"日" ', 255).replace(/"/g, "&quot;")}"/>`,
      ],
      cellXfs: [
        '<xf numFmtId="0"/>',
        '<xf numFmtId="164" applyNumberFormat="1"/>',
        '<xf numFmtId="165" applyNumberFormat="1"/>',
      ],
    },
  });
}

/**
 * The 8,000-character code again, under a format id the direct reader leaves to SheetJS
 * (above 0x188), over 200,000 cells: SheetJS renders a format at every cell.
 */
export function longFormatLeftToSheetJS(): Uint8Array {
  return packageBytes({
    sheets: [{ name: "长格式", xml: worksheetXml(styledNumbers(20_000, 1)) }],
    styles: {
      numFmts: [`<numFmt numFmtId="500" formatCode="${formatCode("0.0", 8000)}"/>`],
      cellXfs: ['<xf numFmtId="0"/>', '<xf numFmtId="500" applyNumberFormat="1"/>'],
    },
  });
}

/** The same code over `rows` rows of ten numbers in a legacy .xls, written by SheetJS. */
export function longFormatXls(rows: number): Uint8Array {
  const code = formatCode("0.0", 8000);
  const sheet: XLSX.WorkSheet = { "!ref": `A1:J${rows}` };
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < 10; c++)
      sheet[XLSX.utils.encode_cell({ r, c })] = { t: "n", v: r * 10 + c + 0.5, z: code };
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, "长格式");
  return new Uint8Array(XLSX.write(workbook, { type: "buffer", bookType: "biff8" }) as Buffer);
}

function inlineCells(row: number, texts: string[]): string {
  return texts
    .map((text, c) => `<c r="${"ABCD"[c]}${row}" t="inlineStr"><is><t>${text}</t></is></c>`)
    .join("");
}

export async function hostileCorpus(): Promise<Record<string, Uint8Array>> {
  return {
    "dimension-xfd.xlsx": claimingDimension("A1:XFD1048576"),
    "dimension-amj.xlsx": claimingDimension("A1:AMJ1048576"),
    "bomb-declared.xlsx": await bombWorkbook("true"),
    "bomb-hidden.xlsx": await bombWorkbook("small"),
    "zip64.xlsx": zip64Workbook(),
    "encrypted.xlsx": encryptedWorkbook(),
    "bomb-content.ods": await bombOpenDocument(),
    "encrypted.ods": encryptedOpenDocument(),
    "encrypted.xls": encryptedXls(),
    "damaged-properties.xls": damagedPropertiesXls(),
    "far-apart-xml.xls": farApartXmlSpreadsheet(),
    "case-mismatched.xlsx": caseMismatchedWorkbook(),
    "damaged.xlsx": damagedWorkbook(),
    "same-sheet-names.xlsx": sameSheetNames(),
    "no-sheets.xlsx": noSheetsListed(),
    "far-apart.xlsx": farApartCells(),
    "one-cell-far-right.xlsx": oneCellFarRight(),
    "overlapping-merges.xlsx": overlappingMerges(),
    "long-formats.xlsx": longFormats(),
    "long-format-sheetjs.xlsx": longFormatLeftToSheetJS(),
  };
}

export async function writeHostileCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const corpus = await hostileCorpus();
  for (const [name, bytes] of Object.entries(corpus)) writeFileSync(join(dir, name), bytes);
  return Object.keys(corpus);
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: tsx test/support/hostile.ts <dir>");
  void writeHostileCorpus(dir).then((names) => console.log(names.join("\n")));
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook of some 30–60 KB whose one sheet holds a million cells or more (rows and cells
 * without addresses, as the format allows): whoever reads it must hold them all.
 */
export function denseWorkbook(rows: number, cols: number): Uint8Array {
  const row = `<row>${"<c><v>1</v></c>".repeat(cols)}</row>`;
  const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8"?>${body}`);
  return zipSync(
    {
      "[Content_Types].xml": xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
      ),
      "_rels/.rels": xml(
        `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      "xl/workbook.xml": xml(
        `<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets><sheet name="大表" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
      "xl/_rels/workbook.xml.rels": xml(
        `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
      ),
      "xl/worksheets/sheet1.xml": xml(
        `<worksheet xmlns="${MAIN}"><sheetData>${row.repeat(rows)}</sheetData></worksheet>`
      ),
    },
    { level: 9 }
  );
}

/**
 * The web page unpacks a workbook's parts with the browser's own inflate before reading
 * it (readWorkbookSnapshotsUnpackedAhead): the same snapshots, or the same refusal, as
 * the synchronous reader gives, for good, damaged and hostile files alike.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import {
  readWorkbookSnapshots,
  readWorkbookSnapshotsUnpackedAhead,
} from "../../src/hosts/xlsx/read";
import { streamInflate } from "../../src/hosts/xlsx/inflate";
import { deflateRawSync } from "zlib";
import { strToU8, unzipSync, zipSync } from "fflate";
import { ZipArchive } from "../../src/hosts/xlsx/zip";
import { generatedWorkbooks } from "../support/generated-workbooks";
import {
  caseMismatchedWorkbook,
  claimingDimension,
  damagedWorkbook,
  encryptedWorkbook,
  farApartCells,
  noSheetsListed,
  sameSheetNames,
  seedBytes,
  writeZip,
  zip64Workbook,
} from "../support/hostile";
import { crc32 } from "../../src/hosts/xlsx/zip";

const FIXTURES = join(__dirname, "..", "fixtures");

type Outcome = { snapshots: unknown } | { error: string };

async function outcome(read: () => unknown): Promise<Outcome> {
  try {
    return { snapshots: await read() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function expectSameReading(bytes: Uint8Array): Promise<Outcome> {
  const ahead = await outcome(() => readWorkbookSnapshotsUnpackedAhead(bytes));
  const sync = await outcome(() => readWorkbookSnapshots(bytes));
  // As JSON: a deep comparison of a sheet of a million rows takes the matcher too long.
  expect(JSON.stringify(ahead) === JSON.stringify(sync)).toBe(true);
  return ahead;
}

/** The seed with its sheet part's packed data changed by `change`, its directory as given. */
function seedWithSheet(change: (data: Uint8Array) => { packed: Uint8Array; size: number }) {
  const parts = unzipSync(seedBytes());
  return writeZip(
    Object.entries(parts).map(([name, data]) => {
      const entry = { name, packed: deflateRawSync(data), size: data.length, crc: crc32(data) };
      return name === "xl/worksheets/sheet1.xml" ? { ...entry, ...change(data) } : entry;
    })
  );
}

it("unpacks with the browser's inflate (Node's DecompressionStream here) to the declared size only", async () => {
  const inflate = streamInflate();
  if (!inflate) throw new Error("no DecompressionStream");
  const data = strToU8("绩效目标表 ".repeat(50_000));
  const packed = deflateRawSync(data);
  const unpacked = await inflate(packed, data.length);
  expect(unpacked && Buffer.from(unpacked).equals(data)).toBe(true);
  expect(await inflate(packed, data.length - 1)).toBeUndefined();
  expect(await inflate(packed, data.length + 1)).toBeUndefined();
  expect(await inflate(packed.subarray(0, 100), data.length)).toBeUndefined();
});

it("reads every fixture and generated workbook as the synchronous reader does", async () => {
  const files = readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => new Uint8Array(readFileSync(join(FIXTURES, name))));
  for (const bytes of [...files, ...generatedWorkbooks().map((w) => w.bytes)]) {
    const read = await expectSameReading(bytes);
    expect(read).toHaveProperty("snapshots");
  }
});

it("reads hostile files, and refuses a damaged one, as the synchronous reader does", async () => {
  const hostile = [
    claimingDimension("A1:XFD1048576"),
    zip64Workbook(),
    caseMismatchedWorkbook(),
    encryptedWorkbook(),
    farApartCells(),
  ];
  for (const bytes of hostile) await expectSameReading(bytes);
  for (const refused of [damagedWorkbook(), sameSheetNames(), noSheetsListed()])
    expect(await expectSameReading(refused)).toHaveProperty("error");
}, 60_000);

it("leaves a part that lies about its size, or has junk after its data, to the synchronous inflate", async () => {
  // Declared shorter than it unpacks to, the browser's inflate stops one chunk past it.
  const longer = seedWithSheet((data) => ({
    packed: deflateRawSync(data),
    size: data.length + 10,
  }));
  const shorter = seedWithSheet((data) => ({
    packed: deflateRawSync(data),
    size: data.length - 10,
  }));
  const junk = seedWithSheet((data) => {
    const packed = deflateRawSync(data);
    const withJunk = new Uint8Array(packed.length + 4);
    withJunk.set(packed);
    withJunk.set(strToU8("junk"), packed.length);
    return { packed: withJunk, size: data.length };
  });
  for (const bytes of [longer, shorter, junk]) await expectSameReading(bytes);
  expect(await outcome(() => readWorkbookSnapshotsUnpackedAhead(longer))).toHaveProperty("error");
});

it("unpacks ahead only the markup parts it reads, not a picture", async () => {
  const parts = unzipSync(seedBytes());
  const picture = new Uint8Array(100_000).fill(7);
  parts["xl/media/image1.png"] = picture;
  const bytes = zipSync(parts);
  const sizes: number[] = [];
  const unpackAhead = jest
    .spyOn(ZipArchive.prototype, "unpackAhead")
    .mockImplementation(async function (this: ZipArchive, _inflate, wanted) {
      for (const entry of this.entries) if (wanted(entry.name)) sizes.push(entry.size);
    });
  try {
    // The picture is still checked, by the synchronous inflate, and the workbook reads alike.
    await expectSameReading(bytes);
  } finally {
    unpackAhead.mockRestore();
  }
  expect(sizes).not.toContain(picture.length);
  expect(sizes.length).toBeGreaterThan(3);
});

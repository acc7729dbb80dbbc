/**
 * The fixtures and corpus workbooks with their XML mutated (test/support/mutate-xml.ts), a
 * fixed set of seeds each run: every one is read or refused with a WorkbookReadError, the
 * same way by the CLI's reader and the page's, checked, and opened as the page opens it; and
 * a fix written to one reads back as planned, or the write is refused before it is made.
 * Larger runs of the same mutations found the failures these cases keep away: a workbook
 * listing no sheet or two of one name (the page failed), and sheets whose rows are repeated
 * or out of order (a fix was reported but not written where it is read).
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/domain/check";
import { planFixes } from "../../src/domain/fixes";
import { SheetSnapshot } from "../../src/domain/snapshot";
import { FakeWorkbook } from "../../src/hosts/fake-excel/workbook";
import { anyOverlap } from "../../src/hosts/fake-excel/overlap";
import { WorkbookWriteError } from "../../src/hosts/xlsx/ooxml";
import { applyEditsToWorkbook } from "../../src/hosts/xlsx/patch";
import {
  readWorkbookSnapshots,
  readWorkbookSnapshotsUnpackedAhead,
  WorkbookReadError,
} from "../../src/hosts/xlsx/read";
import { cellValues, FIXTURES } from "../support/fixtures";
import { mutatedWorkbook } from "../support/mutate-xml";

const SOURCES = [FIXTURES, join(FIXTURES, "real")].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".xlsx"))
    .map((name) => new Uint8Array(readFileSync(join(dir, name))))
);

const READ_CASES = 300;
const FIX_CASES = 300;

/** The sheets read, or null when refused with a WorkbookReadError; anything else is thrown. */
async function readOrRefused(read: () => SheetSnapshot[] | Promise<SheetSnapshot[]>) {
  try {
    return await read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return null;
    throw error;
  }
}

/** Whether the workbook was read (not refused); throws for any other failure. */
async function readsAlike(bytes: Uint8Array): Promise<boolean> {
  const sheets = await readOrRefused(() => readWorkbookSnapshots(bytes));
  const inPage = await readOrRefused(() => readWorkbookSnapshotsUnpackedAhead(bytes));
  if ((sheets === null) !== (inPage === null))
    throw new Error(`the CLI ${sheets ? "read" : "refused"} it, the page did not`);
  if (!sheets || !inPage) return false;
  checkWorkbook(sheets);
  // The page refuses overlapping merged areas apart; any other workbook it opens.
  if (!inPage.some((sheet) => anyOverlap(sheet.merges ?? [])))
    FakeWorkbook.fromSnapshots(inPage, { payloadLimit: false });
  return true;
}

it(`${READ_CASES} mutated workbooks: each read or refused in one message, alike by the CLI and the page`, async () => {
  let read = 0;
  for (let seed = 1; seed <= READ_CASES; seed++) {
    const { bytes, changed } = mutatedWorkbook(SOURCES, seed);
    const wasRead = await readsAlike(bytes).catch((error: unknown) => {
      throw new Error(`seed ${seed} (${changed.join(", ")}): ${String(error)}`);
    });
    if (wasRead) read++;
  }
  // Most mutations leave a readable workbook: the cases exercise the checker, not only refusals.
  expect(read).toBeGreaterThan(READ_CASES / 2);
}, 120_000);

it(`${FIX_CASES} mutated workbooks fixed: every fix written reads back as planned`, async () => {
  let written = 0;
  for (let seed = 1; seed <= FIX_CASES; seed++) {
    const { bytes, changed } = mutatedWorkbook(SOURCES, 100_000 + seed, { wellFormed: true });
    const sheets = await readOrRefused(() => readWorkbookSnapshots(bytes));
    if (!sheets) continue;
    const { edits } = planFixes(sheets, {});
    if (edits.length === 0) continue;
    let output: Uint8Array;
    try {
      output = applyEditsToWorkbook(bytes, edits);
    } catch (error) {
      if (error instanceof WorkbookWriteError) continue;
      throw error;
    }
    written++;
    const again = readWorkbookSnapshots(output);
    const at = `seed ${100_000 + seed} (${changed.join(", ")})`;
    for (const edit of edits) {
      const sheet = again.find((s) => s.sheetName === edit.sheet);
      const value = sheet && (cellValues(sheet).get(edit.address) ?? null);
      expect({ at, cell: edit.address, value }).toEqual({
        at,
        cell: edit.address,
        value: edit.value,
      });
    }
  }
  expect(written).toBeGreaterThan(FIX_CASES / 10);
}, 120_000);

/**
 * Everything the engine says about a fixed set of workbooks, as one JSON document: the
 * recognized tables and their findings for every workbook in test/fixtures and
 * test/fixtures/real (profile detected, and profile mof-2021), and for a bench workbook
 * with fixed texts. A change meant only to make the engine faster must leave it unchanged:
 *
 *   npx tsx scripts/findings-snapshot.ts > /tmp/before.json   # then change, and again
 *   npx tsx scripts/findings-snapshot.ts --compare /tmp/before.json
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, CheckOptions } from "../src/domain/check";
import { SheetSnapshot } from "../src/domain/snapshot";
import { readWorkbookSnapshots } from "../src/hosts/xlsx/read";
import { benchWorkbook } from "./bench-workbook";

const FIXTURES = join(__dirname, "..", "test", "fixtures");
const PROFILES: Array<CheckOptions["profile"]> = [undefined, "mof-2021"];

function workbooks(): Array<{ name: string; snapshots: SheetSnapshot[] }> {
  const found: Array<{ name: string; snapshots: SheetSnapshot[] }> = [];
  for (const folder of [FIXTURES, join(FIXTURES, "real")])
    for (const file of readdirSync(folder).sort())
      if (file.endsWith(".xlsx"))
        found.push({
          name: join(folder === FIXTURES ? "" : "real", file),
          snapshots: readWorkbookSnapshots(readFileSync(join(folder, file))),
        });
  found.push({ name: "bench-120", snapshots: [benchWorkbook(120, "7").snapshot] });
  return found;
}

function snapshotOfFindings(): string {
  const out: Record<string, unknown> = {};
  for (const { name, snapshots } of workbooks())
    for (const profile of PROFILES)
      out[`${name} · ${profile ?? "detected"}`] = checkWorkbook(snapshots, { profile });
  return JSON.stringify(out, null, 1);
}

if (require.main === module) {
  const text = snapshotOfFindings();
  const compareWith = process.argv.indexOf("--compare");
  if (compareWith < 0) process.stdout.write(text + "\n");
  else {
    const before = readFileSync(process.argv[compareWith + 1], "utf8").trimEnd();
    if (before === text) console.log(`identical (${text.length} characters)`);
    else {
      const lines = text.split("\n");
      const old = before.split("\n");
      const at = lines.findIndex((line, i) => line !== old[i]);
      console.log(`DIFFERENT from line ${at + 1}:\n- ${old[at]}\n+ ${lines[at]}`);
      process.exitCode = 1;
    }
  }
}

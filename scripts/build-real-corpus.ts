/**
 * Rebuilds test/fixtures/real/<id>.xlsx from every transcribed source:
 * `npm run corpus`. Each workbook is written whole to a temporary name, then renamed.
 */
import { renameSync, writeFileSync } from "fs";
import {
  buildCorpusWorkbook,
  corpusIds,
  corpusWorkbookPath,
  loadSource,
} from "../test/support/corpus";

if (require.main === module) {
  for (const id of corpusIds()) {
    const path = corpusWorkbookPath(id);
    writeFileSync(`${path}.tmp`, buildCorpusWorkbook(loadSource(id)));
    renameSync(`${path}.tmp`, path);
    process.stdout.write(`${id}.xlsx\n`);
  }
}

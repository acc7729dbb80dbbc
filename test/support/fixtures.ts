/** Paths and loaders for the bundled fixture workbooks. */
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";

export const FIXTURES = join(__dirname, "..", "fixtures");

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export function loadFixture(name: string) {
  return readWorkbookSnapshots(readFileSync(fixturePath(name)));
}

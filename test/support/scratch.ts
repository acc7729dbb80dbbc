/** A scratch folder of one test file's own, and paths in it that do not exist yet. */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export interface Scratch {
  dir: string;
  /** A new path in the folder: `file-<n><extension>`. */
  fresh(extension?: string): string;
}

export function scratchFolder(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let serial = 0;
  return { dir, fresh: (extension = ".xlsx") => join(dir, `file-${++serial}${extension}`) };
}

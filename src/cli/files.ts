/** The files a `check` or `inspect` run reads, and one-line reasons when one cannot be read. */
import { readdirSync, statSync } from "fs";
import { join } from "path";
import { tBoth } from "../domain/messages/catalog";

const SPREADSHEET = /\.(xlsx|xlsm|xls)$/i;

export function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return true; // a missing file is reported when it is read
  }
}

/** One line saying why a file could not be read. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return tBoth("read.missingFile");
  if (code === "EISDIR") return tBoth("read.isDirectory");
  return error instanceof Error ? error.message.split("\n")[0] : String(error);
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/**
 * A folder stands for the workbooks in it (Excel's `~$` lock files left out). A pipe, device
 * or socket in a folder is skipped: reading one would wait forever.
 */
export function expandPaths(
  paths: readonly string[],
  onSkip: (skipped: SkippedFile) => void
): string[] {
  return paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [path];
    } catch {
      return [path]; // reported as unreadable when read
    }
    return readdirSync(path)
      .filter((name) => SPREADSHEET.test(name) && !name.startsWith("~$"))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => {
        if (isRegularFile(file)) return true;
        onSkip({ file, reason: tBoth("read.notRegular") });
        return false;
      });
  });
}

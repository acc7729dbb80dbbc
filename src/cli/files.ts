/**
 * The files a `check`, `inspect` or `fix` run reads, one-line reasons when one cannot be read,
 * and how many processes read them.
 */
import { Dirent, readdirSync, statSync } from "fs";
import { availableParallelism, loadavg } from "os";
import { join } from "path";
import { t, tBoth } from "../domain/messages/catalog";
import { isWorkbookName } from "../hosts/xlsx/workbook-files";
import { forTerminal } from "./terminal";

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

/** A file's line on stderr: its name and why (a reason in both languages already), escaped. */
export function fileLine(file: string, reason: string): string {
  return `perfgoal: ${forTerminal(file)}: ${forTerminal(reason, 400)}\n`;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/**
 * Names a folder holds that are not workbooks, and are not read: a scanned PDF or a Word
 * document beside the workbooks is left out, and said to be. Files no one put there by
 * hand are not counted: hidden ones (`.DS_Store`), Windows' `Thumbs.db` and `desktop.ini`,
 * and the `~$` lock files Office leaves beside an open document.
 */
function isLeftOutQuietly(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || /^(thumbs\.db|desktop\.ini)$/i.test(name);
}

/** The extension a name ends in, lower case (`.pdf`), or "" when it has none. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** Kinds named one by one in the line; the rest are counted together. */
const KINDS_NAMED = 5;

/** An extension longer than this is no kind of file a user would know by it. */
const LONGEST_EXTENSION = 10;

/**
 * One line for the files of a folder that are not workbooks: how many, and of which kinds,
 * the most common first (`.pdf 3 个、.docx 1 个`), a name's text escaped by the caller.
 */
export function notWorkbooksLine(extensions: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const extension of extensions) {
    const kind = extension.length > LONGEST_EXTENSION ? "" : extension;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  // The most first; files without an extension after those with one.
  const kinds = [...counts].sort(
    ([a, m], [b, n]) => n - m || (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : 1)
  );
  const rest = kinds.slice(KINDS_NAMED).reduce((sum, [, count]) => sum + count, 0);
  const say = (language: "zh" | "en") => {
    const named = kinds
      .slice(0, KINDS_NAMED)
      .map(([extension, count]) =>
        t(
          "read.notWorkbooks.kind",
          { extension: extension || t("read.notWorkbooks.noExtension", {}, language), count },
          language
        )
      );
    if (rest > 0) named.push(t("read.notWorkbooks.others", { count: rest }, language));
    const kindList = named.join(language === "zh" ? "、" : ", ");
    return t("read.notWorkbooks", { count: extensions.length, kinds: kindList }, language);
  };
  return `${say("zh")} / ${say("en")}`;
}

/**
 * 单位2 before 单位10: digits compare as numbers. Made on first use: loading the collator
 * costs some 7 ms, which the checking process (it lists no folder) need not pay.
 */
let natural: Intl.Collator | undefined;

export function naturalCompare(a: string, b: string): number {
  natural ??= new Intl.Collator("zh-CN", { numeric: true });
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Folder by folder: `a/x` and `a/y` stay together, whatever the separator sorts as. */
function comparePaths(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = naturalCompare(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The workbooks in a folder (and its subfolders when recursive), as paths relative to it;
 * `others` receives the extension of each other file it holds (see isLeftOutQuietly).
 */
function workbooksIn(
  folder: string,
  recursive: boolean,
  onSkip: (skipped: SkippedFile) => void,
  others: string[]
): string[] {
  const found: string[][] = [];
  const visit = (segments: string[]) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(folder, ...segments), { withFileTypes: true });
    } catch (error) {
      if (segments.length === 0) throw error;
      onSkip({ file: join(folder, ...segments), reason: readFailure(error) });
      return;
    }
    for (const entry of entries) {
      const path = [...segments, entry.name];
      if (entry.isDirectory()) {
        if (recursive) visit(path);
      } else if (isLeftOutQuietly(entry.name)) {
        // Hidden, lock and system files: no one put them there to be checked.
      } else if (isWorkbookName(entry.name)) found.push(path);
      // A linked folder is not followed (it may lead back to where it is), nor counted.
      else if (!entry.isSymbolicLink()) others.push(extensionOf(entry.name));
    }
  };
  visit([]);
  return found.sort(comparePaths).map((segments) => join(...segments));
}

/**
 * A folder stands for the workbooks in it and, unless `recursive` is false, in its subfolders
 * (hidden files and Office's `~$` lock files left out), in natural order; its other files
 * are named to `onOthers` in one line (notWorkbooksLine). A pipe, device or socket in a
 * folder is skipped: reading one would wait forever.
 */
export function expandPaths(
  paths: readonly string[],
  recursive: boolean,
  onSkip: (skipped: SkippedFile) => void,
  onOthers: (folder: string, line: string) => void = () => undefined
): string[] {
  return paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [path];
    } catch {
      return [path]; // reported as unreadable when read
    }
    const others: string[] = [];
    const workbooks = workbooksIn(path, recursive, onSkip, others);
    if (others.length > 0) onOthers(path, notWorkbooksLine(others));
    return workbooks
      .map((name) => join(path, name))
      .filter((file) => {
        if (isRegularFile(file)) return true;
        onSkip({ file, reason: tBoth("read.notRegular") });
        return false;
      });
  });
}

/** Below this much workbook in all, a second process's start costs more than it saves. */
const PARALLEL_MIN_BYTES = 1024 * 1024;

/**
 * One process, unless there is work enough for more and cores to spare. Measured (two cores,
 * both busy, load average 8–15): a second process costs 0.3–0.4 s of CPU for its start; 30
 * small files (420 KB) take 0.9 s of CPU in all, two 6 MB workbooks 4.3 s. Where the other
 * core is busy a second process only slows the run (30 files: 1.4 s with one, 3.1–4.8 s with
 * two); where it is idle it halves the time of big files and saves little on small ones.
 */
export function processesFor(files: readonly string[], jobs: number | undefined): number {
  if (jobs !== undefined) return Math.min(jobs, files.length);
  const idleCores = Math.round(availableParallelism() - loadavg()[0]);
  if (files.length < 2 || idleCores < 2) return 1;
  const bytes = files.reduce((sum, file) => sum + sizeOf(file), 0);
  return bytes < PARALLEL_MIN_BYTES ? 1 : Math.min(idleCores, files.length);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

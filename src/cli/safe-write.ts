/**
 * Writing a workbook file so that no fault leaves debris or clobbers a file.
 *
 * The bytes go to a temporary file created exclusively next to the output; a new output is
 * then put in place with a hard link, which fails when the name exists, so of two runs
 * writing the same output exactly one succeeds. Every failure removes the temporary file.
 * SIGINT, SIGTERM and SIGHUP during the write are held until the temporary file is either in
 * place or removed, then the process ends by that signal; SIGXFSZ (a file-size limit) turns
 * into an ordinary write error instead of killing the process.
 */
import * as nodeFs from "fs";
import { randomBytes } from "crypto";
import { dirname, resolve } from "path";
import { MessageKey, t, tBoth } from "../domain/messages/catalog";
import { forTerminal } from "./terminal";

/** The file operations used, so that tests can inject faults. */
export type FileOps = Pick<
  typeof nodeFs,
  | "openSync"
  | "writeSync"
  | "fsyncSync"
  | "closeSync"
  | "linkSync"
  | "unlinkSync"
  | "renameSync"
  | "statSync"
>;

/** A file could not be written; the message is one bilingual line naming the path. */
export class OutputError extends Error {}

const CHUNK = 1 << 20;
const HELD_SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Why a write failed, in one line: the common causes in words, others as the system says. */
function failure(out: string, error: unknown): OutputError {
  const code = errorCode(error);
  const key: MessageKey | null =
    code === "ENOSPC" || code === "EDQUOT"
      ? "write.diskFull"
      : code === "EFBIG"
        ? "write.tooBig"
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? "write.denied"
          : null;
  const system = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  const data = { out: forTerminal(out) };
  return new OutputError(
    `${t("write.failed", { ...data, reason: key ? t(key) : system })} / ` +
      t("write.failed", { ...data, reason: key ? t(key, {}, "en") : system }, "en")
  );
}

/**
 * Checks, before any work is done, that `out` can be created: its folder exists, is a folder
 * and can be written to, and (unless `replace`) nothing is at `out` yet.
 */
export function checkOutputPath(out: string, replace = false): void {
  const folder = dirname(resolve(out));
  let stat: nodeFs.Stats;
  try {
    stat = nodeFs.statSync(folder);
  } catch {
    throw new OutputError(tBoth("write.noFolder", { folder: forTerminal(folder) }));
  }
  if (!stat.isDirectory())
    throw new OutputError(tBoth("write.notFolder", { folder: forTerminal(folder) }));
  try {
    nodeFs.accessSync(folder, nodeFs.constants.W_OK | nodeFs.constants.X_OK);
  } catch {
    throw new OutputError(tBoth("write.folderReadOnly", { folder: forTerminal(folder) }));
  }
  if (!replace && exists(out))
    throw new OutputError(tBoth("cli.outExists", { out: forTerminal(out) }));
}

function exists(path: string): boolean {
  try {
    nodeFs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Signals held by the writes in progress (one set of listeners however many writes). */
const holding: { writes: number; held: NodeJS.Signals | null } = { writes: 0, held: null };

function hold(signal: NodeJS.Signals): void {
  holding.held ??= signal;
}

/** Without a listener SIGXFSZ kills the process; with one the write fails with EFBIG. */
function ignoreFileSizeLimit(): void {}

/** Windows has no SIGXFSZ (nor file-size limits). */
const FILE_SIZE_SIGNAL = process.platform !== "win32";

function startHolding(): void {
  if (holding.writes++ > 0) return;
  for (const signal of HELD_SIGNALS) process.on(signal, hold);
  if (FILE_SIZE_SIGNAL) process.on("SIGXFSZ", ignoreFileSizeLimit);
}

function stopHolding(): void {
  if (--holding.writes > 0) return;
  for (const signal of HELD_SIGNALS) process.removeListener(signal, hold);
  if (FILE_SIZE_SIGNAL) process.removeListener("SIGXFSZ", ignoreFileSizeLimit);
  const { held } = holding;
  holding.held = null;
  if (held) process.kill(process.pid, held);
}

/** Holds termination signals while `work` runs; a held signal is re-raised afterwards. */
function holdingSignals<T>(work: () => T): T {
  startHolding();
  try {
    return work();
  } finally {
    // A signal that came during the synchronous write reaches its listener in the event
    // loop's next poll phase. The listeners stay until a check phase that surely follows one
    // (the second immediate: the first may run before any poll when the write itself ran in
    // a callback), so the signal is held, not lost.
    setImmediate(() => setImmediate(stopHolding));
  }
}

function writeAll(fs: FileOps, fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) {
    at += fs.writeSync(fd, bytes, at, Math.min(CHUNK, bytes.length - at));
  }
}

/** Same device and inode, size and modification time: the file read is the file there. */
function sameFile(a: nodeFs.Stats, b: nodeFs.Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

export interface WriteOptions {
  /**
   * Replace the file at the output, which must still be the one read (`stat` when read):
   * for adding a sheet to an existing workbook. Otherwise the output must not exist.
   */
  replacing?: nodeFs.Stats;
  fs?: FileOps;
}

/** Writes `bytes` to `out` as described above. Throws OutputError. */
export function writeOutputFile(out: string, bytes: Uint8Array, options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  // Next to the output, so that it can be linked there; named after it, should it ever stay.
  const temporary = `${resolve(out)}.perfgoal-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  holdingSignals(() => {
    let fd: number | null = null;
    let created = false;
    try {
      fd = fs.openSync(temporary, "wx", 0o666);
      created = true;
      writeAll(fs, fd, bytes);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fd = null;
      if (options.replacing) replaceFile(fs, temporary, out, options.replacing);
      else linkNew(fs, temporary, out, bytes);
    } catch (error) {
      throw error instanceof OutputError ? error : failure(out, error);
    } finally {
      if (fd !== null) closeQuietly(fs, fd);
      if (created) removeQuietly(fs, temporary);
    }
  });
}

/** Puts the finished temporary file in place under a name that must not exist. */
function linkNew(fs: FileOps, temporary: string, out: string, bytes: Uint8Array): void {
  try {
    fs.linkSync(temporary, out);
    return;
  } catch (error) {
    const code = errorCode(error);
    if (code === "EEXIST") throw new OutputError(tBoth("cli.outExists", { out: forTerminal(out) }));
    // Some file systems (FAT, some network shares) have no hard links: an exclusive create
    // still never replaces a file, though a reader could see it half written. (Windows
    // reports FAT's refusal as EISDIR.)
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EISDIR"].includes(code ?? "")) throw error;
  }
  let fd: number;
  try {
    fd = fs.openSync(out, "wx", 0o666);
  } catch (error) {
    if (errorCode(error) === "EEXIST")
      throw new OutputError(tBoth("cli.outExists", { out: forTerminal(out) }));
    throw error;
  }
  try {
    writeAll(fs, fd, bytes);
    fs.fsyncSync(fd);
  } catch (error) {
    closeQuietly(fs, fd);
    removeQuietly(fs, out); // created above by this run, exclusively
    throw error;
  }
  fs.closeSync(fd);
}

/** Replaces `out` by the temporary file, unless `out` changed since it was read. */
function replaceFile(fs: FileOps, temporary: string, out: string, read: nodeFs.Stats): void {
  if (!sameFile(fs.statSync(out), read))
    throw new OutputError(tBoth("write.changedMeanwhile", { out: forTerminal(out) }));
  fs.renameSync(temporary, out);
}

function closeQuietly(fs: FileOps, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already failing: the first error is the one reported
  }
}

function removeQuietly(fs: FileOps, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // gone already (renamed into place, or never fully created)
  }
}

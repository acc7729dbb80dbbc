/**
 * Writes under faults: concurrent outputs, write errors, a full disk, a file-size limit and
 * termination signals never leave a temporary file, half a workbook or a clobbered file.
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { zipSync, unzipSync } from "fflate";
import { FileOps, OutputError, writeOutputFile } from "../../src/cli/safe-write";
import { readWorkbookSnapshots } from "../../src/hosts/xlsx/read";
import { fixturePath } from "../support/fixtures";

// Child processes start Node with tsx, seconds each on a busy machine.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const SEED = fixturePath("hebei-2020-seed.xlsx");

/** A fresh, empty folder. */
function folder(): string {
  return fs.mkdtempSync(join(tmpdir(), "perfgoal-safe-"));
}

function temporaryFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((name) => name.includes(".perfgoal-"));
}

function errnoError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

function outputError(write: () => void): OutputError {
  try {
    write();
  } catch (error) {
    if (error instanceof OutputError) return error;
    throw error;
  }
  throw new Error("expected an OutputError");
}

/** Node's file operations with some replaced. */
function opsWith(overrides: Partial<FileOps>): FileOps {
  return { ...fs, ...overrides } as FileOps;
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function ended(child: ChildProcess): Promise<Ended> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }))
  );
}

/** Node running a script from the sources (TypeScript through tsx, no build needed). */
const NODE_TS = [process.execPath, "--import", "tsx", "-e"];
const TSX_ENV = { ...process.env, TSX_DISABLE_CACHE: "1" };

/** The CLI, in a process of its own: `perfgoal ...args`. */
const CLI_SCRIPT = [
  'const { run } = require("./src/cli/main.ts");',
  "run(JSON.parse(process.env.PERFGOAL_ARGS), {",
  "  stdout: (text) => process.stdout.write(text),",
  "  stderr: (text) => process.stderr.write(text),",
  "}).then((code) => (process.exitCode = code));",
].join("\n");

function spawnCli(args: string[], wrapper: string[] = []): ChildProcess {
  const [command, ...rest] = [...wrapper, ...NODE_TS, CLI_SCRIPT];
  return spawn(command, rest, {
    cwd: ROOT,
    env: { ...TSX_ENV, PERFGOAL_ARGS: JSON.stringify(args) },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Whether the file is a whole workbook: every entry's checksum holds and it reads. */
function isWholeWorkbook(path: string): boolean {
  return readWorkbookSnapshots(new Uint8Array(fs.readFileSync(path))).length > 0;
}

describe("writeOutputFile", () => {
  const bytes = new Uint8Array(randomBytes(3 * 1024 * 1024));

  it("writes the bytes and leaves only the output", () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    writeOutputFile(out, bytes);
    expect(Buffer.compare(fs.readFileSync(out), Buffer.from(bytes))).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("never replaces a file that appears between the checks and the write", () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    // Another run creates the output just before this one puts its file in place.
    const racing = opsWith({
      linkSync: (existing, created) => {
        fs.writeFileSync(created, "the other run");
        fs.linkSync(existing, created);
      },
    });
    const error = outputError(() => writeOutputFile(out, bytes, { fs: racing }));
    expect(error.message).toContain(`输出文件 ${out} 已存在`);
    expect(fs.readFileSync(out, "utf8")).toBe("the other run");
    expect(temporaryFiles(dir)).toEqual([]);
  });

  it.each([
    ["a full disk", "writeSync", "ENOSPC", "磁盘空间不足"],
    ["a file-size limit", "writeSync", "EFBIG", "超过了文件大小限制"],
    ["a failing flush", "fsyncSync", "EIO", "EIO"],
    ["a failing link", "linkSync", "EIO", "EIO"],
  ] as const)("%s leaves nothing behind and names the output", (_name, op, code, reason) => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    let calls = 0;
    const failing = opsWith({
      [op]: (...args: unknown[]) => {
        // The second chunk fails, so a part of the file was already written.
        if (op !== "writeSync" || ++calls === 2) throw errnoError(code);
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      },
    });
    const error = outputError(() => writeOutputFile(out, bytes, { fs: failing }));
    expect(error.message).toContain(`无法写入 ${out}`);
    expect(error.message).toContain(reason);
    expect(error.message.split("\n")).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("says why in each language", () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    const full = opsWith({
      writeSync: () => {
        throw errnoError("ENOSPC");
      },
    });
    expect(outputError(() => writeOutputFile(out, bytes, { fs: full })).message).toBe(
      `无法写入 ${out}：磁盘空间不足；未留下任何文件 / cannot write ${out}: the disk is full; nothing was left behind`
    );
  });

  it("without hard links creates the output exclusively, and removes it if that write fails", () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    const noLinks = opsWith({
      linkSync: () => {
        throw errnoError("EPERM");
      },
    });
    writeOutputFile(out, bytes, { fs: noLinks });
    expect(fs.readFileSync(out).length).toBe(bytes.length);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(outputError(() => writeOutputFile(out, bytes, { fs: noLinks })).message).toContain(
      "已存在"
    );

    const other = join(dir, "other.xlsx");
    let calls = 0;
    const noLinksFullDisk = opsWith({
      linkSync: noLinks.linkSync,
      writeSync: (...args: unknown[]) => {
        // The temporary file is written (3 chunks), then the output fails part way.
        if (++calls === 5) throw errnoError("ENOSPC");
        return (fs.writeSync as (...a: unknown[]) => number)(...args);
      },
    });
    outputError(() => writeOutputFile(other, bytes, { fs: noLinksFullDisk }));
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("replaces a file only while it is still the one that was read", () => {
    const dir = folder();
    const out = join(dir, "book.xlsx");
    fs.writeFileSync(out, "as read");
    const read = fs.statSync(out);
    fs.writeFileSync(out, "changed by someone else since");
    const error = outputError(() => writeOutputFile(out, bytes, { replacing: read }));
    expect(error.message).toContain("在读取之后被改动过");
    expect(fs.readFileSync(out, "utf8")).toBe("changed by someone else since");
    expect(temporaryFiles(dir)).toEqual([]);

    writeOutputFile(out, bytes, { replacing: fs.statSync(out) });
    expect(fs.readFileSync(out).length).toBe(bytes.length);
    expect(fs.readdirSync(dir)).toEqual(["book.xlsx"]);
  });
});

describe("termination signals during a write", () => {
  /** Writes 3 MiB; the first chunk sends the signal to the process itself. */
  const script = (failAfterSignal: boolean) =>
    [
      'const fs = require("fs");',
      'const { writeOutputFile } = require("./src/cli/safe-write.ts");',
      "let chunks = 0;",
      "const ops = { ...fs, writeSync: (...args) => {",
      "  if (++chunks === 1) process.kill(process.pid, process.env.SIGNAL);",
      `  if (${failAfterSignal} && chunks === 2) throw Object.assign(new Error("full"), { code: "ENOSPC" });`,
      "  return fs.writeSync(...args);",
      "} };",
      "try {",
      "  writeOutputFile(process.env.OUT, new Uint8Array(3 << 20), { fs: ops });",
      '  process.stdout.write("written\\n");',
      "} catch (error) { process.stdout.write(error.message + '\\n'); }",
    ].join("\n");

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s is held until the file is in place, then ends the process",
    async (signal) => {
      const dir = folder();
      const out = join(dir, "out.xlsx");
      const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), script(false)], {
        cwd: ROOT,
        env: { ...TSX_ENV, OUT: out, SIGNAL: signal },
      });
      const result = await ended(child);
      expect(result.stdout).toBe("written\n");
      expect(result.signal).toBe(signal);
      expect(fs.statSync(out).size).toBe(3 << 20);
      expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
    }
  );

  it("a signal and then a failing write: nothing left, and the process still ends", async () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    const child = spawn(NODE_TS[0], [...NODE_TS.slice(1), script(true)], {
      cwd: ROOT,
      env: { ...TSX_ENV, OUT: out, SIGNAL: "SIGTERM" },
    });
    const result = await ended(child);
    expect(result.stdout).toContain("磁盘空间不足");
    expect(result.signal).toBe("SIGTERM");
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("the CLI interrupted while writing a large output leaves no debris", async () => {
    const dir = folder();
    // The seed with 40 MB of incompressible media: the output takes a while to write.
    const entries = unzipSync(fs.readFileSync(SEED));
    entries["xl/media/image1.png"] = new Uint8Array(randomBytes(40 * 1024 * 1024));
    const input = join(dir, "large.xlsx");
    fs.writeFileSync(input, zipSync(entries, { level: 0 }));
    const out = join(dir, "out.xlsx");

    const child = spawnCli(["fill", input, "--out", out]);
    const done = ended(child);
    // Interrupt as soon as the temporary file appears.
    const watcher = fs.watch(dir, (_event, name) => {
      if (name && String(name).includes(".perfgoal-")) child.kill("SIGINT");
    });
    const result = await done;
    watcher.close();
    expect(temporaryFiles(dir)).toEqual([]);
    // Either interrupted (held until the output was whole) or finished before the signal.
    expect(result.signal === "SIGINT" || result.code === 0).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["large.xlsx", "out.xlsx"]);
    expect(isWholeWorkbook(out)).toBe(true);
  });
});

describe("the CLI under faults", () => {
  it("two fills to the same output at once: exactly one writes it, the other says it exists", async () => {
    const dir = folder();
    const out = join(dir, "same.xlsx");
    const runs = await Promise.all([
      ended(spawnCli(["fill", SEED, "--out", out])),
      ended(spawnCli(["fill", SEED, "--out", out])),
    ]);
    const codes = runs.map((run) => run.code).sort();
    expect(codes).toEqual([0, 2]);
    const refused = runs.find((run) => run.code === 2) as Ended;
    expect(refused.stderr).toContain(`输出文件 ${out} 已存在`);
    expect(refused.stdout).not.toContain("已写入");
    expect(fs.readdirSync(dir)).toEqual(["same.xlsx"]);
    expect(isWholeWorkbook(out)).toBe(true);
  });

  it("a file-size limit (ulimit -f) gives one line and leaves nothing", async () => {
    const dir = folder();
    const out = join(dir, "out.xlsx");
    // 8 blocks of 512 or 1024 bytes: far less than the filled workbook.
    const result = await ended(
      spawnCli(["fill", SEED, "--out", out], ["sh", "-c", 'ulimit -f 8 && exec "$@"', "sh"])
    );
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`无法写入 ${out}：超过了文件大小限制`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a full disk (a 16 KB tmpfs, where mounting is permitted) leaves nothing", async () => {
    const dir = folder();
    const probe = spawnSync("unshare", [
      "-rm",
      "sh",
      "-c",
      `mount -t tmpfs -o size=16k none "${dir}"`,
    ]);
    if (probe.status !== 0) {
      // Namespaces or tmpfs mounts are not permitted here; the injected ENOSPC above still runs.
      console.warn("tmpfs full-disk test skipped: unshare/mount not permitted");
      return;
    }
    const out = join(dir, "out.xlsx");
    const script = `mount -t tmpfs -o size=16k none "${dir}" || exit 99; "$@"; echo "exit=$?"; ls -A "${dir}"`;
    const result = await ended(
      spawnCli(["fill", SEED, "--out", out], ["unshare", "-rm", "sh", "-c", script, "sh"])
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`无法写入 ${out}：磁盘空间不足`);
    // The shell prints the CLI's exit code, then what the full tmpfs holds: nothing.
    const lines = result.stdout.trim().split("\n");
    expect(lines.slice(lines.indexOf("exit=2"))).toEqual(["exit=2"]);
  });
  it("a read-only output folder (a read-only tmpfs, where mounting is permitted) is named before planning", async () => {
    const dir = folder();
    const probe = spawnSync("unshare", ["-rm", "sh", "-c", `mount -t tmpfs -o ro none "${dir}"`]);
    if (probe.status !== 0) {
      console.warn("read-only folder test skipped: unshare/mount not permitted");
      return;
    }
    const out = join(dir, "out.xlsx");
    const script = `mount -t tmpfs -o ro none "${dir}" || exit 99; exec "$@"`;
    const result = await ended(
      spawnCli(["fill", SEED, "--out", out], ["unshare", "-rm", "sh", "-c", script, "sh"])
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim()).toBe(
      `perfgoal: 输出文件夹不可写：${dir} / the output folder cannot be written to: ${dir}`
    );
  });
});

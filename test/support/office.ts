/** LibreOffice converting workbooks headless, as the print and interchange tests use it. */
import { spawnSync, SpawnSyncReturns } from "child_process";
import { mkdtempSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

export interface ConvertOptions {
  /** Where the converted files go. */
  outDir: string;
  /** A folder of the test's own: LibreOffice keeps its profile there, so runs may overlap. */
  workDir: string;
  /** The LibreOffice command; `soffice` on PATH when absent. */
  command?: string;
  timeoutMs: number;
}

/** Converts `files` to `format` (`pdf`, `xlsx`), each to a file of the same name in outDir. */
export function officeConvert(
  files: readonly string[],
  format: string,
  { outDir, workDir, command = "soffice", timeoutMs }: ConvertOptions
): SpawnSyncReturns<string> {
  return spawnSync(
    command,
    [
      `-env:UserInstallation=file://${join(workDir, "profile")}`,
      "--headless",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: timeoutMs }
  );
}

/** LibreOffice is in CI and on the development machines. */
export const HAVE_LIBREOFFICE = spawnSync("soffice", ["--version"]).status === 0;

/**
 * A case that needs LibreOffice: run where it is installed; elsewhere skipped, with a case of
 * its own that says so.
 */
export function itWithLibreOffice(title: string, run: () => void, timeoutMs: number): void {
  (HAVE_LIBREOFFICE ? it : it.skip)(title, run, timeoutMs);
  if (!HAVE_LIBREOFFICE)
    it(`LibreOffice is not installed, so this was skipped: ${title}`, () => {
      expect(HAVE_LIBREOFFICE).toBe(false);
    });
}

/**
 * The files `inputs` puts in a scratch folder, converted to `format` by LibreOffice, each
 * handed to `use` by name and path; the folder is removed after.
 */
export function withConverted(
  format: string,
  inputs: (dir: string) => string[],
  use: (name: string, path: string) => void
): void {
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-lo-"));
  try {
    const files = inputs(dir);
    const out = join(dir, "out");
    const result = officeConvert(files, format, { outDir: out, workDir: dir, timeoutMs: 240000 });
    expect(result.status).toBe(0);
    const converted = readdirSync(out);
    expect(converted).toHaveLength(files.length);
    for (const name of converted) use(name, join(out, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

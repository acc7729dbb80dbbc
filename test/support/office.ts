/** LibreOffice converting workbooks headless, as the print and interchange tests use it. */
import { spawnSync, SpawnSyncReturns } from "child_process";
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

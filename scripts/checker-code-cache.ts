/**
 * The build's last step: the code cache of the bundled checking process
 * (dist/checker/file-worker.code-cache), made by a process started with the flags every
 * checking process gets, which first checks the seed workbook. See src/cli/checker-start.ts.
 *
 *   node dist/scripts/checker-code-cache.js      (part of `npm run build`)
 */
import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { join } from "path";
import { checkerFlags } from "../src/cli/checker-process";

const root = join(__dirname, "..", "..");
const start = join(root, "dist", "src", "cli", "checker-start.js");
const sample = join(root, "test", "fixtures", "hebei-2020-seed.xlsx");

if (!existsSync(join(root, "dist", "checker", "file-worker.js"))) {
  console.error(
    "checker-code-cache: no bundle in dist/checker: run webpack.checker.config.js first"
  );
  process.exitCode = 1;
} else {
  const args = [...checkerFlags(), start, "--write-code-cache"];
  if (existsSync(sample)) args.push(sample);
  execFileSync(process.execPath, args, { stdio: "inherit" });
}

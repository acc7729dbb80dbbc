/** The repository root, whether running from the sources (jest, tsx) or from dist/ (compiled). */
import { existsSync } from "fs";
import { dirname, join } from "path";

export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${from}`);
    dir = parent;
  }
  return dir;
}

#!/usr/bin/env node
"use strict";
// The CLI runs from the compiled output: `npm ci && npm run build` first.
const notBuilt = () => {
  process.stderr.write(
    "perfgoal: 尚未构建，请先运行 npm run build / not built yet: run npm run build first\n"
  );
  process.exit(2);
};
let cli;
try {
  // A check starts its checking process first, which then loads while the rest of the CLI does.
  require("../dist/src/cli/checker-process.js").startEarly(process.argv.slice(2));
  cli = require("../dist/src/cli/main.js");
} catch {
  notBuilt();
}
cli.main().catch((error) => {
  process.stderr.write(`perfgoal: ${String(error && error.message).split("\n")[0]}\n`);
  process.exitCode = 2;
});

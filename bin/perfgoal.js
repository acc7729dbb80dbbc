#!/usr/bin/env node
"use strict";
// The CLI runs from the compiled output: `npm ci && npm run build` first.
let cli;
try {
  cli = require("../dist/src/cli/main.js");
} catch {
  process.stderr.write(
    "perfgoal: 尚未构建，请先运行 npm run build / not built yet: run npm run build first\n"
  );
  process.exit(2);
}
cli.main().catch((error) => {
  process.stderr.write(`perfgoal: ${String(error && error.message).split("\n")[0]}\n`);
  process.exitCode = 2;
});

/**
 * The CLI's checking process (src/cli/file-worker.ts) as one file: dist/checker/file-worker.js.
 *
 *   webpack --config webpack.checker.config.js      (part of `npm run build`, after tsc)
 *
 * It bundles tsc's output in dist/src, so that a fresh checking process reads one file
 * instead of resolving and compiling some hundred modules one by one; with the code cache
 * that scripts/checker-code-cache.ts writes beside it, it starts some 20 ms sooner.
 * SheetJS and fflate stay outside: the process loads them only for the files that need them;
 * so does the fix of one workbook of several (src/cli/fix-file.ts), which brings the writer.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node",
  entry: { "file-worker": path.resolve(__dirname, "dist/src/cli/file-worker.js") },
  output: {
    path: path.resolve(__dirname, "dist/checker"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
    // Written on every build, changed or not: the checking process passes over a bundle
    // older than tsc's output (src/cli/checker-start.ts).
    compareBeforeEmit: false,
  },
  externals: {
    "@e965/xlsx": "commonjs @e965/xlsx",
    fflate: "commonjs fflate",
    // `perfgoal fix` with several workbooks only: tsc's output, beside the bundle's folder.
    "./fix-file": "commonjs ../src/cli/fix-file",
  },
  // Readable, as tsc wrote it: a message from the process names the real functions.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

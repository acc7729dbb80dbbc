/**
 * The add-in's web build, in the manner of Microsoft's Office add-in task-pane templates.
 *
 *   webpack --mode production                  dist/web, manifest rewritten to ADDIN_URL
 *   webpack --mode production --env intranet   the same, with office.js served from dist/web/office-js
 *   webpack serve --mode development           https://localhost:3000 with the dev certificates
 *
 * Pages: taskpane.html (the pane, Office.js), commands.html (the ribbon's function file,
 * Office.js) and index.html (the web page: no Office.js, nothing external; installable,
 * and with sw.js and manifest.json usable offline).
 * dist/web is this build's alone; tsc writes the CLI to dist/src, which it never touches.
 */
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsDist = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
/**
 * The page's worker for SheetJS (src/preview/library-worker.ts), one script under a fixed name
 * (`read-worker.js`, which the page and sw.ts name too): loaded when a workbook needs it, so no
 * page budget counts it, and the service worker keeps it when first used rather than at install.
 */
const readWorker = "read-worker";

/** Gzip budget for the JavaScript a page needs before it can render (entry and its split chunks). */
const initialGzipBudget = 300 * 1024;

/**
 * What office.js loads at run time, relative to its own URL, for Excel: the host-specific
 * scripts (Windows, web, Mac, iPad, Android), the string table of the Office UI language
 * (falling back to en-us), the telemetry sinks, the sign-in helpers and the error page.
 * Debug builds and the other Office applications' scripts stay out. Paths are relative to
 * @microsoft/office-js/dist.
 */
const officeJsFiles = [
  /^office\.js$/,
  /^excel-[a-z0-9]+-16\.\d\d(-core)?\.js$/,
  /^o15apptofilemappingtable\.js$/,
  /^[a-z0-9-]+\/office_strings\.js$/,
  /^telemetry\/oteljs_agave\.js$/,
  /^ariatelemetry\/aria-web-telemetry\.js$/,
  /^webauth\/webauth\.[a-z]+\.js$/,
  /^agaveerrorux\/(?!.*\.debug\.js$)/,
];

/** ADDIN_URL with a trailing slash; Office only loads add-ins over https. */
function productionUrl() {
  const raw = process.env.ADDIN_URL || "https://perfgoal.example.gov.cn/";
  const url = new URL(raw);
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be an https URL: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The dev origin's URLs become the production ones, and the bare origin (AppDomain) its origin. */
function rewriteManifest(xml, urlProd) {
  const origin = new URL(urlDev).origin;
  return xml.split(urlDev).join(urlProd).split(origin).join(new URL(urlProd).origin);
}

/** Reports each page's initial JavaScript (gzip) and warns above the budget. */
class InitialGzipReport {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialGzipReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialGzipReport", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const logger = compilation.getLogger("InitialGzipReport");
          for (const [name, entrypoint] of compilation.entrypoints) {
            if (name === readWorker) continue;
            const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
            const gzip = files.reduce((sum, file) => {
              const asset = compilation.getAsset(file);
              return sum + (asset ? zlib.gzipSync(asset.source.buffer(), { level: 9 }).length : 0);
            }, 0);
            const line = `${name}: ${(gzip / 1024).toFixed(1)} KiB gzip initial JS (${files.join(", ")})`;
            logger.info(line);
            if (gzip > initialGzipBudget) {
              compilation.warnings.push(
                new webpack.WebpackError(`${line} exceeds ${initialGzipBudget / 1024} KiB`)
              );
            }
          }
        }
      );
    });
  }
}

/**
 * Lists what the web page may load for its service worker (sw.js, in place of its
 * "__PRECACHE__"), and writes the web app manifest. The add-in's own pages, their initial
 * scripts, office.js, the XML manifests and source maps stay out.
 */
class WebPageOffline {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WebPageOffline", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "WebPageOffline", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const { RawSource } = webpack.sources;
          const page = new Set(compilation.entrypoints.get("preview").getFiles());
          // The add-in's own scripts; and the worker, kept when first used (sw.ts): stored at
          // install, its megabyte competed with the page's first file for ~100 ms.
          const notStoredAtInstall = new Set(
            ["taskpane", "commands", "sw", readWorker].flatMap((name) =>
              compilation.entrypoints
                .get(name)
                .getFiles()
                .filter((file) => !page.has(file))
            )
          );
          compilation.emitAsset("manifest.json", new RawSource(webAppManifest()));
          const files = compilation
            .getAssets()
            .map((asset) => asset.name)
            .filter(
              (name) =>
                !notStoredAtInstall.has(name) &&
                !/\.(map|xml|LICENSE\.txt)$/.test(name) &&
                !/^(taskpane|commands)\.html$/.test(name) &&
                !name.startsWith("office-js/")
            );
          const list = JSON.stringify(JSON.stringify(["./", ...files.sort()]));
          const sw = compilation.getAsset("sw.js");
          const code = sw.source.source().toString();
          if (!code.includes('"__PRECACHE__"')) throw new Error("sw.js lost its __PRECACHE__");
          compilation.updateAsset("sw.js", new RawSource(code.replace('"__PRECACHE__"', list)));
        }
      );
    });
  }
}

/** The web app manifest: the page installs as an app of its own and opens without browser bars. */
function webAppManifest() {
  const icons = [16, 32, 64, 80, 128].map((size) => ({
    src: `assets/icon-${size}.png`,
    sizes: `${size}x${size}`,
    type: "image/png",
  }));
  return JSON.stringify(
    {
      name: "绩效目标表助手 网页版",
      short_name: "绩效目标表助手",
      lang: "zh-CN",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: "#0f6cbd",
      icons,
    },
    null,
    2
  );
}

async function devServerHttps() {
  // Only `webpack serve` needs (and installs, on first use) the trusted localhost certificates.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const intranet = Boolean(env.intranet) || process.env.INTRANET === "1";
  const urlProd = productionUrl();
  const officeJsUrl = intranet ? "office-js/office.js" : officeJsCdn;

  return {
    mode: dev ? "development" : "production",
    target: ["web", "es2020"],
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      // A fixed name: browsers look for updates of a service worker at the URL it was registered with.
      sw: { import: "./src/preview/sw.ts", filename: "sw.js" },
      [readWorker]: { import: "./src/preview/read-worker.ts", filename: `${readWorker}.js` },
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The workbook reader inflates with Node's zlib when it has it, with fflate in the
      // browser (src/hosts/xlsx/inflate.ts): no zlib polyfill in the bundle.
      fallback: { zlib: false },
      alias: {
        // SheetJS's CommonJS build, as the CLI's `require` gets it, wherever the page imports it:
        // its ES module leaves out the code pages that old .xls files' texts need (GBK).
        "@e965/xlsx$": require.resolve("@e965/xlsx"),
        // Fluent UI imports `scheduler` (a peer dependency that .npmrc's legacy-peer-deps leaves
        // uninstalled); use react-dom's own copy, so there is exactly one.
        scheduler: path.dirname(
          require.resolve("scheduler/package.json", { paths: [require.resolve("react-dom")] })
        ),
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // tsconfig.json emits CommonJS for the CLI; webpack needs ES modules to tree-shake
              // Fluent UI's barrel exports.
              compilerOptions: { module: "es2020", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // A worker loads no chunk beside its own script.
        chunks: (chunk) => chunk.name !== readWorker,
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|@ctrl|stylis|rtl-css-js|use-sync-external-store)[\\/]/,
            name: "fluent",
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false }, // InitialGzipReport measures what matters (gzip, per page)
    plugins: [
      // SheetJS loaded when a workbook needs it, not with the reader (sheetjs-library.browser.ts).
      new webpack.NormalModuleReplacementPlugin(/(^|\/)sheetjs-library$/, (resource) => {
        resource.request += ".browser";
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/pages/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/pages/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl },
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/pages/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : rewriteManifest(content.toString(), urlProd);
            },
          },
          { from: "test/fixtures/hebei-2020-stacked.xlsx", to: "samples/[name][ext]" },
          ...(intranet
            ? [
                {
                  from: "**/*",
                  context: officeJsDist,
                  to: "office-js/[path][name][ext]",
                  filter: (file) => {
                    const relative = path.relative(officeJsDist, file).split(path.sep).join("/");
                    return officeJsFiles.some((pattern) => pattern.test(relative));
                  },
                  info: { minimized: true }, // Microsoft's files as published: no Terser pass
                },
              ]
            : []),
        ],
      }),
      new WebPageOffline(),
      ...(dev ? [] : [new InitialGzipReport()]),
    ],
    stats: { logging: "info", assets: false, modules: false },
    devServer: {
      static: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      // env.WEBPACK_SERVE is set by `webpack serve` only: builds never ask for certificates.
      server: env.WEBPACK_SERVE ? { type: "https", options: await devServerHttps() } : "http",
    },
  };
};

/**
 * A static file server for the built web app (dist/web), for the browser preview and the
 * browser tests. Plain Node, no dependencies; binds 127.0.0.1 only.
 *
 *   node scripts/serve-preview.js            PORT=3000 by default; serves index.html at /
 *
 * Only files inside the root with a known type are served: no directory listings, no
 * dotfiles, nothing reached through `..` or a symbolic link out of the root.
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** The file a request path names inside root, or null when it names nothing servable. */
function resolveFile(realRoot, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch (error) {
    if (error instanceof URIError) return null; // malformed %-escape
    throw error;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.length === 0) segments.push("index.html");
  if (segments.some((segment) => segment.startsWith(".") || segment.includes(":"))) return null;
  const candidate = path.join(realRoot, ...segments);
  if (!Object.prototype.hasOwnProperty.call(CONTENT_TYPES, path.extname(candidate).toLowerCase())) {
    return null;
  }
  try {
    // The real path, so that a symbolic link cannot lead out of the root.
    const real = fs.realpathSync(candidate);
    return real.startsWith(realRoot + path.sep) && fs.statSync(real).isFile() ? real : null;
  } catch (error) {
    if (error && typeof error.code === "string") return null; // ENOENT, ENOTDIR, EACCES, ELOOP…
    throw error;
  }
}

function send(res, status, text, headOnly) {
  const body = Buffer.from(`${text}\n`, "utf8");
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": body.length,
    "X-Content-Type-Options": "nosniff",
  });
  res.end(headOnly ? undefined : body);
}

/**
 * Starts the server. port 0 picks a free port. Resolves to the base URL (with a trailing
 * slash) and a close function that resolves when the server has stopped.
 * @param {{ root: string, port?: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function startServer({ root, port = 3000 }) {
  const realRoot = fs.realpathSync(path.resolve(root));
  const server = http.createServer((req, res) => {
    const headOnly = req.method === "HEAD";
    if (req.method !== "GET" && !headOnly) {
      res.setHeader("Allow", "GET, HEAD");
      send(res, 405, "Method Not Allowed", headOnly);
      return;
    }
    const base = "http://127.0.0.1";
    if (!URL.canParse(req.url || "/", base)) {
      send(res, 400, "Bad Request", headOnly);
      return;
    }
    const file = resolveFile(realRoot, new URL(req.url || "/", base).pathname);
    if (!file) {
      send(res, 404, "Not Found", headOnly);
      return;
    }
    fs.stat(file, (error, stat) => {
      if (error) {
        send(res, 404, "Not Found", headOnly);
        return;
      }
      res.writeHead(200, {
        "Content-Type": CONTENT_TYPES[path.extname(file).toLowerCase()],
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (headOnly) {
        res.end();
        return;
      }
      const stream = fs.createReadStream(file);
      stream.on("error", () => res.destroy());
      stream.pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

module.exports = { startServer };

if (require.main === module) {
  const root = path.join(__dirname, "..", "dist", "web");
  if (!fs.existsSync(path.join(root, "index.html"))) {
    console.error(`${path.join(root, "index.html")} is missing: run npm run build:web first.`);
    process.exit(2);
  }
  const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not ${process.env.PORT}`);
    process.exit(2);
  }
  startServer({ root, port }).then(
    ({ url, close }) => {
      console.log(`绩效目标表助手 preview: ${url}  (Ctrl+C to stop)`);
      const stop = () => close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (error) => {
      console.error(`Cannot listen on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    }
  );
}

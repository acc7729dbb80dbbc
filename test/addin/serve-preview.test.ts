/** scripts/serve-preview.js: index at /, content types, 404s, no listings, no way out of the root. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import { request } from "http";
import { tmpdir } from "os";
import { join } from "path";

type StartServer = (options: {
  root: string;
  port?: number;
}) => Promise<{ url: string; close: () => Promise<void> }>;
// A plain-JS script without type declarations.
const { startServer } = require("../../scripts/serve-preview.js") as { startServer: StartServer };

const scratch = mkdtempSync(join(tmpdir(), "perfgoal-serve-"));
const root = join(scratch, "web");
mkdirSync(join(root, "assets"), { recursive: true });
mkdirSync(join(root, "samples"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>preview</title>");
writeFileSync(join(root, "taskpane.1234abcd.js"), "console.log(1);");
writeFileSync(join(root, "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
writeFileSync(join(root, "samples", "a.xlsx"), "PK");
writeFileSync(join(root, "manifest.xml"), "<OfficeApp/>");
writeFileSync(join(root, ".secret.json"), "{}");
writeFileSync(join(root, "notes.txt"), "text");
writeFileSync(join(scratch, "outside.json"), '{"secret":true}');
symlinkSync(join(scratch, "outside.json"), join(root, "link.json"));

/** A raw request (the path is sent exactly as written, unlike fetch, which normalizes it). */
function get(
  base: string,
  path: string,
  method = "GET"
): Promise<{ status: number; type?: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body })
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serve-preview", () => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it("listens on 127.0.0.1 only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves index.html at /", async () => {
    const res = await get(server.url, "/");
    expect(res).toEqual({
      status: 200,
      type: "text/html; charset=utf-8",
      body: "<!doctype html><title>preview</title>",
    });
  });

  it.each([
    ["/taskpane.1234abcd.js", "text/javascript; charset=utf-8"],
    ["/assets/icon-16.png", "image/png"],
    ["/samples/a.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["/manifest.xml?v=2", "application/xml; charset=utf-8"],
  ])("serves %s as %s", async (path, type) => {
    const res = await get(server.url, path);
    expect([res.status, res.type]).toEqual([200, type]);
  });

  it.each([
    "/missing.js",
    "/assets",
    "/assets/",
    "/notes.txt",
    "/.secret.json",
    "/../outside.json",
    "/%2e%2e/outside.json",
    "/assets/%2e%2e%2f%2e%2e%2foutside.json",
    "/..%5coutside.json",
    "/link.json",
    "/%E0%A4%A",
    "/index.html%00.png",
  ])("answers %s with 404", async (path) => {
    const res = await get(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("secret");
  });

  it("refuses methods other than GET and HEAD", async () => {
    expect((await get(server.url, "/", "POST")).status).toBe(405);
    expect(await get(server.url, "/", "HEAD")).toMatchObject({ status: 200, body: "" });
  });
});

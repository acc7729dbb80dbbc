/**
 * Some stored pages are kept for an independent evaluation of the engine on forms it was not
 * built against (test/fixtures/real/excluded-pages.txt). No source of the corpus, in use or
 * pending, may be transcribed from one of them.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { CORPUS } from "../support/corpus";

/** An address as a page is known, whatever its scheme, `www.`/`m.` prefix or letter case. */
function pageKey(address: string): string {
  return address
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^(www|m)\./i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

function excludedPages(): Set<string> {
  const lines = readFileSync(join(CORPUS, "excluded-pages.txt"), "utf8").split("\n");
  return new Set(lines.filter((line) => /^https?:\/\//.test(line.trim())).map(pageKey));
}

function sourceAddresses(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const folder of ["sources", "pending"])
    for (const file of readdirSync(join(CORPUS, folder)))
      if (file.endsWith(".json") && !file.endsWith(".expected.json")) {
        const source = (
          JSON.parse(readFileSync(join(CORPUS, folder, file), "utf8")) as {
            source?: string | string[];
          }
        ).source;
        for (const address of Array.isArray(source) ? source : [source ?? ""])
          found.push([`${folder}/${file}`, address]);
      }
  return found;
}

describe("the corpus keeps off the pages held out for evaluation", () => {
  const excluded = excludedPages();

  it("reads the list of held-out pages", () => {
    expect(excluded.size).toBeGreaterThan(20);
    expect(excluded.has(pageKey("https://www.scqs.gov.cn/info/13206/211004.htm"))).toBe(true);
  });

  it("transcribes no source from them", () => {
    const sources = sourceAddresses();
    expect(sources.length).toBeGreaterThan(40);
    expect(sources.every(([, address]) => /^https?:\/\//.test(address))).toBe(true);
    expect(sources.filter(([, address]) => excluded.has(pageKey(address)))).toEqual([]);
  });
});

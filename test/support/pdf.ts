/**
 * Workbooks printed to PDF by LibreOffice, and what the PDF says about each page: its size,
 * its text (pdftotext), the smallest font it draws and whether lines of text overlap.
 *
 * Font sizes come from the page's content stream: LibreOffice writes each run as
 * `/F1 10.4 Tf` under a text matrix `a b c d e f Tm`, so the drawn size is the Tf size
 * times the matrix's scale (√|ad − bc|). That is the size after any fit-to-page scaling,
 * which is what a reader sees; `pdffonts` lists faces, not sizes.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { inflateSync } from "zlib";
import { officeConvert } from "./office";

function available(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  return result.error === undefined && result.status === 0;
}

/** soffice and pdftotext are both installed (skip the PDF tests otherwise). */
export function canRenderPdf(): { ok: boolean; missing: string[] } {
  const missing = [
    available("soffice", ["--version"]) ? "" : "soffice (LibreOffice)",
    available("pdftotext", ["-v"]) ? "" : "pdftotext (poppler-utils)",
  ].filter(Boolean);
  return { ok: missing.length === 0, missing };
}

/** Prints a workbook to PDF with a private LibreOffice profile (runs may overlap). */
export function renderPdf(xlsx: string): string {
  const dir = mkdtempSync(join(tmpdir(), "perfgoal-pdf-"));
  const result = officeConvert([xlsx], "pdf", { outDir: dir, workDir: dir, timeoutMs: 240_000 });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr || result.error}`);
  return join(dir, basename(xlsx).replace(/\.xlsx$/, ".pdf"));
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  text: string;
  /** The smallest drawn font size in points, Infinity on a page without text. */
  smallestFont: number;
  /** Text lines (pdftotext -bbox-layout) whose boxes overlap another's: text cut by its row. */
  overlappingLines: string[];
  /** Words that a horizontal cell border runs through: text cut off at the bottom of its row. */
  wordsAcrossBorders: string[];
  /** From the top of the highest line of text to the bottom of the lowest, in points. */
  textSpan: { top: number; bottom: number };
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const text = bytes.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    const end = text.indexOf("endobj", start.lastIndex);
    const body = text.slice(start.lastIndex, end);
    const streamAt = body.indexOf("stream");
    const object: PdfObject = { dict: streamAt < 0 ? body : body.slice(0, streamAt) };
    if (streamAt >= 0) {
      const from =
        start.lastIndex + streamAt + "stream".length + (body[streamAt + 6] === "\r" ? 2 : 1);
      const to = text.lastIndexOf("endstream", end);
      const raw = bytes.subarray(from, to);
      object.stream = /FlateDecode/.test(object.dict) ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), object);
    start.lastIndex = end;
  }
  return objects;
}

/** Page objects in reading order, through the page tree. */
function pagesInOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const root = [...objects.values()].find(
    (o) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict)
  );
  const pages: PdfObject[] = [];
  const walk = (node: PdfObject | undefined) => {
    if (!node) return;
    if (/\/Type\s*\/Page\b/.test(node.dict)) {
      pages.push(node);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? "";
    for (const ref of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(objects.get(Number(ref[1])));
  };
  walk(root);
  return pages;
}

function smallestFont(content: string): number {
  let smallest = Number.POSITIVE_INFINITY;
  let scale = 1;
  const tokens =
    /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) -?[\d.]+ -?[\d.]+ Tm|\/\S+ (-?[\d.]+) Tf|\bBT\b/g;
  for (const m of content.matchAll(tokens)) {
    if (m[0] === "BT") scale = 1;
    else if (m[5] !== undefined) smallest = Math.min(smallest, Number(m[5]) * scale);
    else scale = Math.sqrt(Math.abs(Number(m[1]) * Number(m[4]) - Number(m[2]) * Number(m[3])));
  }
  return smallest;
}

interface TextLine {
  box: number[];
  text: string;
}

function textLines(pdf: string, page: number): TextLine[] {
  const xml = spawnSync(
    "pdftotext",
    ["-bbox-layout", "-f", String(page), "-l", String(page), pdf, "-"],
    { encoding: "utf8" }
  ).stdout;
  const lines = [
    ...xml.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g
    ),
  ].map((m) => ({
    box: m.slice(1, 5).map(Number),
    text: [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(""),
  }));
  return lines;
}

/** Horizontal strokes (`x1 y m x2 y l S`), in pdftotext's top-down coordinates. */
function horizontalRules(
  content: string,
  height: number
): Array<{ y: number; from: number; to: number }> {
  const rules = [];
  const stroke = /(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) (-?[\d.]+) l S/g;
  for (const m of content.matchAll(stroke)) {
    const [x1, y1, x2, y2] = m.slice(1, 5).map(Number);
    if (Math.abs(y1 - y2) < 0.01)
      rules.push({ y: height - y1, from: Math.min(x1, x2), to: Math.max(x1, x2) });
  }
  return rules;
}

function wordsAcross(pdf: string, page: number, content: string, height: number): string[] {
  const xml = spawnSync("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  }).stdout;
  const rules = horizontalRules(content, height);
  const words = xml.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  );
  const crossed: string[] = [];
  for (const m of words) {
    const [x1, y1, x2, y2] = m.slice(1, 5).map(Number);
    // A border through the middle of the glyphs, not one they merely touch.
    const slack = (y2 - y1) * 0.25;
    const cut = rules.some(
      (rule) => rule.from < x2 && rule.to > x1 && rule.y > y1 + slack && rule.y < y2 - slack
    );
    if (cut) crossed.push(m[5]);
  }
  return crossed;
}

function overlapping(lines: TextLine[]): string[] {
  const clashes: string[] = [];
  lines.forEach((a, i) =>
    lines.slice(i + 1).forEach((b) => {
      const [ax1, ay1, ax2, ay2] = a.box;
      const [bx1, by1, bx2, by2] = b.box;
      // A little slack: glyph boxes of adjacent lines may touch.
      const overlapY = Math.min(ay2, by2) - Math.max(ay1, by1);
      const overlapX = Math.min(ax2, bx2) - Math.max(ax1, bx1);
      if (overlapY > 2 && overlapX > 2) clashes.push(`${a.text} ⟂ ${b.text}`);
    })
  );
  return clashes;
}

export function readPdf(pdf: string): PdfPage[] {
  const objects = readObjects(readFileSync(pdf));
  return pagesInOrder(objects).map((page, i) => {
    const box = (/\/MediaBox\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? "0 0 0 0")
      .trim()
      .split(/\s+/)
      .map(Number);
    const contents = [
      ...(/\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(page.dict)?.[1] ?? "").matchAll(
        /(\d+)\s+0\s+R/g
      ),
    ]
      .map((ref) => objects.get(Number(ref[1]))?.stream?.toString("latin1") ?? "")
      .join("\n");
    const number = i + 1;
    const lines = textLines(pdf, number);
    const height = box[3] - box[1];
    const text = spawnSync("pdftotext", ["-f", String(number), "-l", String(number), pdf, "-"], {
      encoding: "utf8",
    }).stdout;
    return {
      number,
      width: box[2] - box[0],
      height: box[3] - box[1],
      text,
      smallestFont: smallestFont(contents),
      overlappingLines: overlapping(lines),
      wordsAcrossBorders: wordsAcross(pdf, number, contents, height),
      textSpan: {
        top: Math.min(...lines.map((line) => line.box[1])),
        bottom: Math.max(...lines.map((line) => line.box[3])),
      },
    };
  });
}

/** Text without any whitespace, to find a paragraph however it was wrapped. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, "");
}

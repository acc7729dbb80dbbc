/**
 * Workbooks as a careless exporter or a hostile sender might make them: a real package with
 * one to three of its XML parts changed by a seeded mutation (an attribute's number or cell
 * reference, a cell's type, an element repeated, removed or renamed, a sheet's name, a value's
 * text, a part cut short). The same seed gives the same workbook, so a failure names its case.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/** A seeded generator (xorshift32): numbers in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

const NUMBERS = ["0", "-1", "2", "1048576", "1048577", "16385", "4294967296", "1e308", "NaN", ""];
const REFERENCES = ["A0", "XFE1", "$A$1", "a1", "1A", "", "A1048577", "B2:A1", "A1:XFD1048576"];
const CELL_TYPES = ["s", "inlineStr", "e", "b", "d", "n", "str", "bogus", ""];
const SHEET_NAMES = ["", "'x'", "[x]", "x".repeat(100), "History", "&lt;&gt;", "名".repeat(40)];
const TEXTS = ["&amp;", "=1+1", "@x", "-", "#N/A", "TRUE", "   ", "45000", "中".repeat(33000)];
const JUNK = ["&", "<", "]]>", "&#0;", "&#xD800;", "&bogus;", "<![CDATA[x]]>", "<!-- c -->"];

type Mutation = (
  xml: string,
  pick: <T>(items: readonly T[]) => T,
  int: (n: number) => number
) => string;

/** Replaces what group 1 of a random match of `pattern` holds with `replacement`. */
function replaceGroup(xml: string, pattern: RegExp, replacement: string, index: number): string {
  const matches = [...xml.matchAll(pattern)];
  if (matches.length === 0) return xml;
  const match = matches[index % matches.length];
  const at = (match.index ?? 0) + match[0].lastIndexOf(match[1]);
  return xml.slice(0, at) + replacement + xml.slice(at + match[1].length);
}

/** Mutations that leave the XML well-formed, then those that may not. */
const WELL_FORMED: Mutation[] = [
  (xml, pick, int) => replaceGroup(xml, /="(-?\d+(?:\.\d+)?)"/g, pick(NUMBERS), int(1e9)),
  (xml, pick, int) => replaceGroup(xml, /\b(?:r|ref|sqref)="([^"]*)"/g, pick(REFERENCES), int(1e9)),
  (xml, pick, int) => replaceGroup(xml, /\bt="([^"]*)"/g, pick(CELL_TYPES), int(1e9)),
  (xml, pick, int) =>
    replaceGroup(xml, /<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g, pick(SHEET_NAMES), int(1e9)),
  (xml, pick, int) => replaceGroup(xml, /<(?:v|t)(?: [^>]*)?>([^<]+)</g, pick(TEXTS), int(1e9)),
  (xml, _pick, int) => {
    // An element repeated where it stands: a row, a cell, a string, a merge, a sheet.
    const pattern =
      /<((?:\w+:)?(?:row|c|si|mergeCell|sheet|xf|numFmt))\b[^>]*?(?:\/>|>[\s\S]{0,400}?<\/\1>)/g;
    const matches = [...xml.matchAll(pattern)];
    if (matches.length === 0) return xml;
    const match = matches[int(matches.length)];
    const end = (match.index ?? 0) + match[0].length;
    return xml.slice(0, end) + match[0] + xml.slice(end);
  },
  (xml, _pick, int) => {
    const matches = [...xml.matchAll(/ \w+(?::\w+)?="[^"]*"/g)];
    if (matches.length === 0) return xml;
    const match = matches[int(matches.length)];
    return xml.slice(0, match.index) + xml.slice((match.index ?? 0) + match[0].length);
  },
];

const ANY: Mutation[] = [
  ...WELL_FORMED,
  (xml, _pick, int) => xml.slice(0, int(xml.length)),
  (xml, pick, int) => {
    const at = int(xml.length);
    return xml.slice(0, at) + pick(JUNK) + xml.slice(at);
  },
  (xml, _pick, int) => {
    const matches = [...xml.matchAll(/<[^>]{0,200}>/g)];
    if (matches.length === 0) return xml;
    const match = matches[int(matches.length)];
    return xml.slice(0, match.index) + xml.slice((match.index ?? 0) + match[0].length);
  },
];

/** The parts mutated, weighted: sheets most, then strings and styles, the workbook, the rest. */
function weightOf(name: string): number {
  const lower = name.toLowerCase();
  if (/worksheets\/sheet\d*\.xml$/.test(lower)) return 6;
  if (lower.endsWith("sharedstrings.xml") || lower.endsWith("styles.xml")) return 3;
  if (lower.endsWith("workbook.xml")) return 2;
  return lower.endsWith(".rels") || lower.endsWith("[content_types].xml") ? 1 : 0;
}

export interface MutatedWorkbook {
  bytes: Uint8Array;
  /** The parts changed, in order: with the seed, enough to make the case again. */
  changed: string[];
}

/** One of `sources` (packages) with some of its XML changed; `wellFormed` keeps it parseable. */
export function mutatedWorkbook(
  sources: readonly Uint8Array[],
  seed: number,
  { wellFormed = false } = {}
): MutatedWorkbook {
  const random = generator(seed * 2654435761);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const parts = unzipSync(pick(sources));
  const names = Object.keys(parts).flatMap((name) => Array<string>(weightOf(name)).fill(name));
  const changed: string[] = [];
  for (let count = 1 + int(3); count > 0; count--) {
    const name = pick(names);
    parts[name] = strToU8(pick(wellFormed ? WELL_FORMED : ANY)(strFromU8(parts[name]), pick, int));
    changed.push(name);
  }
  return { bytes: zipSync(parts), changed };
}

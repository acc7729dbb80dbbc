/** Comparison symbols in all their spellings (DOMAIN.md §2, 符号). */
import { toHalfWidth, withoutSpaces } from "../text";
import { QUALITATIVE_MARKERS } from "../vocabulary";

export type Comparator = "≥" | "≤" | "=" | ">" | "<";

const SPELLINGS: Array<[string, Comparator]> = [
  ["大于或等于", "≥"],
  ["小于或等于", "≤"],
  ["大于等于", "≥"],
  ["小于等于", "≤"],
  ["不低于", "≥"],
  ["不少于", "≥"],
  ["不小于", "≥"],
  ["不高于", "≤"],
  ["不超过", "≤"],
  ["不多于", "≤"],
  ["不大于", "≤"],
  ["至少", "≥"],
  ["最多", "≤"],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["超过", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["等于", "="],
  [">=", "≥"],
  ["=>", "≥"],
  ["<=", "≤"],
  ["=<", "≤"],
  ["==", "="],
  ["≥", "≥"],
  ["≧", "≥"],
  ["⩾", "≥"],
  ["≤", "≤"],
  ["≦", "≤"],
  ["⩽", "≤"],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Suffixes that carry the comparison after the number (`95%以上`). */
const SUFFIXES: Array<[string, Comparator]> = [
  ["及以上", "≥"],
  ["以上", "≥"],
  ["及以下", "≤"],
  ["以下", "≤"],
  ["以内", "≤"],
];

export interface SymbolMatch {
  readonly comparator: Comparator;
  /** The spelling as found, after half-width folding. */
  readonly spelling: string;
  /** Length of the match in the folded text. */
  readonly length: number;
}

const matchOf = ([spelling, comparator]: [string, Comparator]): SymbolMatch =>
  Object.freeze({ comparator, spelling, length: spelling.length });

/**
 * The spellings by the code of their first character, in SPELLINGS order, each with its
 * match made once (most text starts with none of them).
 */
const SPELLINGS_BY_FIRST = new Map<number, SymbolMatch[]>();
for (const entry of SPELLINGS) {
  const first = entry[0].charCodeAt(0);
  SPELLINGS_BY_FIRST.set(first, [...(SPELLINGS_BY_FIRST.get(first) ?? []), matchOf(entry)]);
}

const SUFFIX_MATCHES: readonly SymbolMatch[] = SUFFIXES.map(matchOf);

/** Matches a comparison symbol at the start of `text` (already half-width folded). */
export function matchLeadingSymbol(text: string): SymbolMatch | null {
  const candidates = SPELLINGS_BY_FIRST.get(text.charCodeAt(0));
  if (candidates === undefined) return null;
  for (const match of candidates) if (text.startsWith(match.spelling)) return match;
  return null;
}

export function matchTrailingSymbol(text: string): SymbolMatch | null {
  for (const match of SUFFIX_MATCHES) if (text.endsWith(match.spelling)) return match;
  return null;
}

/** The symbol as the user wrote it (`＞＝`, `>=`, `不低于`), or null when it is already canonical. */
function spellingAsWritten(raw: string, match: SymbolMatch): string | null {
  // Half-width folding maps one character to one, so the match length carries over.
  const written = withoutSpaces(raw).slice(0, match.length);
  return written === match.comparator ? null : written;
}

export type SymbolReading =
  | { kind: "none" }
  | { kind: "comparator"; comparator: Comparator; spelling: string | null; rest: string }
  | { kind: "qualitative"; marker: string }
  | { kind: "unknown"; text: string };

const NO_SYMBOL: SymbolReading = Object.freeze({ kind: "none" });

/** The reading of a cell that holds a canonical symbol and nothing else (`≥`), by its code. */
const CANONICAL_SYMBOLS = new Map<number, SymbolReading>(
  (["≥", "≤", "=", ">", "<"] as const).map((comparator) => [
    comparator.charCodeAt(0),
    Object.freeze({ kind: "comparator", comparator, spelling: null, rest: "" }),
  ])
);

/** Reads a 符号 cell: a comparator, a qualitative marker, nothing, or something else. */
export function readSymbolCell(raw: string): SymbolReading {
  // Most 符号 cells hold one canonical symbol, with nothing to fold.
  const canonical = raw.length === 1 ? CANONICAL_SYMBOLS.get(raw.charCodeAt(0)) : undefined;
  if (canonical !== undefined) return canonical;
  const text = withoutSpaces(toHalfWidth(raw));
  if (text === "") return NO_SYMBOL;
  if (QUALITATIVE_MARKERS.includes(text)) return { kind: "qualitative", marker: text };
  const match = matchLeadingSymbol(text);
  if (!match) return { kind: "unknown", text: raw.trim() };
  return {
    kind: "comparator",
    comparator: match.comparator,
    spelling: spellingAsWritten(raw, match),
    rest: text.slice(match.length),
  };
}

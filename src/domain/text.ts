/** Text helpers shared by the recognizer, the value parser and the rules. */

const FULL_WIDTH_PUNCTUATION: Record<string, string> = {
  "：": ":",
  "（": "(",
  "）": ")",
  "，": ",",
  "；": ";",
  "／": "/",
  "％": "%",
  "＋": "+",
  "－": "-",
  "．": ".",
  "＝": "=",
  "＞": ">",
  "＜": "<",
  "【": "[",
  "】": "]",
};

/** The caches of the text functions below, emptied when the outermost check ends. */
const scopedCaches: Array<{ clear(): void }> = [];
let checksRunning = 0;

/**
 * Runs one check with the text caches on: level names and labels are read again by the
 * recognizer and by every rule on every row. The caches hold only this check's texts and
 * are emptied when it ends, so a workbook never pays for (or holds) another's texts.
 */
export function withTextCaches<T>(run: () => T): T {
  checksRunning++;
  try {
    return run();
  } finally {
    if (--checksRunning === 0) for (const cache of scopedCaches) cache.clear();
  }
}

/**
 * Entries of each cache (a power of two). A check asks some texts on every row (level
 * names, column labels) and most only once (names and values fresh in every table): a
 * fixed table keeps the first kind at no cost per text of the second, where a map would
 * grow by an entry per text for the collector to copy.
 */
const ENTRIES = 4096;

/** The entry of a short text: a hash of all its characters. */
function entryOf(text: string): number {
  let hash = text.length;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 15)) & (ENTRIES - 1);
}

/**
 * Caches a function of a short text during a check (withTextCaches); outside a check, and
 * for texts longer than `longest` (names, goals, descriptions: seldom read twice), it
 * just calls the function. Each text has one entry, which the last text asked there
 * holds: two texts meeting at one entry only cost a call more.
 */
export function memoize<T>(fn: (text: string) => T, longest = 40): (text: string) => T {
  const texts = new Array<string | undefined>(ENTRIES).fill(undefined);
  const results = new Array<T | undefined>(ENTRIES).fill(undefined);
  // A small check (one table, one edit) fills few of the caches: the others need no emptying.
  let filled = false;
  scopedCaches.push({
    clear() {
      if (!filled) return;
      texts.fill(undefined);
      results.fill(undefined);
      filled = false;
    },
  });
  return (text) => {
    if (checksRunning === 0 || text.length > longest) return fn(text);
    const entry = entryOf(text);
    if (texts[entry] === text) return results[entry] as T;
    const result = fn(text);
    texts[entry] = text;
    results[entry] = result;
    filled = true;
    return result;
  };
}

/**
 * The ASCII twin of each full-width character that is folded, by code point:
 * digits and Latin letters (U+FF10..U+FF5A) and the punctuation above.
 */
const HALF_WIDTH = new Map<number, string>();
for (let code = 0xff10; code <= 0xff5a; code++) {
  const isDigit = code <= 0xff19;
  const isLetter = (code >= 0xff21 && code <= 0xff3a) || code >= 0xff41;
  if (isDigit || isLetter) HALF_WIDTH.set(code, String.fromCharCode(code - 0xfee0));
}
for (const [wide, narrow] of Object.entries(FULL_WIDTH_PUNCTUATION))
  HALF_WIDTH.set(wide.charCodeAt(0), narrow);

/** Full-width digits and Latin letters become their ASCII twins; punctuation is folded. */
export function toHalfWidth(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Nearly every character is below the full-width block and is not 【】: skip it cheaply.
    if (code < 0xff01 && code !== 0x3010 && code !== 0x3011) continue;
    const narrow = HALF_WIDTH.get(code);
    if (narrow === undefined) continue;
    out += text.slice(copied, i) + narrow;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const WHITESPACE = /[\s\u3000\u00a0\u200b]+/g;

/**
 * The characters isSpace says yes to (`\s`, and the zero-width space), listed for the
 * tables built at start-up: a test keeps the list and `\s` in step.
 */
export const SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

const ZERO_WIDTH_SPACE = 0x200b;

/**
 * By code: 1 for white space as `\s` (and `trim`) sees it, 2 for the zero-width space, 0 for
 * any other character. One look per character, asked of every cell's text at both ends: a
 * test of ranges would be a call and several comparisons until the check's code is optimized.
 */
const SPACE_KIND = new Uint8Array(0x10000);
for (const code of SPACE_CODES) SPACE_KIND[code] = code === ZERO_WIDTH_SPACE ? 2 : 1;

/** White space as `\s` (and `trim`) sees it: spaces and line terminators (false past the text's end). */
function isRegexSpace(code: number): boolean {
  return SPACE_KIND[code] === 1;
}

/**
 * The text as `trim` gives it: the text itself, without a call, when neither end is white
 * space (as most cell texts are).
 */
export function trimmed(text: string): string {
  return SPACE_KIND[text.charCodeAt(0)] === 1 || SPACE_KIND[text.charCodeAt(text.length - 1)] === 1
    ? text.trim()
    : text;
}

/**
 * White space as `\s` sees it, and the zero-width space: the characters dropped when labels
 * and free text are compared (normalizeLabel, normalizeForComparison).
 */
export function isSpace(code: number): boolean {
  // Past a text's end the code is NaN, and no entry: `> 0` is false for it.
  return SPACE_KIND[code] > 0;
}

/** A full-width digit (`０`–`９`), as a full-width input mode types it. */
export function isFullWidthDigit(code: number): boolean {
  return code >= 0xff10 && code <= 0xff19;
}

const SPACES = /\s+/g;

/**
 * The text without white space, as `text.replace(/\s+/g, "")` gives it; most texts have
 * none and are returned as they are, without running a pattern.
 */
export function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (isRegexSpace(text.charCodeAt(i))) return text.replace(SPACES, "");
  return text;
}

/** Sentence punctuation (after half-width folding), left out when free text is compared. */
const SENTENCE_PUNCTUATION = ",.;:!?、。\"'“”‘’《》<>()[]";

/** In a fold table, the mark of a character that folding leaves out. */
const LEFT_OUT = 0xffff;

/**
 * What each character becomes when folding, by code: 0 when it stays (nearly all do), its
 * half-width twin, or LEFT_OUT (white space; sentence punctuation once folded when
 * `dropPunctuation`). One look-up per character tells the few that change.
 */
function foldTable(dropPunctuation: boolean): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const [code, narrow] of HALF_WIDTH) table[code] = narrow.charCodeAt(0);
  if (dropPunctuation) {
    for (const ch of SENTENCE_PUNCTUATION) table[ch.charCodeAt(0)] = LEFT_OUT;
    for (const [code, narrow] of HALF_WIDTH)
      if (SENTENCE_PUNCTUATION.includes(narrow)) table[code] = LEFT_OUT;
  }
  for (const code of SPACE_CODES) table[code] = LEFT_OUT;
  return table;
}

/** Labels: half-width, white space left out. */
const LABEL_FOLD = foldTable(false);
/** Free text: as labels, and sentence punctuation left out. */
const COMPARISON_FOLD = foldTable(true);

/**
 * Folds a text in one pass with a fold table. The text itself when nothing changes; else
 * the runs between the characters that change are copied, not one character at a time.
 */
function fold(text: string, table: Uint16Array): string {
  let i = 0;
  while (i < text.length && table[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  let out = "";
  let copied = 0;
  for (; i < text.length; i++) {
    const folded = table[text.charCodeAt(i)];
    if (folded === 0) continue;
    out += text.slice(copied, i);
    // A single ASCII character is a string V8 keeps: adding it allocates no string of its own.
    if (folded !== LEFT_OUT) out += String.fromCharCode(folded);
    copied = i + 1;
  }
  return out + text.slice(copied);
}

/**
 * The form in which labels and names are compared: half-width, no white space
 * or line breaks, no trailing colon.
 */
export function normalizeLabel(text: string): string {
  const folded = fold(text, LABEL_FOLD);
  let end = folded.length;
  while (end > 0 && folded.charCodeAt(end - 1) === 0x3a) end--;
  return end === folded.length ? folded : folded.slice(0, end);
}

/**
 * Same as normalizeLabel, and also strips sentence punctuation and ignores case: for
 * comparing free text. Indicator names are compared by several rules: during a check each
 * is folded once (descriptions and bases, longer, are seldom compared twice).
 */
export const normalizeForComparison = memoize((text: string) => {
  const folded = fold(text, COMPARISON_FOLD);
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return folded.toLowerCase();
  }
  return folded;
});

/** A character as free text is compared: -1 when left out, else folded, ASCII in lower case. */
function comparedCode(code: number): number {
  const folded = COMPARISON_FOLD[code];
  if (folded === LEFT_OUT) return -1;
  if (folded !== 0) code = folded;
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/** A character lower-casing may change beyond ASCII (not in the CJK and kana blocks). */
function mayChangeCase(code: number): boolean {
  return code >= 0x80 && (code < 0x3000 || code >= 0xa000);
}

/**
 * Whether two texts read the same when compared as free text (their normalizeForComparison
 * forms are equal), decided without folding either when they differ early, as most do.
 */
export function sameForComparison(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  let j = 0;
  for (;;) {
    let ca = -1;
    while (ca < 0 && i < a.length) ca = comparedCode(a.charCodeAt(i++));
    let cb = -1;
    while (cb < 0 && j < b.length) cb = comparedCode(b.charCodeAt(j++));
    if (ca !== cb) {
      // Two texts that differ only beyond ASCII may still lower-case alike: the forms decide.
      if (mayChangeCase(ca) || mayChangeCase(cb)) break;
      return false;
    }
    if (ca < 0) break;
  }
  // Alike up to case: the forms decide (a text is lower-cased only when it holds capitals).
  return normalizeForComparison(a) === normalizeForComparison(b);
}

/** A level name without its trailing `指标` and its points, so `数量` and `数量指标` compare equal. */
export function levelKey(text: string): string {
  return (
    normalizeLabel(text)
      // Asterisks, numbering and points (`1.产出指标(50分)`) are not part of the name.
      .replace(/^[*★※]+|^(\d{1,2}|[一二三四五六七八九十]{1,2})[、.](?!\d)/g, "")
      // Points also as a range with 分 after the bracket: `成本指标(0-20)分` (重庆 2023).
      .replace(/\([^()]*\)分?|\[[^[\]]*\]/g, "")
      // `服务对象满意度指标等`: the template's 等 is not part of the name.
      .replace(/等$/, "")
      // Older templates name the levels 目标 (福建 2017 `成本目标`, 江苏 2016 `三、产出目标`);
      // 绩效目标 (a header label, and the framework's own level) stays whole.
      .replace(/指标$|(?<!绩效)目标$/, "")
  );
}

/** Collapses runs of white space, trims both ends: how a value reads to a person. */
export function tidy(text: string): string {
  // Most texts are tidy already: at most single spaces between words.
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) continue;
    if (code !== 0x20 || i === 0 || i === last || isSpace(text.charCodeAt(i + 1)))
      return text.replace(WHITESPACE, " ").trim();
  }
  return text;
}

/** Shortens long cell text for quoting in a message. */
export function quote(text: string, max = 24): string {
  const tidied = tidy(text);
  return tidied.length > max ? `${tidied.slice(0, max)}…` : tidied;
}

/**
 * A list's number in front of a name: `1.`, `2、`, `１．`, `(3)`, `（一）`, `①`, `一、`; not one
 * before a digit (`1.5吨`, `2、3号楼` naming two buildings), but for a year's (`1.2022年底之前`).
 */
const LIST_NUMBER =
  /^\s*(?:[0-9０-９]{1,3}\s*[、.．](?:(?![0-9０-９])|(?=[0-9０-９]{4}\s*年))|[一二三四五六七八九十]{1,3}、|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*/;

/** What a list's number may start with (besides spaces): a digit, a bracket, ①, a numeral. */
const LIST_NUMBER_FIRST = new Set([..."0123456789０１２３４５６７８９(（一二三四五六七八九十"]);

/** The name without the list's number some provinces write in front (`1.培训人数`). */
export function withoutListNumber(name: string): string {
  // Most names start with an ideograph that begins no list's number: told without the pattern.
  const first = name.charCodeAt(0);
  const circled = first >= 0x2460 && first <= 0x2473;
  if (!circled && !isSpace(first) && !LIST_NUMBER_FIRST.has(name[0] ?? "")) return name;
  const match = LIST_NUMBER.exec(name);
  return match && match[0].length < name.length ? name.slice(match[0].length) : name;
}

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

/**
 * Caches a string function: level names and indicator texts are normalized again by
 * every rule on every row. The cache is dropped when it grows past `limit` entries.
 */
function memoize(fn: (text: string) => string, limit = 20000): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = fn(text);
      cache.set(text, result);
    }
    return result;
  };
}

/** Full-width digits and Latin letters (U+FF01..U+FF5E) become their ASCII twins; punctuation is folded. */
const NEEDS_FOLDING = /[\uff01-\uff5e【】]/;

export function toHalfWidth(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const mapped = FULL_WIDTH_PUNCTUATION[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else out += ch;
  }
  return out;
}

const WHITESPACE = /[\s\u3000\u00a0\u200b]+/g;

/**
 * The form in which labels and names are compared: half-width, no white space
 * or line breaks, no trailing colon.
 */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text).replace(WHITESPACE, "").replace(/:+$/, "");
}

/** Same as normalizeLabel, and also strips sentence punctuation: for comparing free text. */
const SPACE_AND_PUNCTUATION = /[\s\u3000\u00a0\u200b,.;:!?、。"'“”‘’《》<>()[\]]+/g;

export function normalizeForComparison(text: string): string {
  const folded = toHalfWidth(text).replace(SPACE_AND_PUNCTUATION, "");
  return /[A-Z]/.test(folded) ? folded.toLowerCase() : folded;
}

/** A level name without its trailing `指标`, so `数量` and `数量指标` compare equal. */
export const levelKey = memoize((text: string) => normalizeLabel(text).replace(/指标$/, ""));

/** Collapses runs of white space, trims both ends: how a value reads to a person. */
export function tidy(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** Shortens long cell text for quoting in a message. */
export function quote(text: string, max = 24): string {
  const tidied = tidy(text);
  return tidied.length > max ? `${tidied.slice(0, max)}…` : tidied;
}

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
 * Caches a function of a text: level names, labels and indicator texts are read again
 * by the recognizer and by every rule on every row. Two generations of at most `limit`
 * entries each: when the newer fills up it becomes the older, so a workbook with more
 * texts than `limit` keeps its recent ones instead of starting over empty.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    let result = recent.get(text);
    if (result !== undefined) return result;
    result = older.get(text);
    if (result === undefined) result = fn(text);
    if (recent.size >= limit) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, result);
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
 * The form in which labels and names are compared: half-width, no white space
 * or line breaks, no trailing colon.
 */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text).replace(WHITESPACE, "").replace(/:+$/, "");
}

/** Same as normalizeLabel, and also strips sentence punctuation: for comparing free text. */
const SPACE_AND_PUNCTUATION = /[\s\u3000\u00a0\u200b,.;:!?、。"'“”‘’《》<>()[\]]+/g;

/** Indicator names, descriptions and bases are compared by several rules: cached. */
export const normalizeForComparison = memoize((text: string) => {
  const folded = toHalfWidth(text).replace(SPACE_AND_PUNCTUATION, "");
  return /[A-Z]/.test(folded) ? folded.toLowerCase() : folded;
}, 50000);

/** A level name without its trailing `指标` and its points, so `数量` and `数量指标` compare equal. */
export const levelKey = memoize((text: string) =>
  normalizeLabel(text)
    // Asterisks, numbering and points (`1.产出指标(50分)`) are not part of the name.
    .replace(/^[*★※]+|^(\d{1,2}|[一二三四五六七八九十]{1,2})[、.](?!\d)/g, "")
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, "")
    // `服务对象满意度指标等`: the template's 等 is not part of the name.
    .replace(/等$/, "")
    .replace(/指标$/, "")
);

/** Collapses runs of white space, trims both ends: how a value reads to a person. */
export function tidy(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** Shortens long cell text for quoting in a message. */
export function quote(text: string, max = 24): string {
  const tidied = tidy(text);
  return tidied.length > max ? `${tidied.slice(0, max)}…` : tidied;
}

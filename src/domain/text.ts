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

/** Full-width digits and Latin letters (U+FF01..U+FF5E) become their ASCII twins; punctuation is folded. */
export function toHalfWidth(text: string): string {
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
export function normalizeForComparison(text: string): string {
  return normalizeLabel(text)
    .replace(/[,.;:!?、。"'“”‘’《》<>()[\]]/g, "")
    .toLowerCase();
}

/** A level name without its trailing `指标`, so `数量` and `数量指标` compare equal. */
export function levelKey(text: string): string {
  return normalizeLabel(text).replace(/指标$/, "");
}

/** Collapses runs of white space, trims both ends: how a value reads to a person. */
export function tidy(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** Shortens long cell text for quoting in a message. */
export function quote(text: string, max = 24): string {
  const tidied = tidy(text);
  return tidied.length > max ? `${tidied.slice(0, max)}…` : tidied;
}

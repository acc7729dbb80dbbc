/**
 * What a template leaves in a cell it expects filled in: marks (`**`, `XX`, `X%`, `……`) and
 * a hint of the target's format at the end of a name (`游客满意度(≥**%)`). Read by
 * indicator/placeholder and style/name-target-hint.
 */
import { toHalfWidth, withoutSpaces } from "../text";

/** Ellipsis alone: the template's "more rows here". */
const ELLIPSIS_ONLY = /^(…+|\.{3,}|。{3,}|\.\.\.…*)$/;

/**
 * The template marks inside a text (already half-width folded): `**`, `*%`, a run of two or
 * more X (`XX`, `xx`, `××`, `20XX年`) that is not part of a Latin word, or a single X
 * before a percent sign (`X%`). `CT扫描`, `Excel`, `X光机`, `3×4` are real content.
 * The second group is the mark (no lookbehind: older Office web views lack it).
 */
const LEFTOVER_MARKS: RegExp[] = [
  /()([*＊]{2,})/,
  /()([*＊][%‰])/,
  /(^|[^A-Za-z])([Xx×]{2,})(?![A-Za-z])/,
  /(^|[^A-Za-z0-9.])([Xx×][%‰])/,
];

/** What an ellipsis starts with, before folding: most texts do not, and need no folding. */
const ELLIPSIS_START = /^\s*[…．.。]/;

export function isEllipsis(text: string): boolean {
  return ELLIPSIS_START.test(text) && ELLIPSIS_ONLY.test(withoutSpaces(toHalfWidth(text)));
}

/** Characters every leftover mark holds: a text without any needs no closer look. */
export const MARK_CHARACTERS = /[*＊XxＸｘ×….。]/;

/** The leftover mark found in a text, or null. */
export function leftoverIn(text: string): string | null {
  if (!MARK_CHARACTERS.test(text)) return null;
  const folded = withoutSpaces(toHalfWidth(text));
  if (folded === "") return null;
  if (isEllipsis(folded)) return text.trim();
  for (const pattern of LEFTOVER_MARKS) {
    const match = pattern.exec(folded);
    if (match) return match[2];
  }
  return null;
}

/**
 * A hint of the target format at the end of a name (`游客满意度(≥**%)`, `受益人口数≥**人`,
 * `开发数量( ≥XX个 )`): a bracket or a comparison, then `**` or `XX` (a single X only before
 * `%`: `胸片(X线)` is a real name), then at most a unit; spaces anywhere between.
 *
 * Written so that it takes time in proportion to the name: each run of spaces is taken whole
 * (`(?=(\s*))\1`: nothing after it could take a space back), and no match is tried from
 * inside a run of spaces, stars or X, where one from the run's start would be found first.
 * Written with plain `\s*`, it took 0.9 s on a text with 1,600 spaces inside (time growing
 * with the cube of their number) and 8 s on 16,000 stars.
 */
export const TARGET_HINT = new RegExp(
  [
    String.raw`(?!(?<=\s)\s)(?!(?<=[*＊])[*＊])(?!(?<=[Xx×])[Xx×])`,
    String.raw`[(]?(?=(\s*))\1[≥≤><=]{0,2}(?=(\s*))\2`,
    String.raw`(?:[*＊]+|[Xx×]{2,}|[Xx×](?=\s*[%‰]))`,
    String.raw`(?=(\s*))\3[%‰]?[^\s()]{0,6}?(?=(\s*))\4[)]?(?=(\s*))\5$`,
  ].join("")
);

/** What every target hint holds: a star or an X. */
const HINT_MARK = /[*＊Xx×]/;

/** Where the target hint starts in a (half-width folded) name whose remainder is a real name. */
function targetHintIn(folded: string): { index: number } | null {
  // Most names hold no star nor X: one native search spares them the pattern.
  if (!HINT_MARK.test(folded)) return null;
  const match = TARGET_HINT.exec(folded);
  if (!match || !/[(≥≤><=]/.test(match[0])) return null;
  const rest = folded.slice(0, match.index).trim();
  if (!/[\u4e00-\u9fff]/.test(rest) || leftoverIn(rest) !== null) return null;
  // A Latin word before the X (`MAX`): not a hint.
  if (/[A-Za-z]$/.test(rest) && !/^[(≥≤><=]/.test(match[0].trim())) return null;
  return { index: match.index };
}

/**
 * The template's hint at the end of a name, as written, and the name without it
 * (`游客满意度(≥**%)`: `(≥**%)` and `游客满意度`); null when the name carries none.
 */
export function targetHintOf(name: string): { hint: string; rest: string } | null {
  const found = targetHintIn(toHalfWidth(name));
  if (!found) return null;
  // Half-width folding maps one character to one: the index carries over.
  return { hint: name.slice(found.index).trim(), rest: name.slice(0, found.index).trim() };
}

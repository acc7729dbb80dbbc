/**
 * Text from a workbook (cells, sheet names, file names) on its way to a terminal: control
 * characters and line breaks are shown, not obeyed, so a cell cannot clear the screen or
 * print a line of its own; very long texts are shortened.
 */
// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const VISIBLE: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "␛" };

/** At most this many characters of one workbook text are printed. */
const MAX_PRINTED = 200;

const asEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
const shown = (ch: string) => VISIBLE[ch] ?? asEscape(ch);

export function forTerminal(text: string, max = MAX_PRINTED): string {
  return (text.length > max ? `${text.slice(0, max)}…` : text).replace(CONTROL, shown);
}

/** What a CSV field keeps of CONTROL: tabs and line breaks (quoted), as a spreadsheet reads them. */
const KEPT_IN_CSV = "\t\n\r";

/** A CSV field's text with the control characters a terminal would obey shown, not obeyed. */
export function controlsShown(text: string): string {
  return text.replace(CONTROL, (ch) => (KEPT_IN_CSV.includes(ch) ? ch : shown(ch)));
}

/**
 * What a terminal would obey that JSON.stringify leaves as it is: DEL, C1 controls (U+009B
 * is CSI to some terminals), bidirectional overrides and isolates. JSON.stringify escapes C0
 * controls itself.
 */
const OBEYED_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as indented JSON for stdout, every character a terminal would obey escaped. Such
 * characters stand only inside strings, where `\uXXXX` reads back as the same text.
 */
export function jsonForTerminal(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(OBEYED_IN_JSON, asEscape)}\n`;
}

/** How text output is marked up: colours on a terminal, plain text anywhere else. */
export interface Style {
  error(text: string): string;
  warning(text: string): string;
  info(text: string): string;
  ok(text: string): string;
  strong(text: string): string;
  faint(text: string): string;
}

const ESC = "\u001b[";

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `${ESC}${open}m${text}${ESC}${close}m`;
}

export const PLAIN: Style = {
  error: (text) => text,
  warning: (text) => text,
  info: (text) => text,
  ok: (text) => text,
  strong: (text) => text,
  faint: (text) => text,
};

export const COLOURED: Style = {
  error: sgr(31, 39),
  warning: sgr(33, 39),
  info: sgr(36, 39),
  ok: sgr(32, 39),
  strong: sgr(1, 22),
  faint: sgr(2, 22),
};

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return Boolean(isTTY) && !env.NO_COLOR;
}

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

export function forTerminal(text: string, max = MAX_PRINTED): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return shown.replace(
    CONTROL,
    (ch) => VISIBLE[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

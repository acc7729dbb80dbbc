/**
 * Display text of cell values as SheetJS renders it (the reference the file host has
 * always used): General and the everyday formats (`0`, `0.00`, `0%`, `0.00%`, `#,##0`,
 * `#,##0.00`, `@`) are written here, exactly as SheetJS's formatter writes them; any
 * other format is handed to that formatter, loaded only when a cell needs it.
 */
import { generalWithText, withTextQuoted } from "./chinese-formats";
import { loadedSheetJS } from "./sheetjs-library";

function stripDecimal(text: string): string {
  return text.indexOf(".") === -1 ? text : text.replace(/(?:\.0*|(\.\d*[1-9])0+)$/, "$1");
}

/** General shows an exponent with two digits at least and no trailing zeros in the mantissa. */
function normalizeExponent(text: string): string {
  if (text.indexOf("E") === -1) return text;
  return text.replace(/(?:\.0*|(\.\d*[1-9])0+)[Ee]/, "$1E").replace(/(E[+-])(\d)$/, "$10$2");
}

function smallExponent(value: number): string {
  const width = value < 0 ? 12 : 11;
  let text = stripDecimal(value.toFixed(12));
  if (text.length <= width) return text;
  text = value.toPrecision(10);
  if (text.length <= width) return text;
  return value.toExponential(5);
}

function largeExponent(value: number): string {
  const text = stripDecimal(value.toFixed(11));
  return text.length > (value < 0 ? 12 : 11) || text === "0" || text === "-0"
    ? value.toPrecision(6)
    : text;
}

/** A number in the General format: at most 11 characters, as SheetJS writes it. */
export function generalNumber(value: number): string {
  if ((value | 0) === value) return value.toString(10);
  if (!isFinite(value)) return isNaN(value) ? "#NUM!" : "#DIV/0!";
  const exponent = Math.floor(Math.log(Math.abs(value)) * Math.LOG10E);
  let text: string;
  if (exponent >= -4 && exponent <= -1) text = value.toPrecision(10 + exponent);
  else if (Math.abs(exponent) <= 9) text = smallExponent(value);
  else if (exponent === 10) text = value.toFixed(10).substr(0, 12);
  else text = largeExponent(value);
  return stripDecimal(normalizeExponent(text.toUpperCase()));
}

interface PlainFormat {
  decimals: number;
  percent: boolean;
  grouped: boolean;
}

const PLAIN_FORMATS = new Map<string, PlainFormat>([
  ["0", { decimals: 0, percent: false, grouped: false }],
  ["0.00", { decimals: 2, percent: false, grouped: false }],
  ["0%", { decimals: 0, percent: true, grouped: false }],
  ["0.00%", { decimals: 2, percent: true, grouped: false }],
  ["#,##0", { decimals: 0, percent: false, grouped: true }],
  ["#,##0.00", { decimals: 2, percent: false, grouped: true }],
]);

/** Beyond this, rounding through `Math.round` would lose digits: SheetJS decides. */
const PLAIN_LIMIT = 1e15;

function groupThousands(digits: string): string {
  let out = "";
  for (let end = digits.length; end > 0; end -= 3)
    out = digits.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
  return out;
}

/** `12.345` → `12.35` as SheetJS writes `#,##0.00`: hundredths rounded apart from the whole. */
function wholeAndHundredths(magnitude: number): string {
  const hundredths = Math.round((magnitude - Math.floor(magnitude)) * 100);
  if (hundredths >= 100) return `${Math.floor(magnitude) + 1}.00`;
  return `${Math.floor(magnitude)}.${hundredths < 10 ? "0" : ""}${hundredths}`;
}

/** A plain format's text, or undefined when the value is out of its exact range. */
function plainText(format: PlainFormat, value: number): string | undefined {
  const scale = format.decimals === 0 ? 1 : 100;
  const scaled = (format.percent ? value * 100 : value) * scale;
  if (!(Math.abs(scaled) < PLAIN_LIMIT)) return undefined;
  // As SheetJS does: plain formats round halves up (towards +∞) and drop the sign of a
  // value that rounds to zero; grouped ones round the magnitude and keep the sign.
  let text: string;
  let negative: boolean;
  if (format.grouped) {
    negative = value < 0;
    text =
      format.decimals === 0
        ? String(Math.round(Math.abs(scaled)))
        : wholeAndHundredths(Math.abs(value));
  } else {
    const rounded = Math.round(scaled);
    negative = rounded < 0;
    text = (Math.abs(rounded) / scale).toFixed(format.decimals);
  }
  if (format.grouped) {
    const point = text.indexOf(".");
    const whole = point < 0 ? text : text.slice(0, point);
    text = groupThousands(whole) + (point < 0 ? "" : text.slice(point));
  }
  return (negative ? "-" : "") + text + (format.percent ? "%" : "");
}

/**
 * How a format code is rendered when the plain cases above do not apply: SheetJS's formatter,
 * or a bounded stand-in for it (`FormatBudget`). Undefined when the formatter gives up (the
 * cell then shows its value as SheetJS leaves it).
 */
export type RenderFormat = (code: string, value: number | string | boolean) => string | undefined;

/** SheetJS's formatter with its options (none, or dates counted from 1904). */
function formatter(options: { date1904?: true }): RenderFormat {
  return (code, value) => {
    // Outside the try: in the web page, a library not loaded yet is said, not taken as a refusal.
    const { format } = loadedSheetJS().SSF as { format: Format };
    try {
      return format(withTextQuoted(code), value, options);
    } catch {
      // SheetJS gives up on the format, and then shows no text.
      return undefined;
    }
  };
}

type Format = (code: string, value: number | string | boolean, options: object) => string;

/** SheetJS's formatter; undefined when it gives up on the format. */
export const libraryText = formatter({});

/**
 * For a reader that needs values only (the writer's read-back): no format is handed to the
 * formatter, so SheetJS need not be loaded. Such a cell's text is its value as it stands.
 */
export const notRendered: RenderFormat = () => undefined;

/**
 * The same for a workbook whose dates count from 1904 (`<workbookPr date1904="1"/>`, Excel
 * for Mac's default before 2011): the serial 43830 is 2024-01-01 there, 2019-12-31 else.
 */
export const libraryText1904 = formatter({ date1904: true });

/** The display text of a number in a format code ("General" for none). */
export function numberText(code: string, value: number, render = libraryText): string | undefined {
  if (code === "General" || code === "@") return generalNumber(value);
  const plain = PLAIN_FORMATS.get(code);
  if (plain) {
    const text = plainText(plain, value);
    if (text !== undefined) return text;
  }
  const general = generalWithText(code);
  // One section: a negative number's sign goes in front of the text, as Excel puts it.
  if (general)
    return (value < 0 ? "-" : "") + general.before + generalNumber(Math.abs(value)) + general.after;
  return render(code, value);
}

/** The display text of a text cell: formats without a text section show it as it is. */
function stringText(code: string, value: string, render = libraryText): string | undefined {
  if (code === "General" || value === "" || (code.indexOf("@") < 0 && code.indexOf(";") < 0))
    return value;
  return render(code, value);
}

function booleanText(code: string, value: boolean, render = libraryText): string | undefined {
  if (code === "General" || generalWithText(code)) return generalText(value);
  return render(code, value);
}

/**
 * The text a cell shows for its value in a format. Where the formatter gives up, the value's
 * own text, as SheetJS leaves it.
 */
export function formattedText(
  value: number | string | boolean,
  code: string,
  render = libraryText
): string {
  const text =
    typeof value === "number"
      ? numberText(code, value, render)
      : typeof value === "string"
        ? stringText(code, value, render)
        : booleanText(code, value, render);
  return text ?? String(value);
}

/** A value as the General format shows it. */
export function generalText(value: number | string | boolean): string {
  if (typeof value === "number") return generalNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}

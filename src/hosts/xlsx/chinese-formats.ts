/**
 * Chinese text in number formats, as Chinese Excel and WPS write it, brought to what Excel
 * shows where SheetJS's formatter would give up or drop it: bare text (`yyyy年m月d日`), and
 * General with text around it (`G/通用格式"万元"`).
 */
import { MAX_FORMAT_CODE } from "../sheet-limits";

/** Chinese Excel's word for AM/PM in a format, which SheetJS's formatter knows. */
const AM_PM = "上午/下午";

/**
 * The code with its bare Chinese text quoted (`yyyy年m月d日` → `yyyy"年"m"月"d"日"`,
 * `0.0万元` → `0.0"万元"`), as Excel shows it. Chinese Excel and WPS may write such text
 * bare; SheetJS's formatter gives up on it, and the cell then showed its bare value (a
 * date its day number, taken for a date typed as a number). Quoted text, brackets and
 * escapes stay as they are.
 */
export function withTextQuoted(code: string): string {
  if (!/[^\p{ASCII}]/u.test(code)) return code;
  let out = "";
  let run = "";
  const flush = () => {
    if (run) out += `"${run}"`;
    run = "";
  };
  for (let i = 0; i < code.length;) {
    const c = code[i];
    if (code.startsWith(AM_PM, i)) {
      flush();
      out += AM_PM;
      i += AM_PM.length;
    } else if (c === '"' || c === "[") {
      flush();
      const end = code.indexOf(c === '"' ? '"' : "]", i + 1);
      if (end < 0) return out + code.slice(i);
      out += code.slice(i, end + 1);
      i = end + 1;
    } else if (c === "\\" || c === "_" || c === "*") {
      flush();
      out += code.slice(i, i + 2);
      i += 2;
    } else if (c.charCodeAt(0) > 0x7f) {
      run += c;
      i++;
    } else {
      flush();
      out += c;
      i++;
    }
  }
  flush();
  return out;
}

/**
 * General with text around it, as Chinese Excel and WPS write it (`G/通用格式"万元"`,
 * `"≥"General"人"`, `[$-804]G/通用格式`): the text before and after the number, or
 * undefined for any other format. SheetJS's formatter gives up on `G/通用格式` and drops
 * the text around `General`; Excel shows both, and a unit written there is the target's unit.
 */
export interface GeneralWithText {
  before: string;
  after: string;
}

const GENERAL_WORDS = ["General", "G/通用格式"];
const generalShapes = new Map<string, GeneralWithText | null>();

export function generalWithText(code: string): GeneralWithText | undefined {
  if (code.length > MAX_FORMAT_CODE || !GENERAL_WORDS.some((word) => code.includes(word)))
    return undefined;
  let shape = generalShapes.get(code);
  if (shape === undefined) {
    // Formats are few in a workbook; a hostile one may hold many: the cache stays small.
    if (generalShapes.size >= 256) generalShapes.clear();
    shape = shapeOf(code);
    generalShapes.set(code, shape);
  }
  return shape ?? undefined;
}

/** One section: literal text, colours and locales, and General once; anything else is not. */
function shapeOf(code: string): GeneralWithText | null {
  let before = "";
  let after = "";
  let general = false;
  const add = (text: string) => (general ? (after += text) : (before += text));
  for (let i = 0; i < code.length;) {
    const word = GENERAL_WORDS.find((w) => code.startsWith(w, i));
    const c = code[i];
    if (word) {
      if (general) return null;
      general = true;
      i += word.length;
    } else if (c === '"') {
      const end = code.indexOf('"', i + 1);
      if (end < 0) return null;
      add(code.slice(i + 1, end));
      i = end + 1;
    } else if (c === "\\" && i + 1 < code.length) {
      add(code[i + 1]);
      i += 2;
    } else if (c === "_" && i + 1 < code.length) {
      add(" ");
      i += 2;
    } else if (c === "[") {
      const end = code.indexOf("]", i + 1);
      if (end < 0) return null;
      const tag = code.slice(i + 1, end);
      // A locale (`$-804`) or currency (`$¥-804`) shows its symbol; a colour shows nothing.
      if (tag.startsWith("$")) add(tag.slice(1).split("-")[0]);
      else if (!COLOURS.has(tag.toLowerCase())) return null;
      i = end + 1;
    } else if (c === " " || c === "(" || c === ")" || c === "-" || c === "+" || c === ":") {
      add(c);
      i++;
    } else return null;
  }
  return general ? { before, after } : null;
}

const COLOURS = new Set(
  ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"].concat([
    "黑色",
    "蓝色",
    "青色",
    "绿色",
    "洋红",
    "红色",
    "白色",
    "黄色",
  ])
);

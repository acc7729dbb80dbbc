/**
 * Number formats rendered within bounds that a hostile workbook cannot stretch. SheetJS's
 * formatter parses the format code again at every call, in time that grows with the code:
 * one of 8,000 characters took ~5 ms a cell, and a 315 KB workbook of 100,000 such cells
 * took 26 s to read. So, for one workbook:
 *   - a code longer than Excel's own limit (255 characters) is not rendered;
 *   - a code and value rendered once are not rendered again (sheets repeat their values;
 *     texts longer than a label are not kept: they seldom repeat, and a sheet may hold
 *     many of 32,767 characters);
 *   - at most MAX_RENDERS renders go to the formatter.
 * A cell whose format is not rendered shows its value as General does, and is counted, so
 * that the sheet's check can say so.
 */
import { MAX_FORMAT_CODE } from "../sheet-limits";
import { generalText, libraryText, RenderFormat } from "./number-text";

/** Renders by the formatter per workbook: a few seconds at most, even for codes of 255. */
export const MAX_RENDERS = 100_000;
/** Texts longer than this are rendered each time they come, not kept. */
const LONGEST_KEPT_TEXT = 255;

type Rendered = Map<number | string | boolean, string | undefined>;

/**
 * The text as one piece. The formatter builds a text by appending, which V8 keeps as a
 * chain of pieces: ~3 KB for a date repeated 16 times, where the text takes 400 bytes
 * (150,000 such cells took 500 MB). Turning it into a number flattens it, as V8 does it.
 */
function flat(text: string | undefined): string | undefined {
  if (text !== undefined) Number(text);
  return text;
}

export class FormatBudget {
  /** Cells of the workbook read so far whose format was not rendered. */
  unrendered = 0;
  private renders = 0;
  private readonly rendered = new Map<string, Rendered>();

  constructor(private readonly library: RenderFormat = libraryText) {}

  readonly render: RenderFormat = (code, value) => {
    if (code.length > MAX_FORMAT_CODE) return this.general(value);
    // -0 and 0 are one key of a Map, and formats may tell them apart.
    const keep =
      typeof value === "string" ? value.length <= LONGEST_KEPT_TEXT : !Object.is(value, -0);
    let known = keep ? this.rendered.get(code) : undefined;
    if (known?.has(value)) return known.get(value);
    if (this.renders >= MAX_RENDERS) return this.general(value);
    this.renders++;
    const text = flat(this.library(code, value));
    if (keep) {
      if (!known) this.rendered.set(code, (known = new Map()));
      known.set(value, text);
    }
    return text;
  };

  private general(value: number | string | boolean): string {
    this.unrendered++;
    return generalText(value);
  }
}

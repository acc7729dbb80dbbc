/**
 * Range formatting: `format` (wrap, alignment, column width), its fill, font and borders.
 * Reads over a range give the common value, or null when cells differ (as Office does).
 */
import { CellRange } from "../../domain/snapshot";
import { mapCells } from "./address";
import { FakeClientObject, FakeRequestContext, Handle } from "./context";
import { FakeOfficeError } from "./errors";
import { CellStyleData, Side, SheetModel, STYLE_DEFAULTS } from "./model";
import type { RangeTarget } from "./range";

/** Office's answer for a cell without fill: white, with the pattern `None`. */
export const NO_FILL_COLOR = "#FFFFFF";

const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const LINE_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Excel's widest column: 255 characters. */
const MAX_COLUMN_WIDTH = 255 * 7.5 + 5;

/** The common value, or null when the values differ. */
function uniform<T>(values: readonly T[]): T | null {
  return values.every((value) => value === values[0]) && values.length > 0 ? values[0] : null;
}

function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value))
    throw new FakeOfficeError("InvalidArgument", `${what}: ${String(value)}`);
  return value;
}

/** A child proxy of a range: it resolves with its range, not at its own place in the queue. */
function follow(rangeHandle: Handle<RangeTarget>): Handle<RangeTarget> {
  return new Handle(null, () => rangeHandle.get());
}

/** Changes the style of every cell of the range, when the queue reaches it. */
function restyle(
  context: FakeRequestContext,
  handle: Handle<RangeTarget>,
  update: (style: CellStyleData) => void
): void {
  context.enqueue("write", () => {
    const { sheet, range } = handle.get();
    mapCells(range, (r, c) => sheet.updateStyle(r, c, update));
  });
}

function styleValues<T>(target: RangeTarget, pick: (style: CellStyleData) => T): T[] {
  return mapCells(target.range, (r, c) => pick(target.sheet.style(r, c))).flat();
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;
  readonly borders: FakeRangeBorderCollection;

  constructor(context: FakeRequestContext, rangeHandle: Handle<RangeTarget>) {
    super(context, follow(rangeHandle), [
      "wrapText",
      "horizontalAlignment",
      "verticalAlignment",
      "columnWidth",
      "rowHeight",
    ]);
    this.fill = new FakeRangeFill(context, rangeHandle);
    this.font = new FakeRangeFont(context, rangeHandle);
    this.borders = new FakeRangeBorderCollection(context, rangeHandle);
  }

  protected readProperty(name: string): unknown {
    const target = this.handle.get();
    const { sheet, range } = target;
    switch (name) {
      case "columnWidth": {
        const widths: number[] = [];
        for (let c = range.left; c <= range.right; c++) widths.push(sheet.columnWidth(c));
        return uniform(widths);
      }
      case "rowHeight": {
        const heights: number[] = [];
        for (let r = range.top; r <= range.bottom; r++) heights.push(sheet.rowHeight(r));
        return uniform(heights);
      }
      case "wrapText":
        return uniform(styleValues(target, (s) => s.wrapText ?? STYLE_DEFAULTS.wrapText));
      case "horizontalAlignment":
        return uniform(
          styleValues(target, (s) => s.horizontalAlignment ?? STYLE_DEFAULTS.horizontalAlignment)
        );
      default:
        return uniform(
          styleValues(target, (s) => s.verticalAlignment ?? STYLE_DEFAULTS.verticalAlignment)
        );
    }
  }

  get wrapText(): boolean {
    return this.property("wrapText");
  }
  set wrapText(wrap: boolean) {
    restyle(this.context, this.handle, (style) => (style.wrapText = Boolean(wrap)));
  }
  get horizontalAlignment(): string {
    return this.property("horizontalAlignment");
  }
  set horizontalAlignment(alignment: string) {
    restyle(
      this.context,
      this.handle,
      (style) => (style.horizontalAlignment = oneOf(alignment, HORIZONTAL, "horizontalAlignment"))
    );
  }
  get verticalAlignment(): string {
    return this.property("verticalAlignment");
  }
  set verticalAlignment(alignment: string) {
    restyle(
      this.context,
      this.handle,
      (style) => (style.verticalAlignment = oneOf(alignment, VERTICAL, "verticalAlignment"))
    );
  }
  /** Points; setting it on any range sets the width of all its columns. */
  get columnWidth(): number {
    return this.property("columnWidth");
  }
  set columnWidth(width: number) {
    this.context.enqueue("write", () => {
      if (typeof width !== "number" || !(width >= 0) || width > MAX_COLUMN_WIDTH)
        throw new FakeOfficeError("InvalidArgument", `columnWidth: ${String(width)}`);
      const { sheet, range } = this.handle.get();
      for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, width);
    });
  }
  /** Points; setting it on any range sets the height of all its rows. */
  get rowHeight(): number {
    return this.property("rowHeight");
  }
  set rowHeight(height: number) {
    this.context.enqueue("write", () => {
      if (typeof height !== "number" || !(height >= 0) || height > MAX_ROW_HEIGHT)
        throw new FakeOfficeError("InvalidArgument", `rowHeight: ${String(height)}`);
      const { sheet, range } = this.handle.get();
      for (let r = range.top; r <= range.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, rangeHandle: Handle<RangeTarget>) {
    super(context, follow(rangeHandle), ["color", "pattern"]);
  }

  protected override beforeLoad(names: readonly string[]): void {
    if (names.includes("pattern")) this.context.requireApi("1.9", "RangeFill.pattern");
  }

  /** The uniform value over the range, or null when cells differ (as Office reports). */
  protected readProperty(name: string): unknown {
    const { sheet, range } = this.handle.get();
    const seen = new Set(
      mapCells(range, (r, c) => {
        const fill = sheet.fill(r, c);
        return name === "color" ? (fill ?? NO_FILL_COLOR) : fill ? "Solid" : "None";
      }).flat()
    );
    return seen.size === 1 ? [...seen][0] : null;
  }

  get color(): string {
    return this.property("color");
  }
  set color(color: string) {
    this.context.enqueue(
      "write",
      () => {
        const { sheet, range } = this.handle.get();
        mapCells(range, (r, c) => sheet.setFill(r, c, color));
      },
      color
    );
  }
  get pattern(): string {
    return this.property("pattern");
  }

  clear(): void {
    this.context.enqueue("write", () => {
      const { sheet, range } = this.handle.get();
      mapCells(range, (r, c) => sheet.setFill(r, c, null));
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, rangeHandle: Handle<RangeTarget>) {
    super(context, follow(rangeHandle), ["bold", "size"]);
  }

  protected readProperty(name: string): unknown {
    const target = this.handle.get();
    return name === "bold"
      ? uniform(styleValues(target, (s) => s.bold ?? STYLE_DEFAULTS.bold))
      : uniform(styleValues(target, (s) => s.fontSize ?? STYLE_DEFAULTS.fontSize));
  }

  get bold(): boolean {
    return this.property("bold");
  }
  set bold(bold: boolean) {
    restyle(this.context, this.handle, (style) => (style.bold = Boolean(bold)));
  }
  get size(): number {
    return this.property("size");
  }
  set size(size: number) {
    restyle(this.context, this.handle, (style) => {
      if (typeof size !== "number" || !(size >= 1 && size <= 409))
        throw new FakeOfficeError("InvalidArgument", `font size: ${String(size)}`);
      style.fontSize = size;
    });
  }
}

type BorderIndex =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

const BORDER_INDEXES: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
];

/** The cell sides a border of the range draws: inside borders are both neighbours' sides. */
function borderSides(
  range: CellRange,
  index: BorderIndex
): Array<{ row: number; col: number; side: Side }> {
  const sides: Array<{ row: number; col: number; side: Side }> = [];
  const row = (r: number, side: Side) => {
    for (let c = range.left; c <= range.right; c++) sides.push({ row: r, col: c, side });
  };
  const col = (c: number, side: Side) => {
    for (let r = range.top; r <= range.bottom; r++) sides.push({ row: r, col: c, side });
  };
  switch (index) {
    case "EdgeTop":
      row(range.top, "top");
      break;
    case "EdgeBottom":
      row(range.bottom, "bottom");
      break;
    case "EdgeLeft":
      col(range.left, "left");
      break;
    case "EdgeRight":
      col(range.right, "right");
      break;
    case "InsideHorizontal":
      for (let r = range.top; r < range.bottom; r++) {
        row(r, "bottom");
        row(r + 1, "top");
      }
      break;
    default:
      for (let c = range.left; c < range.right; c++) {
        col(c, "right");
        col(c + 1, "left");
      }
  }
  return sides;
}

export class FakeRangeBorderCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly rangeHandle: Handle<RangeTarget>
  ) {}

  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("NotModeled", `border ${index}`);
    return new FakeRangeBorder(this.context, this.rangeHandle, index as BorderIndex);
  }
}

export class FakeRangeBorder extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    rangeHandle: Handle<RangeTarget>,
    private readonly index: BorderIndex
  ) {
    super(context, follow(rangeHandle), ["style", "weight", "sideIndex"]);
  }

  protected readProperty(name: string): unknown {
    if (name === "sideIndex") return this.index;
    const { sheet, range } = this.handle.get();
    const values = borderSides(range, this.index).map(({ row, col, side }) => {
      const border = sheet.style(row, col).borders?.[side];
      return name === "style" ? (border?.style ?? "None") : (border?.weight ?? "Thin");
    });
    return values.length === 0 ? (name === "style" ? "None" : "Thin") : uniform(values);
  }

  private update(change: (sheet: SheetModel, row: number, col: number, side: Side) => void): void {
    this.context.enqueue("write", () => {
      const { sheet, range } = this.handle.get();
      for (const { row, col, side } of borderSides(range, this.index))
        change(sheet, row, col, side);
    });
  }

  get sideIndex(): string {
    return this.property("sideIndex");
  }
  get style(): string {
    return this.property("style");
  }
  set style(style: string) {
    this.update((sheet, row, col, side) => {
      const value = oneOf(style, LINE_STYLES, "border style");
      sheet.updateStyle(row, col, (cell) => {
        const borders = { ...cell.borders };
        if (value === "None") delete borders[side];
        else borders[side] = { style: value, weight: borders[side]?.weight ?? "Thin" };
        cell.borders = borders;
      });
    });
  }
  get weight(): string {
    return this.property("weight");
  }
  set weight(weight: string) {
    this.update((sheet, row, col, side) => {
      const value = oneOf(weight, WEIGHTS, "border weight");
      sheet.updateStyle(row, col, (cell) => {
        const borders = { ...cell.borders };
        borders[side] = { style: borders[side]?.style ?? "Continuous", weight: value };
        cell.borders = borders;
      });
    });
  }
}

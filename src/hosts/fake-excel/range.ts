/** Range: values and number formats, merged areas, cell properties; formats in styles.ts. */
import { CellRange, rangeToA1 } from "../../domain/snapshot";
import {
  cellKey,
  intersects,
  mapCells,
  parseLocalAddress,
  qualifiedAddress,
  quoteSheetName,
} from "./address";
import { FakeClientObject, FakeClientResult, FakeRequestContext, Handle } from "./context";
import { FakeOfficeError } from "./errors";
import {
  HyperlinkData,
  numberFormatOf,
  officeValue,
  SheetModel,
  textOf,
  valueType,
  WritableValue,
} from "./model";
import { FakeRangeFormat, NO_FILL_COLOR } from "./styles";
import { FakeDataValidation } from "./validation";

export interface RangeTarget {
  sheet: SheetModel;
  range: CellRange;
}

function writableGrid(value: unknown, range: CellRange, what: string): WritableValue[][] {
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  const scalar = (v: unknown): WritableValue => {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
      return v;
    throw new FakeOfficeError("InvalidArgument", `${what}: unsupported value ${String(v)}`);
  };
  if (!Array.isArray(value)) {
    const single = scalar(value);
    return mapCells(range, () => single);
  }
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols))
    throw new FakeOfficeError("InvalidArgument", `${what}: expected ${rows}×${cols} values`);
  return value.map((row: unknown[]) => row.map(scalar));
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private formatProxy: FakeRangeFormat | null = null;

  constructor(context: FakeRequestContext, handle: Handle<RangeTarget>) {
    super(context, handle, [
      "address",
      "values",
      "text",
      "numberFormat",
      "valueTypes",
      "formulas",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
    ]);
  }

  /** The target during a sync (for collections that accept a Range argument). */
  target(): RangeTarget {
    return this.handle.get();
  }

  protected readProperty(name: string): unknown {
    const { sheet, range } = this.handle.get();
    switch (name) {
      case "address":
        return qualifiedAddress(sheet.name, range);
      case "values":
        return sheet.mapRange(range, officeValue);
      case "text":
        return sheet.mapRange(range, textOf);
      case "numberFormat":
        return sheet.mapRange(range, numberFormatOf);
      case "valueTypes":
        return sheet.mapRange(range, valueType);
      case "formulas":
        return sheet.mapRange(range, (cell) => cell?.formula ?? officeValue(cell));
      case "rowIndex":
        return range.top;
      case "columnIndex":
        return range.left;
      case "rowCount":
        return range.bottom - range.top + 1;
      default:
        return range.right - range.left + 1;
    }
  }

  get address(): string {
    return this.property("address");
  }
  get values(): unknown[][] {
    return this.property("values");
  }
  set values(value: unknown[][]) {
    this.context.enqueue(
      "write",
      () => {
        const { sheet, range } = this.handle.get();
        const grid = writableGrid(value, range, "values");
        mapCells(range, (r, c) => sheet.writeValue(r, c, grid[r - range.top][c - range.left]));
        this.context.doc.valuesChanged(sheet, rangeToA1(range));
      },
      value
    );
  }
  get text(): string[][] {
    return this.property("text");
  }
  get numberFormat(): unknown[][] {
    return this.property("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.context.enqueue(
      "write",
      () => {
        const { sheet, range } = this.handle.get();
        const grid = writableGrid(value, range, "numberFormat");
        mapCells(range, (r, c) =>
          sheet.writeNumberFormat(r, c, String(grid[r - range.top][c - range.left]))
        );
      },
      value
    );
  }
  get valueTypes(): string[][] {
    return this.property("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.property("formulas");
  }
  get rowIndex(): number {
    return this.property("rowIndex");
  }
  get columnIndex(): number {
    return this.property("columnIndex");
  }
  get rowCount(): number {
    return this.property("rowCount");
  }
  get columnCount(): number {
    return this.property("columnCount");
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, this.handle);
    return this.formatProxy;
  }

  select(): void {
    this.context.enqueue("write", () => {
      const { sheet, range } = this.handle.get();
      sheet.selection = { ...range };
    });
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.context, this.handle);
  }

  /**
   * ExcelApi 1.7: sets the hyperlink of every cell of the range (Excel keeps one a cell);
   * an empty object removes them. The displayed text, when given, becomes the cell's value.
   */
  set hyperlink(link: HyperlinkData) {
    this.context.requireApi("1.7", "Range.hyperlink");
    this.context.enqueue(
      "write",
      () => {
        const { sheet, range } = this.handle.get();
        const empty = !link.address && !link.documentReference;
        mapCells(range, (r, c) => {
          if (empty) sheet.hyperlinks.delete(cellKey(r, c));
          else sheet.hyperlinks.set(cellKey(r, c), { ...link });
          if (!empty && link.textToDisplay !== undefined)
            sheet.writeValue(r, c, link.textToDisplay);
        });
      },
      link
    );
  }

  /** Merges the range into one cell, or each of its rows with `across`. */
  merge(across = false): void {
    this.context.enqueue("write", () => {
      const { sheet, range } = this.handle.get();
      if (!across) {
        if (range.bottom > range.top || range.right > range.left) sheet.addMerge({ ...range });
      } else
        for (let r = range.top; r <= range.bottom; r++)
          if (range.right > range.left) sheet.addMerge({ ...range, top: r, bottom: r });
    });
  }

  /** The cells this range shares with another (a range or an address on the same sheet). */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const parent = this.handle;
    return new FakeRange(
      this.context,
      new Handle(this.context, () => {
        const { sheet, range } = parent.get();
        const theirs =
          typeof other === "string" ? parseLocalAddress(other, sheet.name) : other.target().range;
        if (typeof other !== "string" && other.target().sheet !== sheet)
          throw new FakeOfficeError("InvalidArgument", "the ranges are on different sheets");
        const top = Math.max(range.top, theirs.top);
        const left = Math.max(range.left, theirs.left);
        const bottom = Math.min(range.bottom, theirs.bottom);
        const right = Math.min(range.right, theirs.right);
        return top <= bottom && left <= right
          ? { sheet, range: { top, left, bottom, right } }
          : null;
      })
    );
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    const parent = this.handle;
    return new FakeRangeAreas(
      this.context,
      new Handle(this.context, () => {
        const { sheet, range } = parent.get();
        const areas = sheet.merges.filter((m) => intersects(m, range));
        return areas.length > 0 ? { sheet, areas } : null;
      })
    );
  }

  getCellProperties(options: unknown): FakeClientResult<unknown[][]> {
    this.context.requireApi("1.9", "Range.getCellProperties");
    const wanted = cellPropertyRequest(options);
    return new FakeClientResult(this.context, () => {
      const { sheet, range } = this.handle.get();
      return mapCells(range, (r, c) => {
        const props: Record<string, unknown> = {};
        if (wanted.address)
          props.address = qualifiedAddress(sheet.name, { top: r, left: c, bottom: r, right: c });
        const fill = sheet.fill(r, c);
        if (wanted.color || wanted.pattern) {
          const fillProps: Record<string, unknown> = {};
          if (wanted.color) fillProps.color = fill ?? NO_FILL_COLOR;
          if (wanted.pattern) fillProps.pattern = fill ? "Solid" : "None";
          props.format = { fill: fillProps };
        }
        return props;
      });
    });
  }
}

interface CellPropertyRequest {
  address: boolean;
  color: boolean;
  pattern: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fake models `address` and `format.fill.{color,pattern}`; asking for more is refused. */
function cellPropertyRequest(options: unknown): CellPropertyRequest {
  const refuse = (what: string) => new FakeOfficeError("NotModeled", `getCellProperties: ${what}`);
  if (!isRecord(options)) throw refuse("options must be an object");
  const request: CellPropertyRequest = { address: false, color: false, pattern: false };
  for (const [key, value] of Object.entries(options)) {
    if (key === "address") request.address = value === true;
    else if (key === "format" && isRecord(value)) {
      for (const [formatKey, formatValue] of Object.entries(value)) {
        if (formatKey !== "fill" || !isRecord(formatValue)) throw refuse(`format.${formatKey}`);
        for (const [fillKey, fillValue] of Object.entries(formatValue)) {
          if (fillKey === "color") request.color = fillValue === true;
          else if (fillKey === "pattern") request.pattern = fillValue === true;
          else throw refuse(`format.fill.${fillKey}`);
        }
      }
    } else throw refuse(key);
  }
  return request;
}

export interface AreasTarget {
  sheet: SheetModel;
  areas: CellRange[];
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  constructor(context: FakeRequestContext, handle: Handle<AreasTarget>) {
    super(context, handle, ["address", "areaCount"]);
  }

  protected readProperty(name: string): unknown {
    const { sheet, areas } = this.handle.get();
    if (name === "areaCount") return areas.length;
    const sheetPrefix = `${quoteSheetName(sheet.name)}!`;
    return areas.map((area) => sheetPrefix + rangeToA1(area)).join(", ");
  }

  get address(): string {
    return this.property("address");
  }
  get areaCount(): number {
    return this.property("areaCount");
  }
}

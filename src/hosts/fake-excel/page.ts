/** `Worksheet.pageLayout` (ExcelApi 1.9): orientation, paper, zoom, margins, centring. */
import { FakeClientObject, FakeRequestContext, Handle } from "./context";
import { FakeOfficeError } from "./errors";
import { PageLayoutData, SheetModel } from "./model";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["A3", "A4", "A5", "B4", "B5", "Letter", "Legal"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin"] as const;
type Margin = (typeof MARGINS)[number];
/** Excel refuses margins of the page's size or more; 22 inches bounds any paper the fake takes. */
const MAX_MARGIN = 22 * 72;

function invalid(what: string, value: unknown): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `${what}: ${JSON.stringify(value)}`);
}

function fitCount(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 32767)
    throw invalid(what, value);
  return value;
}

/** Office's rules: a scale of 10–400, or pages to fit across and down (0 leaves one free). */
function zoomOf(value: unknown): PageLayoutData["zoom"] {
  if (typeof value !== "object" || value === null) throw invalid("zoom", value);
  const { scale, horizontalFitToPages, verticalFitToPages } = value as Record<string, unknown>;
  if (scale !== undefined) {
    if (typeof scale !== "number" || scale < 10 || scale > 400) throw invalid("zoom.scale", scale);
    return { scale };
  }
  const across = fitCount(horizontalFitToPages, "zoom.horizontalFitToPages");
  const down = fitCount(verticalFitToPages, "zoom.verticalFitToPages");
  if (across === undefined && down === undefined) throw invalid("zoom", value);
  return { horizontalFitToPages: across ?? 1, verticalFitToPages: down ?? 1 };
}

export class FakePageLayout extends FakeClientObject<SheetModel> {
  constructor(context: FakeRequestContext, sheetHandle: Handle<SheetModel>) {
    super(context, new Handle(null, () => sheetHandle.get()), [
      "orientation",
      "paperSize",
      "zoom",
      ...MARGINS,
      "centerHorizontally",
    ]);
  }

  protected readProperty(name: string): unknown {
    const value = this.handle.get().pageLayout[name as keyof PageLayoutData];
    return typeof value === "object" ? { ...value } : value;
  }

  private update(argument: unknown, change: (page: PageLayoutData) => void): void {
    this.context.enqueue("write", () => change(this.handle.get().pageLayout), argument);
  }

  get orientation(): string {
    return this.property("orientation");
  }
  set orientation(orientation: string) {
    this.update(orientation, (page) => {
      if (!ORIENTATIONS.includes(orientation)) throw invalid("orientation", orientation);
      page.orientation = orientation as PageLayoutData["orientation"];
    });
  }
  get paperSize(): string {
    return this.property("paperSize");
  }
  set paperSize(paperSize: string) {
    this.update(paperSize, (page) => {
      if (!PAPER_SIZES.includes(paperSize)) throw invalid("paperSize", paperSize);
      page.paperSize = paperSize;
    });
  }
  get zoom(): PageLayoutData["zoom"] {
    return this.property("zoom");
  }
  set zoom(zoom: PageLayoutData["zoom"]) {
    this.update(zoom, (page) => (page.zoom = zoomOf(zoom)));
  }
  get centerHorizontally(): boolean {
    return this.property("centerHorizontally");
  }
  set centerHorizontally(center: boolean) {
    this.update(center, (page) => (page.centerHorizontally = Boolean(center)));
  }

  private setMargin(margin: Margin, points: number): void {
    this.update(points, (page) => {
      if (typeof points !== "number" || !(points >= 0) || points > MAX_MARGIN)
        throw invalid(margin, points);
      page[margin] = points;
    });
  }
  get leftMargin(): number {
    return this.property("leftMargin");
  }
  set leftMargin(points: number) {
    this.setMargin("leftMargin", points);
  }
  get rightMargin(): number {
    return this.property("rightMargin");
  }
  set rightMargin(points: number) {
    this.setMargin("rightMargin", points);
  }
  get topMargin(): number {
    return this.property("topMargin");
  }
  set topMargin(points: number) {
    this.setMargin("topMargin", points);
  }
  get bottomMargin(): number {
    return this.property("bottomMargin");
  }
  set bottomMargin(points: number) {
    this.setMargin("bottomMargin", points);
  }
}

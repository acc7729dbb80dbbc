/**
 * Applying the domain's planned edits and layouts through Office.js, refusing rather
 * than overwriting. Round trips: 2, one read (the target cells, to refuse before
 * writing, with wrap, row height, column width and font size for `wrap` edits) and one
 * write (new sheets, formats, wrap, row heights, values, and for a layout merges, styles,
 * widths, lists and the selection). No method can be called on a sheet that does not
 * exist, so the read skips the sheets the last read did not see. Should the sheets have
 * changed behind the adapter's back, or a sheet be missing before its first read, one or
 * two more round trips follow (3 or 4 in all).
 */
import { Capabilities, HostWriteError } from "../host";
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { CellValue, rangeToA1 } from "../../domain/snapshot";
import { OfficeDeps } from "./deps";
import { recordKey } from "./records";
import { SheetDirectory, sheetLookup } from "./sheets";
import { loadWrapProbe, ReplacedWrap, WrapStep, wrapStep } from "./wrap";
import {
  CELL_PROBE,
  cellAddress,
  FoundCell,
  foundCell,
  GENERAL_FORMAT,
  layoutArea,
  MISSING_CELL,
  officeValueOf,
  queueLayout,
  queuePrintSetup,
  refusalOf,
  sameCellValue,
  standsAsIs,
  TEXT_FORMAT,
  writesText,
} from "./writes";

/** A cell formatted as text by `applyEdits`, with what it held and its format before. */
interface ReplacedFormat {
  value: CellValue;
  numberFormat: string;
}

/** An edit with its cell in plain `H12` form. */
interface EditTarget {
  edit: CellEdit;
  address: string;
  key: string;
}

function numberFormatsOf(range: Excel.Range): unknown[][] {
  return range.numberFormat;
}

/** Whether a block loaded with values and formulas (and its merged areas) is empty. */
function blockIsEmpty(range: Excel.Range, merged: Excel.RangeAreas | null): boolean {
  const formulas = range.formulas;
  return (
    (merged === null || merged.isNullObject) &&
    range.values.every((row, r) => row.every((value, c) => value === "" && formulas[r]?.[c] === ""))
  );
}

/**
 * Sets the rows' heights the wrap steps ask for, once a row: a restore as recorded, a
 * growth to the tallest any of the row's cells needs.
 */
function queueRowHeights(
  targets: readonly EditTarget[],
  steps: readonly WrapStep[],
  sheetOf: (name: string) => Excel.Worksheet
): void {
  const rows = new Map<string, { sheet: string; address: string; height: number }>();
  targets.forEach(({ edit, address }, i) => {
    const height = steps[i].rowHeight;
    if (height === null) return;
    const row = `${edit.sheet}!${cellAddress(address).row}`;
    const seen = rows.get(row);
    const restores = steps[i].record === null;
    if (!seen || restores || height > seen.height)
      rows.set(row, { sheet: edit.sheet, address, height });
  });
  for (const { sheet, address, height } of rows.values())
    sheetOf(sheet).getRange(address).format.rowHeight = height;
}

export class CellWriter {
  /** Cells `applyEdits` formatted as text, so writing their old content back restores the format. */
  private readonly replacedFormats = new Map<string, ReplacedFormat>();
  /** Cells `applyEdits` wrapped, so writing their old content back restores wrap and row height. */
  private readonly replacedWraps = new Map<string, ReplacedWrap>();

  constructor(
    private readonly deps: OfficeDeps,
    private readonly capabilities: Capabilities,
    private readonly sheets: SheetDirectory
  ) {}

  async applyEdits(edits: readonly CellEdit[]): Promise<CellEdit[]> {
    const targets: EditTarget[] = edits.map((edit) => {
      const address = cellAddress(edit.address).a1;
      return { edit, address, key: recordKey(edit.sheet, address) };
    });
    const keys = new Set(targets.map((target) => target.key));
    if (keys.size !== targets.length) throw new Error("an edit batch writes a cell twice");
    if (targets.length === 0) return [];
    const sheets = [...new Set(targets.map((target) => target.edit.sheet))];
    return this.deps.run(async (context) => {
      const { existing, result: read } = await this.sheets.readAcross(
        context,
        sheets,
        (sheetOf, exists) => {
          const probes = targets.map(({ edit, address, key }) => {
            if (!exists(edit.sheet)) return null;
            const range = sheetOf(edit.sheet).getRange(address).load(CELL_PROBE);
            const wraps = edit.wrap === true || this.replacedWraps.has(key);
            return { range, wrap: wraps ? loadWrapProbe(range) : null };
          });
          return () =>
            probes.map((probe) => ({
              cell: probe ? foundCell(probe.range) : MISSING_CELL,
              wrap: probe?.wrap ? probe.wrap() : null,
            }));
        }
      );
      const found = read.map(({ cell }) => cell);
      targets.forEach(({ edit, address }, i) => {
        const refusal = refusalOf(edit, found[i]);
        if (refusal) throw new HostWriteError(refusal, edit.sheet, address);
      });

      const added = new Map<string, Excel.Worksheet>();
      for (const sheet of sheets)
        if (!existing.has(sheet)) added.set(sheet, context.workbook.worksheets.add(sheet));
      const lookup = sheetLookup(context);
      const formats = targets.map((target, i) => this.formatFor(target, found[i]));
      const wraps = targets.map(({ edit, key }, i) =>
        wrapStep(edit, found[i].value, read[i].wrap, this.replacedWraps.get(key))
      );
      targets.forEach(({ edit, address }, i) => {
        const range = (added.get(edit.sheet) ?? lookup(edit.sheet)).getRange(address);
        const format = formats[i].numberFormat;
        if (format !== null) range.numberFormat = [[format]];
        if (wraps[i].wrapText !== null) range.format.wrapText = wraps[i].wrapText;
        range.values = [[officeValueOf(edit)]];
      });
      queueRowHeights(targets, wraps, lookup);
      await context.sync();
      for (const sheet of added.keys()) this.sheets.added(sheet);
      for (const { key, record } of formats)
        if (record === null) this.replacedFormats.delete(key);
        else if (record) this.replacedFormats.set(key, record);
      wraps.forEach(({ record }, i) => {
        if (record === null) this.replacedWraps.delete(targets[i].key);
        else if (record) this.replacedWraps.set(targets[i].key, record);
      });
      return targets.map(({ edit }, i) => ({ ...edit, previous: found[i].value }));
    });
  }

  /**
   * The number format to set before writing (null: leave it) and what to remember of the
   * cell (a record to keep, null to forget it, undefined for no change). Text gets `@`,
   * remembering the format it replaced; writing back the content the cell had before
   * (an undo) puts that format back when the content reads the same under it.
   */
  private formatFor(
    { edit, key }: EditTarget,
    found: FoundCell
  ): { key: string; numberFormat: string | null; record?: ReplacedFormat | null } {
    const replaced = this.replacedFormats.get(key);
    if (replaced && sameCellValue(replaced.value, edit.value) && standsAsIs(edit.value))
      return {
        key,
        numberFormat: replaced.numberFormat === found.numberFormat ? null : replaced.numberFormat,
        record: null,
      };
    if (writesText(edit)) {
      if (found.numberFormat === TEXT_FORMAT) return { key, numberFormat: null };
      const record = replaced ?? { value: found.value, numberFormat: found.numberFormat };
      return { key, numberFormat: TEXT_FORMAT, record };
    }
    // A number written into a text cell would stay text.
    if (typeof edit.value === "number" && found.numberFormat === TEXT_FORMAT)
      return { key, numberFormat: GENERAL_FORMAT };
    return { key, numberFormat: null };
  }

  /** ExcelApi 1.9: a sheet's page setup. */
  private readonly pageLayout = this.deps.isSetSupported("ExcelApi", "1.9");

  async applyLayout(plan: LayoutPlan): Promise<void> {
    const area = layoutArea(plan);
    const address = rangeToA1(area);
    const { mergedAreas, dataValidation } = this.capabilities;
    await this.deps.run(async (context) => {
      const { existing, result: block } = await this.sheets.readAcross(
        context,
        [plan.sheet],
        (sheetOf, exists) => {
          if (!exists(plan.sheet)) return () => null;
          const range = sheetOf(plan.sheet).getRange(address);
          range.load("values, formulas, numberFormat");
          const merged = mergedAreas ? range.getMergedAreasOrNullObject() : null;
          if (merged) merged.load("address");
          return () => ({ empty: blockIsEmpty(range, merged), formats: numberFormatsOf(range) });
        }
      );
      if (block && !block.empty) throw new HostWriteError("areaOccupied", plan.sheet, address);
      const worksheets = context.workbook.worksheets;
      const created = !existing.has(plan.sheet);
      const sheet = created ? worksheets.add(plan.sheet) : worksheets.getItem(plan.sheet);
      queueLayout(sheet, plan, area, block ? block.formats : null, dataValidation);
      if (created) queuePrintSetup(sheet, plan, area, this.pageLayout);
      await context.sync();
      this.sheets.added(plan.sheet);
    });
  }
}

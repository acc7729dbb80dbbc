/**
 * Applying the domain's planned edits and layouts through Office.js, refusing rather
 * than overwriting. Round trips: reads first (the target cells, to refuse before
 * writing, with wrap, row height, column width and font size for `wrap` edits; for a
 * layout, its block), then writes (new sheets, formats, wrap, row heights, values, and
 * for a layout merges, styles, widths, links, lists, the autofilter and the selection).
 * Each goes out in runs under the payload budget (`requests.ts`): 2 syncs for a batch
 * of ordinary size, more for big texts or long lists; nothing is written before every
 * cell was read and found as planned, and should a write request be lost part-way, the
 * cells already written are put back. No method can be called on a sheet that does not
 * exist, so the read skips the sheets the last read did not see. Should the sheets have
 * changed behind the adapter's back, or a sheet be missing before its first read, one or
 * two more round trips follow.
 */
import { Capabilities, HostWriteError } from "../host";
import { jsonBytes } from "../payload";
import { CellEdit, LayoutPlan } from "../../domain/edits";
import { CellRange, CellValue, rangeToA1 } from "../../domain/snapshot";
import { OfficeDeps } from "./deps";
import { isPayloadTooLarge } from "./errors";
import { READ_BUDGET_BYTES } from "./read";
import { recordKey } from "./records";
import { budgetRuns, COMMAND_BYTES, RequestStep, step, syncSteps } from "./requests";
import { SheetDirectory, sheetLookup } from "./sheets";
import { loadWrapProbe, ReplacedWrap, WrapProbe, WrapStep, wrapStep } from "./wrap";
import {
  CELL_PROBE,
  cellAddress,
  FoundCell,
  foundCell,
  GENERAL_FORMAT,
  layoutArea,
  layoutSteps,
  MISSING_CELL,
  officeValueOf,
  printSteps,
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
 * The rows' heights the wrap steps ask for, once a row, as request steps: a restore as
 * recorded, a growth to the tallest any of the row's cells needs.
 */
function rowHeightSteps(
  targets: readonly EditTarget[],
  steps: readonly WrapStep[],
  sheetOf: (name: string) => Excel.Worksheet
): RequestStep[] {
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
  return [...rows.values()].map(({ sheet, address, height }) =>
    step(3, () => {
      sheetOf(sheet).getRange(address).format.rowHeight = height;
    })
  );
}

/** Bytes an empty cell answers when a block is read: `""` twice and `"General"`, with commas. */
const EMPTY_CELL_BYTES = 20;

/** A cell as probed before writing: its content and format, and its wrap when asked for. */
interface ProbedCell {
  cell: FoundCell;
  wrap: WrapProbe | null;
}

/** Bytes of a cell's answer besides its text: value type, number format, JSON punctuation. */
const PROBE_CELL_BYTES = 100;

/**
 * What probing a cell costs: its look-up and loads, and in the answer its text twice (as
 * value and as formula), estimated from what the plan expects there.
 */
function probeBytes(target: EditTarget, wraps: boolean): number {
  return (
    (wraps ? 4 : 2) * COMMAND_BYTES + 2 * jsonBytes(target.edit.previous ?? "") + PROBE_CELL_BYTES
  );
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

  /**
   * Reads every target cell (in runs under the payload budget), refuses before writing
   * anything, then writes in runs under the budget: new sheets first, then each cell's
   * format, wrap and value, then the rows' heights.
   */
  async applyEdits(edits: readonly CellEdit[], putBackOnFailure = true): Promise<CellEdit[]> {
    const targets: EditTarget[] = edits.map((edit) => {
      const address = cellAddress(edit.address).a1;
      return { edit, address, key: recordKey(edit.sheet, address) };
    });
    const keys = new Set(targets.map((target) => target.key));
    if (keys.size !== targets.length) throw new Error("an edit batch writes a cell twice");
    if (targets.length === 0) return [];
    const sheets = [...new Set(targets.map((target) => target.edit.sheet))];
    return this.deps.run(async (context) => {
      const { existing, probed } = await this.probe(context, targets, sheets);
      const found = probed.map(({ cell }) => cell);
      targets.forEach(({ edit, address }, i) => {
        const refusal = refusalOf(edit, found[i]);
        if (refusal) throw new HostWriteError(refusal, edit.sheet, address);
      });

      const added = new Map<string, Excel.Worksheet>();
      const lookup = sheetLookup(context);
      const sheetOf = (name: string) => added.get(name) ?? lookup(name);
      const formats = targets.map((target, i) => this.formatFor(target, found[i]));
      const wraps = targets.map(({ edit, key }, i) =>
        wrapStep(edit, found[i].value, probed[i].wrap, this.replacedWraps.get(key))
      );
      const steps: RequestStep[] = sheets
        .filter((sheet) => !existing.has(sheet))
        .map((sheet) =>
          step(1, () => added.set(sheet, context.workbook.worksheets.add(sheet)), sheet)
        );
      targets.forEach(({ edit, address }, i) => {
        const format = formats[i].numberFormat;
        const wrapText = wraps[i].wrapText;
        const value = officeValueOf(edit);
        const commands = 2 + (format === null ? 0 : 1) + (wrapText === null ? 0 : 2);
        steps.push(
          step(commands, () => {
            const range = sheetOf(edit.sheet).getRange(address);
            if (format !== null) range.numberFormat = [[format]];
            if (wrapText !== null) range.format.wrapText = wrapText;
            range.values = [[value]];
          }, [value, format])
        );
      });
      steps.push(...rowHeightSteps(targets, wraps, sheetOf));
      /** Keeps what an undo of target `i` needs: the format and wrap it replaced. */
      const remember = (i: number) => {
        const { key } = targets[i];
        const format = formats[i].record;
        if (format === null) this.replacedFormats.delete(key);
        else if (format) this.replacedFormats.set(key, format);
        const wrap = wraps[i].record;
        if (wrap === null) this.replacedWraps.delete(key);
        else if (wrap) this.replacedWraps.set(key, wrap);
      };
      const applied = targets.map(({ edit }, i) => ({ ...edit, previous: found[i].value }));
      try {
        await syncSteps(context, steps);
      } catch (error) {
        for (const sheet of added.keys()) this.sheets.added(sheet);
        if (putBackOnFailure)
          await this.putBack(context, targets, sheets, applied, remember).catch(() => undefined);
        throw error;
      }
      for (const sheet of added.keys()) this.sheets.added(sheet);
      targets.forEach((_, i) => remember(i));
      return applied;
    });
  }

  /**
   * After a batch failed part-way (a request lost, not refused for its size): the cells it
   * reached, those holding what it wrote, get back what they held, as an undo would put
   * them back (formats and wraps included). Best effort: the caller reports the failure.
   */
  private async putBack(
    context: Excel.RequestContext,
    targets: readonly EditTarget[],
    sheets: readonly string[],
    applied: readonly CellEdit[],
    remember: (i: number) => void
  ): Promise<void> {
    const { probed } = await this.probe(context, targets, sheets);
    const undo: CellEdit[] = [];
    applied.forEach((edit, i) => {
      if (!sameCellValue(probed[i].cell.value, edit.value)) return;
      remember(i);
      const before = edit.previous;
      undo.push({
        ...edit,
        value: typeof before === "string" || typeof before === "number" ? before : null,
        asText: typeof before === "string",
        previous: edit.value,
        overwrite: true,
        wrap: false,
      });
    });
    if (undo.length > 0) await this.applyEdits(undo, false);
  }

  /**
   * Probes the target cells in runs under the payload budget (a run Excel refuses for its
   * size is halved and read again), with the sheets that exist.
   */
  private async probe(
    context: Excel.RequestContext,
    targets: readonly EditTarget[],
    sheets: readonly string[]
  ): Promise<{ existing: Set<string>; probed: ProbedCell[] }> {
    const wraps = (target: EditTarget) =>
      target.edit.wrap === true || this.replacedWraps.has(target.key);
    const pending = budgetRuns(targets, (target) => probeBytes(target, wraps(target)));
    const probed: ProbedCell[] = [];
    let existing = new Set<string>();
    while (pending.length > 0) {
      const run = pending.shift() as EditTarget[];
      try {
        const read = await this.sheets.readAcross(context, sheets, (sheetOf, exists) => {
          const probes = run.map((target) => {
            if (!exists(target.edit.sheet)) return null;
            const range = sheetOf(target.edit.sheet).getRange(target.address).load(CELL_PROBE);
            return { range, wrap: wraps(target) ? loadWrapProbe(range) : null };
          });
          return () =>
            probes.map((probe) => ({
              cell: probe ? foundCell(probe.range) : MISSING_CELL,
              wrap: probe?.wrap ? probe.wrap() : null,
            }));
        });
        existing = read.existing;
        for (const cell of read.result) probed.push(cell);
      } catch (error) {
        if (!isPayloadTooLarge(error) || run.length === 1) throw error;
        const half = Math.ceil(run.length / 2);
        pending.unshift(run.slice(0, half), run.slice(half));
      }
    }
    return { existing, probed };
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

  /** ExcelApi 1.9: a sheet's page setup and autofilter. */
  private readonly pageLayout = this.deps.isSetSupported("ExcelApi", "1.9");
  /** ExcelApi 1.7: hyperlinks and frozen rows. */
  private readonly links = this.deps.isSetSupported("ExcelApi", "1.7");

  /**
   * Reads the block (on an existing sheet) in bands of rows under the payload budget,
   * stopping at the first that is not empty, refuses an occupied block, then lays the plan
   * down in runs under the budget.
   */
  async applyLayout(plan: LayoutPlan): Promise<void> {
    const area = layoutArea(plan);
    await this.deps.run(async (context) => {
      const { created, formats } = await this.readBlock(context, plan.sheet, area);
      const worksheets = context.workbook.worksheets;
      let sheet = created ? null : worksheets.getItem(plan.sheet);
      const sheetOf = () => sheet as Excel.Worksheet;
      const features = {
        validation: this.capabilities.dataValidation,
        links: this.links,
        autoFilter: this.pageLayout,
      };
      const steps: RequestStep[] = [
        ...(created ? [step(1, () => (sheet = worksheets.add(plan.sheet)), plan.sheet)] : []),
        ...layoutSteps(sheetOf, plan, area, formats, features),
        ...(created ? printSteps(sheetOf, plan, area, this.pageLayout) : []),
      ];
      await syncSteps(context, steps);
      this.sheets.added(plan.sheet);
    });
  }

  /**
   * The block's number formats when its sheet exists and the block is empty (null when the
   * sheet is to be created); throws `areaOccupied` otherwise. An empty cell answers about
   * 20 bytes, so a band Excel refuses for its size is not empty.
   */
  private async readBlock(
    context: Excel.RequestContext,
    name: string,
    area: CellRange
  ): Promise<{ created: boolean; formats: unknown[][] | null }> {
    const { mergedAreas } = this.capabilities;
    const address = rangeToA1(area);
    const occupied = () => new HostWriteError("areaOccupied", name, address);
    const cols = area.right - area.left + 1;
    const bandRows = Math.max(1, Math.floor(READ_BUDGET_BYTES / (cols * EMPTY_CELL_BYTES)));
    const band = (top: number): CellRange => ({
      ...area,
      top,
      bottom: Math.min(area.bottom, top + bandRows - 1),
    });
    const loadBand = (sheet: Excel.Worksheet, range: CellRange) =>
      sheet.getRange(rangeToA1(range)).load("values, formulas, numberFormat");
    let first: { empty: boolean; formats: unknown[][] } | null;
    try {
      const { result } = await this.sheets.readAcross(context, [name], (sheetOf, exists) => {
        if (!exists(name)) return () => null;
        const range = loadBand(sheetOf(name), band(area.top));
        const merged = mergedAreas
          ? sheetOf(name).getRange(address).getMergedAreasOrNullObject()
          : null;
        if (merged) merged.load("address");
        return () => ({ empty: blockIsEmpty(range, merged), formats: numberFormatsOf(range) });
      });
      first = result;
    } catch (error) {
      if (isPayloadTooLarge(error)) throw occupied();
      throw error;
    }
    if (!first) return { created: true, formats: null };
    if (!first.empty) throw occupied();
    const formats = first.formats.slice();
    const sheet = context.workbook.worksheets.getItem(name);
    for (let top = area.top + bandRows; top <= area.bottom; top += bandRows) {
      const range = loadBand(sheet, band(top));
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync a band keeps each under the payload limit
        await context.sync();
      } catch (error) {
        if (isPayloadTooLarge(error)) throw occupied();
        throw error;
      }
      if (!blockIsEmpty(range, null)) throw occupied();
      for (const row of numberFormatsOf(range)) formats.push(row);
    }
    return { created: false, formats };
  }
}

/**
 * Which sheets the workbook has, as far as the adapter knows: learned from the names
 * every read loads alongside, so a write can tell a sheet to create from one to read.
 */
import { CellRange, parseRangeA1 } from "../../domain/snapshot";
import { HostMessageError, ValuesChange } from "../host";
import { OfficeDeps } from "./deps";
import { isErrorWithCode } from "./errors";

/** Worksheets by name, one proxy each within a batch. */
export function sheetLookup(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const sheets = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      sheets.set(name, sheet);
    }
    return sheet;
  };
}

export class SheetDirectory {
  /** The workbook's sheet names as of the last read that loaded them; null before the first. */
  private names: Set<string> | null = null;
  /** Sheets found missing since (by `readSheet`). */
  private readonly missing = new Set<string>();

  /** Queues a load of every sheet's name (read it with `remember` after the sync). */
  load(context: Excel.RequestContext): Excel.WorksheetCollection {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    return worksheets;
  }

  remember(worksheets: Excel.WorksheetCollection): Set<string> {
    const names = new Set(worksheets.items.map((sheet) => sheet.name));
    this.names = names;
    this.missing.clear();
    return names;
  }

  markMissing(name: string): void {
    this.missing.add(name);
  }

  /** A sheet the adapter created. */
  added(name: string): void {
    this.names?.add(name);
  }

  private believed(name: string): boolean {
    return !this.missing.has(name) && (this.names === null || this.names.has(name));
  }

  /**
   * Reads cells on sheets some of which may not exist. A method called on a missing sheet
   * fails the batch, so `queue` reads only on the sheets `exists` admits: those the last
   * read saw (all of them before any read). The names are loaded alongside; a sheet
   * deleted since fails the batch (ItemNotFound) and one created since needs its cells
   * read, so either costs another round trip. Returns the sheets that exist.
   */
  async readAcross<R>(
    context: Excel.RequestContext,
    sheets: readonly string[],
    queue: (
      sheetOf: (name: string) => Excel.Worksheet,
      exists: (name: string) => boolean
    ) => () => R
  ): Promise<{ existing: Set<string>; result: R }> {
    const MAX_TRIES = 3;
    let tries = 0;
    let believed = (name: string) => this.believed(name);
    /** Names learned in this batch, after a read failed. */
    let learned: Set<string> | null = null;
    for (;;) {
      tries++;
      const assumed = new Set(sheets.filter(believed));
      if (learned && assumed.size === 0)
        // None of the sheets exists, as just learned: there is nothing to read.
        return { existing: new Set(), result: queue(sheetLookup(context), () => false)() };
      const names = this.load(context);
      const finish = queue(sheetLookup(context), (name) => assumed.has(name));
      let known: Set<string>;
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most MAX_TRIES, normally one
        await context.sync();
        known = this.remember(names);
      } catch (error) {
        if (!isErrorWithCode(error, "ItemNotFound") || tries >= MAX_TRIES) throw error;
        // A sheet the last read saw is gone: learn the names, then read again.
        const again = this.load(context);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- see above
        await context.sync();
        known = this.remember(again);
        learned = known;
        believed = (name) => known.has(name);
        continue;
      }
      const existing = new Set(sheets.filter((name) => known.has(name)));
      if ([...existing].every((name) => assumed.has(name))) return { existing, result: finish() };
      // A sheet was created since the last read: its cells must be read too.
      if (tries >= MAX_TRIES) throw new HostMessageError("host.sheetsKeepChanging");
      believed = (name) => known.has(name);
    }
  }
}

/** How long a write of the adapter's own may take to come back as a change event. */
const ECHO_LIFETIME_MS = 5000;

function within(inner: CellRange, outer: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

/**
 * `worksheets.onChanged` (ExcelApi 1.7), told by sheet name, without the echoes of the
 * adapter's own writes: Office reports those like the user's, after the sync. Each write
 * is remembered (by sheet and area) until a change event inside it arrives, or for
 * ECHO_LIFETIME_MS, so a later edit of the same cell by the user still counts.
 */
export class ValueChangeEvents {
  private readonly echoes: { sheet: string; area: CellRange; until: number }[] = [];

  constructor(private readonly deps: OfficeDeps) {}

  /** The adapter is about to write these areas (A1 ranges) on `sheet`. */
  expectOwnWrite(sheet: string, addresses: readonly string[]): void {
    const until = Date.now() + ECHO_LIFETIME_MS;
    for (const address of addresses) {
      const area = parseRangeA1(address);
      if (area) this.echoes.push({ sheet, area, until });
    }
  }

  /** True (and forgotten) when the change is the echo of an own write. */
  private isEcho(change: ValuesChange): boolean {
    const now = Date.now();
    for (let i = this.echoes.length - 1; i >= 0; i--)
      if (this.echoes[i].until < now) this.echoes.splice(i, 1);
    const area = parseRangeA1(change.address);
    if (!area) return false;
    const at = this.echoes.findIndex(
      (echo) => echo.sheet === change.sheet && within(area, echo.area)
    );
    if (at < 0) return false;
    this.echoes.splice(at, 1);
    return true;
  }

  /** Registers a handler; each event costs one sync to learn the sheet's name from its id. */
  listen(handler: (change: ValuesChange) => void): () => void {
    const subscription = subscribe(this.deps, (registering) =>
      registering.workbook.worksheets.onChanged.add(async (args) => {
        if (!subscription.active()) return;
        // A sheet deleted since the edit has nothing left to re-check.
        const name = await this.deps
          .run(async (context) => {
            const sheet = context.workbook.worksheets.getItem(args.worksheetId);
            sheet.load("name");
            await context.sync();
            return sheet.name;
          })
          .catch(() => null);
        if (name === null) return;
        const change = { sheet: name, address: args.address };
        if (subscription.active() && !this.isEcho(change)) handler(change);
      })
    );
    return subscription.stop;
  }
}

/**
 * An Office event handler added in one sync; `stop` removes it, also when it is called
 * before the registration has come back. Handlers check `active()` so that none runs after.
 */
export function subscribe<T>(
  deps: OfficeDeps,
  add: (context: Excel.RequestContext) => OfficeExtension.EventHandlerResult<T>
): { active: () => boolean; stop: () => void } {
  let active = true;
  let registration: OfficeExtension.EventHandlerResult<T> | null = null;
  const release = (result: OfficeExtension.EventHandlerResult<T>) => {
    result.remove();
    result.context.sync().catch(() => undefined);
  };
  deps
    .run(async (context) => {
      const result = add(context);
      await context.sync();
      return result;
    })
    .then(
      (result) => {
        registration = result;
        if (!active) release(result);
      },
      () => undefined
    );
  return {
    active: () => active,
    stop: () => {
      if (!active) return;
      active = false;
      if (registration) release(registration);
    },
  };
}

/**
 * Keeping each request under the payload budget: work is cut into steps whose bytes are
 * estimated before they are queued, and the steps go out in as few syncs as the budget
 * allows. Excel on the web refuses a request over 5 MB before running any of it, so a
 * run it refuses for its size is split in two and sent again.
 */
import { jsonBytes } from "../payload";
import { isPayloadTooLarge } from "./errors";
import { READ_BUDGET_BYTES } from "./read";

/**
 * Bytes one queued command costs in a request (its action, object path and ids), taken
 * wide: the measured figure of the fake is 80.
 */
export const COMMAND_BYTES = 200;

/** The most one write request may carry (the read budget: a margin under 5 MB). */
export const WRITE_BUDGET_BYTES = READ_BUDGET_BYTES;

/** A piece of a request: `queue` queues its commands (again, should its run be refused). */
export interface RequestStep {
  bytes: number;
  queue: () => void;
}

/** A step of `commands` commands sending `argument` (a written value, measured as JSON). */
export function step(commands: number, queue: () => void, argument?: unknown): RequestStep {
  return { bytes: commands * COMMAND_BYTES + jsonBytes(argument), queue };
}

/** Splits items into runs whose estimated bytes stay within the budget (one item at least). */
export function budgetRuns<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget = WRITE_BUDGET_BYTES
): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    if (current.length > 0 && bytes + size > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Sends the steps in order, one sync per run under the budget; a run refused for its size
 * is halved and sent again (steps write absolute values, so a run Excel ran before refusing
 * its answer may run twice); a single step still refused fails the call.
 */
export async function syncSteps(
  context: Excel.RequestContext,
  steps: readonly RequestStep[]
): Promise<void> {
  const pending = budgetRuns(steps, (s) => s.bytes);
  while (pending.length > 0) {
    const run = pending.shift() as RequestStep[];
    for (const s of run) s.queue();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync a run is the point: each stays under the payload limit
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || run.length === 1) throw error;
      const half = Math.ceil(run.length / 2);
      pending.unshift(run.slice(0, half), run.slice(half));
    }
  }
}

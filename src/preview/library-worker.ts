/**
 * SheetJS's reading of a workbook, for the page, in a worker it can stop (read-worker.ts):
 * a damaged .xls or .xlsb can make SheetJS loop until memory runs out, and in the page's own
 * thread that would freeze the tab. The worker gets a time limit, as the CLI gives each file;
 * where no worker can start (a page opened from a file, a browser without workers), the
 * workbook is read in the page as before.
 */
import type { LocalizedData, MessageKey } from "../domain/messages/catalog";
import type { SheetSnapshot } from "../domain/snapshot";
import { WorkbookReadError } from "../hosts/xlsx/read-error";
import { READ_WORKER_SCRIPT } from "./read-worker-script";

/** Seconds SheetJS may take to read one workbook in the page: the CLI's limit for a file. */
export const LIBRARY_READ_SECONDS = 60;

/** What the worker says: that it started, then the sheets, a refusal or a failure. */
export type WorkerReply =
  | { ready: true }
  | { snapshots: SheetSnapshot[] }
  | { refused: { key: MessageKey; data: LocalizedData } }
  | { failed: string };

/** The part of a Worker used here, so that a test can stand in for one. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: Uint8Array, transfer: Transferable[]): void;
  terminate(): void;
}

export interface LibraryWorkerOptions {
  /** Starts the worker; throws where none can start. */
  start?: () => WorkerLike;
  seconds?: number;
}

/**
 * The sheets SheetJS reads from `bytes`, in a worker stopped after `seconds`; `inPage` reads
 * them in the page where no worker starts, or where the worker's script cannot load.
 */
export function readInLibraryWorker(
  bytes: Uint8Array,
  inPage: (bytes: Uint8Array) => SheetSnapshot[] | Promise<SheetSnapshot[]>,
  {
    start = () => new Worker(READ_WORKER_SCRIPT),
    seconds = LIBRARY_READ_SECONDS,
  }: LibraryWorkerOptions = {}
): Promise<SheetSnapshot[]> {
  let worker: WorkerLike;
  try {
    worker = start();
  } catch {
    return Promise.resolve().then(() => inPage(bytes));
  }
  return new Promise((resolve, reject) => {
    let started = false;
    const timer = setTimeout(
      () => finish(() => reject(new WorkbookReadError("read.timedOut", { seconds }))),
      seconds * 1000
    );
    function finish(settle: () => void): void {
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      worker.terminate();
      settle();
    }
    worker.onmessage = ({ data }) => {
      if ("ready" in data) started = true;
      else if ("snapshots" in data) finish(() => resolve(data.snapshots));
      else if ("refused" in data)
        finish(() => reject(new WorkbookReadError(data.refused.key, data.refused.data)));
      else finish(() => reject(new WorkbookReadError("read.corrupt", { reason: data.failed })));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      // A script that never ran (not served, blocked): the page reads it itself.
      if (!started) finish(() => resolve(Promise.resolve().then(() => inPage(bytes))));
      else finish(() => reject(new WorkbookReadError("read.stopped")));
    };
    // A copy: the page keeps its bytes (saving writes them back), the copy travels.
    const copy = bytes.slice();
    worker.postMessage(copy, [copy.buffer]);
  });
}

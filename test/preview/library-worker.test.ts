/**
 * The page's reading in a worker (src/preview/library-worker.ts), with a worker stood in for:
 * its answers become the sheets or the reader's own refusal, a worker that runs too long is
 * stopped with a message of the limit, and where no worker can start or its script never runs
 * the page reads the file itself.
 */
import { emptySnapshot, SheetSnapshot } from "../../src/domain/snapshot";
import { WorkbookReadError } from "../../src/hosts/xlsx/read";
import { readInLibraryWorker, WorkerLike, WorkerReply } from "../../src/preview/library-worker";

const SHEETS: SheetSnapshot[] = [emptySnapshot("表1")];
const IN_PAGE: SheetSnapshot[] = [emptySnapshot("在页面中读取")];
const bytes = new Uint8Array([1, 2, 3]);

/** A worker that answers as `behave` says when given the bytes. */
class StandInWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: Uint8Array | null = null;

  constructor(private readonly behave: (worker: StandInWorker) => void) {}

  postMessage(message: Uint8Array): void {
    this.received = message;
    this.behave(this);
  }

  terminate(): void {
    this.terminated = true;
  }

  say(reply: WorkerReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }

  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

function reading(behave: (worker: StandInWorker) => void, seconds = 60) {
  const worker = new StandInWorker(behave);
  const inPage = jest.fn(() => IN_PAGE);
  const result = readInLibraryWorker(bytes, inPage, { start: () => worker, seconds });
  return { worker, inPage, result };
}

it("gives the sheets the worker read, sends a copy of the bytes and stops the worker", async () => {
  const { worker, inPage, result } = reading((w) => {
    w.say({ ready: true });
    w.say({ snapshots: SHEETS });
  });
  await expect(result).resolves.toEqual(SHEETS);
  expect(worker.received).toEqual(bytes);
  expect(worker.received).not.toBe(bytes);
  expect(worker.terminated).toBe(true);
  expect(inPage).not.toHaveBeenCalled();
});

it("gives the reader's refusal as a WorkbookReadError with its message", async () => {
  const { result } = reading((w) => {
    w.say({ ready: true });
    w.say({ refused: { key: "read.encrypted", data: {} } });
  });
  await expect(result).rejects.toBeInstanceOf(WorkbookReadError);
  await expect(result).rejects.toThrow("工作簿设有打开密码（已加密），请去除密码后再检查");
});

it("calls any other failure of SheetJS's reading damage", async () => {
  const { result } = reading((w) => {
    w.say({ ready: true });
    w.say({ failed: "Invalid array length" });
  });
  await expect(result).rejects.toThrow("工作簿已损坏，无法解压：Invalid array length");
});

it("stops a worker that has not answered within the limit, and says so", async () => {
  jest.useFakeTimers();
  try {
    const { worker, result } = reading((w) => w.say({ ready: true }), 60);
    jest.advanceTimersByTime(59_999);
    expect(worker.terminated).toBe(false);
    jest.advanceTimersByTime(1);
    await expect(result).rejects.toThrow("读取工作簿超过 60 秒仍未完成，已停止");
    expect(worker.terminated).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});

it("a worker that fails after it started: stopped, with a message", async () => {
  const { worker, inPage, result } = reading((w) => {
    w.say({ ready: true });
    w.fail();
  });
  await expect(result).rejects.toThrow("读取工作簿时出错，已停止");
  expect(worker.terminated).toBe(true);
  expect(inPage).not.toHaveBeenCalled();
});

it("a worker whose script never ran (not served, blocked): the page reads the file itself", async () => {
  const { inPage, result } = reading((w) => w.fail());
  await expect(result).resolves.toEqual(IN_PAGE);
  expect(inPage).toHaveBeenCalledWith(bytes);
});

it("where no worker can start (a page opened from a file): the page reads the file itself", async () => {
  const inPage = jest.fn(() => IN_PAGE);
  const start = () => {
    throw new Error("SecurityError");
  };
  await expect(readInLibraryWorker(bytes, inPage, { start })).resolves.toEqual(IN_PAGE);
});

/**
 * Every file of a `check` or `inspect` run is read and checked in a child process, with a
 * heap limit and a time limit per file: a workbook that runs out of memory, crashes or hangs
 * costs that one file (one line saying why), never the run. Child processes rather than worker
 * threads: a fatal V8 error (a string decoded past V8's length limit aborts in `DecodeLatin1`)
 * ends the whole process even when it happens in a worker thread, and a worker's
 * `resourceLimits` leave Buffers uncounted.
 *
 * A child checks file after file until none is left; one that fails is replaced. Results come
 * back in any order; the caller puts them in order.
 */
import { ChildProcess } from "child_process";
import { tBoth } from "../domain/messages/catalog";
import { forkChecker, takeEarly } from "./checker-process";
import { ChildMessage, failedResult, FileTask, TaskMessage, TaskResult } from "./task";

export interface IsolationLimits {
  /** Per file, counted from the moment the file is handed to a child that is ready. */
  timeoutSeconds: number;
  /** Each child's JavaScript heap, in MB. */
  maxMemoryMb: number;
  /** Child processes at work at once. */
  processes: number;
}

/** Keeps the end of what a child writes to stderr: enough to tell an out-of-memory abort. */
const STDERR_KEPT = 4096;

/** setTimeout fires at once beyond this (about 24.8 days). */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

const OUT_OF_MEMORY = /heap out of memory|Reached heap limit|Allocation failed/i;

/** Why a child stopped before it answered: the time limit, the memory limit, or a crash. */
function failureReason(
  timedOut: boolean,
  stderr: string,
  how: string,
  limits: IsolationLimits
): string {
  if (timedOut) return tBoth("cli.timedOut", { seconds: limits.timeoutSeconds });
  if (OUT_OF_MEMORY.test(stderr)) return tBoth("cli.outOfMemory", { limit: limits.maxMemoryMb });
  return tBoth("cli.crashed", { how });
}

/**
 * Checks every task in child processes. `onResult` is called once per task, in the order
 * the tasks finish; the promise settles when all have been reported, or at once when
 * `signal` aborts (the remaining tasks are then not reported).
 */
export function runIsolated(
  tasks: readonly FileTask[],
  limits: IsolationLimits,
  onResult: (index: number, result: TaskResult) => void,
  signal?: AbortSignal
): Promise<void> {
  const children = new Set<ChildProcess>();
  let next = 0;
  let unreported = tasks.length;

  return new Promise<void>((resolve) => {
    const stopAll = () => {
      for (const child of children) child.kill("SIGKILL");
      children.clear();
      resolve();
    };
    if (signal?.aborted || tasks.length === 0) return stopAll();
    signal?.addEventListener("abort", stopAll, { once: true });

    const report = (index: number, result: TaskResult) => {
      if (signal?.aborted) return;
      onResult(index, result);
      if (--unreported === 0) {
        signal?.removeEventListener("abort", stopAll);
        resolve();
      }
    };

    const start = () => {
      // The child the run started before its code had loaded (checker-process.ts), if any.
      const early = takeEarly(limits.maxMemoryMb);
      const child = early?.child ?? forkChecker(limits.maxMemoryMb);
      children.add(child);
      let ready = false;
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      let stderr = "";
      let ended = false;

      const takeNext = () => {
        if (signal?.aborted || next >= tasks.length) {
          // Told to go (it ends when disconnected), and not waited for: its part is done.
          if (child.connected) child.disconnect();
          child.stderr?.destroy();
          child.unref();
          return;
        }
        const index = next++;
        current = index;
        timedOut = false;
        const message: TaskMessage = { id: index, task: tasks[index] };
        child.send(message, (error) => {
          if (error) child.kill("SIGKILL");
        });
        timer = setTimeout(
          () => {
            timedOut = true;
            child.kill("SIGKILL");
          },
          Math.min(limits.timeoutSeconds * 1000, LONGEST_TIMER_MS)
        );
      };

      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (chunk: string) => {
        stderr = (stderr + chunk).slice(-STDERR_KEPT);
      });
      child.on("message", (message: ChildMessage) => {
        if (timedOut) return; // killed already; its late answer does not count
        if ("ready" in message) {
          ready = true;
          takeNext();
        } else if (message.id === current) {
          clearTimeout(timer);
          current = undefined;
          report(message.id, message.result);
          takeNext();
        }
      });

      const onEnd = (how: string) => {
        if (ended) return;
        ended = true;
        clearTimeout(timer);
        children.delete(child);
        if (signal?.aborted) return;
        if (current !== undefined) {
          const index = current;
          current = undefined;
          report(index, failedResult(tasks[index], failureReason(timedOut, stderr, how, limits)));
        } else if (!ready) {
          // A child that cannot even start would fail for every file alike.
          const reason = tBoth("cli.workerFailed", {
            how: OUT_OF_MEMORY.test(stderr) ? `${limits.maxMemoryMb} MB` : how,
          });
          while (next < tasks.length) {
            const index = next++;
            report(index, failedResult(tasks[index], reason));
          }
        }
        if (next < tasks.length) start();
      };
      child.on("close", (code, signalName) => onEnd(signalName ?? `exit ${code}`));
      child.on("error", (error) => {
        child.kill("SIGKILL");
        onEnd(error.message.split("\n")[0]);
      });
      // What the early child said before it was taken over.
      if (early?.ended !== undefined) onEnd(early.ended);
      else if (early?.ready) {
        ready = true;
        takeNext();
      }
    };

    const count = Math.max(1, Math.min(limits.processes, tasks.length));
    for (let i = 0; i < count; i++) start();
  });
}

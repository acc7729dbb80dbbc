/** One file of a `check` or `inspect` run, as the parent process hands it to a child process. */
import { Config } from "../domain/config";
import { ProfileId } from "../domain/vocabulary";
import { InspectReport } from "./inspect";
import { FileReport } from "./report";

export interface FileTask {
  command: "check" | "inspect";
  file: string;
  profile?: ProfileId;
  config?: Config;
}

export type TaskResult =
  { command: "check"; report: FileReport } | { command: "inspect"; report: InspectReport };

/** Parent → child: check this file. */
export interface TaskMessage {
  id: number;
  task: FileTask;
}

/** Child → parent: ready for tasks, or the result of one. */
export type ChildMessage = { ready: true } | { id: number; result: TaskResult };

/** The report of a file that could not be checked, in the shape its command reports. */
export function failedResult(task: FileTask, reason: string): TaskResult {
  return task.command === "check"
    ? { command: "check", report: { file: task.file, tables: [], findings: [], error: reason } }
    : { command: "inspect", report: { file: task.file, sheets: [], error: reason } };
}

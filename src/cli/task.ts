/** One file of a `check` or `inspect` run, as the parent process hands it to a child process. */
import { Config } from "../domain/config";
import { GoalTable } from "../domain/model";
import { ProfileId } from "../domain/vocabulary";
import type { FixFileResult, FixOptions } from "./fix-file";
import { InspectReport } from "./inspect";
import { FileReport } from "./report";

export type FileTask = ReadTask | FixTask;

export interface ReadTask {
  /** `goals` reads a workbook of approved goal tables (`check --goals`) and checks nothing. */
  command: "check" | "inspect" | "goals";
  file: string;
  profile?: ProfileId;
  config?: Config;
  /** check: the approved goal tables read from the `--goals` workbooks. */
  approvedGoals?: GoalTable[];
  /** check: hidden sheets are checked too. */
  includeHidden?: boolean;
}

/** One workbook of several that `perfgoal fix` fixes. */
export interface FixTask {
  command: "fix";
  file: string;
  /** Where the workbook goes (none in a dry run without one). */
  out: string | null;
  options: FixOptions;
}

/** The goal tables of one `--goals` workbook, or why it could not be read. */
export interface GoalsReport {
  file: string;
  tables: GoalTable[];
  error?: string;
}

export type TaskResult =
  | { command: "check"; report: FileReport }
  | { command: "inspect"; report: InspectReport }
  | { command: "goals"; report: GoalsReport }
  | { command: "fix"; report: FixFileResult };

/** Parent → child: check this file. */
export interface TaskMessage {
  id: number;
  task: FileTask;
}

/** Child → parent: ready for tasks, or the result of one. */
export type ChildMessage = { ready: true } | { id: number; result: TaskResult };

/** The report of a file that could not be checked, in the shape its command reports. */
export function failedResult(task: FileTask, reason: string): TaskResult {
  switch (task.command) {
    case "check":
      return {
        command: "check",
        report: { file: task.file, tables: [], findings: [], error: reason },
      };
    case "inspect":
      return { command: "inspect", report: { file: task.file, sheets: [], error: reason } };
    case "goals":
      return { command: "goals", report: { file: task.file, tables: [], error: reason } };
    case "fix":
      return {
        command: "fix",
        report: {
          input: task.file,
          out: task.out,
          written: false,
          edits: [],
          hiddenSheets: [],
          error: reason,
        },
      };
  }
}

/**
 * The child process that reads and checks files for a `check` or `inspect` run, one at a
 * time, as the parent sends them (see isolation.ts). Whatever a workbook does to memory or
 * time, only this process pays for it.
 */
import { readFileSync } from "fs";
import { basename } from "path";
import { checkWorkbook } from "../domain/check";
import { inspectWorkbook } from "../domain/inspect";
import { recognizeSheet } from "../domain/recognize";
import { asApprovedGoals } from "../domain/rules/approved-goals";
import { withTextCaches } from "../domain/text";
import { readWorkbookSnapshots, WorkbookReadError } from "../hosts/xlsx/read";
import { isRegularFile, readFailure } from "./files";
import type * as FixFile from "./fix-file";
import { fileReport } from "./report";
import { ChildMessage, failedResult, FileTask, TaskMessage, TaskResult } from "./task";

/** The file's bytes; a pipe or device named on the command line is refused, not waited on. */
function readWorkbookFile(file: string): Uint8Array {
  if (!isRegularFile(file)) throw new WorkbookReadError("read.notRegular");
  return readFileSync(file);
}

export function performTask(task: FileTask): TaskResult {
  try {
    if (task.command === "fix") {
      // Loaded for a fix only: the writer stays out of the checking process's bundle, which
      // every check loads (webpack.checker.config.js keeps it external).
      const { fixFile } = require("./fix-file") as typeof FixFile;
      return { command: "fix", report: fixFile(task.options, task.file, task.out) };
    }
    const snapshots = readWorkbookSnapshots(readWorkbookFile(task.file));
    if (task.command === "inspect") {
      const sheets = inspectWorkbook(snapshots, { profile: task.profile });
      return { command: "inspect", report: { file: task.file, sheets } };
    }
    if (task.command === "goals") {
      const tables = withTextCaches(() =>
        snapshots.flatMap((snapshot) => recognizeSheet(snapshot, { profile: task.profile }).tables)
      );
      return {
        command: "goals",
        report: { file: task.file, tables: asApprovedGoals(tables, basename(task.file)) },
      };
    }
    const result = checkWorkbook(snapshots, {
      profile: task.profile,
      config: task.config,
      approvedGoals: task.approvedGoals,
      includeHidden: task.includeHidden,
    });
    return { command: "check", report: fileReport(task.file, result) };
  } catch (error) {
    return failedResult(task, readFailure(error));
  }
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

if (process.send) {
  process.on("message", ({ id, task }: TaskMessage) => send({ id, result: performTask(task) }));
  // The parent going away (its run ended or was stopped) ends this process too.
  process.on("disconnect", () => process.exit(0));
  send({ ready: true });
}

/**
 * One workbook of `perfgoal fix`: its fixes planned, refused or written. The CLI runs it itself
 * for one workbook, and in a checking process for each of several (isolation.ts), so that one
 * file cannot take down the run.
 */
import { resolve } from "path";
import { CellEdit } from "../domain/edits";
import { FixPlan, planFixes } from "../domain/fixes";
import { tBoth } from "../domain/messages/catalog";
import { CellValue } from "../domain/snapshot";
import { ProfileId } from "../domain/vocabulary";
import { applyEditsToWorkbook, previewWrite, workbookFormat } from "../hosts/xlsx/patch";
import { CommandUsageError } from "./author-args";
import { aboutFile, checkExtension, readInput, snapshotsOf } from "./author";
import { fixUsage } from "./fix-args";
import { checkOutputPath, writeOutputFile } from "./safe-write";

/** What a fix of one workbook needs from the command line. */
export interface FixOptions {
  dryRun: boolean;
  profile?: ProfileId;
  /** Only these rules' fixes; every rule's when absent. */
  rules?: string[];
}

export interface FixFileResult {
  input: string;
  out: string | null;
  written: boolean;
  edits: Array<{
    sheet: string;
    address: string;
    previous: CellValue;
    value: CellEdit["value"];
    rules: string[];
  }>;
  hiddenSheets: Array<{ sheet: string; state: string; cells: number }>;
  error?: string;
}

/** The rules whose fixes wrote each cell. */
function rulesByCell(plan: FixPlan): Map<string, string[]> {
  const byCell = new Map<string, string[]>();
  for (const finding of plan.fixed) {
    for (const edit of finding.fix?.edits ?? []) {
      const cell = `${edit.sheet}!${edit.address}`;
      const rules = byCell.get(cell) ?? [];
      if (!rules.includes(finding.ruleId)) rules.push(finding.ruleId);
      byCell.set(cell, rules);
    }
  }
  return byCell;
}

/** Plans, refuses or writes one workbook; throws OutputError (one line) when it cannot. */
export function fixFile(options: FixOptions, input: string, out: string | null): FixFileResult {
  const writing = out !== null && !options.dryRun;
  checkNotSameFile(input, out);
  if (writing) checkOutputPath(out);
  const { bytes } = readInput(input);
  // Refuses .xls, .xlsb and encrypted workbooks, and a mismatched extension, before planning.
  const kind = aboutFile(input, () => workbookFormat(bytes));
  if (out !== null) checkExtension(out, kind);
  const plan = planFixes(snapshotsOf(input, bytes), {
    profile: options.profile,
    ruleIds: options.rules,
  });
  // Locked cells of a protected sheet refuse the whole file here, before anything is written.
  const preview = aboutFile(input, () => previewWrite(bytes, plan.edits));
  const rules = rulesByCell(plan);
  const result: FixFileResult = {
    input,
    out,
    written: false,
    edits: plan.edits.map((edit) => ({
      sheet: edit.sheet,
      address: edit.address,
      previous: edit.previous,
      value: edit.value,
      rules: rules.get(`${edit.sheet}!${edit.address}`) ?? [],
    })),
    hiddenSheets: preview.hiddenSheets,
  };
  if (writing && plan.edits.length > 0) {
    writeOutputFile(out, applyEditsToWorkbook(bytes, plan.edits));
    result.written = true;
  }
  return result;
}

/** The input named as the output: a usage error, before anything is read. */
export function checkNotSameFile(input: string, out: string | null): void {
  if (out !== null && resolve(out) === resolve(input))
    throw new CommandUsageError(tBoth("cli.sameFile"), fixUsage());
}

/** `perfgoal template` and `perfgoal fill`: the domain's plans written to .xlsx files. */
import { existsSync, readFileSync, renameSync, writeFileSync } from "fs";
import { resolve } from "path";
import { phraseLibrary, planBoilerplate } from "../domain/boilerplate";
import { t, tBoth } from "../domain/messages/catalog";
import { rangeToA1 } from "../domain/snapshot";
import { planTemplate } from "../domain/template";
import { createWorkbook } from "../hosts/xlsx/create";
import { applyEditsToWorkbook } from "../hosts/xlsx/patch";
import { readWorkbookSnapshots } from "../hosts/xlsx/read";
import { AuthorCommand } from "./author-args";
import { UsageError } from "./args";

export interface AuthorOutput {
  stdout(text: string): void;
}

/** Writes next to the target first, so an interrupted write never leaves half a workbook. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.perfgoal-${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

function runTemplate(
  command: Extract<AuthorCommand, { kind: "template" }>,
  out: AuthorOutput
): number {
  const exists = existsSync(command.out);
  if (exists && !command.sheet)
    throw new UsageError(tBoth("cli.sheetNeeded", { out: command.out }));
  const sheet = command.sheet ?? "绩效目标表";
  const plan = planTemplate(command.profile, {
    sheet,
    projectName: command.projectName,
    fundsTotal: command.fundsTotal,
    fundsFiscal: command.fundsFiscal,
    fundsOther: command.fundsOther,
  });
  if (exists) {
    const bytes = new Uint8Array(readFileSync(command.out));
    if (readWorkbookSnapshots(bytes).some((s) => s.sheetName === sheet))
      throw new UsageError(tBoth("cli.sheetExists", { sheet }));
    writeAtomically(command.out, applyEditsToWorkbook(bytes, [], { newSheets: [plan] }));
  } else {
    writeAtomically(command.out, createWorkbook([plan]));
  }
  const range = rangeToA1({ top: 0, left: 0, bottom: plan.rows - 1, right: plan.cols - 1 });
  out.stdout(
    `${t("cli.templateWritten", { profile: command.profile, out: command.out, sheet, range })}\n`
  );
  for (const notice of plan.notices ?? []) out.stdout(`${t(notice.key, notice.data)}\n`);
  return 0;
}

function loadPhrases(path: string | undefined) {
  if (!path) return phraseLibrary(undefined);
  try {
    return phraseLibrary(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new UsageError(
      tBoth("cli.badPhrases", { file: path, reason: (error as Error).message.split("\n")[0] })
    );
  }
}

function runFill(command: Extract<AuthorCommand, { kind: "fill" }>, out: AuthorOutput): number {
  if (command.out && resolve(command.out) === resolve(command.input))
    throw new UsageError(tBoth("cli.sameFile"));
  if (command.out && !command.dryRun && existsSync(command.out))
    throw new UsageError(tBoth("cli.outExists", { out: command.out }));
  const bytes = new Uint8Array(readFileSync(command.input));
  const snapshots = readWorkbookSnapshots(bytes);
  const plan = planBoilerplate(snapshots, {
    library: loadPhrases(command.phrasesPath),
    replaceRepeats: command.replaceRepeats,
    explanationAnyway: command.explainAnyway,
    profile: command.profile,
  });
  for (const note of plan.notes) out.stdout(`${note.message}\n`);
  for (const edit of plan.edits) {
    out.stdout(
      `${t("cli.fillLine", { cell: `${edit.sheet}!${edit.address}`, text: String(edit.value) })}\n`
    );
  }
  if (command.dryRun || !command.out) {
    out.stdout(`${t("cli.dryRun", { count: plan.edits.length })}\n`);
    return 0;
  }
  const inPlace = plan.edits.filter((edit) => !plan.newSheets.includes(edit.sheet));
  writeAtomically(command.out, applyEditsToWorkbook(bytes, inPlace, { newSheets: plan.layouts }));
  out.stdout(`${t("cli.filled", { count: plan.edits.length, out: command.out })}\n`);
  return 0;
}

export function runAuthor(command: AuthorCommand, out: AuthorOutput): number {
  return command.kind === "template" ? runTemplate(command, out) : runFill(command, out);
}

/** `perfgoal template` and `perfgoal fill`: the domain's plans written to .xlsx files. */
import { lstatSync, readFileSync, Stats, statSync } from "fs";
import { extname, resolve } from "path";
import { phraseLibrary, planBoilerplate, TableNote } from "../domain/boilerplate";
import { ScoreDifference } from "../domain/scoring/fill";
import { MessageKey, t, tBoth } from "../domain/messages/catalog";
import { rangeToA1, SheetSnapshot } from "../domain/snapshot";
import { planTemplate } from "../domain/template";
import { planSelfEvaluationTemplate } from "../domain/template/self-evaluation";
import { CellEdit, LayoutPlan } from "../domain/edits";
import { filledIndicators, GoalTable, projectNameOf } from "../domain/model";
import { recognizeSheet } from "../domain/recognize";
import { projectKey } from "../domain/rules/approved-goals";
import { withTextCaches } from "../domain/text";
import { PROFILE_CHOICES, ProfileId } from "../domain/vocabulary";
import { createWorkbook } from "../hosts/xlsx/create";
import {
  applyEditsToWorkbook,
  previewWrite,
  workbookFormat,
  WorkbookKind,
  WorkbookWriteError,
  WritePreview,
} from "../hosts/xlsx/patch";
import { readWorkbookSnapshots, WorkbookReadError } from "../hosts/xlsx/read";
import { AuthorCommand, authorUsage, CommandUsageError } from "./author-args";
import { checkOutputPath, OutputError, writeOutputFile } from "./safe-write";
import { loadConfig } from "./config-file";
import { forTerminal, jsonForTerminal } from "./terminal";

export interface AuthorOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A message whose `part` is itself a message, each language with its own. */
function withPart(
  key: MessageKey,
  data: Record<string, string>,
  part: string,
  partKey: MessageKey
): string {
  const zh = t(key, { ...data, [part]: t(partKey) });
  return `${zh} / ${t(key, { ...data, [part]: t(partKey, {}, "en") }, "en")}`;
}

/** Excel opens a file only when its extension matches the workbook's content type. */
export function checkExtension(out: string, kind: WorkbookKind): void {
  const expected = `.${kind}`;
  if (extname(out).toLowerCase() === expected) return;
  const data = { out: forTerminal(out), expected };
  throw new OutputError(
    withPart("write.wrongExtension", data, "kind", `write.kind.${kind}` as MessageKey)
  );
}

/** The file's bytes, or one line that names it and says why it cannot be read. */
export function readInput(path: string): { bytes: Uint8Array; stat: Stats } {
  const unreadable = (key: MessageKey) =>
    new OutputError(withPart("cli.unreadable", { file: forTerminal(path) }, "reason", key));
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    throw unreadable("read.missingFile");
  }
  if (stat.isDirectory()) throw unreadable("read.isDirectory");
  // A pipe or device would be waited on, not read.
  if (!stat.isFile()) throw unreadable("read.notRegular");
  try {
    return { bytes: new Uint8Array(readFileSync(path)), stat };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new OutputError(tBoth("cli.unreadable", { file: forTerminal(path), reason }));
  }
}

/** The writer's refusal of a whole workbook, with the file it is about. */
export function aboutFile<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof WorkbookWriteError)) throw error;
    const shown = forTerminal(file);
    throw new OutputError(
      `${t("cli.aboutFile", { file: shown, reason: error.zh })} / ` +
        t("cli.aboutFile", { file: shown, reason: error.en }, "en")
    );
  }
}

/** The workbook's sheets, or one line that names the file and says why they cannot be read. */
export function snapshotsOf(file: string, bytes: Uint8Array): SheetSnapshot[] {
  try {
    return readWorkbookSnapshots(bytes);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    const data = { file: forTerminal(file) };
    throw new OutputError(
      `${t("cli.unreadable", { ...data, reason: error.zh })} / ` +
        t("cli.unreadable", { ...data, reason: error.en }, "en")
    );
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The goal table of `--from` to prefill a self-evaluation from: the project named, else the first. */
function approvedTableFrom(
  file: string,
  projectName: string | undefined
): { table: GoalTable; note?: string } {
  const { bytes } = readInput(file);
  const snapshots = snapshotsOf(file, bytes);
  const tables = withTextCaches(() =>
    snapshots.flatMap((snapshot) => recognizeSheet(snapshot).tables)
  ).filter((table) => table.form !== "selfEvaluation" && filledIndicators(table).length > 0);
  const shown = forTerminal(file);
  if (tables.length === 0) throw new OutputError(tBoth("cli.fromNoGoalTable", { file: shown }));
  // Names from the workbook are listed in messages: shown, never obeyed by the terminal.
  const nameOf = (table: GoalTable) => forTerminal(projectNameOf(table) || t("cli.unnamed"));
  if (projectName !== undefined) {
    const key = projectKey(projectName);
    const table = tables.find((candidate) => projectKey(projectNameOf(candidate)) === key);
    if (table) return { table };
    const data = { file: shown, name: forTerminal(projectName), names: "" };
    throw new OutputError(
      `${t("cli.fromNoProject", { ...data, names: tables.map(nameOf).join("、") })} / ` +
        t("cli.fromNoProject", { ...data, names: tables.map(nameOf).join(", ") }, "en")
    );
  }
  const [table] = tables;
  if (tables.length === 1) return { table };
  const note = t("cli.fromChosen", {
    file: shown,
    count: tables.length,
    sheet: forTerminal(table.sheet),
    range: table.rangeA1,
    name: nameOf(table),
  });
  return { table, note };
}

/** The new table's plan, its profile, and what to tell the user about it. */
function templatePlan(
  command: Extract<AuthorCommand, { kind: "template" }>,
  sheet: string
): { plan: LayoutPlan; profile: ProfileId; notes: string[] } {
  const amounts = {
    fundsTotal: command.fundsTotal,
    fundsFiscal: command.fundsFiscal,
    fundsOther: command.fundsOther,
  };
  const approved = command.from ? approvedTableFrom(command.from, command.projectName) : undefined;
  const profile = command.profile ?? approved?.table.profile;
  if (!profile)
    throw new CommandUsageError(
      tBoth("cli.profileRequired", { choices: PROFILE_CHOICES }),
      authorUsage("template")
    );
  const plan =
    command.form === "selfEvaluation"
      ? planSelfEvaluationTemplate(profile, {
          sheet,
          // Prefilled, the table takes the approved table's own name (--name only chose it).
          projectName: approved ? undefined : command.projectName,
          approved: approved?.table,
          ...amounts,
        })
      : planTemplate(profile, { sheet, projectName: command.projectName, ...amounts });
  const notices = (plan.notices ?? []).map((notice) => t(notice.key, notice.data));
  return { plan, profile, notes: approved?.note ? [approved.note, ...notices] : notices };
}

function runTemplate(
  command: Extract<AuthorCommand, { kind: "template" }>,
  out: AuthorOutput
): number {
  const addingSheet = exists(command.out);
  if (addingSheet && !command.sheet)
    throw new CommandUsageError(
      tBoth("cli.sheetNeeded", { out: forTerminal(command.out) }),
      authorUsage("template")
    );
  checkOutputPath(command.out, addingSheet);
  if (!addingSheet) checkExtension(command.out, "xlsx");
  const sheet = command.sheet ?? (command.form === "selfEvaluation" ? "绩效自评表" : "绩效目标表");
  const { plan, profile, notes } = templatePlan(command, sheet);
  if (addingSheet) {
    const { bytes, stat } = readInput(command.out);
    // Refuses a sheet name taken (in any case), a protected structure, an .xls or .xlsb.
    const { kind } = aboutFile(command.out, () => previewWrite(bytes, [], { newSheets: [plan] }));
    checkExtension(command.out, kind);
    const written = applyEditsToWorkbook(bytes, [], { newSheets: [plan] });
    writeOutputFile(command.out, written, { replacing: stat });
  } else {
    writeOutputFile(command.out, createWorkbook([plan]));
  }
  const range = rangeToA1({ top: 0, left: 0, bottom: plan.rows - 1, right: plan.cols - 1 });
  const key =
    command.form === "selfEvaluation" ? "cli.selfEvaluationWritten" : "cli.templateWritten";
  out.stdout(
    `${t(key, { profile, out: forTerminal(command.out), sheet: forTerminal(sheet), range })}\n`
  );
  for (const note of notes) out.stdout(`${note}\n`);
  return 0;
}

function loadPhrases(path: string | undefined) {
  if (!path) return phraseLibrary(undefined);
  try {
    return phraseLibrary(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    throw new OutputError(
      tBoth("cli.badPhrases", {
        file: forTerminal(path),
        reason: (error as Error).message.split("\n")[0],
      })
    );
  }
}

/** Lines telling the user that cells go to sheets Excel does not show. */
function hiddenSheetNotes(preview: WritePreview): string[] {
  return preview.hiddenSheets.map(({ sheet, state, cells }) =>
    t(state === "veryHidden" ? "cli.veryHiddenSheet" : "cli.hiddenSheet", {
      sheet: forTerminal(sheet),
      count: cells,
    })
  );
}

function fillJson(
  command: Extract<AuthorCommand, { kind: "fill" }>,
  edits: CellEdit[],
  newSheets: string[],
  notes: TableNote[],
  scoreDifferences: ScoreDifference[],
  preview: WritePreview,
  written: boolean
): string {
  const report = {
    input: command.input,
    out: command.out ?? null,
    dryRun: command.dryRun,
    written,
    edits: edits.map((edit) => ({
      sheet: edit.sheet,
      address: edit.address,
      previous: edit.previous,
      value: edit.value,
    })),
    newSheets,
    // Tables whose 情况说明 was held back (or written anyway), with the reason.
    tables: notes.map((note) => ({
      sheet: note.sheet,
      table: note.index,
      reason: note.reason,
      written: note.written,
      message: note.message,
    })),
    // Self-evaluations: written values that differ from the computed scores.
    scores: scoreDifferences.map((difference) => ({
      sheet: difference.sheet,
      address: difference.address,
      kind: difference.kind,
      written: difference.written,
      computed: difference.computed,
      replaced: difference.replaced,
    })),
    hiddenSheets: preview.hiddenSheets,
  };
  return jsonForTerminal(report);
}

async function runFill(
  command: Extract<AuthorCommand, { kind: "fill" }>,
  out: AuthorOutput
): Promise<number> {
  // Everything that can be known about the paths is checked before any work is done.
  if (command.out && resolve(command.out) === resolve(command.input))
    throw new CommandUsageError(tBoth("cli.sameFile"), authorUsage("fill"));
  const writing = command.out !== undefined && !command.dryRun;
  if (writing) checkOutputPath(command.out as string);
  const { bytes } = readInput(command.input);
  // Refuses .xls, .xlsb and encrypted workbooks, and a mismatched extension, before planning.
  const kind = aboutFile(command.input, () => workbookFormat(bytes));
  if (command.out) checkExtension(command.out, kind);
  const library = loadPhrases(command.phrasesPath);
  const config = command.configPath ? await loadConfig(command.configPath) : undefined;

  const plan = planBoilerplate(snapshotsOf(command.input, bytes), {
    library,
    replaceRepeats: command.replaceRepeats,
    replaceScores: command.replaceScores,
    explanationAnyway: command.explainAnyway,
    profile: command.profile ?? config?.profile,
    scoring: config?.scoring,
  });
  const inPlace = plan.edits.filter((edit) => !plan.newSheets.includes(edit.sheet));
  const newSheets = plan.layouts;
  // Locked cells of a protected sheet, or a protected structure, refuse the whole fill here.
  const preview = previewWrite(bytes, inPlace, { newSheets });

  if (command.format === "text") {
    for (const note of plan.notes) out.stdout(`${forTerminal(note.message)}\n`);
    for (const difference of plan.scoreDifferences)
      out.stdout(`${forTerminal(difference.message)}\n`);
    for (const edit of plan.edits) {
      const cell = forTerminal(`${edit.sheet}!${edit.address}`);
      out.stdout(`${t("cli.fillLine", { cell, text: forTerminal(String(edit.value)) })}\n`);
    }
    for (const note of hiddenSheetNotes(preview)) out.stdout(`${note}\n`);
  }
  const json = (written: boolean) =>
    fillJson(
      command,
      plan.edits,
      plan.newSheets,
      plan.notes,
      plan.scoreDifferences,
      preview,
      written
    );
  if (!writing) {
    out.stdout(
      command.format === "json" ? json(false) : `${t("cli.dryRun", { count: plan.edits.length })}\n`
    );
    return 0;
  }
  const target = command.out as string;
  if (plan.edits.length === 0) {
    if (command.format === "json") out.stdout(json(false));
    out.stderr(`perfgoal: ${tBoth("cli.nothingToWrite", { out: forTerminal(target) })}\n`);
    return 2;
  }
  writeOutputFile(target, applyEditsToWorkbook(bytes, inPlace, { newSheets }));
  out.stdout(
    command.format === "json"
      ? json(true)
      : `${t("cli.filled", { count: plan.edits.length, out: forTerminal(target) })}\n`
  );
  return 0;
}

export async function runAuthor(command: AuthorCommand, out: AuthorOutput): Promise<number> {
  return command.kind === "template" ? runTemplate(command, out) : runFill(command, out);
}

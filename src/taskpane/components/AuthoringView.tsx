import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { PROFILE_IDS, ProfileId } from "../../domain/vocabulary";
import { AuthoringController, failureText, PreviewItem, TemplateForm } from "../state/authoring";
import { Translate } from "../i18n";
import { StatusArea } from "./StatusArea";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", paddingBottom: "12px" },
  row: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: "none", margin: 0, padding: 0, maxHeight: "320px", overflowY: "auto" },
  item: {
    display: "flex",
    gap: "4px",
    alignItems: "flex-start",
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  address: { fontFamily: tokens.fontFamilyMonospace, minWidth: "64px", paddingTop: "6px" },
  notes: { margin: 0, paddingLeft: "16px", color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** A link under a status that selects the cell the action wrote, activating its sheet. */
function GoToLink(props: {
  controller: AuthoringController;
  text: Translate;
  sheet: string;
  address: string;
}) {
  const { controller, text, sheet, address } = props;
  return (
    <Link
      as="button"
      data-goto={`${sheet}!${address}`}
      onClick={() => void controller.goTo(sheet, address)}
    >
      {text("author.goToSheet", { sheet, address })}
    </Link>
  );
}

/** One cell of the preview: its tick box, its address, and what it would write. */
/** The rows of one list of the preview, each with its position in the whole plan. */
function PreviewRows(props: {
  controller: AuthoringController;
  text: Translate;
  rows: ReadonlyArray<{ item: PreviewItem; index: number }>;
}) {
  const { controller, text, rows } = props;
  return (
    <>
      {rows.map(({ item, index }) => (
        <PreviewRow
          key={`${item.edit.sheet}!${item.edit.address}`}
          controller={controller}
          text={text}
          item={item}
          index={index}
        />
      ))}
    </>
  );
}

function PreviewRow(props: {
  controller: AuthoringController;
  text: Translate;
  item: PreviewItem;
  index: number;
}) {
  const { controller, text, item, index } = props;
  const styles = useStyles();
  const { edit, score } = item;
  return (
    <li
      className={styles.item}
      data-preview={edit.address}
      {...(score && { "data-score": score.kind })}
    >
      <Checkbox
        checked={item.selected}
        onChange={() => controller.toggleItem(index)}
        aria-label={`${edit.sheet}!${edit.address}`}
      />
      <span className={styles.address}>
        {edit.sheet}!{edit.address}
      </span>
      <Caption1>
        {score
          ? text("author.scoreChange", {
              what: text(`fill.scoreKind.${score.kind}`),
              written: score.written,
              computed: score.computed,
            })
          : String(edit.value)}
        {!score && edit.overwrite ? ` ${text("author.overwrites")}` : ""}
      </Caption1>
    </li>
  );
}

function amount(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(value) ? value : undefined;
}

export function AuthoringView({
  controller,
  text,
}: {
  controller: AuthoringController;
  text: Translate;
}) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const [form, setForm] = React.useState<TemplateForm>("project");
  const [profile, setProfile] = React.useState<ProfileId>("mof-2015");
  // The goal table to prefill from: the first found until the user picks one ("" for none).
  const [approvedKey, setApprovedKey] = React.useState<string | undefined>(undefined);
  const [projectName, setProjectName] = React.useState("");
  const [fundsTotal, setFundsTotal] = React.useState("");
  const [fundsFiscal, setFundsFiscal] = React.useState("");
  const [fundsOther, setFundsOther] = React.useState("");
  const selected = state.preview?.filter((item) => item.selected).length ?? 0;
  const selfEvaluation = form === "selfEvaluation";
  const goalTables = state.goalTables ?? [];
  const approved = selfEvaluation
    ? approvedKey === undefined
      ? goalTables[0]
      : goalTables.find((table) => table.key === approvedKey)
    : undefined;
  const chooseForm = (chosen: TemplateForm) => {
    setForm(chosen);
    // The workbook may have changed since: look again each time.
    if (chosen === "selfEvaluation") void controller.findGoalTables();
  };
  const fills = (state.preview ?? []).map((item, index) => ({ item, index }));
  const scores = fills.filter(({ item }) => item.score);
  const cells = fills.filter(({ item }) => !item.score);

  return (
    <div>
      <section className={styles.section} aria-labelledby="insert-title">
        <Subtitle2 id="insert-title">{text("author.insertTitle")}</Subtitle2>
        <Caption1 className={styles.hint}>{text("author.insertHint")}</Caption1>
        <Field label={text("author.form")}>
          <RadioGroup value={form} onChange={(_, data) => chooseForm(data.value as TemplateForm)}>
            <Radio value="project" label={text("author.form.project")} />
            <Radio value="selfEvaluation" label={text("author.form.selfEvaluation")} />
          </RadioGroup>
        </Field>
        {selfEvaluation && state.goalTables?.length === 0 && (
          <Caption1 className={styles.hint}>{text("author.prefill.noneFound")}</Caption1>
        )}
        {selfEvaluation && goalTables.length > 0 && (
          <Field label={text("author.prefill")}>
            <Select value={approved?.key ?? ""} onChange={(_, data) => setApprovedKey(data.value)}>
              <option value="">{text("author.prefill.none")}</option>
              {goalTables.map((table) => (
                <option key={table.key} value={table.key}>
                  {text("author.prefill.table", {
                    name: table.name || text("cli.unnamed"),
                    sheet: table.sheet,
                    range: table.range,
                  })}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {approved ? (
          <Caption1 className={styles.hint}>{text("author.prefill.profile")}</Caption1>
        ) : (
          <Field label={text("author.profile")}>
            <RadioGroup value={profile} onChange={(_, data) => setProfile(data.value as ProfileId)}>
              {PROFILE_IDS.map((id) => (
                <Radio key={id} value={id} label={text(`author.profile.${id}`)} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <Field label={text("author.projectName")}>
          <Input value={projectName} onChange={(_, data) => setProjectName(data.value)} />
        </Field>
        <div className={styles.row}>
          <Field label={text("author.fundsTotal")}>
            <Input
              inputMode="decimal"
              value={fundsTotal}
              onChange={(_, data) => setFundsTotal(data.value)}
            />
          </Field>
          <Field label={text("author.fundsFiscal")}>
            <Input
              inputMode="decimal"
              value={fundsFiscal}
              onChange={(_, data) => setFundsFiscal(data.value)}
            />
          </Field>
          <Field label={text("author.fundsOther")}>
            <Input
              inputMode="decimal"
              value={fundsOther}
              onChange={(_, data) => setFundsOther(data.value)}
            />
          </Field>
        </div>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={state.busy}
            onClick={() =>
              void controller.insertTemplate({
                form,
                approved,
                profile,
                projectName: projectName.trim() || undefined,
                fundsTotal: amount(fundsTotal),
                fundsFiscal: amount(fundsFiscal),
                fundsOther: amount(fundsOther),
              })
            }
          >
            {text("author.insert")}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="fill-title">
        <Subtitle2 id="fill-title">{text("author.fillTitle")}</Subtitle2>
        <Caption1 className={styles.hint}>{text("author.fillHint")}</Caption1>
        <Checkbox
          checked={state.replaceRepeats}
          label={text("author.replaceRepeats")}
          onChange={(_, data) => controller.setReplaceRepeats(data.checked === true)}
        />
        <Checkbox
          checked={state.explanationAnyway}
          label={text("author.explainAnyway")}
          onChange={(_, data) => controller.setExplanationAnyway(data.checked === true)}
        />
        <div className={styles.row}>
          <Button disabled={state.busy} onClick={() => void controller.planFill()}>
            {text("author.plan")}
          </Button>
          {state.lastFill && (
            <Button disabled={state.busy} onClick={() => void controller.undoFill()}>
              {text("author.undo")}
            </Button>
          )}
        </div>
        {state.preview && state.previewNotes.length > 0 && (
          <ul className={styles.notes} aria-label={text("author.notesTitle")}>
            {state.previewNotes.map((note) => (
              <li key={`${note.sheet}#${note.index}`} data-note={note.reason}>
                <Caption1>{text(note.key, note.data)}</Caption1>
              </li>
            ))}
          </ul>
        )}
        {state.preview && state.preview.length === 0 && <Body1>{text("author.nothing")}</Body1>}
        {state.preview && state.preview.length > 0 && (
          <>
            {cells.length > 0 && (
              <>
                <Body1>{text("author.previewTitle", { count: cells.length })}</Body1>
                <div className={styles.row}>
                  <Button size="small" onClick={() => controller.selectAll(true)}>
                    {text("author.selectAll")}
                  </Button>
                  <Button size="small" onClick={() => controller.selectAll(false)}>
                    {text("author.selectNone")}
                  </Button>
                </div>
                <ul
                  className={styles.list}
                  aria-label={text("author.previewTitle", { count: cells.length })}
                >
                  <PreviewRows controller={controller} text={text} rows={cells} />
                </ul>
              </>
            )}
            {scores.length > 0 && (
              <>
                <Body1>{text("author.scoresTitle", { count: scores.length })}</Body1>
                <Switch
                  checked={scores.every(({ item }) => item.selected)}
                  label={text("author.replaceScores")}
                  onChange={(_, data) => controller.replaceAllScores(data.checked)}
                />
                <ul
                  className={styles.list}
                  aria-label={text("author.scoresTitle", { count: scores.length })}
                >
                  <PreviewRows controller={controller} text={text} rows={scores} />
                </ul>
              </>
            )}
            <div className={styles.row}>
              <Button
                appearance="primary"
                disabled={state.busy || selected === 0}
                onClick={() => void controller.applyFill()}
              >
                {text("author.apply")} ({selected})
              </Button>
              <Button onClick={() => controller.cancelPreview()}>{text("author.cancel")}</Button>
            </div>
          </>
        )}
      </section>

      <StatusArea busy={state.busy} error={state.error && failureText(state.error, text)}>
        {state.done?.kind === "inserted" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {text("author.inserted", { sheet: state.done.sheet, address: state.done.address })}
              {state.done.notices.map((notice) => ` ${text(notice.key, notice.data)}`).join("")}
            </MessageBarBody>
            <MessageBarActions>
              <GoToLink
                controller={controller}
                text={text}
                sheet={state.done.sheet}
                address={state.done.address}
              />
            </MessageBarActions>
          </MessageBar>
        )}
        {state.done?.kind === "filled" && (
          <MessageBar intent="success">
            <MessageBarBody>{text("author.filled", { count: state.done.count })}</MessageBarBody>
            {state.done.explanation && (
              <MessageBarActions>
                <GoToLink
                  controller={controller}
                  text={text}
                  sheet={state.done.explanation.sheet}
                  address={state.done.explanation.address}
                />
              </MessageBarActions>
            )}
          </MessageBar>
        )}
        {state.done?.kind === "undone" && (
          <MessageBar intent="success">
            <MessageBarBody>{text("author.undone", { count: state.done.count })}</MessageBarBody>
          </MessageBar>
        )}
      </StatusArea>
    </div>
  );
}

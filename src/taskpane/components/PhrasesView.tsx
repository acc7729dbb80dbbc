import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { PHRASE_KEYS, PhraseKey } from "../../domain/boilerplate";
import { AuthoringController, failureText } from "../state/authoring";
import { Translate } from "../i18n";
import { StatusArea } from "./StatusArea";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: "6px" },
});

type Outcome =
  /** Saving waits for the user to confirm replacing these phrases. */
  | { kind: "confirm"; keys: PhraseKey[] }
  | { kind: "empty"; keys: PhraseKey[] }
  | { kind: "unchanged" }
  | { kind: "saved" };

/**
 * 措辞设置: one text per second level. Saving refuses an empty phrase and asks before it
 * replaces the phrases it changes.
 */
export function PhrasesView({
  controller,
  text,
}: {
  controller: AuthoringController;
  text: Translate;
}) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const [draft, setDraft] = React.useState<Record<PhraseKey, string>>(state.library);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  React.useEffect(() => setDraft(state.library), [state.library]);
  const names = (keys: PhraseKey[]) =>
    keys.map((key) => text(`phrase.${key}`)).join(text("pane.itemSeparator"));

  const save = () => {
    const empty = PHRASE_KEYS.filter((key) => draft[key].trim() === "");
    const changed = PHRASE_KEYS.filter((key) => draft[key].trim() !== state.library[key]);
    if (empty.length > 0) setOutcome({ kind: "empty", keys: empty });
    else if (changed.length === 0) setOutcome({ kind: "unchanged" });
    else setOutcome({ kind: "confirm", keys: changed });
  };

  const confirm = async (keys: PhraseKey[]) => {
    setOutcome(null);
    await controller.savePhrases(Object.fromEntries(keys.map((key) => [key, draft[key].trim()])));
    if (!controller.getSnapshot().error) setOutcome({ kind: "saved" });
  };

  return (
    <section className={styles.root} aria-labelledby="phrases-title">
      <Subtitle2 id="phrases-title">{text("phrases.title")}</Subtitle2>
      <Caption1 className={styles.hint}>{text("phrases.hint")}</Caption1>
      {PHRASE_KEYS.map((key) => (
        <Field
          key={key}
          label={text(`phrase.${key}`)}
          validationState={
            outcome?.kind === "empty" && outcome.keys.includes(key) ? "error" : "none"
          }
        >
          <Textarea
            value={draft[key]}
            resize="vertical"
            onChange={(_, data) => setDraft({ ...draft, [key]: data.value })}
          />
        </Field>
      ))}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || outcome?.kind === "confirm"}
          onClick={save}
        >
          {text("phrases.save")}
        </Button>
        <Button
          disabled={state.busy}
          onClick={() => {
            setOutcome(null);
            void controller.resetPhrases();
          }}
        >
          {text("phrases.reset")}
        </Button>
      </div>
      <StatusArea busy={state.busy} error={state.error && failureText(state.error, text)}>
        {outcome?.kind === "confirm" && (
          <MessageBar intent="warning" data-phrases="confirm">
            <MessageBarBody>
              {text("phrases.confirmReplace", { keys: names(outcome.keys) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" size="small" onClick={() => void confirm(outcome.keys)}>
                {text("phrases.confirm")}
              </Button>
              <Button size="small" onClick={() => setOutcome(null)}>
                {text("phrases.cancel")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {outcome?.kind === "empty" && (
          <MessageBar intent="error">
            <MessageBarBody>{text("phrases.empty", { keys: names(outcome.keys) })}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "unchanged" && (
          <MessageBar intent="info">
            <MessageBarBody>{text("phrases.unchanged")}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "saved" && (
          <MessageBar intent="success">
            <MessageBarBody>{text("phrases.saved")}</MessageBarBody>
          </MessageBar>
        )}
      </StatusArea>
    </section>
  );
}

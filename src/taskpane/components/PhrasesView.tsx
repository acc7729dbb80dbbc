import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { PHRASE_KEYS, PhraseKey } from "../../domain/boilerplate";
import { AuthoringController } from "../state/authoring";
import { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", gap: "6px" },
});

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
  React.useEffect(() => setDraft(state.library), [state.library]);
  return (
    <section className={styles.root} aria-labelledby="phrases-title">
      <Subtitle2 id="phrases-title">{text("phrases.title")}</Subtitle2>
      <Caption1 className={styles.hint}>{text("phrases.hint")}</Caption1>
      {PHRASE_KEYS.map((key) => (
        <Field key={key} label={text(`phrase.${key}`)}>
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
          disabled={state.busy}
          onClick={() => void controller.savePhrases(draft)}
        >
          {text("phrases.save")}
        </Button>
        <Button disabled={state.busy} onClick={() => void controller.resetPhrases()}>
          {text("phrases.reset")}
        </Button>
      </div>
    </section>
  );
}

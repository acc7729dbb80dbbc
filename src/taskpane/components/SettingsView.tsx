import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  Switch,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { SEVERITIES, Severity } from "../../domain/findings";
import { Language } from "../../domain/messages/catalog";
import { RULES } from "../../domain/rules";
import { PROFILE_IDS, ProfileId } from "../../domain/vocabulary";
import { RuleSettingsController } from "../state/settings";
import { Translate } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  hint: { color: tokens.colorNeutralForeground3 },
  rule: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingBlock: "4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  controls: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap" },
  row: { display: "flex", gap: "6px", flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
});

const AUTO = "auto";

/** 规则设置: profile, each rule's switch and severity, export and import of the config. */
export function SettingsView({
  controller,
  language,
  text,
}: {
  controller: RuleSettingsController;
  language: Language;
  text: Translate;
}) {
  const state = React.useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const styles = useStyles();
  const [exported, setExported] = React.useState<string | undefined>();
  const [draft, setDraft] = React.useState("");
  const readFile = async (file: File | undefined) => {
    if (file) await controller.importText(await file.text());
  };
  return (
    <section className={styles.root} aria-labelledby="settings-title">
      <Subtitle2 id="settings-title">{text("settings.title")}</Subtitle2>
      <Caption1 className={styles.hint}>{text("settings.hint")}</Caption1>
      <Field label={text("settings.profile")}>
        <Select
          value={state.config.profile ?? AUTO}
          disabled={state.busy}
          onChange={(_, data) =>
            void controller.setProfile(data.value === AUTO ? undefined : (data.value as ProfileId))
          }
        >
          <option value={AUTO}>{text("settings.profileAuto")}</option>
          {PROFILE_IDS.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </Select>
      </Field>
      {RULES.map(({ meta }) => {
        const setting = controller.settingOf(meta.id);
        const on = setting !== "off";
        return (
          <div key={meta.id} className={styles.rule} data-rule={meta.id}>
            <Text weight="semibold">{meta.docs.description[language]}</Text>
            <Caption1 className={styles.hint}>{meta.id}</Caption1>
            <div className={styles.controls}>
              <Switch
                checked={on}
                disabled={state.busy}
                aria-label={text("settings.enabled", { ruleId: meta.id })}
                onChange={(_, data) => void controller.setEnabled(meta.id, data.checked)}
              />
              <Select
                size="small"
                value={on ? setting : meta.severity}
                disabled={state.busy || !on}
                aria-label={text("settings.severity", { ruleId: meta.id })}
                onChange={(_, data) => void controller.setSeverity(meta.id, data.value as Severity)}
              >
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {text(`severity.${severity}`)}
                  </option>
                ))}
              </Select>
              <Button
                size="small"
                disabled={state.busy || !on}
                onClick={() => void controller.setEnabled(meta.id, false)}
              >
                {text("settings.ignoreAll")}
              </Button>
            </div>
          </div>
        );
      })}
      <div className={styles.row}>
        <Button onClick={() => setExported(controller.exportText())}>
          {text("settings.export")}
        </Button>
        <Button disabled={state.busy} onClick={() => void controller.reset()}>
          {text("settings.reset")}
        </Button>
      </div>
      {exported !== undefined && (
        <Field label={text("settings.exportLabel")} hint={text("settings.exportHint")}>
          <Textarea value={exported} readOnly resize="vertical" rows={6} />
        </Field>
      )}
      <Field label={text("settings.importLabel")}>
        <Textarea value={draft} resize="vertical" onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={state.busy || draft.trim() === ""}
          onClick={() => void controller.importText(draft)}
        >
          {text("settings.import")}
        </Button>
        <Field label={text("settings.importFile")}>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void readFile(event.target.files?.[0])}
          />
        </Field>
      </div>
      {state.message && (
        <Text
          role="status"
          className={state.message.kind === "error" ? styles.error : styles.success}
        >
          {state.message.text}
        </Text>
      )}
    </section>
  );
}
